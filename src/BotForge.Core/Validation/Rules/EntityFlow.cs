using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>Where texts use <c>${entity.x}</c> that the node itself has not collected by then, and whether the graph guarantees it.</summary>
internal static class EntityFlow
{
    /// <summary>Entity placeholders of reachable nodes not covered by the node's own mandatory entities collected before the text.</summary>
    public static IEnumerable<(Node Node, PlaceholderPart Placeholder)> Uses(RuleContext context) =>
        context.Graph.Nodes.Where(context.Graph.IsReachable)
            .SelectMany(node => ModelText.Placeholders(node)
                .Where(p => p.Placeholder.Kind == PlaceholderKind.Entity && p.CollectedHere.All(e => e.Entity.Name != p.Placeholder.Key))
                .Select(p => (node, p.Placeholder)));

    public static bool Available(RuleContext context, Node node, PlaceholderPart placeholder) =>
        context.Graph.IsCollectedOnEntry(node, placeholder.Key);
}
