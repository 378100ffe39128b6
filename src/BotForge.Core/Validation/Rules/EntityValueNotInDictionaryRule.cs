using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>An entity-value condition listing a value that is not one of the dictionary entity's values.</summary>
public sealed class EntityValueNotInDictionaryRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1010", DiagnosticLevel.Error, "Entity-value condition with a value the dictionary does not have");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entity-value-not-in-dictionary";

    public override string Why => """
        The platform matches a dictionary entity to one of its values (through their variants). A condition on a value the dictionary does not define can never be true.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            entities:
              - entity: issue_type
                prompt: Delivery or payment?
            next:
              - to: DELIVERY
                entity: { name: issue_type, values: [delivry] }
          - id: DELIVERY
            end: true
            bot_says: Let's look at your delivery.
        """, At: "stories/main/flow.yaml:10:17");

    public override RuleExample Fixed => Failing.Fix("        entity: { name: issue_type, values: [delivry] }", "        entity: { name: issue_type, values: [delivery] }");

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Condition is EntityValueCondition { Entity.Definition: { Type: EntityType.Dictionary } definition } condition)
            {
                var known = definition.Values.Select(v => v.Value).ToList();
                foreach (var value in condition.Values.Where(v => !known.Contains(v)))
                {
                    var close = Text.Suggestions.Closest(value, known);
                    context.Report(condition.Location, $"'{value}' is not a value of dictionary entity '{definition.Name}' ({string.Join(", ", known)})",
                        close is null ? null : $"did you mean '{close}'?");
                }
            }
        }
    }
}
