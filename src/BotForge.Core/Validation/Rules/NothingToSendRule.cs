using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A node the conversation rests on that has nothing to send: the platform answers with the bot-break message.</summary>
public sealed class NothingToSendRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1037", DiagnosticLevel.Error, "Node with nothing to send");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "nothing-to-send";

    public override string Why => """
        When the conversation comes to rest on a node that has sent nothing, the platform treats it as a bot break: "if your bot says section doesn't have any response or the integration function doesn't return any response, then a bot-break message will be sent". A static node sends its initial response when entered, a prompt for each missing mandatory entity, and (with entities) its final response; one with none of these that does not go on at once (by the automatic connection to a code node) answers every message that reaches it with the bot-break message, though its connections still work. So does an output node without bot says after a built-in action, whose script sends no messages of its own (a script of your own may: its final_response's `response`). A node meant to stay silent says `"{}"`. A node that asks for entities and says nothing once they are answered is BF2014.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: MENU
            start: true
            user_says: [show me the menu]
            next:
              - to: TRACK
                user_says: [track my order]
          - id: TRACK
            end: true
            bot_says: It's on its way.
        """, At: "stories/main/flow.yaml:2:9");

    public override RuleExample Fixed => Failing.Fix("    user_says: [show me the menu]\n", "    user_says: [show me the menu]\n    bot_says: { text: What would you like to do?, quick_replies: [Track my order] }\n");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.IsActive && context.Graph.IsReachable(n)))
        {
            switch (node.Type)
            {
                case NodeType.Static when SendsNothing(node) && BotGraph.StaysOnceKnown(node) is { } when:
                    context.Report(node.IdLocation, $"{node.SystemName} has nothing to send when entered and stays there{when}: the platform answers with the bot-break message",
                        "give it bot_says (\"{}\" sends nothing on purpose), or a connection it takes at once (to a code node)");
                    break;
                case NodeType.Output when node.BotSays.Initial is null && context.Graph.Predecessors(node) is { Count: > 0 } into && into.All(p => p.Code is ActionStep):
                    context.Report(node.IdLocation, $"{node.SystemName} has no bot says, and {string.Join(", ", into.Select(p => p.SystemName))} sends no messages of its own (a built-in action): the platform answers with the bot-break message",
                        "give it bot_says (\"{}\" sends nothing on purpose)");
                    break;
            }
        }
    }

    /// <summary>A static node that sends nothing when entered: no initial response, no prompt, no final response after its optional entities.</summary>
    private static bool SendsNothing(Node node) =>
        node.BotSays.Initial is null && !node.Entities.Any(u => u.Mandatory) && (node.Entities.Count == 0 || node.BotSays.Final is null);
}
