using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Analysis;

/// <summary>
/// A text a regex matches whole, made from the pattern: each quantified part repeated as often as it may be when
/// that is bounded (<c>\d{8,10}</c> gives ten digits), else as few times as it must; the first alternative; a
/// character of each class. Written for the patterns bot authors write (literals, classes, <c>\d \w \s</c>, groups,
/// alternatives, quantifiers, anchors and look-arounds, and flags for the whole pattern such as <c>(?i)</c>); anything
/// else (back-references, options for a part, <c>\p{…}</c>) gives null, as does a text the pattern does not then
/// match whole. Never a guess: the caller gets a text the pattern is known to match.
/// </summary>
internal static partial class RegexSample
{
    /// <summary>The most times a bounded part is repeated: a longer sample tells nothing more.</summary>
    private const int MaxRepeat = 64;

    /// <summary>The longest sample made (nested repetitions multiply), and the deepest nesting of groups read.</summary>
    private const int MaxLength = 10_000;

    private const int MaxDepth = 64;

    /// <summary>Characters tried, in order, for a class: digits and letters first, as authors' codes use them.</summary>
    private const string Candidates = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-./@#:+ ,;!?&*=%$'\"()[]{}<>|\\^~`";

    /// <summary>A text <paramref name="pattern"/> matches whole (with <paramref name="options"/>), or null.</summary>
    public static string? Of(string pattern, RegexOptions options)
    {
        try
        {
            var reader = new Reader(Python.PythonRegex.ForDotNet(pattern));
            if (reader.Alternation() is not { } sample || !reader.AtEnd)
            {
                return null;
            }

            // Told apart in a message ('12345678' rather than '00000000') when the pattern allows it.
            return new[] { Varied(sample, true, true), Varied(sample, true, false), Varied(sample, false, true), sample }
                .FirstOrDefault(text => MatchesWhole(pattern, text, options));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Whether the pattern's first match in <paramref name="text"/> is all of it, as the platform matches.</summary>
    private static bool MatchesWhole(string pattern, string text, RegexOptions options) =>
        Python.PythonRegex.Matcher(pattern, options).Match(text) is { Success: true, Index: 0 } match && match.Length == text.Length;

    /// <summary>The flags for the whole pattern it starts with, as Python writes them first ("(?i)", "(?im)"); empty when none.</summary>
    internal static string LeadingFlags(string pattern) =>
        pattern.StartsWith('(') && InlineFlags().Match(pattern, 1) is { Success: true, Index: 1 } flags ? pattern[..(flags.Length + 1)] : string.Empty;

    /// <summary>Flags for the whole pattern after a group's "(": "?i)", "?im)".</summary>
    [GeneratedRegex(@"\G\?[aiLmsux]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineFlags();

    /// <summary>The sample's digits counting 1, 2, … 9, 0, 1, … and its letters A, B, C … in their case, in order (those asked for).</summary>
    private static string Varied(string sample, bool varyDigits, bool varyLetters)
    {
        var (digits, letters) = (0, 0);
        var text = sample.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            if (varyDigits && char.IsAsciiDigit(text[i]))
            {
                text[i] = (char)('0' + (++digits % 10));
            }
            else if (varyLetters && char.IsAsciiLetter(text[i]))
            {
                text[i] = (char)((char.IsAsciiLetterUpper(text[i]) ? 'A' : 'a') + (letters++ % 26));
            }
        }

        return new string(text);
    }

    /// <summary>The character that would come next after <paramref name="c"/> in a <see cref="Varied"/> run of its kind.</summary>
    public static char Next(char c) => char.IsAsciiDigit(c) ? (char)('0' + ((c - '0' + 1) % 10))
        : char.IsAsciiLetterUpper(c) ? (char)('A' + ((c - 'A' + 1) % 26))
        : char.IsAsciiLetterLower(c) ? (char)('a' + ((c - 'a' + 1) % 26))
        : c;

    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        private char? Peek => _at < pattern.Length ? pattern[_at] : null;

        /// <summary>Alternatives separated by <c>|</c>: the first one's sample (the others are read past).</summary>
        public string? Alternation()
        {
            var first = Sequence();
            while (Peek == '|')
            {
                _at++;
                if (Sequence() is null)
                {
                    return null;
                }
            }

            return first;
        }

        private string? Sequence()
        {
            var text = new StringBuilder();
            while (Peek is { } c && c != '|' && c != ')')
            {
                if (Atom() is not { } atom || Quantified(atom) is not { } repeated)
                {
                    return null;
                }

                text.Append(repeated);
                if (text.Length > MaxLength)
                {
                    return null;
                }
            }

            return text.ToString();
        }

        /// <summary>The atom repeated as its quantifier (if any) says.</summary>
        private string? Quantified(string atom)
        {
            int min, max;
            switch (Peek)
            {
                case '*':
                    (min, max) = (0, -1);
                    _at++;
                    break;
                case '+':
                    (min, max) = (1, -1);
                    _at++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    _at++;
                    break;
                case '{' when Bounds() is { } bounds:
                    (min, max) = bounds;
                    break;
                default:
                    return atom;
            }

            if (Peek == '?')
            {
                _at++;   // lazy: the same texts match
            }

            var times = max < 0 ? min : Math.Min(max, Math.Max(min, MaxRepeat));
            return (long)times * atom.Length > MaxLength ? null : string.Concat(Enumerable.Repeat(atom, times));
        }

        /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> (max −1 when open), or null when the brace is a literal.</summary>
        private (int Min, int Max)? Bounds()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var parts = pattern[(_at + 1)..close].Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            var max = min;
            if (parts.Length == 2)
            {
                if (parts[1].Length == 0)
                {
                    max = -1;
                }
                else if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out max))
                {
                    return null;
                }
            }

            _at = close + 1;
            return (min, max);
        }

