using System.Text.Json;
using System.Text.RegularExpressions;
using BotForge.Python;
using BotForge.Tests.Support;

namespace BotForge.Tests.Python;

/// <summary>The check for regex syntax .NET accepts but Python 3.6 rejects or reads differently, cross-checked with the real python3.</summary>
public sealed class PythonRegexTests
{
    /// <summary>Patterns both engines take the same way.</summary>
    public static readonly string[] Shared =
    [
        @"^[A-Z]{3}\d{6}$", @"^.{10,500}$", @"(?<=ab)c", @"(?<!x{2})y", @"(?<=a{3})b", @"(?<=ab|cd)e", @"(?i)abc", @"(?i:abc)d",
        @"(?-i:abc)", @"(?im)^a$", @"(a)(?(1)b|c)", @"[\w.+-]+@[\w-]+\.[\w.]+", @"\bfoo\b", @"a{2,}", @"a{2,5}?", @"\x41\u0042",
        @"(?#a comment)a", @"a*?b+?c??", @"[]a]", @"[^]a]", @"\Aabc\Z", @"(?:a|b)*", @"(?=x)\d+(?!y)", @"[\d\s-]{6,}",
        @"\(\d{3}\) \d{3}-\d{4}", @"[{}]", @"a{", @"x{1,2", @"(a)\1", @"[&|~]+", @"[-a]", @"[a-]", @"[a\-\-b]", @"[\[\]]+",
        @"[&&a]", @"[^&]&&", @"[a-z\&\&]", "(?x) \\d{6}  # six digits, as [[:digit:]]{6} would say\n  (?: -\\d )?  # (a suffix",
    ];

    public static TheoryData<string> SharedPatterns => [.. Shared];

    /// <summary>
    /// Python's own named groups and back-references, which .NET writes otherwise: valid on the platform, so read
    /// (translated for .NET's engine), each with a text whose first match the two engines must agree on.
    /// </summary>
    private static readonly (string Pattern, string Text)[] PythonNamed =
    [
        (@"\b(?P<id>APT-\d{5})\b", "please cancel APT-40213 today"),
        (@"(?P<d>\d)(?P=d)", "a 1233 b"),
        (@"(?P<a>x)?(?(a)b|c)", "zc xb"),
        (@"[(?P<]+", "a(?P<b"),
        (@"\(?P<n>\d+", "P<n>5 (P<n>7"),
        (@"(?P<code>[A-Z]{2})-(?P<num>\d+)", "ref: SJ-204"),
    ];

    public static TheoryData<string> PythonNamedPatterns => [.. PythonNamed.Select(p => p.Pattern)];

    /// <summary>A .NET-only pattern, where the finding is, a word of its message, and whether python 3.11 also rejects it.</summary>
    private static readonly (string Pattern, int Offset, string Word, bool PythonRejects)[] DotnetOnly =
    [
        (@"(?<number>\d+)", 0, "named group", true),
        (@"(?'number'\d+)", 0, "named group", true),
        (@"(a)\k<1>", 3, "back-reference", true),
        (@"(?>a+)b", 0, "atomic", false),
        (@"\p{L}+", 0, "unicode category", true),
        (@"[\p{Lu}]", 1, "unicode category", true),
        (@"abc\z", 3, "escape", true),
        (@"\Gabc", 0, "escape", true),
        (@"a\eb", 1, "escape", true),
        (@"[a-z-[aeiou]]", 4, "subtraction", false),
        (@"(?n)(a)", 0, "explicit capture", true),
        (@"a(?i)b", 1, "very start", true),
        (@"(?i-m)a", 0, "inside a group", true),
        (@"(?(?=a)ab|c)", 0, "conditional", true),
        (@"a{,3}", 1, "{0,3}", false),
        (@"(?<=a+)b", 5, "fixed-width", true),
        (@"(?<=a|bc)d", 0, "different lengths", true),
        (@"(?<=a{1,2})b", 5, "fixed-width", true),
        (@"(?<!x?)y", 5, "fixed-width", true),
        (@"(?x)(?<=a |bc)d", 4, "different lengths", true),     // verbose: 'a ' is one character
    ];

