using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A bot with nodes but no active start node.</summary>
public sealed class NoStartNodeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1013", DiagnosticLevel.Error, "The bot has no active start node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "no-start-node";

    public override string Why => """
        Conversations begin at start nodes: the platform searches them when nothing connected matches. Without one, no conversation can begin.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: GREETING
            user_says: [hello]
            end: true
            bot_says: Hi!
        """, At: "stories/main/flow.yaml:2:9");

    public override RuleExample Fixed => Failing.Fix("  - id: GREETING", "  - id: GREETING\n    start: true");

    public override void Check(RuleContext context)
    {
        var nodes = context.Graph.Nodes;
        if (nodes.Count > 0 && !nodes.Any(n => n.IsStart && n.IsActive))
        {
            context.Report(nodes[0].IdLocation, $"no node of the bot is an active start node, so no conversation can begin ({nodes.Count} nodes)",
                "mark the node that greets or answers a first question 'start: true'");
        }
    }
}