        private string? Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '^' or '$':
                    return string.Empty;
                case '.':
                    return "a";
                case '[':
                    return Class();
                case '(':
                    return Group();
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    return null;   // a quantifier with nothing before it
                default:
                    return c.ToString();
            }
        }

        private int _depth;

        private string? Group()
        {
            if (++_depth > MaxDepth)
            {
                return null;   // read no deeper than authors nest (and no deeper than the stack allows)
            }

            var zeroWidth = false;
            if (Peek == '?')
            {
                var rest = pattern[_at..];
                if (_at == 1 && LeadingFlags(pattern) is { Length: > 0 } flags)
                {
                    // Flags for the whole pattern, "(?i)" at its start: nothing to write; the sample is checked with them.
                    _at = flags.Length;
                    _depth--;
                    return string.Empty;
                }

                if (rest.StartsWith("?:", StringComparison.Ordinal))
                {
                    _at += 2;
                }
                else if (rest.StartsWith("?=", StringComparison.Ordinal) || rest.StartsWith("?!", StringComparison.Ordinal))
                {
                    _at += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<=", StringComparison.Ordinal) || rest.StartsWith("?<!", StringComparison.Ordinal))
                {
                    _at += 3;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<", StringComparison.Ordinal) && rest.IndexOf('>') is var named and > 2)
                {
                    _at += named + 1;   // a named group, as Python's (?P<name>...) reads in .NET's form
                }
                else
                {
                    return null;   // inline options, conditionals
                }
            }

            var inner = Alternation();
            if (inner is null || Peek != ')')
            {
                return null;
            }

            _at++;
            _depth--;
            return zeroWidth ? string.Empty : inner;
        }

        private string? Escape()
        {
            if (AtEnd)
            {
                return null;
            }

            var c = pattern[_at++];
            return c switch
            {
                'd' => "0",
                'w' or 'D' or 'S' => "a",
                's' => " ",
                'W' => "-",
                'b' or 'B' or 'A' or 'Z' or 'z' or 'G' => string.Empty,
                't' => "\t",
                'n' => "\n",
                _ when char.IsAsciiLetterOrDigit(c) => null,   // back-references, \p{…}, \x…, \u…
                _ => c.ToString(),
            };
        }

        /// <summary>A character class: the first candidate character it holds (tested by the regex engine itself).</summary>
        private string? Class()
        {
            var start = _at - 1;
            if (Peek == '^')
            {
                _at++;
            }

            if (Peek == ']')
            {
                _at++;   // a leading ']' is a literal
            }

            while (Peek is { } c && c != ']')
            {
                _at += c == '\\' ? 2 : 1;
            }

            if (AtEnd)
            {
                return null;
            }

            _at++;
            var set = new Regex("^" + pattern[start.._at] + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return Candidates.Select(x => x.ToString()).FirstOrDefault(set.IsMatch);
        }
    }
}
