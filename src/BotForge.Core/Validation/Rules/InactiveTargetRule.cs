using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A connection of a node a conversation can reach into an inactive node: it is never taken.</summary>
public sealed class InactiveTargetRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2016", DiagnosticLevel.Warning, "Connection into an inactive node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "connection-to-inactive-node";

    public override string Why => """
        An inactive node is kept but never entered: not by start-node detection, and not by a connection. A connection into one is never taken, so what users say or choose for it finds no way on (from a code node, its outcome reaches no output node: BF1008). Usually the node was switched off while a way into it was forgotten.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [show products]
            bot_says: Here are some products.
            next:
              - to: OFFERS
                user_says: [any offers]
          - id: OFFERS
            active: false
            end: true
            bot_says: Ten percent off this week.
        """, At: "stories/main/flow.yaml:7:13");

    public override RuleExample Fixed => Failing.Fix("    active: false\n", string.Empty);

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (node.IsActive && context.Graph.IsReachable(node) && connection.Target is { IsActive: false } target)
            {
                context.Report(connection.TargetLocation, $"the connection {node.SystemName} → {target.SystemName} is never taken: {target.SystemName} is inactive",
                    $"make {target.SystemName} active, or remove the connection");
            }
        }
    }
}
