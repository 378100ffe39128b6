using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Where <c>${entity.x}</c> is used but neither the node itself nor every path into it has collected x by then: in a
/// text the bot shows, or in an action's input that some path means to be known (<see cref="BotGraph.IsMandatoryOnSomePath"/>;
/// the generated script refuses to run without it). An action input whose entity no path collects as mandatory is
/// optional: the script leaves the field out.
/// </summary>
internal static class EntityFlow
{
    /// <summary>
    /// Entity placeholders of reachable nodes, not covered by the node's own mandatory entities collected before the
    /// text, whose entity the graph does not guarantee on entry to the node. BF1014 and BF1015 tell these apart
    /// (cleared by a context clear, or never collected); the rules' shared analyses find them once for both.
    /// </summary>
    /// <remarks>An entity that does not exist is left out: BF0204 says so, and that it is not collected is no news.</remarks>
    public static List<(Node Node, PlaceholderPart Placeholder, bool InAction)> NotCollected(BotModel bot, BotGraph graph)
    {
        var exists = Exists(bot);
        return graph.Nodes.Where(graph.IsReachable)
            .SelectMany(node => graph.Placeholders(node)
                .Where(p => p.Placeholder.Kind == PlaceholderKind.Entity && p.CollectedHere.All(e => e.Entity.Name != p.Placeholder.Key))
                .Select(p => (node, p.Placeholder, InAction: false))
                .Concat(graph.RequiredActionPlaceholders(node).Select(p => (node, p, InAction: true))))
            .Where(use => exists(use.Item2.Key) && !graph.IsCollectedOnEntry(use.node, use.Item2.Key))
            .ToList();
    }

    /// <summary>Whether an entity name names an entity: one of the bot's, or a public one (a name that does not is BF0204's).</summary>
    public static Func<string, bool> Exists(BotModel bot)
    {
        var defined = bot.Entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return name => defined.Contains(name) || PublicEntities.Contains(name);
    }
}