    /// <summary>
    /// Class syntax Python's re and .NET read alike and the `regex` library, as the platform's regex detector compiles a
    /// pattern (version 1), reads otherwise or rejects: where the finding is, a word of its message, and a text.
    /// </summary>
    private static readonly (string Pattern, int Offset, string Word, string Text)[] LibraryOtherwise =
    [
        (@"[^[]+", 2, "nested set", "ab[c"),
        (@"[a-z[]+", 4, "nested set", "ab[c"),
        (@"[[]", 1, "nested set", "a[b"),
        (@"[([{]\d+", 2, "nested set", "(12)"),
        (@"[[:digit:]]{3}", 1, "POSIX", "x123"),
        (@"[[:^alpha:]]+", 1, "POSIX", "ab12"),
        (@"[\w&&]+", 3, "intersection", "a&&b"),
        (@"[a-z&&[^aeiou]]+", 4, "intersection", "bar"),
        (@"[a||b]+", 2, "union", "a|b"),
        (@"[a~~b]+", 2, "symmetric difference", "a~b"),
        (@"[+--]", 2, "difference", "x,y"),
        (@"[%&&*]", 2, "intersection", "a&b"),
    ];

    public static TheoryData<string, int, string, string> ReadOtherwiseByTheLibrary => Findings(LibraryOtherwise.Select(c => (c.Pattern, c.Offset, c.Word)), PythonRegex.RegexLibrary);

    public static TheoryData<string, int, string, string> Incompatible => Findings(DotnetOnly.Select(c => (c.Pattern, c.Offset, c.Word)), PythonRegex.PythonRe);

