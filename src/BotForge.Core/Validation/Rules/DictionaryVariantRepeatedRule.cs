using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A dictionary word or phrase listed under two values of one entity (or naming another value).</summary>
public sealed class DictionaryVariantRepeatedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1027", DiagnosticLevel.Error, "Dictionary variant under two values");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "dictionary-variant-repeated";

    public override string Why => """
        Each variant of a dictionary entity maps what the user typed to one value. A variant listed under two values (after normalising case and punctuation; a value's own name counts as its variant) makes extraction ambiguous: the platform picks one, and connections on entity values go the wrong way.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [I have a problem]
            entities:
              - entity: issue_type
                prompt: Which one?
        """, At: "entities.yaml:6:26")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: issue_type
                    type: dictionary
                    values:
                      delivery: [delivery, parcel, refund]
                      payment: [payment, Refund]
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("delivery: [delivery, parcel, refund]", "delivery: [delivery, parcel]");

    public override void Check(RuleContext context)
    {
        foreach (var entity in context.Bot.Entities)
        {
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var value in entity.Values)
            {
                owner.TryAdd(UserSays.Normalize(value.Value), value.Value);
            }

            foreach (var value in entity.Values)
            {
                foreach (var variant in value.Variants)
                {
                    var key = UserSays.Normalize(variant.Text);
                    if (key.Length > 0 && !owner.TryAdd(key, value.Value) && owner[key] != value.Value)
                    {
                        context.Report(variant.Location, $"'{variant.Text}' is a variant of both '{owner[key]}' and '{value.Value}' in {entity.Name}",
                            "keep it under the one value it means");
                    }
                }
            }
        }
    }
}
