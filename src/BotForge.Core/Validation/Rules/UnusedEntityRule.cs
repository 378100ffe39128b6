using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A private entity that no node collects.</summary>
public sealed class UnusedEntityRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2011", DiagnosticLevel.Warning, "Private entity never used");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unused-entity";

    public override string Why => """
        An entity that no node collects is dead weight: it is still deployed and trained, its dictionary or patterns still have to be maintained, and it often means a node lost its entity in an edit.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [my order]
            entities:
              - entity: order_id
                prompt: Which one?
        """, At: "entities.yaml:2:11");

    public override RuleExample Fixed => Failing.Fix("prompt: Which one?", "prompt: Which one?\n      - entity: issue_type\n        mandatory: false");

    public override void Check(RuleContext context)
    {
        // An entity a node means by a misspelt name (BF0204: 'plans', did you mean 'plan'?) counts as collected.
        var used = context.Graph.Nodes.SelectMany(n => n.Entities).SelectMany(e => new[] { e.Entity.Name, e.Entity.Meant }).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entity in context.Bot.Entities.Where(e => !used.Contains(e.Name)))
        {
            context.Report(entity.NameLocation, $"the entity {entity.Name} is defined but no node collects it",
                "collect it on the node that needs it, or delete the definition");
        }
    }
}
