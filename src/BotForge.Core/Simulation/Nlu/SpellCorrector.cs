using System.Text;
using System.Text.RegularExpressions;
using BotForge.Analysis;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// The platform's spell correction before intent detection ("Show me servises" still reaches the node whose example
/// is "Show services"), on the bot's own words: a word of a message that no example has, of five letters or more,
/// and the language does not know (<see cref="SentenceEncoder.IsWord"/>: "later" is no slip for an example's
/// "water") is read as the example word one edit away (a letter missing, extra, changed, or two letters swapped:
/// "tiket", "rasie", "polcy", "servises"; a letter added at the end only as a plural's s or a doubled letter:
/// "router" is no slip for "route"), the most frequent such word in the examples (equal counts: the first in ordinal
/// order). Words the examples have, short words and words with digits are left as written, so a message without
/// mistakes is read exactly as it was; a word two edits from every example word too.
/// </summary>
internal sealed partial class SpellCorrector
{
    /// <summary>The shortest word corrected: shorter ones are one edit from too many others ("cat", "car", "cart").</summary>
    internal const int ShortestWord = 5;

    /// <summary>Each example word (in the normal form of <see cref="UserSays.Normalize"/>) and how many times the examples have it.</summary>
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Each example word and each form of it with one letter dropped, to the example words they come from.</summary>
    private readonly Dictionary<string, List<string>> _deletions = new(StringComparer.Ordinal);

    /// <summary>Words of the language, which are never corrected ("later" is no misspelling of an example's "water").</summary>
    private readonly Func<string, bool> _isWord;

    /// <param name="texts">The examples.</param>
    /// <param name="isWord">Whether a word (in lower case) is a word of the language: left as written.</param>
    public SpellCorrector(IEnumerable<string> texts, Func<string, bool> isWord)
    {
        _isWord = isWord;
        foreach (var text in texts)
        {
            foreach (var word in UserSays.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                _counts[word] = _counts.GetValueOrDefault(word) + 1;
            }
        }

        // Every word with its deletions: a word one edit from another shares a key with it (a letter dropped from
        // one, from the other, or from both at one place).
        foreach (var word in _counts.Keys.Where(w => w.Length >= ShortestWord - 1).Order(StringComparer.Ordinal))
        {
            foreach (var key in Deletions(word).Prepend(word).Distinct(StringComparer.Ordinal))
            {
                if (!_deletions.TryGetValue(key, out var words))
                {
                    _deletions[key] = words = [];
                }

                words.Add(word);
            }
        }
    }

    /// <summary>The message with each word no example has replaced by its correction, if it has one; else the message itself.</summary>
    public string Correct(string message)
    {
        StringBuilder? corrected = null;
        var at = 0;
        foreach (Match word in Word().Matches(message))
        {
            if (Correction(word.Value) is not { } replacement)
            {
                continue;
            }

            corrected ??= new StringBuilder(message.Length);
            corrected.Append(message, at, word.Index - at).Append(replacement);
            at = word.Index + word.Length;
        }

        return corrected is null ? message : corrected.Append(message, at, message.Length - at).ToString();
    }

    /// <summary>The example word one edit from <paramref name="written"/>, when it is a long word no example has; else null.</summary>
    private string? Correction(string written)
    {
        var word = UserSays.Normalize(written);
        if (word.Length < ShortestWord || word.Contains(' ', StringComparison.Ordinal) || _counts.ContainsKey(word) || _isWord(word))
        {
            return null;
        }

        string? best = null;
        foreach (var key in Deletions(word).Prepend(word))
        {
            foreach (var candidate in _deletions.GetValueOrDefault(key) ?? [])
            {
                if (OneEdit(word, candidate) && !Extended(word, candidate) && (best is null || _counts[candidate] > _counts[best]
                        || (_counts[candidate] == _counts[best] && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// True when <paramref name="written"/> is <paramref name="candidate"/> with a letter added at its end, other than a
    /// plural's s or the last letter doubled: most often another word ("router", "route"), seldom a slip.
    /// </summary>
    private static bool Extended(string written, string candidate) =>
        written.Length == candidate.Length + 1 && written.StartsWith(candidate, StringComparison.Ordinal) && written[^1] != 's' && written[^1] != written[^2];

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>True when <paramref name="b"/> is <paramref name="a"/> with one letter missing, extra, changed, or two neighbours swapped.</summary>
    internal static bool OneEdit(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return shorter.AsSpan(start).SequenceEqual(longer.AsSpan(start + 1));
        }

        return a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1))
            || (start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start] && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2)));
    }

    /// <summary>A run of letters (with marks): a word to check.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
