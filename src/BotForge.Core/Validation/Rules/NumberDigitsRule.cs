using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A number entity whose minimum digit count is above its maximum.</summary>
public sealed class NumberDigitsRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1026", DiagnosticLevel.Error, "Number entity with more minimum than maximum digits");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "number-digits-range";

    public override string Why => """
        A number entity takes a value with between `min` and `max` digits. With `min` above `max` no number can ever match, so every node collecting the entity reprompts forever.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [verify me]
            entities:
              - entity: otp
                prompt: Which one?
        """, At: "entities.yaml:4:13")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: otp
                    type: number
                    digits: { min: 6, max: 4 }
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("{ min: 6, max: 4 }", "{ min: 4, max: 6 }");

    public override void Check(RuleContext context)
    {
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Number))
        {
            if (entity.MinDigits is { } min && entity.MaxDigits is { } max && min > max)
            {
                context.Report(entity.DigitsLocation ?? entity.NameLocation, $"{entity.Name} takes at least {min} and at most {max} digits, so no number matches",
                    "swap min and max");
            }
        }
    }
}
