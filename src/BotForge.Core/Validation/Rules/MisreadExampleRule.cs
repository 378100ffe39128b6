using System.Globalization;
using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A prompt for a date or a time that shows a form its detector does not read as meant: a date written month first
/// ("예: 12/24", "e.g. 12/25/2026", "MM/DD"), which users copy, while the platform's date detector reads a date both
/// orders can read day first ("12/10" written for 10 December is 12 October); or a date or a time in words of a
/// language the detectors do not read ("12월 24일", "mañana", "오후 3시"), so a user who answers as shown is asked
/// again, unless the words hold digits the detector reads all the same ("saat 15:00"), as the engine reads an answer
/// written so. Only an example one order alone reads (a day past the 12th) or the form's letters tell the month first
/// for certain; "03/04" is not judged.
/// </summary>
public sealed partial class MisreadExampleRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2042", DiagnosticLevel.Warning, "A date or time prompt showing a form its detector does not read as meant");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "misread-example";

    public override string Why => """
        Users answer a prompt in the form it shows. The platform's date detector reads a date in digits day first: "12/10" is 12 October; it reads the month first only when the day-first reading is no date ("12/24" is 24 December, as there is no 24th month). A prompt that shows a date written month first ("When should we deliver? (e.g. 12/24)", "예: 12/24", "MM/DD/YYYY") teaches users to write the month first, as Korean, Japanese, Chinese and American users do anyway; the example itself is read as meant, but the next user who writes "12/10" for 10 December gets a delivery on 12 October. The date and time detectors read words in English and in the Indian languages they have lists for only (dates in Hindi, Marathi, Gujarati, Bengali, Tamil and Telugu; none in Kannada, Malayalam, Punjabi or Odia): a prompt that shows a date or a time in other words ("언제 받으시겠어요? (예: 12월 24일)", "¿Para mañana?", "예: 오후 3시") asks for an answer the platform does not read, and the bot asks again. Show the date in digits, year first ("2026/12/24"), which the detector reads as meant and which reads the same to everyone, and a time in digits ("15:00"). Judged in the prompts of the public `date` and `time` entities, in every language; an example both orders read ("03/04") says nothing of the order and is not judged.
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
            foreach (var use in node.Entities.Where(u => u.Prompt is not null && u.Entity.Definition is null))
            {
                var reading = PublicEntities.ReadingOf(use.Entity.Name);
                if (reading is not (PublicReading.Date or PublicReading.Time))
                {
                    continue;
                }

                var texts = use.Prompt!.Variants.SelectMany(v => v.Messages).OfType<TextMessage>()
                    .SelectMany(m => context.Bot.Bot.Languages.Select(l => (Language: l, Text: m.Text.In(l))))
                    .Where(t => t.Text is not null)
                    .DistinctBy(t => t.Text);
                foreach (var (language, text) in texts.Select(t => (t.Language, t.Text!)))
                {
                    var prompt = $"the prompt for {use.Entity.Name} on {node.SystemName}";
                    if (reading == PublicReading.Date && MonthFirstIn(text.Raw) is var (example, same, hint))
                    {
                        context.Report(text.Location,
                            $"{prompt} shows '{example}', a date written month first, but the platform's date detector reads a date day first: a user who writes 10 December the same way, {same}, gets 12 October",
                            hint);
                    }
                    else if ((reading == PublicReading.Date ? EntityExtractor.DateInOtherWords(text.Raw) : EntityExtractor.TimeInOtherWords(text.Raw)) is { } words
                             && new EntityExtractor(AnyDay, language) { BotMessage = text.Raw }.Extract(use.Entity, words, prompted: true) is null)
                    {
                        // Words around digits the detector reads ("saat 15:00") are answered as shown: not reported.
                        var what = reading == PublicReading.Date ? "date" : "time";
                        context.Report(text.Location,
                            $"{prompt} shows '{words.Trim()}', a {what} in words the platform's {what} detector does not read (it reads words in English and in the Indian languages it has lists for, digits in any): a user who answers so is asked again",
                            reading == PublicReading.Date ? "show a date in digits, year first, like 2026/12/24, which the detector reads as meant" : "show a time in digits, like 15:00");
                    }
                }
            }
        }
    }

    /// <summary>The day an example is read on: any day does, as whether a form is read does not depend on it.</summary>
    private static readonly DateOnly AnyDay = new(2026, 1, 1);

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

        foreach (var (example, m, d, s, y) in EntityExtractor.NumericDates(text))
        {
            if (int.Parse(m, CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(d, CultureInfo.InvariantCulture) is >= 13 and <= 31)
            {
                var year = y.Length > 0 ? y : "2026";
                return (example, "12" + s + "10" + (y.Length > 0 ? s + y : string.Empty),
                    $"show the example year first, {year}{s}{m}{s}{d}, which the detector reads as meant whatever order users write in");
            }
        }

        return null;
    }

    /// <summary>A date's form written month first: "MM/DD", "mm-dd-yyyy".</summary>
    [GeneratedRegex(@"\bMM\s?[/.\-]\s?DD\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstForm();
}
