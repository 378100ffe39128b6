using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A regex entity whose <c>\b</c> keeps it from taking a code written against the words beside it, in a bot in Korean,
/// which writes its particles and endings against a word: "번호는 123456789012입니다" has no word boundary between the
/// digits and "입" to the platform's regex detector (the `regex` library's Unicode word boundaries, which join letters
/// and digits into one word; they part Japanese, Chinese and Thai from a code, so "予約番号はSK123456です" is no trap).
/// Judged on a text the pattern matches whole (<see cref="RegexSample"/>), put between Korean words: reported when the
/// pattern takes it with spaces around it and not without.
/// </summary>
public sealed class RegexWordBoundaryRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2040", DiagnosticLevel.Warning, "Word boundary that a code written against a word never has");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "regex-boundary-without-spaces";

    public override string Why => """
        `\b` is a word boundary. The platform's regex detector reads it as Unicode's word boundaries (it compiles patterns with the `regex` library and its WORD flag), which part Japanese, Chinese, Thai, Lao, Khmer and Myanmar between their characters and from Latin letters and digits, so `\bSK\d{6}\b` takes the code from "予約番号はSK123456です". Korean is another matter: it writes its particles and endings against the word before them, and its syllables are letters of that word, so a code written in a Korean sentence has no boundary beside it: `\b\d{12}\b` takes nothing from "번호는 123456789012입니다", and the user is asked again for the number they have just written. Where the code starts and ends with a Latin letter or a digit, say what `\b` meant there: no Latin letter or digit beside it — `(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])` — which holds in every language. Judged in bots whose languages include Korean, on a text the pattern matches whole put against Korean words (a pattern the sample maker cannot read is not judged); BF2026 and BF2030 suggest the same edges in these bots.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: CHECK
            start: true
            end: true
            user_says: { ko: [예약 확인하고 싶어요], en: [check my reservation] }
            entities:
              - entity: reservation_no
                prompt: { ko: 예약 번호를 알려 주세요., en: What is your reservation number? }
        """, Project: """
          languages: [ko, en]
        """, At: "entities.yaml:4:14")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: reservation_no
                    type: regex
                    pattern: '\b\d{12}\b'
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix(@"'\b\d{12}\b'", @"'(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])'");

    /// <summary>
    /// Words of each language that writes a code against a word, between which a code is written ("number is …
    /// please"), and why there is no space: Korean alone of the languages checked (Japanese, Chinese, Thai, Lao, Khmer and
    /// Myanmar are parted from a code by Unicode's word boundaries, as the platform reads <c>\b</c>).
    /// </summary>
    private static readonly Dictionary<string, (string Name, string Before, string After, string Why)> Sentences = new(StringComparer.Ordinal)
    {
        ["ko"] = ("Korean", "번호는 ", "입니다", "writes its particles and endings against the word before them"),
    };

    /// <summary>
    /// Whether the bot is in a language that writes a code against the words beside it: there a code's edges are said
    /// with look-arounds rather than <c>\b</c> (BF2026 and BF2030 suggest them so).
    /// </summary>
    internal static bool CodesAgainstWords(BotInfo bot) => bot.Languages.Any(l => Sentences.ContainsKey(BotInfo.BaseLanguage(l)));

    /// <summary>What says a code starts here: <c>\b</c>, or in a bot where <see cref="CodesAgainstWords"/> no Latin letter or digit before it.</summary>
    internal static string StartEdge(bool againstWords) => againstWords ? "(?<![A-Za-z0-9])" : @"\b";

    /// <summary>What says a code ends here: <c>\b</c>, or in a bot where <see cref="CodesAgainstWords"/> no Latin letter or digit after it.</summary>
    internal static string EndEdge(bool againstWords) => againstWords ? "(?![A-Za-z0-9])" : @"\b";

    public override void Check(RuleContext context)
    {
        var languages = context.Bot.Bot.Languages.Select(BotInfo.BaseLanguage).Distinct().Where(Sentences.ContainsKey).ToList();
        if (languages.Count == 0)
        {
            return;
        }

        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Regex && e.Pattern is not null))
        {
            var pattern = entity.Pattern!;
            if (!pattern.Contains(@"\b", StringComparison.Ordinal) || InvalidRegexRule.Problem(pattern) is not null
                || RegexSample.Of(pattern, EntityExtractor.RegexEntityOptions) is not { Length: > 0 } sample)
            {
                continue;
            }

            foreach (var language in languages)
            {
                var (name, before, after, why) = Sentences[language];
                var sentence = before + sample + after;
                if (EntityExtractor.RegexMatch(pattern, sentence)?.Value == sample
                    || EntityExtractor.RegexMatch(pattern, $"{before} {sample} {after}")?.Value != sample)
                {
                    continue;
                }

                var edged = Edged(pattern);
                context.Report(entity.PatternLocation ?? entity.NameLocation,
                    $"the pattern of {entity.Name} takes nothing from '{sentence}': {name} {why}, and \\b finds no edge between the code and the letters written against it, so a user who writes the code in a sentence is asked for it again",
                    edged is not null && EntityExtractor.RegexMatch(edged, sentence)?.Value == sample
                        ? $"say that no Latin letter or digit is beside the code, which holds in every language: '{edged}'"
                        : "in place of \\b, say that no Latin letter or digit is beside the code: (?<![A-Za-z0-9]) before it, (?![A-Za-z0-9]) after it");
                break;
            }
        }
    }

    /// <summary>The pattern with a leading and a trailing <c>\b</c> written as look-arounds; null when it has another <c>\b</c>.</summary>
    private static string? Edged(string pattern)
    {
        var start = pattern.StartsWith(@"\b", StringComparison.Ordinal);
        var end = pattern.EndsWith(@"\b", StringComparison.Ordinal) && !pattern.EndsWith(@"\\b", StringComparison.Ordinal);
        var body = pattern[(start ? 2 : 0)..(end ? ^2 : ^0)];
        return body.Contains(@"\b", StringComparison.Ordinal) || body.Contains('|') ? null
            : (start ? StartEdge(true) : string.Empty) + body + (end ? EndEdge(true) : string.Empty);
    }
}
