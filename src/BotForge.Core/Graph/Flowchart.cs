using BotForge.Diff;
using BotForge.Model;

namespace BotForge.Graph;

/// <summary>How a node or edge is drawn in a diff picture.</summary>
public enum Highlight
{
    None,
    Added,
    Changed,
    Removed,
}

public sealed record FlowNode(string Id, string Label, NodeType Type, bool Start, bool Inactive, string Group, Highlight Highlight);

public sealed record FlowEdge(string From, string To, string Label, Highlight Highlight);

/// <summary>
/// A picture of (part of) a bot: nodes grouped by sub-story, edges labelled with their conditions. The writers
/// (<see cref="MermaidWriter"/>, <see cref="DotWriter"/>) only draw it; author text reaches them as labels to escape.
/// </summary>
public sealed record Flowchart(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowEdge> Edges, int Omitted = 0)
{
    /// <summary>The most changed nodes a diff picture draws; the rest are counted in <see cref="Omitted"/>.</summary>
    public const int MaxChangedNodes = 40;

    /// <summary>The whole bot, or one story (null: every story), in source order.</summary>
    public static Flowchart Of(BotModel bot, string? story = null)
    {
        var nodes = bot.Nodes.Where(n => story is null || n.SubStory.StoryId == story).ToList();
        var included = nodes.Select(n => n.SystemName).ToHashSet(StringComparer.Ordinal);
        return new(
            nodes.Select(n => Draw(n, Highlight.None)).ToList(),
            nodes.SelectMany(n => n.Connections.Where(c => included.Contains(c.TargetName)).Select(c => new FlowEdge(n.SystemName, c.TargetName, Describe.EdgeLabel(c.Condition), Highlight.None))).ToList());
    }

    /// <summary>
    /// The changed nodes of a diff with their neighbours (one connection away, either direction): added and
    /// changed nodes from NEW, removed ones from OLD; connections that went away are drawn as removed.
    /// </summary>
    public static Flowchart OfDiff(BotDiff diff, BotModel old, BotModel @new)
    {
        var oldNodes = old.NodesBySystemName();
        var newNodes = @new.NodesBySystemName();
        var changed = diff.ChangedNodes;
        var drawn = changed.Take(MaxChangedNodes).ToList();
        var highlight = drawn.ToDictionary(id => id, id => !oldNodes.ContainsKey(id) ? Highlight.Added : !newNodes.ContainsKey(id) ? Highlight.Removed : Highlight.Changed, StringComparer.Ordinal);

        // Neighbours in either version: successors, and predecessors (found by one pass over every connection).
        var include = new List<string>(drawn);
        var seen = drawn.ToHashSet(StringComparer.Ordinal);
        void Include(string id)
        {
            if ((newNodes.ContainsKey(id) || oldNodes.ContainsKey(id)) && seen.Add(id))
            {
                include.Add(id);
            }
        }

        foreach (var id in drawn)
        {
            foreach (var node in new[] { newNodes.GetValueOrDefault(id), oldNodes.GetValueOrDefault(id) }.OfType<Node>())
            {
                node.Connections.Select(c => c.TargetName).ToList().ForEach(Include);
            }
        }

        foreach (var node in @new.Nodes.Concat(old.Nodes))
        {
            if (node.Connections.Any(c => highlight.ContainsKey(c.TargetName)))
            {
                Include(node.SystemName);
            }
        }

        var nodes = include.Select(id => newNodes.TryGetValue(id, out var n) ? n : oldNodes[id])
            .Select(n => Draw(n, highlight.GetValueOrDefault(n.SystemName, Highlight.None))).ToList();
        var edges = new List<FlowEdge>();
        var newEdges = new HashSet<(string, string)>();
        foreach (var id in include.Where(newNodes.ContainsKey))
        {
            foreach (var c in newNodes[id].Connections.Where(c => seen.Contains(c.TargetName)))
            {
                newEdges.Add((id, c.TargetName));
                var previous = oldNodes.TryGetValue(id, out var before) ? before.Connections.FirstOrDefault(o => o.TargetName == c.TargetName) : null;
                var edgeHighlight = previous is null ? Highlight.Added
                    : Describe.Condition(previous.Condition) != Describe.Condition(c.Condition) ? Highlight.Changed
                    : Highlight.None;
                edges.Add(new(id, c.TargetName, Describe.EdgeLabel(c.Condition), edgeHighlight));
            }
        }

        foreach (var id in include.Where(oldNodes.ContainsKey))
        {
            foreach (var c in oldNodes[id].Connections.Where(c => seen.Contains(c.TargetName) && !newEdges.Contains((id, c.TargetName))))
            {
                edges.Add(new(id, c.TargetName, Describe.EdgeLabel(c.Condition), Highlight.Removed));
            }
        }

        return new(nodes, edges, changed.Count - drawn.Count);
    }

    /// <summary>Short generated ids for the writers (<c>n0</c>, <c>n1</c>, … in node order): author text never becomes an id.</summary>
    public IReadOnlyDictionary<string, string> ShortIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            ids.TryAdd(node.Id, "n" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }

    /// <summary>The nodes by sub-story, in order of first appearance.</summary>
    public IReadOnlyList<IGrouping<string, FlowNode>> Groups() => Nodes.GroupBy(n => n.Group).ToList();

    private static FlowNode Draw(Node node, Highlight highlight) =>
        new(node.SystemName, node.Name, node.Type, node.IsStart, !node.IsActive, node.SubStory.StoryId + " / " + node.SubStory.Id, highlight);
}
