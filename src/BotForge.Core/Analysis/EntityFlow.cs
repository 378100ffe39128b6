using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>Where texts use <c>${entity.x}</c> that neither the node itself nor every path into it has collected by then.</summary>
internal static class EntityFlow
{
    /// <summary>
    /// Entity placeholders of reachable nodes, not covered by the node's own mandatory entities collected before the
    /// text, whose entity the graph does not guarantee on entry to the node. BF1014 and BF1015 tell these apart
    /// (cleared by a context clear, or never collected); the rules' shared analyses find them once for both.
    /// </summary>
    public static List<(Node Node, PlaceholderPart Placeholder)> NotCollected(BotGraph graph) =>
        graph.Nodes.Where(graph.IsReachable)
            .SelectMany(node => ModelText.Placeholders(node)
                .Where(p => p.Placeholder.Kind == PlaceholderKind.Entity && p.CollectedHere.All(e => e.Entity.Name != p.Placeholder.Key))
                .Select(p => (node, p.Placeholder)))
            .Where(use => !graph.IsCollectedOnEntry(use.node, use.Placeholder.Key))
            .ToList();
}
