using BotForge.Analysis;
using BotForge.Graph;
using BotForge.Model;

namespace BotForge.Diff;

/// <summary>The picture of a diff: a <see cref="Flowchart"/> of the changed nodes and their neighbours, highlighted.</summary>
public static class DiffFlowchart
{
    /// <summary>The most changed nodes a diff picture draws; the rest are counted in <see cref="Flowchart.Omitted"/>.</summary>
    public const int MaxChangedNodes = 40;

    /// <summary>
    /// The changed nodes of a diff with their neighbours (one connection away, either direction): added and
    /// changed nodes from NEW, removed ones from OLD; connections that went away are drawn as removed.
    /// </summary>
    public static Flowchart Of(BotDiff diff, BotModel old, BotModel @new)
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
            .Select(n => FlowNode.Of(n, highlight.GetValueOrDefault(n.SystemName, Highlight.None))).ToList();
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

        return new Flowchart(nodes, edges, changed.Count - drawn.Count);
    }
}
