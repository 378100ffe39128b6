using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// An example of a <c>patterns</c> entity that gives it no value: it tags none of the entity's values, or the
/// entity's own negative examples hold it back.
/// </summary>
public sealed class PatternsExampleUnusedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2037", DiagnosticLevel.Warning, "A patterns example that gives its entity no value");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "patterns-example-unused";

    public override string Why => """
        A patterns entity learns from its examples the values they tag with its name, `[Chennai](airport)`, and the words around them; its `negative:` examples are sentences that name no value of it. An example that tags no value of the entity (no tag, or only another entity's, `[Delhi](city)` under `airport`) teaches it neither a value nor where one stands. An example that the entity's negative examples hold back (a message as close to a negative example as to every example is given no value, by BotForge's engine as by a detector trained on both) gives no value even when a user writes it word for word: usually a sentence was added to `negative:` from the examples, or the other way round. Tag the value with the entity's name; reword or remove the negative example.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: LOST_BAG
            start: true
            end: true
            user_says: [I lost my bag]
            entities:
              - entity: airport
                prompt: Which airport did you land at?
            bot_says:
              final: Looking for your bag at ${entity.airport}.
        """, At: "entities.yaml:6:9")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: airport
                    type: patterns
                    examples:
                      - my bag did not arrive in [Chennai](airport)
                      - I landed at [Delhi](city) without my luggage
                    negative: [I want to fly to delhi]
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("[Delhi](city)", "[Delhi](airport)");

    public override void Check(RuleContext context)
    {
        var entities = context.Bot.Entities.Select(e => e.Name).Concat(PublicEntities.Names).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Patterns))
        {
            var extractor = new PatternsExtractor(entity);
            foreach (var example in entity.Examples)
            {
                var tags = PatternsExtractor.TagNames(example.Text).ToList();
                if (!tags.Contains(entity.Name))
                {
                    // A tag naming no entity is BF1038's.
                    if (tags.All(entities.Contains))
                    {
                        context.Report(example.Location,
                            $"this example of '{entity.Name}' tags no value of it{(tags.Count > 0 ? $" (only {string.Join(" and ", tags.Distinct().Select(t => $"'{t}'"))})" : string.Empty)}: it teaches '{entity.Name}' neither a value nor the words around one",
                            $"tag the value with the entity's name, [value]({entity.Name}); a sentence that names no value of it belongs in negative:");
                    }
                }
                else if (extractor.HeldBackBy(PatternsExtractor.Untagged(example.Text)) is { } negative)
                {
                    context.Report(example.Location,
                        $"this example of '{entity.Name}' is held back by its negative example '{negative}': a user who writes it gets no value",
                        "remove the negative example, or keep in negative: only sentences unlike the examples that name no value of it");
                }
            }
        }
    }
}
