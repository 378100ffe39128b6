using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A context-clear node with an outgoing entity condition.</summary>
public sealed class ContextClearEntityExitRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1011", DiagnosticLevel.Error, "Context-clear node leaves by an entity condition");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "context-clear-entity-exit";

    public override string Why => """
        A context-clear node clears the collected entities; by the time its connections are read, the entity an entity condition looks at is gone, so the condition is never true.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            context_clear: true
            user_says: [hello]
            entities:
              - entity: email
                prompt: What's your email?
            next:
              - to: THANKS
                entity: email
          - id: THANKS
            end: true
            bot_says: Thanks!
        """, At: "stories/main/flow.yaml:11:17");

    public override RuleExample Fixed => Failing.Fix("        entity: email", "        user_says: [done]");

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections.Where(p => p.From.IsContextClear && p.Connection.Condition is EntityPresenceCondition or EntityValueCondition))
        {
            context.Report(connection.Condition.Location, $"{node.SystemName} clears the context, so the entity this condition reads is gone before it is checked",
                "leave by user says, or move the context clear to a later node");
        }
    }
}
