namespace BotForge.Python;

/// <summary>
/// Finds regex syntax that .NET accepts but Python 3.6's <c>re</c> rejects or reads differently. A pattern that
/// passes both this check and .NET's parser (given <see cref="ForDotNet"/>'s form of it) means the same on the
/// author's machine and on the platform. Covered: .NET named groups and named back-references, atomic groups,
/// unicode categories, escapes Python does not know, character-class subtraction, explicit-capture and
/// mid-pattern flags, expression conditionals, <c>{,n}</c>, and variable-width look-behind; and class syntax the
/// `regex` library's version 1 (which the platform's regex detector uses) reads otherwise: nested sets, POSIX classes
/// and set operations (<see cref="SetSyntax"/>). Python's own named
/// groups, <c>(?P&lt;name&gt;...)</c> and <c>(?P=name)</c>, are valid: .NET reads them as <see cref="ForDotNet"/> writes them.
/// </summary>
public static class PythonRegex
{
    /// <summary>Letters Python's <c>re</c> accepts after a backslash outside a class (3.6; others are errors).</summary>
    private const string Escapes = "AbBdDsSwWZafnrtvxuU";

    /// <summary>Letters Python accepts after a backslash inside a class.</summary>
    private const string ClassEscapes = "dDsSwWbafnrtvxuU";

    /// <summary>What reads the pattern otherwise, where, and how; <paramref name="Reader"/> ends "is not valid for …".</summary>
    public readonly record struct Finding(int Offset, string Message, string Reader = PythonRe);

    /// <summary>The <see cref="Finding.Reader"/> of syntax Python 3.6's <c>re</c> (the platform's fallback) rejects or reads otherwise.</summary>
    public const string PythonRe = "Python's re";

    /// <summary>The <see cref="Finding.Reader"/> of syntax the `regex` library reads otherwise than <c>re</c> and .NET, as chatbot_ner compiles a pattern (version 1).</summary>
    public const string RegexLibrary = "the regex library the platform's regex detector uses";

    /// <summary>
    /// The pattern as .NET's engine writes the same thing: Python's named group <c>(?P&lt;name&gt;...)</c> becomes
    /// <c>(?&lt;name&gt;...)</c> and its back-reference <c>(?P=name)</c> becomes <c>\k&lt;name&gt;</c>; escapes and
    /// character classes are left as they are; the flags of the character set, which .NET does not know, are left out of
    /// inline flags: <c>u</c> (Unicode, which Python 3 and the platform's regex detector use already: <c>(?iu)</c> is
    /// <c>(?i)</c>, <c>(?u)</c> nothing), and <c>a</c> and <c>L</c>, which <see cref="Check"/> reports. A pattern with none
    /// of them is returned as is (the same string).
    /// </summary>
    public static string ForDotNet(string pattern)
    {
        if (!pattern.Contains("(?P", StringComparison.Ordinal) && !HasCharacterSetFlag(pattern))
        {
            return pattern;
        }

        var result = new System.Text.StringBuilder(pattern.Length);
        var inClass = false;
        var classStart = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = !(c == ']' && i > classStart);
                result.Append(c);
                continue;
            }