    private static TheoryData<string, int, string, string> Findings(IEnumerable<(string Pattern, int Offset, string Word)> cases, string reader)
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var (pattern, offset, word) in cases)
        {
            data.Add(pattern, offset, word, reader);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedPatterns))]
    public void Shared_syntax_has_no_finding(string pattern)
    {
        Assert.Null(PythonRegex.Check(pattern));
    }

    [Theory]
    [MemberData(nameof(PythonNamedPatterns))]
    public void Python_named_groups_have_no_finding_and_dotnet_reads_them_translated(string pattern)
    {
        Assert.Null(PythonRegex.Check(pattern));
        _ = new Regex(PythonRegex.ForDotNet(pattern));
    }

    [Fact]
    public void A_pattern_without_Python_named_groups_is_given_to_dotnet_as_written()
    {
        Assert.All(Shared, p => Assert.Same(p, PythonRegex.ForDotNet(p)));
    }

    [Fact]
    public void Python_and_dotnet_find_the_same_first_match_for_Python_named_groups()
    {
        var python = PythonSpans(PythonNamed);
        var dotnet = DotnetSpans(PythonNamed, PythonRegex.ForDotNet);

        Assert.Equal(python, dotnet);
        Assert.DoesNotContain("none", python);
    }

    /// <summary>
    /// BF2040's premise, checked with the `regex` library as the platform's regex detector runs it (WORD flag: Unicode's
    /// word boundaries): beside Korean letters \b finds no edge (Hangul syllables are letters of the word the code is
    /// written against), but beside Japanese, Chinese or Thai it does (Unicode breaks between their characters, and
    /// between them and Latin letters or digits); the look-arounds BF2040 suggests take the code in each.
    /// </summary>
    [Fact]
    public void Word_boundaries_beside_letters_of_languages_without_spaces_are_read_as_the_platform_reads_them()
    {
        (string Pattern, string Text)[] cases =
        [
            (@"\bSK\d{6}\b", "番号はSK123456です"), (@"\bSK\d{6}\b", "番号は SK123456 です"), (@"\b\d{8}\b", "号码是12345678的"),
            (@"\bSK\d{6}", "หมายเลขSK123456ครับ"), (@"(?<![A-Za-z0-9])SK\d{6}(?![A-Za-z0-9])", "番号はSK123456です"),
            (@"(?<![A-Za-z0-9])\d{8}(?![A-Za-z0-9])", "号码是12345678的"), (@"(?<![A-Za-z0-9])SK\d{6}(?![A-Za-z0-9])", "SK1234567"),
            (@"\b\d{12}\b", "번호는 123456789012입니다"), (@"(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])", "번호는 123456789012입니다"),
        ];
        var platform = RegexModuleSpans(cases);
        var engine = DotnetSpans(cases, PythonRegex.ForMatching);

        Assert.Equal(["3..11", "4..12", "3..11", "7..15", "3..11", "3..11", "none", "none", "4..16"], platform);
        Assert.Equal(platform, engine);
    }

    /// <summary>
    /// The platform's regex detector (chatbot_ner's RegexDetector) compiles a pattern with the `regex` library and its
    /// WORD flag: <c>\w</c> takes letters, marks, digits and connectors of every script (Python's own re takes no mark:
    /// <c>[\w\s]+</c> would stop at the vowel sign of 'राहुल'), and <c>\b</c> is Unicode's word boundary, which joins
    /// "can't", "3,000" and "order:AB123" into one word and parts Chinese, Hiragana and Thai between every character. A
    /// regex entity is matched as that library matches it: checked with it, on these cases and on 400 random ones
    /// (BOTFORGE_REGEX_CASES and BOTFORGE_REGEX_SEED for a longer run: 20,000 cases under each of four seeds agreed, with the
    /// library's version 1, as the detector compiles a pattern).
    /// </summary>
    [Fact]
    public void A_regex_entity_is_matched_as_the_platforms_regex_library_matches_it()
    {
        (string Pattern, string Text)[] chosen =
        [
            (@"\w+", "வணக்கம் கணக்கு எண்"), (@"[\w\s]+", "राहुल शर्मा"), (@"\bஎண்\b", "கணக்கு எண்"), (@"^\w+$", "مَرْحَبًا"),
            (@"^\w+$", "مرحبا"), (@"[^\W\d_]+", "x²½ab"), (@"\W+", "a‿b"), (@"\Bகம்", "வணக்கம்"), (@"\d+\Z", "123\n"),
            (@"\w+", "สวัสดีครับ"), (@"[\W\d]+", "कु 12"), (@"[^\W\d]+", "हुल12"), (@"\b\d{6}\b", "பின்கோடு600001"),
            (@"[\w-]+", "अनु-12"), (@"\bfoo\b", "a foo b"), (@"[\W]+", "ab, ु"), (@"[^\W]+", "ab, ु"), (@"(?P<n>\w+)\b", "éa‿b"),
            (@"\b\w+\b", "can't stop"), (@"\b\d+\b", "3,000 rupees"), (@"\b[A-Z]{2}\d+\b", "order:AB123."), (@"\b[A-Z]{2}\d+\b", "order: AB123."),
            (@"\bราคา\b", "ราคาเท่าไหร่"), (@"\b予約\b", "予約したい"), (@"\bホテル\b", "ホテルの予約"), (@"\bテル\b", "ホテルの予約"),
            (@"\b\d{4}\b", "1,234.5 and 2026"), (@"\Bb", "a  b"), (@"\b \b", "a  b"), (@"\bשלום\b", "שלום'ב"), (@"\b\w+\b", "e.g. this"),
            (@"\b_\w+", "x _ab"), (@"\b\d+\b", "₹500/-"), (@"\B\d", "A1"),
        ];
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("BOTFORGE_REGEX_SEED") ?? "20261207", System.Globalization.CultureInfo.InvariantCulture));
        const string pool = "aZ09_ ,.:'’\"-!eÉाराहुलकोதமிழ்ราคาเท่予約したいホテルミשלוםمرحبا한국어\u200D\u0301\t";
        string[] patterns = [@"\b", @"\B", @"\w+", @"\W+", @"\b\w+\b", @"\B\w", @"\b.", @".\b", @"\b\W", @"[\w,]+\b"];
        var generated = Enumerable.Range(0, int.Parse(Environment.GetEnvironmentVariable("BOTFORGE_REGEX_CASES") ?? "400", System.Globalization.CultureInfo.InvariantCulture)).Select(_ =>
            (Pattern: patterns[random.Next(patterns.Length)], Text: new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => pool[random.Next(pool.Length)])])));
        var cases = chosen.Concat(generated).ToList();

        var platform = RegexModuleSpans(cases);
        var engine = DotnetSpans(cases, PythonRegex.ForMatching);

        Assert.Equal("0..7", platform[0]);
        Assert.Equal("0..11", platform[1]);
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(platform[i] == engine[i], $"'{cases[i].Pattern}' in '{cases[i].Text}': the regex library finds {platform[i]}, the engine {engine[i]}");
        }
    }

    /// <summary>
    /// The WORD flag also gives the library Unicode's line separators: <c>.</c> takes none of CR, VT, FF, NEL, U+2028,
    /// U+2029 (nor LF) without DOTALL, and <c>$</c>, and <c>^</c> with MULTILINE, stand beside each (CR LF being one),
    /// where .NET and <c>re</c> know LF alone: <c>.+</c> takes 'ab' of "ab\r\ncd", .NET 'ab\r'. Checked with the library on
    /// chosen cases and 400 random ones.
    /// </summary>
    [Fact]
    public void Line_separators_are_read_as_the_platforms_regex_library_reads_them()
    {
        (string Pattern, string Text)[] chosen =
        [
            (@".+", "ab\r\ncd"), (@".+", "ab\u2028cd"), (@"(?s).+", "ab\rcd"), (@"ab$", "ab\r\n"), (@"ab$", "ab\u2028"), (@"(?m)^cd", "ab\rcd"),
            (@"(?m)b$", "ab\r\ncd"), (@"(?m)^\n", "a\r\nb"), (@"(?s:.)+(?-s:.)", "a\rb"), (@"(?m:^c).", "a\u0085cd"), (@"[.$^]+", "a.$^b"),
            (@"\.\$", "a.$"), (@"(?#. $)a", "a"),
        ];
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("BOTFORGE_REGEX_SEED") ?? "20261207", System.Globalization.CultureInfo.InvariantCulture));
        const string pool = "ab \r\n\u2028\u000B\u0085\u000C";
        string[] patterns = [@".+", @"^.", @".$", @"(?m)^\w", @"(?m)\w$", @"(?s).+", @"(?m:^.)", @"a$", @"(?s:.)+.", @"(?m)$", @"(?m)^", @"$", @"(?m)(?-m:$)", @"(?ms)^.+$"];
        var generated = Enumerable.Range(0, int.Parse(Environment.GetEnvironmentVariable("BOTFORGE_REGEX_CASES") ?? "400", System.Globalization.CultureInfo.InvariantCulture)).Select(_ =>
            (Pattern: patterns[random.Next(patterns.Length)], Text: new string([.. Enumerable.Range(0, random.Next(1, 7)).Select(_ => pool[random.Next(pool.Length)])])));
        var cases = chosen.Concat(generated).ToList();

        var platform = RegexModuleSpans(cases);
        var engine = DotnetSpans(cases, PythonRegex.ForMatching);

        Assert.Equal(["0..2", "0..2", "0..5", "0..2", "0..2", "3..5", "1..2", "none", "0..3", "2..4", "1..4", "1..3", "0..1"], platform.Take(chosen.Length));
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(platform[i] == engine[i], $"'{cases[i].Pattern}' in {JsonSerializer.Serialize(cases[i].Text)}: the regex library finds {platform[i]}, the engine {engine[i]}");
        }
    }

    /// <summary>
    /// <c>u</c> (Unicode) among inline flags is Python 3's default and the detector's, and .NET does not know it: it is
    /// left out for .NET, so a pattern written for Python 2 (<c>(?u)\w+</c>) is valid and matched as the library matches it.
    /// </summary>
    [Fact]
    public void Pythons_unicode_flag_is_left_out_for_dotnet_and_the_pattern_matched_as_the_library_matches_it()
    {
        (string Pattern, string Text)[] cases =
        [
            (@"(?u)\w+", "राहुल शर्मा"), (@"(?iu)ref-\d+", "my REF-12"), (@"(?u:a)b", "xab"), (@"(?ui-s:.)+", "ab\ncd"), (@"[(?u)]+", "x(?u)"),
        ];

        Assert.Equal([@"\w+", @"(?i)ref-\d+", "(?:a)b", "(?i-s:.)+", "[(?u)]+"], cases.Select(c => PythonRegex.ForDotNet(c.Pattern)));
        Assert.All(cases, c => Assert.Null(PythonRegex.Check(c.Pattern)));
        Assert.Equal(RegexModuleSpans(cases), DotnetSpans(cases, PythonRegex.ForMatching));
    }

    /// <summary>
    /// The detector compiles every pattern with the UNICODE flag, which the library holds incompatible with <c>a</c>
    /// (ASCII) and <c>L</c> (locale): a pattern that sets either does not compile there, and in a group's flags either
    /// is read by the library's newer versions and lost by older ones (2.5.123, Debian's: <c>(?a:\d)+</c> takes '१२3');
    /// the check says so (.NET, which knows neither, reads the pattern without them).
    /// </summary>
    [Fact]
    public void The_ascii_and_locale_flags_are_found_as_the_platforms_library_rejects_them()
    {
        (string Pattern, string Text)[] cases = [(@"(?a)\d{6}", "123456"), (@"(?ia:ref)-\d+", "REF-1"), (@"(?L)\w+", "ab"), (@"(?a:\d)+", "१२3")];

        var findings = cases.Select(c => PythonRegex.Check(c.Pattern)).ToList();

        Assert.Equal([@"\d{6}", "(?i:ref)-\\d+", @"\w+", @"(?:\d)+"], cases.Select(c => PythonRegex.ForDotNet(c.Pattern)));
        Assert.All(findings, f => Assert.Equal((0, PythonRegex.RegexLibrary), (f!.Value.Offset, f.Value.Reader)));
        Assert.Equal(["does not compile", "some versions", "does not compile", "some versions"], findings.Select(f => f!.Value.Message.Contains("does not compile", StringComparison.Ordinal) ? "does not compile" : f!.Value.Message.Contains("some versions", StringComparison.Ordinal) ? "some versions" : f!.Value.Message));
        Assert.Contains("locale", findings[2]!.Value.Message, StringComparison.Ordinal);
        Assert.Equal(["error", "0..5", "error"], RegexModuleSpans(cases).Take(3));
    }

    /// <summary>
    /// The detector keeps the matches of <c>finditer</c> that are neither empty nor only white space, and the first is the
    /// value. After an empty match Python tries the same place again for one that is not empty (<c>(|\d+)</c> finds '345'
    /// in "x345"), where .NET's next match moves on a character and finds nothing. Checked with the library on chosen
    /// patterns that can match empty and 400 random texts.
    /// </summary>
    [Fact]
    public void A_regex_entitys_value_is_the_first_match_the_platforms_detector_keeps()
    {
        (string Pattern, string Text)[] chosen =
        [
            (@"(|\d+)", "x345"), (@"\d*?", "x12"), (@"(|a)(|b)", "xab"), (@"(?:)|ab", "ab"), (@"\b(\d+|)\b", "numbers like 345"),
            (@"\s*", "  a"), (@"(\s|)\w", " x"), (@"(?i)(|ref-)\d*?", "REF-12"), (@"^(|a)", "ba"), (@"(|\d+)", "no digits"),
            (@"(?x) (| \d+)  # digits, after a comment", "x345"),
        ];
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("BOTFORGE_REGEX_SEED") ?? "20261207", System.Globalization.CultureInfo.InvariantCulture));
        const string pool = "ab1 2\t-x";
        string[] patterns = [@"(|\d+)", @"\d*?", @"(|a)(|b)", @"\s*", @"(\s|)\w", @"\b(\d+|)\b", @"(?:|-)\d??", @"[ab]*?\d?", @"\W*", @"(?=\d)|\d"];
        var generated = Enumerable.Range(0, int.Parse(Environment.GetEnvironmentVariable("BOTFORGE_REGEX_CASES") ?? "400", System.Globalization.CultureInfo.InvariantCulture)).Select(_ =>
            (Pattern: patterns[random.Next(patterns.Length)], Text: new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => pool[random.Next(pool.Length)])])));
        var cases = chosen.Concat(generated).ToList();

        var platform = RegexModuleSpans(cases, "--detector");
        var engine = cases.Select(c => PythonRegex.FirstNotBlank(c.Pattern, RegexOptions.CultureInvariant, c.Text) is { } m ? $"{m.Index}..{m.Index + m.Length}" : "none").ToList();

        Assert.Equal(["1..4", "1..2", "1..2", "0..2", "13..16", "none", "0..2", "0..4", "none", "none", "1..4"], platform.Take(chosen.Length));
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(platform[i] == engine[i], $"'{cases[i].Pattern}' in '{cases[i].Text}': the detector keeps {platform[i]}, the engine {engine[i]}");
        }
    }

    /// <summary>
    /// A boundary written out as the platform reads it is some 10,000 characters, so a pattern of thousands of
    /// <c>\b</c> would take gigabytes (written out as the edges of word characters, 49,000 of them took a minute to
    /// validate). Past eight, a boundary is .NET's own, which no real pattern meets.
    /// </summary>
    [Fact]
    public void A_pattern_with_thousands_of_word_boundaries_is_written_small()
    {
        var hostile = string.Concat(Enumerable.Repeat(@"\b", 10_000)) + "ab";

        var written = PythonRegex.ForMatching(hostile);

        Assert.True(written.Length < 30_000, $"{written.Length} characters");
        Assert.Equal("ab", PythonRegex.Matcher(hostile, RegexOptions.None).Match("x ab").Value);
        Assert.True(PythonRegex.ForMatching(@"\bab\b").Length > 10_000);
    }

    [Fact]
    public void A_pattern_without_word_classes_or_named_groups_is_matched_as_written()
    {
        Assert.All(Shared.Where(p => !Regex.IsMatch(p, @"\\[wWbBZ]|[.$]|\(\?[a-z]*m")), p => Assert.Equal(p, PythonRegex.ForMatching(p)));
    }

    /// <summary>Each pattern's first match in its text as python3's re.search finds it ("start..end"), or "none".</summary>
    private static List<string> PythonSpans(IEnumerable<(string Pattern, string Text)> cases) =>
        [.. ScriptHarness.RunTool("regex_matches.py", JsonSerializer.Serialize(cases.Select(c => new[] { c.Pattern, c.Text }))).AsArray()
            .Select(span => span is null ? "none" : $"{span[0]!.GetValue<int>()}..{span[1]!.GetValue<int>()}")];

    /// <summary>Each pattern's first match in its text as the `regex` library finds it under the platform's flags, spelt as <see cref="PythonSpans"/> spells them.</summary>
    private static List<string> RegexModuleSpans(IEnumerable<(string Pattern, string Text)> cases, params string[] args) =>
        [.. ScriptHarness.RunToolWith(ScriptHarness.PythonWith("regex", "python3-regex"), "regex_module_matches.py", JsonSerializer.Serialize(cases.Select(c => new[] { c.Pattern, c.Text })), args).AsArray()
            .Select(span => span switch
            {
                null => "none",
                System.Text.Json.Nodes.JsonValue => "error",
                _ => $"{span[0]!.GetValue<int>()}..{span[1]!.GetValue<int>()}",
            })];

    /// <summary>Each pattern's first match in its text as .NET finds it given the pattern's <paramref name="translated"/> form, spelt as <see cref="PythonSpans"/> spells them.</summary>
    private static List<string> DotnetSpans(IEnumerable<(string Pattern, string Text)> cases, Func<string, string> translated) =>
        [.. cases.Select(c => Regex.Match(c.Text, translated(c.Pattern)) is { Success: true } m ? $"{m.Index}..{m.Index + m.Length}" : "none")];

    /// <summary>.NET-only syntax (which Python's re rejects or reads otherwise) and class syntax the platform's regex library reads otherwise, each found where it is and said of its reader.</summary>
    [Theory]
    [MemberData(nameof(Incompatible))]
    [MemberData(nameof(ReadOtherwiseByTheLibrary))]
    public void Syntax_another_reader_reads_otherwise_is_found_where_it_is(string pattern, int offset, string word, string reader)
    {
        _ = new Regex(pattern);

        var finding = PythonRegex.Check(pattern);

        Assert.NotNull(finding);
        Assert.Equal((offset, reader), (finding.Value.Offset, finding.Value.Reader));
        Assert.Contains(word, finding.Value.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// chatbot_ner's RegexDetector compiles a pattern with <c>regex.V1</c>, whose classes have nested sets, POSIX classes
    /// and set operations: each pattern found above is rejected by the library or matches otherwise than Python's re
    /// (and .NET, which agree), and every shared pattern compiles in it.
    /// </summary>
    [Fact]
    public void The_platforms_regex_library_reads_the_found_class_syntax_otherwise_and_the_shared_syntax_alike()
    {
        var cases = LibraryOtherwise.Select(c => (c.Pattern, c.Text)).ToList();

        var library = RegexModuleSpans(cases);
        var re = PythonSpans(cases);

        Assert.Equal(re, DotnetSpans(cases, p => p));
        Assert.All(Enumerable.Range(0, cases.Count), i => Assert.True(library[i] != re[i], $"'{cases[i].Pattern}' in '{cases[i].Text}': {library[i]} in both"));
        Assert.Contains("error", library);
        Assert.DoesNotContain("error", RegexModuleSpans(Shared.Concat(PythonNamed.Select(p => p.Pattern)).Select(p => (p, "a"))));
    }

    [Fact]
    public void Python_compiles_every_shared_pattern_and_rejects_the_incompatible_ones_it_knows()
    {
        var rejected = DotnetOnly.Where(c => c.PythonRejects).Select(c => c.Pattern).ToList();
        var accepted = Shared.Concat(PythonNamed.Select(p => p.Pattern)).ToList();
        var patterns = accepted.Concat(rejected).ToList();

        var verdicts = ScriptHarness.RunTool("regex_verdicts.py", JsonSerializer.Serialize(patterns)).AsArray().Select(v => v!.GetValue<bool>()).ToList();

        Assert.All(Shared, p => _ = new Regex(p));
        Assert.Equal(Enumerable.Repeat(true, accepted.Count).Concat(Enumerable.Repeat(false, rejected.Count)), verdicts);
    }
}
