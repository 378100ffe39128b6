using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A number entity that takes 16 digits or more: the platform's number detector reads a number as a float, exact to
/// about 15 digits, so such a value can come out changed.
/// </summary>
public sealed class NumberTooLongRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2046", DiagnosticLevel.Warning, "A number entity too long for a float");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "number-too-long";

    public override string Why => """
        The platform's number detector reads a number as a Python float and passes on what the float holds: exact to 9007199254740992, sixteen digits, and above it to the nearest even number, then to the nearest four, eight… So a 16-digit identity number such as 9171234567890123 comes out 9171234567890124, a 17-digit one 12345678901234567 as 12345678901234568, and a script, an API or Salesforce gets a number the user never typed, with nothing said; leading zeros are dropped too (0012345678901234 is 12345678901234, fourteen digits, and asked again). A card number, an identity or account number, a policy or order number is a code, not an amount: make it a regex entity (`\b\d{16}\b`), whose value is the text as typed. `botforge test` reads numbers as the platform does, float and all. Reported for a number entity whose `digits` allow 16 or more.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: VERIFY
            start: true
            end: true
            user_says: [verify me]
            entities:
              - entity: nik
                prompt: Nomor NIK Anda?
            bot_says:
              final: Terima kasih.
        """, At: "entities.yaml:4:13")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: nik
                    type: number
                    digits: { min: 16, max: 16 }
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("type: number\n    digits: { min: 16, max: 16 }", "type: regex\n    pattern: '\\b\\d{16}\\b'");

    public override void Check(RuleContext context)
    {
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Number))
        {
            if ((entity.MaxDigits ?? entity.MinDigits) is >= 16 and var most && (entity.MinDigits ?? 1) <= most)
            {
                context.Report(entity.DigitsLocation ?? entity.NameLocation,
                    $"{entity.Name} takes numbers of up to {most} digits, and the platform's number detector reads a number as a float, exact to about 15 digits: 9171234567890123 comes out 9171234567890124, and leading zeros are dropped",
                    $"for a card, identity or account number, make {entity.Name} a regex entity, like pattern: '\\b\\d{{{Count(entity.MinDigits, most)}}}\\b', whose value is the text as typed");
            }
        }
    }

    /// <summary>A regex repetition for the digit counts: "16", "12,19".</summary>
    private static string Count(int? least, int most) => least == most ? $"{most}" : $"{least ?? 1},{most}";
}
