using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A number or currency entity's prompt or reprompt that writes a number with dots or spaces between its thousands
/// ("Rp10.000", "1 500 руб.") or with a decimal comma ("39,90 TL"): users answer as the prompt writes, and the
/// platform's number detector reads a dot as a decimal point, a space as a number's end, and drops commas.
/// </summary>
public sealed class NumberWithDotsRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2045", DiagnosticLevel.Warning, "A number's prompt writes thousands with dots or spaces, or a decimal comma");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "number-with-dots";

    public override string Why => """
        Indonesian, German, Spanish, Italian, Portuguese, Turkish and Vietnamese, among others, write a dot between thousands: 150.000 is a hundred and fifty thousand rupiah. The platform's number detector reads a dot as a decimal point, as English writes it: 150.000 is 150 to it. A prompt that writes an amount so ("Berapa rupiah? (minimal Rp10.000)") shows users how to answer, and they answer "Rp 150.000": the value is 150, too few digits for the entity's `digits: {min, max}`, so the user is asked again for an amount just given; where the bounds allow, the amount is 150, and 150 rupiah are charged or recorded. `botforge test` reads numbers as the platform does and notes such an answer. The same languages write decimals after a comma (39,90 TL), and the detector drops a comma, as English writes one between thousands: 39,90 is 3990 to it, a hundred times the amount, and 1.250,50 is 1.25. Russian, French, Polish and Czech write a space between thousands (1 500 руб., often a no-break space), and the detector ends a number at a space: 1 500 is 1 to it. Write the amount in the prompt and the reprompt without separators (Rp10000) or with commas (Rp10,000), which the detector drops, and decimals after a dot (39.90), and ask for digits only. Judged for number and currency entities, in every language of the bot.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TOP_UP
            start: true
            end: true
            user_says: [isi saldo]
            entities:
              - entity: amount
                prompt: Berapa rupiah? (minimal Rp10.000)
            bot_says:
              final: Isi Rp${entity.amount}.
        """, At: "stories/main/flow.yaml:8:17")
    {
        Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: amount\n    type: number\n    digits: { min: 5, max: 7 }\n" },
    };

    public override RuleExample Fixed => Failing.Fix("(minimal Rp10.000)", "(minimal Rp10000, angka saja)");

    public override void Check(RuleContext context)
    {
        static bool Numeric(EntityDefinition? d) => d is { Type: EntityType.Number or EntityType.Currency };

        foreach (var node in context.Graph.Nodes.Where(n => n.IsActive))
        {
            foreach (var use in node.Entities.Where(u => Numeric(u.Entity.Definition)))
            {
                Report(context, use.Prompt, $"the prompt for {use.Entity.Name} on {node.SystemName}");
                Report(context, use.Reprompt, $"the reprompt for {use.Entity.Name} on {node.SystemName}");
            }
        }

        foreach (var definition in context.Bot.Entities.Where(Numeric))
        {
            Report(context, definition.Reprompt, $"the reprompt of {definition.Name}");
        }
    }

    private static void Report(RuleContext context, Response? response, string what)
    {
        var texts = response is null ? [] : response.Variants.SelectMany(v => v.Messages).OfType<TextMessage>()
            .SelectMany(m => m.Text.Translations.Select(t => t.Value)).Distinct();
        foreach (var text in texts)
        {
            if (EntityExtractor.InEuropeanNotation(text.Raw) is not var (written, plain))
            {
                continue;
            }

            var read = EntityExtractor.NumberAsRead(written)!.Read;
            if (written.Any(char.IsWhiteSpace))
            {
                context.Report(text.Location,
                    $"{what} writes '{written}' with spaces between thousands, as users will answer: the platform's number detector reads a space as the end of a number, so '{written}' is {read} to it and such an answer is taken as that, or asked again",
                    $"write '{plain}', without spaces, and ask for digits only");
            }
            else if (!written.Contains(',', StringComparison.Ordinal))
            {
                context.Report(text.Location,
                    $"{what} writes '{written}' with dots between thousands, as users will answer: the platform's number detector reads a dot as a decimal point, so '{written}' is {read} to it and such an answer is asked again, or taken short",
                    $"write '{plain}' (or '{string.Join(',', written.Split('.'))}') and ask for digits only");
            }
            else
            {
                context.Report(text.Location,
                    $"{what} writes '{written}' with a decimal comma, as users will answer: the platform's number detector drops commas, reading them between thousands{(written.Contains('.', StringComparison.Ordinal) ? ", and reads a dot as a decimal point" : string.Empty)}, so '{written}' is {read} to it and such an answer is taken as that, or asked again",
                    $"write '{plain}', with a decimal point and no other separator, and ask for the number so (or in whole units)");
            }
        }
    }
}
