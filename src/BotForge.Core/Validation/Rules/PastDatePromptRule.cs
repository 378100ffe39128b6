using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A prompt for a date that asks, in English, Hindi or Marathi, about a day in the past ("When did it happen?", "कब
/// हुआ?", "कधी झाले?") and does not say to write the date in digits: the platform's date detector reads a day in words
/// forward ("last friday" is the coming Friday, "the 4th" the next 4th) and does not read "3 days ago" at all, so the
/// answers users give most often to such a question are stored as days to come or asked for again.
/// </summary>
public sealed partial class PastDatePromptRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2036", DiagnosticLevel.Warning, "A date asked about the past, which the date detector reads forward");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "past-date-prompt";

    public override string Why => """
        The platform's date detector reads a day written in words as a day to come: it has no "last" before a day of the week, so "last friday" is the coming Friday; "the 4th" is this month's 4th, or next month's once it has passed; "3 days ago" and "last week" are no date at all. A prompt that asks about a day in the past ("When did it happen?", "What date did the accident occur?") invites exactly those answers, and the bot then files a claim for a day that has not come, or asks again. "Yesterday" and a date in digits are read as meant: say in the prompt how to write the date ("When did it happen? Please write the date, like 04/12/2026"). In Hindi, "कल" (yesterday as well as tomorrow) is tomorrow to the platform's Hindi date detector, so "कब हुआ?" answered "कल" is filed for tomorrow; in Marathi, "काल" is yesterday only, and the platform's Marathi date detector, whose list puts it beside "उद्या", reads it as tomorrow too. English, Hindi and Marathi prompts are judged; a prompt that already shows a date in digits or its form (DD/MM/YYYY) is taken as meant.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: CLAIM
            start: true
            end: true
            user_says: [report an accident]
            entities:
              - entity: date
                prompt: When did the accident happen?
            bot_says:
              final: Thanks, we have noted it.
        """, At: "stories/main/flow.yaml:8:17");

    public override RuleExample Fixed => Failing.Fix("prompt: When did the accident happen?", "prompt: When did the accident happen? Please write the date, like 04/12/2026.");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.IsActive))
        {
            foreach (var use in node.Entities.Where(u => u is { Mandatory: true, Prompt: not null } && PublicEntities.ReadingOf(u.Entity) == PublicReading.Date))
            {
                var messages = use.Prompt!.Variants.SelectMany(v => v.Messages).OfType<TextMessage>().ToList();
                foreach (var language in context.Bot.Bot.Languages)
                {
                    var (asks, detector, trap, example) = BotInfo.BaseLanguage(language) switch
                    {
                        "en" => (AsksAboutThePast(), "date detector", "'last friday' is the coming Friday, 'the 4th' a 4th to come, and '3 days ago' no date",
                            "'When did it happen? Please write the date, like 04/12/2026' (yesterday and dates in digits are read as meant)"),
                        "hi" => (AsksAboutThePastInHindi(), "Hindi date detector", "'कल' (yesterday as well as tomorrow) is tomorrow to it",
                            "'कब हुआ? तारीख ऐसे लिखें: 04/12/2026' (dates in digits are read as meant)"),
                        "mr" => (AsksAboutThePastInMarathi(), "Marathi date detector", "'काल' (yesterday) is tomorrow to it",
                            "'कधी झाले? तारीख अशी लिहा: 04/12/2026' (dates in digits are read as meant)"),
                        _ => default,
                    };
                    var texts = messages.Select(m => m.Text.In(language)).OfType<TextTemplate>().ToList();
                    if (asks is null || texts.Any(t => DateForm().IsMatch(t.Raw)) || texts.FirstOrDefault(t => asks.IsMatch(t.Raw)) is not { } asked)
                    {
                        continue;
                    }

                    context.Report(asked.Location,
                        $"'{asked.Raw.Trim()}' asks for {use.Entity.Name} on {node.SystemName} about a day in the past, but the platform's {detector} reads a day in words forward: {trap}",
                        $"say how to write the date: {example}");
                }
            }
        }
    }

    /// <summary>An English question about a day gone by: "when did", "when was", "did it happen", "date of the incident".</summary>
    [GeneratedRegex(@"\bwhen\s+(?:did|was|were|had)\b|\b(?:did|was|were)\b[^?.!]*\b(?:happen|occur|take\s+place|start|begin|notice|buy|purchase|lose|receive)\b|\b(?:happened|occurred|took\s+place)\b|\bdate\s+of\s+(?:the\s+|your\s+)?(?:incident|accident|purchase|loss|damage|injury|theft|event|breakdown|collision)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutThePast();

    /// <summary>A Hindi question about a day gone by, in Devanagari or Latin letters: "कब हुआ", "किस दिन हुई थी", "kab hua".</summary>
    [GeneratedRegex(@"(?:कब|किस\s+(?:दिन|तारीख़?|तारीख))[^?।]*?(?:हुआ|हुई|हुए|था|थी|थे|गया|गई|गए)(?![\p{L}\p{M}])|\b(?:kab|kis\s+din|kis\s+tarikh)\b[^?]*?\b(?:hua|hui|hue|tha|thi|the|gaya|gayi|gai)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutThePastInHindi();

    /// <summary>
    /// A Marathi question about a day gone by, in Devanagari or Latin letters: "कधी झाले", "कोणत्या दिवशी मिळाली होती",
    /// "kadhi zala" (a question word, then a verb in the past: झाले, गेली, घडले, होते…).
    /// </summary>
    [GeneratedRegex(@"(?:कधी|केव्हा|कोणत्या\s+(?:दिवशी|तारखेला|तारखेस|तारखेचा|तारखेची))[^?।]*?(?:झाले|झाला|झाली|झालं|घडले|घडला|घडली|गेले|गेला|गेली|होते|होता|होती|मिळाले|मिळाला|मिळाली)(?![\p{L}\p{M}])|\b(?:kadhi|kevha|kontya\s+divshi)\b[^?]*?\b(?:zale|zala|zali|jhale|jhala|jhali|ghadle|ghadla|ghadli|gele|gela|geli|hote|hota|hoti)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutThePastInMarathi();

    /// <summary>A date in digits or its written form in the prompt ("like 04/12/2026", "DD/MM/YYYY"): the author already says how to write it.</summary>
    [GeneratedRegex(@"\d{1,4}\s?[/.\-]\s?\d{1,2}|\b(?:dd|mm|yyyy|yy)\s?[/.\-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();
}
