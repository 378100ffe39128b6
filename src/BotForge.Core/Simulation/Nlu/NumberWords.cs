using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Numbers written in words, as the platform's number detector reads them ("two", "twenty-two", "one hundred and
/// five", "three lakh"): <see cref="Rewrite(string)"/> writes each run of number words as its digits, so the number and
/// currency extractors read "two people" as "2 people". The platform's word list also maps a few other words to
/// digits ("to", "too", "for", "won", "ate", "oh"); those are left as words here, as are the single letters it
/// takes for scales (k, l, m, c, b): the extractors already read "2.2k" and "3 cr" written with digits.
/// </summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["tweleve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["ninty"] = 90,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["thousands"] = 1_000, ["lakh"] = 100_000, ["lakhs"] = 100_000, ["lac"] = 100_000,
        ["lacs"] = 100_000, ["million"] = 1_000_000, ["millions"] = 1_000_000, ["crore"] = 10_000_000, ["crores"] = 10_000_000,
        ["billion"] = 1_000_000_000,
    };

    /// <summary>One run of number words replaced: where it was in the message, and where its digits are in the rewritten text.</summary>
    internal readonly record struct Replacement(int From, int Length, int To, int NewLength);

    /// <summary>The message with each run of number words written as digits, and the replacements made (in order).</summary>
    public static (string Text, IReadOnlyList<Replacement> Replacements) Rewrite(string message) =>
        Rewrite(message, Runs(message).Select(r => (r.Index, r.Length, Digits: ValueOf(message.Substring(r.Index, r.Length))?.ToString(CultureInfo.InvariantCulture)))
            .Where(r => r.Digits is not null).Select(r => (r.Index, r.Length, r.Digits!)));

    /// <summary>The message with each run (where it starts, its length, and the digits it is) written as its digits, and the replacements made (in order).</summary>
    private static (string Text, IReadOnlyList<Replacement> Replacements) Rewrite(string message, IEnumerable<(int Index, int Length, string Digits)> runs)
    {
        var replacements = new List<Replacement>();
        var text = new StringBuilder(message.Length);
        var copied = 0;
        foreach (var (index, length, digits) in runs)
        {
            text.Append(message, copied, index - copied);
            replacements.Add(new Replacement(index, length, text.Length, digits.Length));
            text.Append(digits);
            copied = index + length;
        }

        return replacements.Count == 0 ? (message, replacements) : (text.Append(message, copied, message.Length - copied).ToString(), replacements);
    }

    /// <summary>The message's text that <paramref name="found"/> (a span of the rewritten text) was written as.</summary>
    public static string Original(string message, string rewritten, IReadOnlyList<Replacement> replacements, string found)
    {
        var start = rewritten.IndexOf(found, StringComparison.Ordinal);
        if (start < 0 || replacements.Count == 0)
        {
            return found;
        }

        var from = Map(start, replacements, atStart: true);
        var to = Map(start + found.Length, replacements, atStart: false);
        return message[from..to];
    }

    /// <summary>A position of the rewritten text in the message: inside replaced digits, the start or the end of their words.</summary>
    private static int Map(int position, IReadOnlyList<Replacement> replacements, bool atStart)
    {
        var shift = 0;
        foreach (var r in replacements)
        {
            if (position <= r.To)
            {
                break;
            }

            if (position <= r.To + r.NewLength)
            {
                return atStart ? r.From : r.From + r.Length;
            }

            shift = r.From + r.Length - (r.To + r.NewLength);
        }

        return position + shift;
    }

    /// <summary>The value of a run of number words ("twenty-two", "one hundred and five", "two thousand three hundred"); null when it holds no unit.</summary>
    private static long? ValueOf(string run)
    {
        long total = 0, current = 0;
        var units = false;
        foreach (var word in run.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                units = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                if (scale == 100)
                {
                    current = Math.Max(current, 1) * 100;
                }
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }
            }
        }

        return units ? total + current : null;
    }

    /// <summary>
    /// The runs of number words in a message (words of <see cref="Units"/> and <see cref="Scales"/>), with spaces or
    /// hyphens between them, or "and" between two of them: "twenty-two", "one hundred and five".
    /// </summary>
    private static IEnumerable<(int Index, int Length)> Runs(string message)
    {
        var words = Word().Matches(message);
        bool IsNumber(int i) => Units.ContainsKey(words[i].Value) || Scales.ContainsKey(words[i].Value);
        // Whether only spaces (or hyphens too) stand between two words, and at least one.
        bool Joined(int before, int after, bool hyphens)
        {
            var end = words[before].Index + words[before].Length;
            var gap = message.AsSpan(end, words[after].Index - end);
            foreach (var c in gap)
            {
                if (!char.IsWhiteSpace(c) && !(hyphens && c == '-'))
                {
                    return false;
                }
            }

            return !gap.IsEmpty;
        }

        for (var first = 0; first < words.Count; first++)
        {
            if (!IsNumber(first))
            {
                continue;
            }

            var last = first;
            while (true)
            {
                if (last + 1 < words.Count && IsNumber(last + 1) && Joined(last, last + 1, hyphens: true))
                {
                    last++;
                }
                else if (last + 2 < words.Count && words[last + 1].Value.Equals("and", StringComparison.OrdinalIgnoreCase) && IsNumber(last + 2)
                         && Joined(last, last + 1, hyphens: false) && Joined(last + 1, last + 2, hyphens: false))
                {
                    last += 2;
                }
                else
                {
                    break;
                }
            }

            yield return (words[first].Index, words[last].Index + words[last].Length - words[first].Index);
            first = last;
        }
    }

    /// <summary>A word of letters alone ("two" in "two people", not in "two2").</summary>
    [GeneratedRegex(@"\b\p{L}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
