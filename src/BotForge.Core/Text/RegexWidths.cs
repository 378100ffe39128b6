namespace BotForge.Text;

/// <summary>
/// How long a match of a simple regular expression can be: a sequence of single characters (a letter, an escape such
/// as <c>\d</c>, a class <c>[A-Z0-9]</c>, <c>.</c>), each at most once-counted by <c>?</c>, <c>{n}</c> or
/// <c>{n,m}</c>, between anchors (<c>^</c>, <c>$</c>, <c>\b</c>). What is not so simple (a group, an alternation,
/// <c>*</c>, <c>+</c>, <c>{n,}</c>, a back-reference) has no width known here: no verdict is drawn from it.
/// </summary>
internal static class RegexWidths
{
    /// <summary>The shortest and longest match of <paramref name="pattern"/>, or null when it is not simple.</summary>
    public static (int Min, int Max)? Of(string pattern)
    {
        int min = 0, max = 0, i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c is '^' or '$')
            {
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
            {
                i += 2;
                continue;
            }

            if (Atom(pattern, i) is not { } next)
            {
                return null;
            }

            i = next;
            var (low, high) = (1, 1);
            if (i < pattern.Length && pattern[i] == '?')
            {
                (low, high) = (0, 1);
                i++;
            }
            else if (i < pattern.Length && pattern[i] == '{')
            {
                if (Count(pattern, i) is not { } count)
                {
                    return null;
                }

                (low, high, i) = count;
            }
            else if (i < pattern.Length && pattern[i] is '*' or '+')
            {
                return null;
            }

            if (i < pattern.Length && pattern[i] is '?' or '+')
            {
                i++;   // lazy or possessive: the same widths
            }

            min += low;
            max += high;
            if (max > 10_000)
            {
                return null;
            }
        }

        return (min, max);
    }

    /// <summary>Where the one-character atom at <paramref name="at"/> ends, or null when the atom is not one character.</summary>
    private static int? Atom(string pattern, int at)
    {
        var c = pattern[at];
        if (c is '(' or ')' or '|' or '*' or '+' or '?' or '{' or '}')
        {
            return null;
        }

        if (c == '\\')
        {
            // A back-reference (\1, \k<name>) or a property (\p{L}) is not one simple character; every other escape is.
            return at + 1 < pattern.Length && !char.IsDigit(pattern[at + 1]) && pattern[at + 1] is not ('k' or 'p' or 'P' or 'x' or 'u' or 'c')
                ? at + 2
                : null;
        }

        if (c != '[')
        {
            return at + 1;
        }

        var i = at + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            if (pattern[i] == '[')
            {
                return null;   // a subtraction or a POSIX class
            }

            i += pattern[i] == '\\' ? 2 : 1;
        }

        return i < pattern.Length ? i + 1 : null;
    }

    /// <summary>The counts of <c>{n}</c> or <c>{n,m}</c> at <paramref name="at"/> and where it ends, or null.</summary>
    private static (int Low, int High, int End)? Count(string pattern, int at)
    {
        var close = pattern.IndexOf('}', at);
        if (close < 0)
        {
            return null;
        }

        var parts = pattern[(at + 1)..close].Split(',');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var low))
        {
            return null;
        }

        var high = low;
        if (parts.Length == 2 && !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out high))
        {
            return null;
        }

        return high < low || high > 10_000 ? null : (low, high, close + 1);
    }
}
