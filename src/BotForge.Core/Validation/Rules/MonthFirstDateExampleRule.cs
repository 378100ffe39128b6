using System.Globalization;
using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A prompt for a date whose example writes the month first ("예: 12/24", "e.g. 12/25/2026", "MM/DD"): users copy the
/// example's order, and the platform's date detector reads a date that both orders can read day first, so "12/10"
/// written for 10 December is stored as 12 October. Only an example that just one order reads (a day past the 12th)
/// or the form's letters tell the month first for certain; "03/04" is not judged.
/// </summary>
public sealed partial class MonthFirstDateExampleRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2042", DiagnosticLevel.Warning, "A date prompt whose example writes the month first");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "month-first-date-example";

    public override string Why => """
        The platform's date detector reads a date in digits day first: "12/10" is 12 October. It reads the month first only when the day-first reading is no date ("12/24" is 24 December, as there is no 24th month). A prompt that shows an example written month first ("When should we deliver? (e.g. 12/24)", "예: 12/24", "MM/DD/YYYY") teaches users to write the month first, as Korean, Japanese, Chinese and American users do anyway; the example itself is read as meant, but the next user who writes "12/10" for 10 December gets a delivery on 12 October, or a booking ten months away. Show the example year first ("2026/12/24"), which the detector reads as meant and which reads the same to everyone, or day first ("24/12"). Judged in the prompts of the public `date` entity, in every language; an example both orders read ("03/04") says nothing of the order and is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RESCHEDULE
            start: true
            end: true
            user_says: [change my delivery date]
            entities:
              - entity: date
                prompt: Which day should we deliver? (e.g. 12/24)
            bot_says:
              final: Done.
        """, At: "stories/main/flow.yaml:8:17");

    public override RuleExample Fixed => Failing.Fix("prompt: Which day should we deliver? (e.g. 12/24)", "prompt: Which day should we deliver? (e.g. 2026/12/24)");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.IsActive))
        {
            foreach (var use in node.Entities.Where(u => u.Prompt is not null && u.Entity.Definition is null && PublicEntities.ReadingOf(u.Entity.Name) == PublicReading.Date))
            {
                var texts = use.Prompt!.Variants.SelectMany(v => v.Messages).OfType<TextMessage>()
                    .SelectMany(m => context.Bot.Bot.Languages.Select(l => m.Text.In(l)).OfType<TextTemplate>())
                    .Distinct();
                foreach (var text in texts)
                {
                    if (MonthFirstIn(text.Raw) is var (example, same, hint))
                    {
                        context.Report(text.Location,
                            $"the prompt for {use.Entity.Name} on {node.SystemName} shows '{example}', a date written month first, but the platform's date detector reads a date day first: a user who writes 10 December the same way, {same}, gets 12 October",
                            hint);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The first date example in the text written month first, with what a user writing 10 December the same way
    /// gets, and the hint; null when there is none.
    /// </summary>
    private static (string Example, string Same, string Hint)? MonthFirstIn(string text)
    {
        if (MonthFirstForm().Match(text) is { Success: true } form)
        {
            return (form.Value, "12/10", "ask for the year first (YYYY/MM/DD), which the detector reads as meant, or the day first (DD/MM/YYYY)");
        }

        foreach (Match match in NumericExample().Matches(text))
        {
            var (m, d, s, y) = (match.Groups["m"].Value, match.Groups["d"].Value, match.Groups["s"].Value, match.Groups["y"]);
            if (int.Parse(m, CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(d, CultureInfo.InvariantCulture) is >= 13 and <= 31 && (y.Success || s == "/"))
            {
                var year = y.Success ? y.Value : "2026";
                return (match.Value, "12" + s + "10" + (y.Success ? s + y.Value : string.Empty),
                    $"show the example year first, {year}{s}{m}{s}{d}, which the detector reads as meant whatever order users write in");
            }
        }

        return null;
    }

    /// <summary>A date in digits, month and day apart by a slash, a dash or a dot, a year after them or not: "12/24", "12-25-2026" (the detector reads one without a year only with a slash).</summary>
    [GeneratedRegex(@"(?<![\d/.\-])(?<m>\d{1,2})(?<s>[/.\-])(?<d>\d{1,2})(?:\k<s>(?<y>\d{4}|\d{2}))?(?![\d/\-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericExample();

    /// <summary>A date's form written month first: "MM/DD", "mm-dd-yyyy".</summary>
    [GeneratedRegex(@"\bMM\s?[/.\-]\s?DD\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstForm();
}
