using BotForge.Analysis;
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

public sealed record FlowNode(string Id, string Label, NodeType Type, bool Start, bool Inactive, string Group, Highlight Highlight)
{
    /// <summary>How <paramref name="node"/> is drawn: its system name, name, type and sub-story.</summary>
    public static FlowNode Of(Node node, Highlight highlight) =>
        new(node.SystemName, node.Name, node.Type, node.IsStart, !node.IsActive, node.SubStory.StoryId + " / " + node.SubStory.Id, highlight);
}

public sealed record FlowEdge(string From, string To, string Label, Highlight Highlight);

/// <summary>
/// A picture of (part of) a bot: nodes grouped by sub-story, edges labelled with their conditions. The writers
/// (<see cref="MermaidWriter"/>, <see cref="DotWriter"/>) only draw it; author text reaches them as labels to escape.
/// </summary>
public sealed record Flowchart(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowEdge> Edges, int Omitted = 0)
{
    /// <summary>The whole bot, or one story (null: every story), in source order.</summary>
    public static Flowchart Of(BotModel bot, string? story = null)
    {
        var nodes = bot.Nodes.Where(n => story is null || n.SubStory.StoryId == story).ToList();
        var included = nodes.Select(n => n.SystemName).ToHashSet(StringComparer.Ordinal);
        return new(
            nodes.Select(n => FlowNode.Of(n, Highlight.None)).ToList(),
            nodes.SelectMany(n => n.Connections.Where(c => included.Contains(c.TargetName)).Select(c => new FlowEdge(n.SystemName, c.TargetName, Describe.EdgeLabel(c.Condition), Highlight.None))).ToList());
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
}
