using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Python;

namespace BotForge.Validation.Rules;

/// <summary>
/// A regex entity whose pattern takes Russian letters by the range <c>а-я</c> (or <c>А-Я</c>) and so leaves out ё
/// and Ё, which Unicode puts outside it: "Пётр", "Фёдоров", "Королёв" are not taken, or taken only up to the ё. In a
/// bot in Ukrainian, also its і, ї, є and ґ, which are outside it too.
/// </summary>
public sealed class CyrillicRangeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2047", DiagnosticLevel.Warning, "Range of Russian letters that leaves out ё");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "cyrillic-range-without-yo";

    public override string Why => """
        A class written `[а-я]` or `[А-Я]` looks like every letter of the Russian alphabet, but a range is a run of Unicode code points, and ё (U+0451) and Ё (U+0401) are outside it: Unicode put them after я and before А. A pattern for a name or a word written so, `^[А-Яа-я ]+$`, takes "Иван Петров" and gives no value for "Пётр Фёдоров" (or, unanchored, takes "П" and stops at the ё), so the user is asked again for a name they have written right; on the platform too, as Python's `re` reads ranges the same way. Ukrainian's і, ї, є and ґ are outside the range as well. Add the letters to the class: `[А-ЯЁа-яё]`, and in a bot in Ukrainian `[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ]` (Ukrainian has no ё, ъ, ы, э). Judged on every character class of a regex entity's pattern that takes а to я (or А to Я) but not ё (or Ё).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: CALLBACK
            start: true
            end: true
            user_says: { ru: [перезвоните мне], en: [call me back] }
            entities:
              - entity: full_name
                prompt: { ru: Как вас зовут?, en: What is your name? }
        """, Project: """
          languages: [ru, en]
        """, At: "entities.yaml:4:14")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: full_name
                    type: regex
                    pattern: '^[А-Яа-я ]{2,60}$'
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("'^[А-Яа-я ]{2,60}$'", "'^[А-ЯЁа-яё ]{2,60}$'");

    public override void Check(RuleContext context)
    {
        var ukrainian = context.Bot.Bot.Languages.Any(l => BotInfo.BaseLanguage(l) == "uk");
        foreach (var entity in context.Bot.Entities.Where(e => e is { Type: EntityType.Regex, Pattern: not null }))
        {
            if (InvalidRegexRule.Problem(entity.Pattern!) is not null || Missing(entity.Pattern!, ukrainian) is not var (written, letters))
            {
                continue;
            }

            context.Report(entity.PatternLocation ?? entity.NameLocation,
                $"the pattern of {entity.Name} takes Russian letters by the range in '{written}', which leaves out {string.Join(", ", letters.Select(c => c.ToString()))}: Unicode puts {(letters.Length == 1 ? "it" : "them")} outside the range, so a word with {letters[0]} ('{Example(letters[0])}') is not taken, or only up to it",
                $"add {(letters.Length == 1 ? "it" : "them")} to the class: '{written.Insert(written.Length - 1, letters)}'");
        }
    }

    /// <summary>
    /// The first character class of the pattern that takes а to я (or А to Я), and the letters it leaves out of those
    /// its writer meant: ё and Ё, and in a bot in Ukrainian і, ї, є, ґ (each in the case the class takes); null when
    /// none does.
    /// </summary>
    internal static (string Class, string Letters)? Missing(string pattern, bool ukrainian)
    {
        var ignoreCase = pattern.StartsWith("(?i)", StringComparison.Ordinal);
        foreach (var written in Classes(pattern))
        {
            Regex regex;
            try
            {
                regex = new Regex(written, (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                continue;
            }

            var small = regex.IsMatch("а") && regex.IsMatch("о") && regex.IsMatch("я");
            var capital = regex.IsMatch("А") && regex.IsMatch("О") && regex.IsMatch("Я");
            // Without case (?i), the small letters stand for both.
            var wanted = (small ? "ё" + (ukrainian ? "іїєґ" : string.Empty) : string.Empty)
                + (capital && !(ignoreCase && small) ? "Ё" + (ukrainian ? "ІЇЄҐ" : string.Empty) : string.Empty);
            var letters = string.Concat(wanted.Where(c => !regex.IsMatch(c.ToString())));
            if (letters.Length > 0)
            {
                return (written, letters);
            }
        }

        return null;
    }

    /// <summary>A word with the letter, for the message.</summary>
    private static string Example(char letter) => letter switch
    {
        'ё' => "Пётр",
        'Ё' => "Ёлкин",
        'і' or 'І' => "Іван",
        'ї' or 'Ї' => "Київ",
        'є' or 'Є' => "Євген",
        _ => "Ґудзь",
    };

    /// <summary>The character classes of a pattern as written ("[А-Яа-я ]"), but negated ones; an escaped bracket not counted.</summary>
    private static IEnumerable<string> Classes(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '[' && PythonRegex.ClassEnd(pattern, i) is var end and > 0)
            {
                if (pattern[i + 1] != '^')
                {
                    yield return pattern[i..(end + 1)];
                }

                i = end;
            }
        }
    }
}
