using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A connection from a node to itself that is not taken on user says or an entity condition.</summary>
public sealed class SelfConnectionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1012", DiagnosticLevel.Error, "Self-connection without user says or an entity condition");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "self-connection-without-condition";

    public override string Why => """
        A self-connection keeps the conversation on a node (pagination, retries). Without phrases or an entity condition the platform cannot tell when to take it, and the bot breaks.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [show products]
            bot_says: Here are some products.
            next:
              - to: START
        """, At: "stories/main/flow.yaml:7:13");

    public override RuleExample Fixed => new("""
        nodes:
          - id: START
            start: true
            user_says: [show products]
            bot_says: Here are some products.
            next:
              - to: START
                user_says: [show more, next page]
        """);

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Target == node && connection.Condition is not (UserSaysCondition or EntityPresenceCondition or EntityValueCondition))
            {
                context.Report(connection.TargetLocation, $"{node.SystemName} connects to itself without user says or an entity condition",
                    "give the self-connection phrases, e.g. user_says: [show more]");
            }
        }
    }
}
