using System.Text;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Syntax;
using BotForge.Tests.Support;
using BotForge.Text;

namespace BotForge.Tests.Parsing;

/// <summary>
/// The fast reader of plain YAML must give exactly YamlDotNet's tree (every node, value, style and span) and the
/// same duplicate-key errors, or give up. Checked against YamlDotNet on every YAML file in the repository, on
/// generated documents, and on files mutated a character at a time; and it must really take the files bots are
/// written in, or the speed it exists for is gone without anyone noticing.
/// </summary>
public sealed class YamlFastReaderTests
{
    /// <summary>True when the fast reader took the text; then its result must be YamlDotNet's.</summary>
    private static bool TakenAlike(string name, string text)
    {
        var agrees = YamlFastReader.AgreesWithYamlDotNet(new SourceFile(name, text), Limits.Default, out var difference);
        Assert.True(agrees != false, $"{name}: the fast reader differs from YamlDotNet\n--- text ---\n{text}\n{difference}");
        return agrees == true;
    }

    private static string Tree(YamlNode? root) => YamlFastReader.Shape(root, []);

    /// <summary>The text with Windows line ends (CRLF), whatever it had.</summary>
    private static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    private static IEnumerable<string> RepositoryYaml() =>
        new[] { "bots", "tests", "templates", "docs" }
            .Select(folder => Repo.Path_(folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_yaml_file_in_the_repository_reads_as_yamldotnet_reads_it()
    {
        var files = RepositoryYaml().ToList();
        var taken = files.Count(path => TakenAlike(path, File.ReadAllText(path)));
        var takenWithWindowsLineEnds = files.Count(path => TakenAlike(path + " (CRLF)", Crlf(File.ReadAllText(path))));

        Assert.True(files.Count > 100, $"only {files.Count} YAML files found");
        Assert.True(taken > files.Count / 2, $"the fast reader took only {taken} of {files.Count} files");
        Assert.Equal(taken, takenWithWindowsLineEnds);
    }

    [Fact]
    public void The_files_bots_are_written_in_are_all_taken()
    {
        foreach (var file in Repo.ExampleBotFiles)
        {
            var text = File.ReadAllText(Path.Combine(Repo.ExampleBot, file));
            Assert.True(TakenAlike(file, text), $"{file} was left to YamlDotNet");
            Assert.True(TakenAlike(file, Crlf(text)), $"{file} with Windows line ends was left to YamlDotNet");
        }

        using var synthetic = SyntheticBot.Generated(80);
        foreach (var path in Directory.EnumerateFiles(synthetic.Root, "*.yaml", SearchOption.AllDirectories))
        {
            Assert.True(TakenAlike(path, File.ReadAllText(path)), $"{Path.GetFileName(path)} of the synthetic bot was left to YamlDotNet");
        }
    }

    private static readonly string[] Keys = ["a", "id", "faq:X", "a:b:c", "a: b", "user_says", "b c", "x-y", "k1", "$v", "a.b", "on", "1", "n_2", "a:b", "a #c", "'q'", "\"q\"", "? x", "-k", "k ", "é"];

    private static readonly string[] Values =
    [
        "1", "hello world", "x: y", "a:b", "v # c", "v#c", "v #c", "Press #1 for x", "#c", "v #", "v\t#c", "[a #b]", "'it''s'", "'a'", "\"dq\"", "\"a\\nb\"", "[a, b]", "[ a , 'b' ,c d ]", "[]", "[ ]", "{}",
        "{ a: 1, b }", "{a: x}", "{ a: 1, a: 2 }", "[a, [b]]", "[a,]", "-1", "- x", "|", ">", "&a x", "*a", "!t x", "~", "null", "true", "x  ",
        "http://x.y/z", "a, b", "ünï", "🙂 emoji", "[don't, go]", "%x", "@x", "`x", "x:", "'open", "\"open", "a 'b' c", "{ a: [1] }", "{ 'a': 1 }",
        "[a: b]", "[a:b, c]", "a\u00A0", "\u00A0b", "\u3000x ", "x\u200B", "[x\u00A0, \u2003y]", "{ k: v\u00A0}", "\u00A0", "\"q\\\"x\\\\y\\x41\\u00e9\\/\\e\"", "\"\\ud83d\"", "\"\\N\"", "\"\\z\"", "\"\\x4\"", "[\"a\\tb\", 'c''d']", "{ url: http://x.y/z }", "{ a:b }", "[a:]", "''", "\"\"", "\"#\"", "'a' #c", "'a'#c", "x ]", "[a] b", "{a}", "{ a: }", "{ a: { b: [c, 'd'] }, e: [] }",
    ];

    /// <summary>A random block document of the keys and values above: comments, blank lines, empty values, indentless lists, uneven indentation.</summary>
    private static string Document(Random random, bool subsetOnly)
    {
        var keys = subsetOnly ? [.. Keys.Where(k => (char.IsAsciiLetterOrDigit(k[0]) || k[0] == '$') && !k.Contains(':') && !k.Contains('#') && !k.EndsWith(' '))] : Keys;
        var values = subsetOnly ? [.. Values.Where(v => v.Length > 0 && !"|>&*!%@`-".Contains(v[0]) && !v.Contains(": ") && !v.EndsWith(':'))] : Values;
        var text = new StringBuilder();
        if (random.Next(10) == 0)
        {
            text.Append("# head\n\n");
        }

        Block(random.Next(3) == 0 ? random.Next(3) : 0, 0, random.Next(3) == 0);
        var document = text.ToString();
        return random.Next(4) == 0 ? document.TrimEnd('\n') : random.Next(6) == 0 ? document + "\n\n# tail\n  " : document;

        void Block(int indent, int depth, bool sequence)
        {
            for (var count = random.Next(1, 4); count > 0; count--)
            {
                if (random.Next(8) == 0)
                {
                    text.Append(' ', random.Next(indent + 3)).Append(random.Next(2) == 0 ? "# note\n" : "\n");
                }

                var pad = new string(' ', indent + (random.Next(25) == 0 ? 1 : 0));
                var kind = random.Next(depth > 3 ? 2 : 5);
                if (sequence)
                {
                    text.Append(pad).Append(random.Next(15) == 0 ? "-" : "- ");
                    switch (kind)
                    {
                        case 0:
                            text.Append(values[random.Next(values.Length)]).Append(random.Next(6) == 0 ? "  # t" : "").Append('\n');
                            break;
                        case 1:
                            text.Append('\n');
                            break;
                        case 2:
                            text.Append(keys[random.Next(keys.Length)]).Append(": ").Append(values[random.Next(values.Length)]).Append('\n');
                            if (random.Next(2) == 0)
                            {
                                text.Append(pad).Append("  ").Append(keys[random.Next(keys.Length)]).Append(": ").Append(values[random.Next(values.Length)]).Append('\n');
                            }

                            break;
                        case 3:
                            text.Append(keys[random.Next(keys.Length)]).Append(":\n");
                            Block(indent + 2 + random.Next(3), depth + 1, random.Next(2) == 0);
                            break;
                        default:
                            text.Append('\n');
                            Block(indent + 2, depth + 1, random.Next(2) == 0);
                            break;
                    }
                }
                else
                {
                    text.Append(pad).Append(keys[random.Next(keys.Length)]).Append(':');
                    switch (kind)
                    {
                        case 0:
                            text.Append(' ').Append(values[random.Next(values.Length)]).Append(random.Next(6) == 0 ? " # t" : "").Append('\n');
                            break;
                        case 1:
                            text.Append(random.Next(4) == 0 ? "  # e\n" : "\n");
                            break;
                        case 2:
                            text.Append('\n');
                            Block(indent, depth + 1, sequence: true);
                            break;
                        default:
                            text.Append(random.Next(5) == 0 ? " # x\n" : "\n");
                            Block(indent + 1 + random.Next(4), depth + 1, random.Next(2) == 0);
                            break;
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generated_documents_read_as_yamldotnet_reads_them(bool subsetOnly)
    {
        var random = new Random(subsetOnly ? 25 : 24);
        var count = (int)Math.Max(2_000, Repo.PropertyIterations * 10);
        var taken = 0;
        for (var i = 0; i < count; i++)
        {
            var document = Document(random, subsetOnly);
            taken += TakenAlike($"generated-{i}", random.Next(4) == 0 ? Crlf(document) : document) ? 1 : 0;
        }

        // Most documents of the subset's own keys and values are taken (the rest have uneven indentation or a
        // nested form it leaves); of all forms, fewer.
        Assert.True(taken > count / (subsetOnly ? 3 : 10), $"only {taken} of {count} generated documents were taken");
    }

    [Fact]
    public void Files_mutated_at_the_characters_yaml_gives_meaning_read_as_yamldotnet_reads_them()
    {
        var texts = Repo.ExampleBotFiles.Select(f => File.ReadAllText(Path.Combine(Repo.ExampleBot, f))).ToArray();
        const string Pieces = " :-#\n\r'\"[]{},?&*!|>%@`\\.~0aZ";
        var random = new Random(26);
        var count = (int)Math.Max(3_000, Repo.PropertyIterations * 20);
        var taken = 0;
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder(random.Next(4) == 0 ? Crlf(texts[random.Next(texts.Length)]) : texts[random.Next(texts.Length)]);
            for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0:
                        text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                        break;
                    case 1:
                        text.Remove(at, 1);
                        break;
                    case 2:
                        text[at] = Pieces[random.Next(Pieces.Length)];
                        break;
                    default:
                        text.Insert(text.ToString().LastIndexOf('\n', Math.Max(0, at - 1)) + 1, ' ');
                        break;
                }
            }

            taken += TakenAlike($"mutated-{i}", text.ToString()) ? 1 : 0;
        }

        Assert.True(taken > count / 20, $"only {taken} of {count} mutated files were taken");
    }

    [Theory]
    [InlineData("a: 1\n\tb: 2\n")]
    [InlineData("a: 1\rb: 2\n")]
    [InlineData("a: 1\r\nb: 2\r")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: one\n  two\n")]
    [InlineData("a: \"x\\Ny\"\n")]
    [InlineData("a: \"x\\ud800\"\n")]
    [InlineData("a: 'one\n  two'\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1\n  b: 2\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("? a\n: 1\n")]
    [InlineData("'a': 1\n")]
    [InlineData("a : 1\n")]
    [InlineData("- - a\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: [b: c]\n")]
    [InlineData("a: -1\n")]
    [InlineData("just text\n")]
    [InlineData("# only a comment\n")]
    [InlineData("")]
    public void Forms_outside_the_subset_are_left_to_yamldotnet(string text)
    {
        Assert.False(YamlFastReader.TryRead(new SourceFile("f.yaml", text), Limits.Default, out _, out _));
    }

    [Theory]
    [InlineData("q: [ a , \"b\" ,c d ]\nr: {}\n", "M0,26{S0,1:plain:<q> => Q3,18[S5,6:plain:<a>;S9,12:quoted:<b>;S14,17:plain:<c d>;];S20,21:plain:<r> => M23,24{};}")]
    [InlineData("a:\n- x\n-\nb: { k: 1 , l }\n", "M0,25{S0,1:plain:<a> => Q3,9[S5,6:plain:<x>;S8,8:plain:<>;];S9,10:plain:<b> => M12,23{S14,15:plain:<k> => S17,18:plain:<1>;S21,22:plain:<l> => S23,23:plain:<>;};}")]
    [InlineData("- k: 'it''s'  # c\n  l:\n\n# x\n- n\n", "Q0,32[M2,28{S2,3:plain:<k> => S5,12:quoted:<it's>;S20,21:plain:<l> => S22,22:plain:<>;};S30,31:plain:<n>;]")]
    public void Spans_are_yamldotnets_including_its_quirks(string text, string tree)
    {
        // A flow collection ends at its closing bracket, an empty value sits after its ':' or '-' (or at the '}'
        // after a lone key), and a block ends where the next line's content starts (or at the end of the text).
        Assert.True(YamlFastReader.TryRead(new SourceFile("f.yaml", text), Limits.Default, out var root, out var found));
        Assert.Empty(found);
        Assert.Equal(tree, Tree(root));
        Assert.True(TakenAlike("f.yaml", text));
    }

    [Fact]
    public void Limits_send_the_file_to_yamldotnet_which_reports_them()
    {
        var deep = string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "k:\n")) + new string(' ', 140) + "v: 1\n";
        Assert.False(YamlFastReader.TryRead(new SourceFile("f.yaml", deep), Limits.Default, out _, out _));
        Assert.False(YamlFastReader.TryRead(new SourceFile("f.yaml", "a: " + new string('x', 50) + "\n"), Limits.Default with { ValueLength = 10 }, out _, out _));
        Assert.False(YamlFastReader.TryRead(new SourceFile("f.yaml", "a: [1, 2, 3, 4]\n"), Limits.Default with { Values = 4 }, out _, out _));

        var bag = new DiagnosticBag();
        Assert.Null(YamlParser.Parse(new SourceFile("f.yaml", deep), bag, Limits.Default));
        Assert.Equal("BF0014", Assert.Single(bag.ToSortedList()).Code);
        bag = new DiagnosticBag();
        YamlParser.Parse(new SourceFile("f.yaml", "a: " + new string('x', 50) + "\n"), bag, Limits.Default with { ValueLength = 10 });
        Assert.Equal("BF0016 1:4", Assert.Single(bag.ToSortedList()) is var d ? $"{d.Code} {d.Location!.Start.Line}:{d.Location.Start.Column}" : null);
    }
}
