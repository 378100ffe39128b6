using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A node that collects mandatory entities and, once the last is answered, says nothing and goes nowhere.</summary>
public sealed class SilentAfterAnswerRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2014", DiagnosticLevel.Warning, "Node says nothing after its last entity is answered");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "silent-after-answer";

    public override string Why => """
        Once a node's mandatory entities are all known, the platform sends its final response, then takes an entity condition on those entities or the automatic connection to a code node. A node with none of these has nothing to send for the user's last answer, and the platform answers it with the bot-break message ("if there is no response at specific stages, it is treated as a bot break"), as `botforge test` shows. So does one whose entity-value conditions leave out a value the user can give (a dictionary value none of them lists, or any other value of a free-form entity); the finding names it.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: ASK_EMAIL
            start: true
            end: true
            user_says: [hello]
            entities:
              - entity: email
                prompt: What's your email?
        """, At: "stories/main/flow.yaml:2:9");

    public override RuleExample Fixed => Failing.Fix("        prompt: What's your email?", "        prompt: What's your email?\n    bot_says:\n      final: Thanks, we'll write to ${entity.email}.");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.IsActive && context.Graph.IsReachable(n) && n.Entities.Any(e => e.Mandatory) && n.BotSays.Final is null))
        {
            if (BotGraph.StaysOnceKnown(node) is { } when)
            {
                context.Report(node.IdLocation, $"{node.SystemName} says nothing once its last entity is answered, and goes nowhere{when}: the platform answers with the bot-break message",
                    node.IsContextClear
                        ? "add a final response (bot_says: final: ...), or a connection to a code node (an entity condition out of a context-clear node is never true: BF1011)"
                        : "add a final response (bot_says: final: ...), or a connection taken then (to a code node, or on one of its entities)");
            }
        }
    }
}
