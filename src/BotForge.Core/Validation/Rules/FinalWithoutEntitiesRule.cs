using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A <c>final</c> response on a node that collects no entity.</summary>
public sealed class FinalWithoutEntitiesRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1017", DiagnosticLevel.Error, "Final response on a node without entities");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "final-without-entities";

    public override string Why => """
        With no entities there is no final response on the platform: the initial response acts as the final one. A `final:` here is never sent.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says:
              initial: Hi!
              final: How can I help?
        """, At: "stories/main/flow.yaml:8:14");

    public override RuleExample Fixed => Failing.Fix("    bot_says:\n      initial: Hi!\n      final: How can I help?", "    bot_says: [Hi!, How can I help?]");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.Entities.Count == 0 && n.BotSays.Final is not null && n.Type != NodeType.Output))
        {
            context.Report(node.BotSays.Final!.Location, $"{node.SystemName} collects no entity, so its final response is never sent",
                "put the messages in the initial response (bot_says: [...])");
        }
    }
}
