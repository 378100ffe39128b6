using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A regex entity whose pattern, searched in a message as the engine and the platform search it, takes part of a
/// longer code: <c>\d{8}</c> takes eight digits of a nine-digit number or of a phone number. Judged on a text the
/// pattern matches whole (<see cref="RegexSample"/>), lengthened by one digit or letter at an end that is one: when
/// the engine's extraction of that text is shorter than it, a longer or mistyped code gives a wrong value instead
/// of a reprompt. Patterns the sample maker cannot read are not judged.
/// </summary>
public sealed class RegexTakesPartRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2026", DiagnosticLevel.Warning, "Regex that takes part of a longer code");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "regex-takes-part";

    public override string Why => """
        A regex entity's pattern is searched in the user's message, and the first match is the value: the platform's recogniser and `botforge test` both take it wherever it starts and ends. A pattern such as `\d{8}` therefore also matches eight digits of a nine-digit number, of a phone number or of a mistyped code, so a user who types one digit too many gets another customer's case looked up instead of being asked again. Put `\b` (a word boundary: `botforge test` reads it as the platform's Python does) at each end that is a digit or a letter — `\b\d{8}\b` — so only a whole code is taken. The check makes a text the pattern matches whole, adds a digit or letter at such an end, and reports the pattern when the value taken is shorter than that text; a pattern it cannot make a text for (back-references, inline options, `\p{…}`) is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [check my case]
            entities:
              - entity: case_number
                prompt: What is the case number?
        """, At: "entities.yaml:4:14")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: case_number
                    type: regex
                    pattern: '\d{8}'
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix(@"'\d{8}'", @"'\b\d{8}\b'");

    public override void Check(RuleContext context)
    {
        var againstWords = RegexWordBoundaryRule.CodesAgainstWords(context.Bot.Bot);
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Regex && e.Pattern is not null))
        {
            var pattern = entity.Pattern!;
            if (InvalidRegexRule.Problem(pattern) is not null || Partial(pattern) is not { } partial)
            {
                continue;
            }

            // A boundary at one end can move the match to the other (\d{8}\b finds the last eight of nine digits).
            var (atStart, atEnd) = (partial.AtStart, partial.AtEnd);
            var bounded = Bounded(pattern, atStart, atEnd, againstWords);
            if (Partial(bounded) is { } still)
            {
                (atStart, atEnd) = (atStart || still.AtStart, atEnd || still.AtEnd);
                bounded = Bounded(pattern, atStart, atEnd, againstWords);
            }

            // In a bot in Japanese, Chinese or Thai, \b would keep a code in a sentence from being taken (BF2040).
            var edge = againstWords ? "no Latin letter or digit beside it" : "\\b";
            context.Report(entity.PatternLocation ?? entity.NameLocation,
                $"the pattern of {entity.Name} takes part of a longer code: in '{partial.Text}' it finds '{partial.Taken}'",
                Partial(bounded) is null
                    ? $"{(againstWords ? "say there is no Latin letter or digit" : "put \\b")} at {(atStart && atEnd ? "both ends" : atStart ? "its start" : "its end")} so only a whole code is taken: '{bounded}'"
                    : $"make the pattern end where the code ends ({edge} at an end that is a digit or a letter)");
        }
    }

    /// <summary>
    /// A text longer than a whole match by a digit or letter at one end, and what the engine takes of it, when it
    /// leaves that character out; which ends do so. Null when the pattern takes whole codes only, or cannot be judged.
    /// </summary>
    private static (string Text, string Taken, bool AtStart, bool AtEnd)? Partial(string pattern)
    {
        if (RegexSample.Of(pattern, EntityExtractor.RegexEntityOptions) is not { Length: > 0 } sample)
        {
            return null;
        }

        var longer = sample + RegexSample.Next(sample[^1]);
        var atEnd = char.IsAsciiLetterOrDigit(sample[^1]) && EntityExtractor.RegexMatch(pattern, longer) is { } end && end.Index + end.Length < longer.Length
            ? (longer, end.Value)
            : ((string, string)?)null;
        var earlier = RegexSample.Next(sample[0]) + sample;
        var atStart = char.IsAsciiLetterOrDigit(sample[0]) && EntityExtractor.RegexMatch(pattern, earlier) is { Index: > 0 } start
            ? (earlier, start.Value)
            : ((string, string)?)null;
        return (atEnd ?? atStart) is var (text, taken) ? (text, taken, atStart is not null, atEnd is not null) : null;
    }

    /// <summary>
    /// The pattern with <c>\b</c> at the ends asked for (its alternatives grouped first, its flags kept first), or in a
    /// bot in a language that writes codes against words its look-arounds (<see cref="RegexWordBoundaryRule.StartEdge"/>).
    /// </summary>
    private static string Bounded(string pattern, bool atStart, bool atEnd, bool againstWords)
    {
        // Flags for the whole pattern stay first, as Python requires ("(?i)\bab\d{2}\b", not "\b(?i)ab…").
        var flags = Analysis.RegexSample.LeadingFlags(pattern);
        var rest = pattern[flags.Length..];
        var body = rest.Contains('|') ? $"(?:{rest})" : rest;
        return flags + (atStart ? RegexWordBoundaryRule.StartEdge(againstWords) : string.Empty) + body + (atEnd ? RegexWordBoundaryRule.EndEdge(againstWords) : string.Empty);
    }
}