            var rest = pattern.AsSpan(i);
            if (c == '[')
            {
                inClass = true;
                classStart = ClassFirst(pattern, i);
                result.Append(c);
            }
            else if (rest.StartsWith("(?P<"))
            {
                result.Append("(?<");
                i += 3;
            }
            else if (rest.StartsWith("(?P=") && rest.IndexOf(')') is var close and > 4)
            {
                result.Append("\\k<").Append(rest[4..close]).Append('>');
                i += close;
            }
            else if (c == '(' && FlagsEnd(rest) is var end and > 2 && rest[2..end].ContainsAny(CharacterSetFlags))
            {
                var flags = string.Concat(rest[2..end].ToString().Where(f => !CharacterSetFlags.Contains(f, StringComparison.Ordinal)));
                if (flags.Length > 0 || rest[end] == ':')
                {
                    result.Append("(?").Append(flags).Append(rest[end]);
                }

                i += end;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>Where the inline flags at the start of <paramref name="text"/> end (their ':' or ')'), or -1 when there are none there: <c>(?i)</c>, <c>(?iu-m:</c>.</summary>
    private static int FlagsEnd(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("(?"))
        {
            return -1;
        }

        for (var i = 2; i < text.Length; i++)
        {
            if (text[i] is ':' or ')')
            {
                return i > 2 ? i : -1;
            }

            if (!"aiLmsux-".Contains(text[i], StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Python's flags of the character set, which .NET does not know: <c>u</c> (Unicode) is the default, and <c>a</c>
    /// (ASCII) and <c>L</c> (locale) <see cref="Check"/> reports, as the platform's detector rejects them.
    /// </summary>
    private const string CharacterSetFlags = "uaL";

    /// <summary>Whether inline flags somewhere in <paramref name="pattern"/> hold one of <see cref="CharacterSetFlags"/>.</summary>
    private static bool HasCharacterSetFlag(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            var rest = pattern.AsSpan(i);
            if (FlagsEnd(rest) is var end and > 2 && rest[2..end].ContainsAny(CharacterSetFlags))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pattern as .NET's engine must be given it to match what the platform's regex detector matches:
    /// <see cref="ForDotNet"/>'s form, with <c>\w</c>, <c>\W</c>, <c>\b</c> and <c>\B</c> written out as the
    /// `regex` library reads them under the WORD flag, which that detector (chatbot_ner's RegexDetector) compiles every
    /// pattern with: <c>\w</c> is Unicode's word characters (<see cref="WordBreak.Word"/>: letters, marks, digits,
    /// connectors; a class holding <c>\W</c> becomes a group that means the same) and <c>\b</c> is Unicode's default
    /// word boundary (UAX #29: <see cref="Boundary"/>); <c>\Z</c> (the very end) written <c>\z</c>; and <c>.</c>,
    /// <c>$</c> and, with MULTILINE, <c>^</c> written for every line separator the flag knows (CR, VT, FF, NEL, U+2028,
    /// U+2029 and LF: <see cref="LineSeparators"/>), where .NET knows LF alone. A pattern with none of them is returned as
    /// <see cref="ForDotNet"/> returns it. <c>\s</c> is left as it is.
    /// </summary>
    /// <remarks>
    /// Python's own <c>re</c> reads these otherwise (no mark is a word character to it, and its <c>\b</c> is the edge of
    /// its word characters), and so does .NET; the `regex` library is a requirement of chatbot_ner, which falls back to
    /// <c>re</c> only where it is not installed. A boundary is some 10,000 characters of look-arounds, so
    /// <see cref="Matcher"/> keeps the compiled pattern.
    /// </remarks>
    public static string ForMatching(string pattern) => Write(ForDotNet(pattern));

    /// <summary>
    /// The pattern compiled as <see cref="ForMatching"/> writes it, with <paramref name="options"/> and a one-second
    /// limit per match, kept for the next call (a bot has few patterns; the cache is emptied past 500, as an editor's
    /// session sees every pattern typed). Throws <see cref="ArgumentException"/> for a pattern .NET cannot read.
    /// </summary>
    public static System.Text.RegularExpressions.Regex Matcher(string pattern, System.Text.RegularExpressions.RegexOptions options) =>
        Compile(pattern, options, again: false);

    /// <summary>
    /// <see cref="Matcher"/>'s pattern, or with <paramref name="again"/> the pattern held to a match that starts where
    /// the search does (<c>\G</c>) and is not empty: what Python tries after an empty match, at the same place.
    /// </summary>
    private static System.Text.RegularExpressions.Regex Compile(string pattern, System.Text.RegularExpressions.RegexOptions options, bool again)
    {
        if (Compiled.TryGetValue((pattern, options, again), out var known))
        {
            return known;
        }

        // In verbose mode a comment runs to the end of the line: the second try's suffix goes on a line of its own.
        var written = again ? $@"\G(?:{ForMatching(pattern)}{(Verbose(pattern) ? "\n" : string.Empty)})(?<!\G)" : ForMatching(pattern);
        var regex = new System.Text.RegularExpressions.Regex(written, options, TimeSpan.FromSeconds(1));
        if (Compiled.Count >= 500)
        {
            Compiled.Clear();
        }

        return Compiled.GetOrAdd((pattern, options, again), regex);
    }

    /// <summary>
    /// Whether the pattern is in verbose mode at its end: its flags, at its very start (the only place Python and the
    /// check allow flags that are not a group's), hold <c>x</c> turned on.
    /// </summary>
    private static bool Verbose(string pattern) => InlineFlags(pattern, 0) is { Scoped: false, Verbose: true };

    /// <summary>Patterns <see cref="Compile"/> has compiled, by pattern as the author wrote it, options, and whether held to a match that is not empty where the search starts.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Pattern, System.Text.RegularExpressions.RegexOptions Options, bool Again), System.Text.RegularExpressions.Regex> Compiled = new();

    /// <summary>
    /// The first match of <paramref name="pattern"/> in <paramref name="text"/> that is neither empty nor only white
    /// space, as the platform's regex detector takes it from Python's <c>finditer</c> (chatbot_ner keeps no other), or
    /// null. After an empty match Python tries the same place again for one that is not empty, and moves on only when
    /// there is none (<c>(|\d+)</c> finds '345' in "x345", <c>\d*?</c> finds '1' in "x12"); .NET's own next match
    /// moves on at once and would find nothing in either. Throws as <see cref="Matcher"/> does.
    /// </summary>
    public static System.Text.RegularExpressions.Match? FirstNotBlank(string pattern, System.Text.RegularExpressions.RegexOptions options, string text)
    {
        var matcher = Matcher(pattern, options);
        var match = matcher.Match(text);
        while (match.Success)
        {
            if (match.Length > 0 && !string.IsNullOrWhiteSpace(match.Value))
            {
                return match;
            }

            if (match.Length > 0)
            {
                match = matcher.Match(text, match.Index + match.Length);
            }
            else if (Compile(pattern, options, again: true).Match(text, match.Index) is { Success: true } again)
            {
                match = again;
            }
            else
            {
                match = match.Index < text.Length ? matcher.Match(text, match.Index + 1) : System.Text.RegularExpressions.Match.Empty;
            }
        }

        return null;
    }

    private static string Write(string pattern)
    {
        if (!HasWordEscape(pattern) && pattern.AsSpan().IndexOfAny(".$^") < 0)
        {
            return pattern;
        }

        const string word = WordBreak.Word;
        var many = Boundaries(pattern) > MaxBoundaries;
        var result = new System.Text.StringBuilder(pattern.Length + 32);
        var mode = default(LineMode);
        var outer = new Stack<LineMode>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(pattern[++i] switch
                {
                    'w' => $"[{word}]",
                    'W' => $"[^{word}]",
                    'b' => many ? EdgeOfWord : Boundary,
                    'B' => many ? NotEdgeOfWord : NotBoundary,
                    'Z' => "\\z",
                    var e => $"\\{e}",
                });
            }
            else if (c == '[' && ClassEnd(pattern, i) is var end and > 0)
            {
                result.Append(WordClass(pattern, i, end, word));
                i = end;
            }
            else if (c == '(' && pattern.AsSpan(i).StartsWith("(?#") && pattern.IndexOf(')', i) is var close and > 0)
            {
                result.Append(pattern, i, close - i + 1);
                i = close;
            }
            else if (c == '(')
            {
                var flags = InlineFlags(pattern, i);
                if (flags is not { Scoped: false })
                {
                    outer.Push(mode);
                }

                if (flags is { } f)
                {
                    mode = new LineMode(f.DotAll ?? mode.DotAll, f.MultiLine ?? mode.MultiLine);
                    result.Append(pattern, i, f.End - i + 1);
                    i = f.End;
                }
                else
                {
                    result.Append(c);
                }
            }
            else if (c == ')')
            {
                mode = outer.Count > 0 ? outer.Pop() : mode;
                result.Append(c);
            }
            else
            {
                result.Append(c switch
                {
                    '.' when !mode.DotAll => $"[^{LineSeparators}]",
                    '$' => mode.MultiLine ? LineEnd : End,
                    '^' when mode.MultiLine => LineStart,
                    _ => c.ToString(),
                });
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// What the WORD flag takes for the end of a line: <c>.</c> takes none of these without DOTALL, and <c>$</c> and,
    /// with MULTILINE, <c>^</c> stand beside any of them (CR LF being one), where .NET and <c>re</c> know only LF.
    /// </summary>
    private const string LineSeparators = @"\n\x0B\x0C\r\x85\u2028\u2029";

    /// <summary><c>$</c>: the end, or before a line separator that ends the text.</summary>
    private const string End = $@"(?=(?:\r\n|[{LineSeparators}])?\z)";

    /// <summary><c>$</c> with MULTILINE: the end, or before any line separator but between CR and LF.</summary>
    private const string LineEnd = @"(?=[\x0B\x0C\r\x85\u2028\u2029]|(?<!\r)\n|\z)";

    /// <summary><c>^</c> with MULTILINE: the start, or after any line separator but between CR and LF.</summary>
    private const string LineStart = @"(?:\A|(?<=[\n\x0B\x0C\x85\u2028\u2029])|(?<=\r)(?!\n))";

    /// <summary>Whether <c>.</c> takes line separators (DOTALL, <c>(?s)</c>) and <c>^</c> and <c>$</c> stand beside them (MULTILINE, <c>(?m)</c>) where the pattern is.</summary>
    private readonly record struct LineMode(bool DotAll, bool MultiLine);

    /// <summary>
    /// The inline flags at <paramref name="at"/>, <c>(?sm)</c> or <c>(?s-m:</c>: where they end (their ')' or ':'),
    /// whether they open a group, and what they set DOTALL, MULTILINE and VERBOSE to (null: left as it was); null when
    /// no flags are there.
    /// </summary>
    private static (int End, bool Scoped, bool? DotAll, bool? MultiLine, bool? Verbose)? InlineFlags(string pattern, int at)
    {
        var rest = pattern.AsSpan(at);
        if (FlagsEnd(rest) is not (var end and > 2))
        {
            return null;
        }

        bool? dotAll = null, multiLine = null, verbose = null;
        var on = true;
        foreach (var flag in rest[2..end])
        {
            switch (flag)
            {
                case 's':
                    dotAll = on;
                    break;
                case 'm':
                    multiLine = on;
                    break;
                case 'x':
                    verbose = on;
                    break;
                case '-':
                    on = false;
                    break;
            }
        }

        return (at + end, rest[end] == ':', dotAll, multiLine, verbose);
    }

    /// <summary>
    /// Where Unicode's default word boundaries (UAX #29) do not break, as .NET look-arounds: between letters, digits
    /// and connectors of one word (a letter or digit and a mark after it, 'राहुल'; 'A1'; 'a_b'), in a word joined by
    /// an apostrophe, colon or dot between letters ("can't", "order:AB123") or a comma or dot between digits ("3,000",
    /// "1.5"), within a run of Katakana, between two spaces, and inside CR LF. Everywhere else is a boundary: between
    /// two characters of Chinese, Hiragana, Thai, Lao, Khmer or Myanmar (no letters of a word to Unicode's simple rules),
    /// between Latin letters or digits and those, and beside punctuation. Marks and format characters go with the
    /// character before them (rule WB4), as the `regex` library reads them: it looks past them before the character a
    /// rule starts from, and before a letter or digit after the joining punctuation, but not between that punctuation
    /// and the letter or digit it joins ('a.́b' breaks after 'a'), and it never breaks between an apostrophe and a
    /// vowel of French or Italian ("'a", "l'amour"; checked against the library by the tests).
    /// </summary>
    private static readonly string NoBreak = BuildNoBreak();

    private static string BuildNoBreak()
    {
        // ALetter and the attached characters are whole classes (they take ranges out of categories), so they are
        // joined to others by alternation, never written inside another class.
        const string ext = $"{WordBreak.AttachedClass}*";
        const string letter = $"(?:{WordBreak.ALetterClass}|[{WordBreak.HebrewLetter}])";
        const string midLetter = $"[{WordBreak.MidLetter}{WordBreak.MidNumLet}{WordBreak.SingleQuote}]";
        const string midNum = $"[{WordBreak.MidNum}{WordBreak.MidNumLet}{WordBreak.SingleQuote}]";
        const string hebrew = $"[{WordBreak.HebrewLetter}]";
        const string numeric = $"[{WordBreak.Numeric}]";
        string[] pairs =
        [
            @"(?<=\r)(?=\n)",                                                                                   // WB3
            $"(?<=[{WordBreak.WSegSpace}])(?=[{WordBreak.WSegSpace}])",                                       // WB3d
            $@"(?<=[^\r\n\u000B\u000C\u0085\u2028\u2029])(?={WordBreak.AttachedClass})",                       // WB4
            $@"(?<=\A{WordBreak.AttachedClass}+)",                                                           // marks at the start go with nothing: no break after them (the regex library's reading)
            $"(?<={letter}{ext})(?={letter}|[{WordBreak.Numeric}{WordBreak.ExtendNumLet}]|{midLetter}{letter})",   // WB5, WB6, WB9, WB13a
            $"(?<={letter}{midLetter}{ext})(?={letter})",                                                     // WB7
            $"(?<={hebrew}{ext})(?=[{WordBreak.SingleQuote}]|[{WordBreak.DoubleQuote}]{hebrew})",            // WB7a, WB7b
            $"(?<={hebrew}[{WordBreak.DoubleQuote}]{ext})(?={hebrew})",                                      // WB7c
            $"(?<={numeric}{ext})(?={letter}|[{WordBreak.Numeric}{WordBreak.ExtendNumLet}]|{midNum}{numeric})",   // WB8, WB10, WB12, WB13a
            $"(?<={numeric}{midNum}{ext})(?={numeric})",                                                      // WB11
            $"(?<=[{WordBreak.Katakana}]{ext})(?=[{WordBreak.Katakana}{WordBreak.ExtendNumLet}])",               // WB13, WB13a
            $"(?<=[{WordBreak.ExtendNumLet}]{ext})(?={letter}|[{WordBreak.Numeric}{WordBreak.Katakana}{WordBreak.ExtendNumLet}])",   // WB13a, WB13b
            $"(?<=['\u2019]{ext})(?=[AEIOUaeiouÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛàáâèéêìíîòóôùúûİ])",                           // the regex library's own: an apostrophe before a vowel ("l'amour", "'e")
        ];
        return $"(?:{string.Join('|', pairs)})";
    }

    /// <summary><c>\b</c> under the `regex` library's WORD flag: the ends of the text, and wherever <see cref="NoBreak"/> does not hold.</summary>
    private static readonly string Boundary = $@"(?:\A|\z|(?!{NoBreak}))";

    /// <summary><c>\B</c> under the WORD flag: no end of the text, and <see cref="NoBreak"/> holds.</summary>
    private static readonly string NotBoundary = $@"(?:(?!\A)(?!\z){NoBreak})";

    /// <summary>
    /// Boundaries a pattern may have before they are left as .NET's own (<see cref="EdgeOfWord"/>) rather than written
    /// out as Unicode's rules: each of those is some 10,000 characters, and a pattern of thousands of <c>\b</c> (a
    /// hostile one) would take gigabytes, or minutes to compile and match. No real pattern comes near.
    /// </summary>
    internal const int MaxBoundaries = 8;

    /// <summary>
    /// A boundary as .NET reads <c>\b</c> (the edge of its word characters: letters, non-spacing marks, digits,
    /// connectors): <see cref="Boundary"/> roughly, in a pattern of more boundaries than any real one has.
    /// </summary>
    private const string EdgeOfWord = @"\b";

    /// <summary>No <see cref="EdgeOfWord"/>.</summary>
    private const string NotEdgeOfWord = @"\B";

    /// <summary>How many <c>\b</c> and <c>\B</c> the pattern has, outside classes (inside, <c>\b</c> is a backspace).</summary>
    private static int Boundaries(string pattern)
    {
        var count = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                count += pattern[++i] is 'b' or 'B' ? 1 : 0;
            }
            else if (pattern[i] == '[' && ClassEnd(pattern, i) is var end and > 0)
            {
                i = end;
            }
        }

        return count;
    }

    /// <summary>Whether the pattern has an escape <see cref="ForMatching(string)"/> writes out.</summary>
    private static bool HasWordEscape(string pattern)
    {
        for (var i = pattern.IndexOf('\\'); i >= 0 && i + 1 < pattern.Length; i = pattern.IndexOf('\\', i + 2))
        {
            if (pattern[i + 1] is 'w' or 'W' or 'b' or 'B' or 'Z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the members of the class opening at <paramref name="start"/> begin: after its '[', and its '^' when it is negated.</summary>
    private static int ClassFirst(string pattern, int start) => start + 1 < pattern.Length && pattern[start + 1] == '^' ? start + 2 : start + 1;

    /// <summary>Where the class opening at <paramref name="start"/> closes (its ']'), or -1 when it does not.</summary>
    internal static int ClassEnd(string pattern, int start)
    {
        var first = ClassFirst(pattern, start);
        for (var i = first; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']' && i > first)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The class from <paramref name="start"/> to <paramref name="end"/> with <paramref name="word"/> as its word characters: <c>\w</c>
    /// written out in it, and a class holding <c>\W</c> (which a .NET class cannot hold beside other items with
    /// Python's meaning) as a group: <c>[a\W]</c> is <c>(?:[a]|[^word])</c>, <c>[^a\W]</c> is <c>(?:(?![a])[word])</c>.
    /// </summary>
    private static string WordClass(string pattern, int start, int end, string word)
    {
        var negated = pattern[start + 1] == '^';
        var items = new System.Text.StringBuilder();
        var nonWord = false;
        for (var i = ClassFirst(pattern, start); i < end; i++)
        {
            if (pattern[i] == '\\')
            {
                var e = pattern[++i];
                nonWord |= e == 'W';
                items.Append(e switch { 'w' => word, 'W' => string.Empty, _ => $"\\{e}" });
            }
            else
            {
                items.Append(pattern[i]);
            }
        }

        var others = items.Length == 0 ? null : $"[{(items[0] == '^' ? "\\" : string.Empty)}{items}]";
        return (nonWord, negated) switch
        {
            (false, _) => $"[{(negated ? "^" : string.Empty)}{items}]",
            (true, false) => others is null ? $"[^{word}]" : $"(?:{others}|[^{word}])",
            (true, true) => others is null ? $"[{word}]" : $"(?:(?!{others})[{word}])",
        };
    }

    /// <summary>The first incompatibility, or null. Assumes the pattern compiles in .NET in <see cref="ForDotNet"/>'s form.</summary>
    public static Finding? Check(string pattern)
    {
        var groups = new Stack<Group>();
        var inClass = false;
        var classStart = 0;
        var verbose = Verbose(pattern);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];

            // In verbose mode white space outside a class is no character, and '#' starts a comment to the end of the line.
            if (verbose && !inClass && (char.IsWhiteSpace(c) || c == '#'))
            {
                i = c == '#' && pattern.IndexOf('\n', i) is var end ? (end < 0 ? pattern.Length : end) : i;
                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length)
            {
                if (Escape(i, pattern[i + 1], inClass) is { } finding)
                {
                    return finding;
                }

                i++;
                CountAtom(groups);
                continue;
            }

            if (inClass)
            {
                if (c == '[' && i > classStart && pattern[i - 1] == '-')
                {
                    return new Finding(i - 1, "'-[...]' is .NET character-class subtraction; Python reads it as plain characters: list the allowed characters instead");
                }

                if (c == ']' && i > classStart)
                {
                    inClass = false;
                    CountAtom(groups);
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    if (SetSyntax(pattern, i) is { } set)
                    {
                        return set;
                    }

                    inClass = true;
                    classStart = ClassFirst(pattern, i);
                    break;
                case '(':
                    if (Open(pattern, ref i, groups) is { } open)
                    {
                        return open;
                    }

                    break;
                case ')':
                    if (groups.Count > 0 && groups.Pop() is { LookBehind: true } closed && closed.Widths.Distinct().Count() > 1)
                    {
                        return new Finding(closed.Start, "Python needs a fixed-width look-behind; the alternatives here have different lengths");
                    }

                    if (groups.Count > 0)
                    {
                        CountAtom(groups);
                    }

                    break;
                case '|':
                    if (groups.Count > 0)
                    {
                        groups.Peek().Widths.Add(0);
                    }

                    break;
                case '*' or '+' or '?':
                    if (InLookBehind(groups) && !(c == '?' && i > 0 && pattern[i - 1] is '*' or '+' or '?' or '}'))
                    {
                        return new Finding(i, $"Python needs a fixed-width look-behind; '{c}' makes its width vary");
                    }

                    break;
                case '{':
                    if (Quantifier(pattern, ref i, groups) is { } quantifier)
                    {
                        return quantifier;
                    }

                    break;
                default:
                    CountAtom(groups);
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the class opening at <paramref name="start"/> as the `regex` library's version 1 reads it (chatbot_ner's
    /// RegexDetector compiles every pattern with <c>regex.V1</c>), and finds what it reads otherwise than <c>re</c> and
    /// .NET, for which every character of a class but <c>\</c>, a range's <c>-</c> and the closing <c>]</c> is itself:
    /// a <c>[</c> opens a nested set or a POSIX class (<c>[[:digit:]]</c>), and <c>&amp;&amp;</c>, <c>||</c>, <c>~~</c>
    /// and <c>--</c> after a member are set operations. Version 1 rejects most such patterns outright ("unterminated
    /// character set"); the rest match other characters (<c>[a&amp;&amp;b]</c> matches nothing). A <c>-[</c> is left
    /// to the check for .NET's subtraction.
    /// </summary>
    private static Finding? SetSyntax(string pattern, int start)
    {
        var first = ClassFirst(pattern, start);
        for (var i = first; i < pattern.Length;)
        {
            var c = pattern[i];
            if (c == ']' && i > first)
            {
                return null;
            }

            if (i > first && c is '&' or '|' or '~' or '-' && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                var operation = c switch { '&' => "intersection", '|' => "union", '~' => "symmetric difference", _ => "difference" };
                return new Finding(i, $"'{c}{c}' inside [...] is a set operation ({operation}) to it, where Python's re and .NET read two '{c}': escape both, '\\{c}\\{c}'", RegexLibrary);
            }

            if (c == '[')
            {
                if (i > first && pattern[i - 1] == '-')
                {
                    return null;
                }

                return PosixClass(pattern, i) is { } posix
                    ? new Finding(i, $"'{posix}' inside [...] is a POSIX class to it, where Python's re and .NET read its characters: list the characters instead ([0-9] for digit, [a-zA-Z] for alpha)", RegexLibrary)
                    : new Finding(i, "'[' inside [...] opens a nested set to it, where Python's re and .NET read a '[': escape it, '\\['", RegexLibrary);
            }

            // One member: a character or an escape, and the end of a range after it ('--' is an operation to version 1).
            i += c == '\\' ? 2 : 1;
            if (i + 1 < pattern.Length && pattern[i] == '-' && pattern[i + 1] is not (']' or '-' or '['))
            {
                i += pattern[i + 1] == '\\' ? 3 : 2;
            }
        }

        return null;
    }

    /// <summary>The POSIX class (<c>[:alpha:]</c>, <c>[:^digit:]</c>) at <paramref name="at"/>, or null.</summary>
    private static string? PosixClass(string pattern, int at)
    {
        var i = at + 1;
        if (i >= pattern.Length || pattern[i] != ':')
        {
            return null;
        }

        i += i + 1 < pattern.Length && pattern[i + 1] == '^' ? 2 : 1;
        var name = i;
        while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] == '_'))
        {
            i++;
        }

        return i > name && pattern.AsSpan(i).StartsWith(":]") ? pattern[at..(i + 2)] : null;
    }

    /// <summary>Checks the escape <c>\e</c> at <paramref name="at"/>.</summary>
    private static Finding? Escape(int at, char e, bool inClass)
    {
        if (!char.IsAsciiLetter(e))
        {
            return null;
        }

        return e switch
        {
            'k' => new Finding(at, "'\\k<name>' is a .NET named back-reference, which Python does not know: use a numbered one such as \\1"),
            'p' or 'P' => new Finding(at, $"'\\{e}{{...}}' (a unicode category) is .NET-only; Python's re has no categories: list the characters"),
            _ when (inClass ? ClassEscapes : Escapes).Contains(e, StringComparison.Ordinal) => null,
            _ => new Finding(at, $"'\\{e}' is not an escape Python's re knows{(inClass ? " inside [...]" : string.Empty)} (Python 3.6 rejects it)"),
        };
    }

    /// <summary>Checks a group opening at <paramref name="at"/>; moves <paramref name="at"/> to its last character.</summary>
    private static Finding? Open(string pattern, ref int at, Stack<Group> groups)
    {
        var start = at;
        var rest = pattern.AsSpan(at + 1);
        if (rest.Length < 2 || rest[0] != '?')
        {
            groups.Push(new Group(start, lookBehind: false));
            return null;
        }

        if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
        {
            groups.Push(new Group(start, lookBehind: true));
            at += 3;
            return null;
        }

        switch (rest[1])
        {
            case ':' or '=' or '!':
                groups.Push(new Group(start, lookBehind: false));
                at += 2;
                return null;
            case '#':
                var end = pattern.IndexOf(')', at);
                at = end < 0 ? pattern.Length : end;
                return null;
            case '<' or '\'':
                return new Finding(start, "'(?<name>...)' is .NET's named group, which Python rejects: write Python's '(?P<name>...)' or an unnamed group");
            case 'P' when rest.StartsWith("?P<") && rest.IndexOf('>') is var named and > 3 && IsName(rest[3..named]):
                groups.Push(new Group(start, lookBehind: false));
                at += named + 1;
                return null;
            case 'P' when rest.StartsWith("?P=") && rest.IndexOf(')') is var back and > 3 && IsName(rest[3..back]):
                CountAtom(groups);
                at += back + 1;
                return null;
            case '>':
                return new Finding(start, "'(?>...)' (an atomic group) needs Python 3.11; the platform runs 3.6: use a plain group");
            case '(':
                var close = rest[2..].IndexOf(')');
                if (close <= 0 || !IsName(rest[2..(close + 2)]))
                {
                    return new Finding(start, "Python's conditional '(?(...)yes|no)' tests a group number or name only, not an expression");
                }

                groups.Push(new Group(start, lookBehind: false));
                at += close + 3;
                return null;
            default:
                return Flags(pattern, ref at, groups);
        }
    }

    /// <summary>Inline flags: <c>(?imsx)</c> at the start or <c>(?i-m:...)</c>.</summary>
    private static Finding? Flags(string pattern, ref int at, Stack<Group> groups)
    {
        var start = at;
        var end = at + 2;
        while (end < pattern.Length && (char.IsAsciiLetter(pattern[end]) || pattern[end] == '-'))
        {
            end++;
        }

        if (end == pattern.Length)
        {
            return null;
        }

        var flags = pattern[(start + 2)..end];
        if (flags.Contains('n', StringComparison.Ordinal))
        {
            return new Finding(start, "the 'n' (explicit capture) flag is .NET-only; Python does not know it");
        }

        if (flags.FirstOrDefault(f => f is 'a' or 'L') is var charset and not '\0')
        {
            var name = charset == 'a' ? "ASCII" : "locale";
            var instead = charset == 'a' ? "write [0-9] for \\d and [A-Za-z0-9_] for \\w instead" : "leave the flag out";
            return new Finding(start, pattern[end] == ')'
                ? $"the '{charset}' ({name}) flag and the UNICODE flag the detector compiles every pattern with exclude each other, so it does not compile the pattern: {instead}"
                : $"the '{charset}' ({name}) flag of a group is read by some versions of the library and lost by others beside the UNICODE flag the detector compiles every pattern with (\\d then takes the digits of every script, as \\w every letter): {instead}", RegexLibrary);
        }

        if (pattern[end] == ')')
        {
            if (flags.Contains('-', StringComparison.Ordinal))
            {
                return new Finding(start, "Python turns flags off only inside a group: write '(?-i:...)'");
            }

            if (start != 0)
            {
                return new Finding(start, "Python accepts global flags like '(?i)' only at the very start of the pattern");
            }
        }
        else
        {
            groups.Push(new Group(start, lookBehind: false));
        }

        at = end;
        return null;
    }

    /// <summary>Checks a <c>{...}</c> at <paramref name="at"/>; when it is a quantifier, moves <paramref name="at"/> to its '}'.</summary>
    private static Finding? Quantifier(string pattern, ref int at, Stack<Group> groups)
    {
        var close = pattern.IndexOf('}', at);
        if (close < 0)
        {
            CountAtom(groups);
            return null;
        }

        var body = pattern[(at + 1)..close];
        var parts = body.Split(',');
        var isNumber = (string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
        if (parts.Length == 2 && parts[0].Length == 0 && isNumber(parts[1]))
        {
            return new Finding(at, $"'{{,{parts[1]}}}' is a quantifier in Python but literal text in .NET: write '{{0,{parts[1]}}}'");
        }

        var fixedCount = parts.Length == 1 && isNumber(parts[0]);
        var ranged = parts.Length == 2 && isNumber(parts[0]) && (parts[1].Length == 0 || isNumber(parts[1]));
        if (!fixedCount && !ranged)
        {
            CountAtom(groups);
            return null;
        }

        if (InLookBehind(groups) && !(fixedCount || parts[0] == parts[1]))
        {
            return new Finding(at, $"Python needs a fixed-width look-behind; '{{{body}}}' makes its width vary");
        }

        if (groups.Count > 0 && fixedCount)
        {
            var widths = groups.Peek().Widths;
            widths[^1] += int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) - 1;
        }

        at = close;
        return null;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool InLookBehind(Stack<Group> groups) => groups.Any(g => g.LookBehind);

    private static void CountAtom(Stack<Group> groups)
    {
        if (groups.Count > 0)
        {
            groups.Peek().Widths[^1]++;
        }
    }

    /// <summary>An open group; <see cref="Widths"/> counts the atoms of each alternative (for look-behind).</summary>
    private sealed class Group(int start, bool lookBehind)
    {
        public int Start { get; } = start;

        public bool LookBehind { get; } = lookBehind;

        public List<int> Widths { get; } = [0];
    }
}
