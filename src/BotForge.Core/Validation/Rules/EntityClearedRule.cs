using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary><c>${entity.x}</c> on a node that is reached only through a context-clear node after x was collected.</summary>
public sealed class EntityClearedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1014", DiagnosticLevel.Error, "Entity used after a context-clear node cleared it");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entity-cleared-by-context-clear";

    public override string Why => """
        A context-clear node forgets every collected entity. A later node that shows `${entity.x}` collected before the clear shows nothing (or the raw tag) to the user.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            entities:
              - entity: email
                prompt: What's your email?
            next:
              - to: RESET
                entity: email
          - id: RESET
            context_clear: true
            bot_says: Let's start over.
            next:
              - to: CONFIRM
                user_says: [confirm]
          - id: CONFIRM
            end: true
            bot_says: We'll write to ${entity.email}.
        """, At: "stories/main/flow.yaml:19:30");

    public override RuleExample Fixed => Failing.Fix("    bot_says: We'll write to ${entity.email}.", "    entities:\n      - entity: email\n        prompt: Which email should we use?\n    bot_says:\n      final: We'll write to ${entity.email}.");

    public override void Check(RuleContext context)
    {
        foreach (var (node, placeholder, _) in context.EntityUsesNotCollected)
        {
            if (context.Graph.IsCollectedOnEntry(node, placeholder.Key, ignoringClears: true))
            {
                if (node.IsContextClear)
                {
                    // The clear is the node's own: entering it forgets the entity before it speaks.
                    context.Report(placeholder.Location, $"'{placeholder.Key}' is collected before {node.SystemName}, but {node.SystemName} is a context-clear node: entering it clears '{placeholder.Key}' before it speaks",
                        "say it on a node before the clear, or clear the context on a later node");
                }
                else
                {
                    context.Report(placeholder.Location, $"'{placeholder.Key}' is collected before {node.SystemName}, but a context-clear node on the way clears it",
                        $"collect '{placeholder.Key}' again on {node.SystemName}, or move the context clear");
                }
            }
        }
    }
}
