using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Tests.Parsing;

/// <summary>
/// The YAML reader on its own: the tree it builds keeps every span, and each way a file can be unreadable is one
/// located diagnostic (code, line:col) with no exception and no tree.
/// </summary>
public sealed class YamlParserTests
{
    private static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics, SourceFile File) Parse(string text, Limits? limits = null)
    {
        var file = new SourceFile("f.yaml", text);
        var bag = new DiagnosticBag();
        var root = YamlParser.Parse(file, bag, limits);
        return (root, bag.ToSortedList(), file);
    }

    private static string Where(Diagnostic d) => $"{d.Code} {d.Location!.Start.Line}:{d.Location.Start.Column}";

    [Fact]
    public void Mappings_sequences_and_scalars_keep_their_text_and_spans()
    {
        var (root, diagnostics, file) = Parse("name: Raise a ticket\nnodes:\n  - id: RAISE\n    user_says: [a, 'b c']\n");

        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(root);
        Assert.Equal(["name", "nodes"], map.Entries.Select(e => e.Key.Value));
        var name = Assert.IsType<YamlScalar>(map["name"]);
        Assert.Equal("Raise a ticket", name.Value);
        Assert.Equal((1, 7), name.LocationIn(file).Start);
        var node = Assert.IsType<YamlMapping>(Assert.IsType<YamlSequence>(map["nodes"]).Items.Single());
        Assert.Equal((3, 9), node["id"]!.LocationIn(file).Start);
        var says = Assert.IsType<YamlSequence>(node["user_says"]);
        Assert.Equal(["a", "b c"], says.Items.Cast<YamlScalar>().Select(s => s.Value));
        Assert.False(((YamlScalar)says.Items[1]).IsPlain);
        Assert.Equal("'b c'", file.Text[says.Items[1].Span.Start..says.Items[1].Span.End]);
    }

    /// <summary>
    /// git's conflict markers: YAML failed with "did not find expected key" in a block list, "the document cannot be
    /// read past this point" inside [ ], and at the second line of a file starting with one; none said why.
    /// </summary>
    [Theory]
    [InlineData("user_says:\n  - hi\n<<<<<<< HEAD\n  - hello\n=======\n  - hey\n>>>>>>> feature/x\n", 3)]
    [InlineData("user_says: [hi,\n<<<<<<< HEAD\n  hello,\n=======\n  hey,\n>>>>>>> feature/x\n  ]\n", 2)]
    [InlineData("<<<<<<< ours\r\na: 1\r\n||||||| base\r\na: 0\r\n=======\r\na: 2\r\n>>>>>>> theirs\r\n", 1)]
    public void An_unresolved_merge_conflict_is_reported_at_its_first_marker(string text, int line)
    {
        var (root, diagnostics, _) = Parse(text);

        Assert.Null(root);
        var conflict = Assert.Single(diagnostics);
        Assert.Equal($"BF0010 {line}:1", Where(conflict));
        Assert.Equal("invalid YAML: the file has an unresolved merge conflict (git's '<<<<<<<', '=======' and '>>>>>>>' lines)", conflict.Message);
    }

    [Theory]
    [InlineData("a: \"<<<<<<< is text\"\nb: =======\nc: \">>>>>>> too\"\n")]
    [InlineData("a: |\n  <<<<<<< indented\n  =======\n  >>>>>>> in a block text\n")]
    [InlineData("a: x\n<<<<<<<\n=======x\n>>>>>>>\n")]
    public void Marker_like_text_that_is_no_conflict_is_read(string text)
    {
        var (root, diagnostics, _) = Parse(text);

        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("merge conflict", StringComparison.Ordinal));
        Assert.True(root is not null || diagnostics.Count > 0);
    }

    [Fact]
    public void Scalars_are_typed_by_yaml_1_2_so_yes_and_no_stay_text()
    {
        var (root, _, _) = Parse("a: yes\nb: true\nc: 12\nd: 1.5\ne: ~\nf: '12'\ng: .inf\n");

        var kinds = ((YamlMapping)root!).Entries.Select(e => ((YamlScalar)e.Value).Kind).ToList();

        Assert.Equal([ScalarKind.String, ScalarKind.Boolean, ScalarKind.Integer, ScalarKind.Float, ScalarKind.Null, ScalarKind.String, ScalarKind.Float], kinds);
    }

    [Fact]
    public void Aliases_stand_for_their_anchor_node()
    {
        var (root, diagnostics, _) = Parse("base: &b [x, y]\ncopy: *b\n");

        Assert.Empty(diagnostics);
        var map = (YamlMapping)root!;
        Assert.Same(map["base"], map["copy"]);
    }

    [Fact]
    public void A_merge_key_gives_a_mapping_the_keys_it_does_not_write_itself()
    {
        // YAML's merge key type, as bots ported from other tools use it for shared settings of nodes.
        var (root, diagnostics, file) = Parse("""
            base: &out { type: output, end: true, name: Base }
            more: &more { name: More, tag: x }
            one:
              <<: *out
              name: One
            two:
              name: Two
              <<: [*more, *out]
            three: { <<: { a: 1 }, b: 2 }
            tagged: { !!merge <<: *more }
            quoted: { '<<': *more }
            """);

        Assert.Empty(diagnostics);
        var map = (YamlMapping)root!;
        string Text(YamlMapping m, string key) => ((YamlScalar)m[key]!).Value;
        var one = (YamlMapping)map["one"]!;
        Assert.Equal(["name", "type", "end"], one.Entries.Select(e => e.Key.Value));
        Assert.Equal("One", Text(one, "name"));
        Assert.Equal((1, 20), one["type"]!.LocationIn(file).Start);   // where the merged value is written
        var two = (YamlMapping)map["two"]!;
        Assert.Equal(["name", "tag", "type", "end"], two.Entries.Select(e => e.Key.Value));
        Assert.Equal("Two", Text(two, "name"));
        Assert.Equal(["b", "a"], ((YamlMapping)map["three"]!).Entries.Select(e => e.Key.Value));
        Assert.Equal(["name", "tag"], ((YamlMapping)map["tagged"]!).Entries.Select(e => e.Key.Value));
        Assert.Equal(["<<"], ((YamlMapping)map["quoted"]!).Entries.Select(e => e.Key.Value));
    }

    [Theory]
    [InlineData("a: &s text\nb:\n  <<: *s\n", "BF0018 3:3", "not a string")]
    [InlineData("b:\n  <<: [{x: 1}, 2]\n", "BF0018 2:3", "not a list holding an integer")]
    [InlineData("b:\n  <<: []\n", "BF0018 2:3", "not an empty list")]
    [InlineData("a: &m {x: 1}\nb:\n  <<: *m\n  <<: *m\n", "BF0011 4:3", "duplicate key '<<'")]
    public void A_merge_key_that_merges_no_mapping_is_an_error(string text, string expected, string message)
    {
        var (_, diagnostics, _) = Parse(text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(expected, Where(diagnostic));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: !!str 12\nb: !!int '12'\nc: !!float 1\nd: !!bool \"true\"\ne: !!null ''\nf: !!seq [x]\ng: !!map {x: 1}\nh: ! 12\ni: !<tag:yaml.org,2002:str> x\n")]
    public void Tags_of_yamls_own_types_on_values_of_those_types_stand(string text)
    {
        Assert.Empty(Parse(text).Diagnostics);
    }

    [Theory]
    // Another tool's tag: read in silence, the bot would have said "greeting.txt".
    [InlineData("bot_says: !include greeting.txt\n", "BF0019 1:11", "the tag '!include' is not one BotForge reads")]
    [InlineData("a: !Ref [x]\n", "BF0019 1:4", "the tag '!Ref' is not one BotForge reads")]
    [InlineData("a: !secret {x: 1}\n", "BF0019 1:4", "the tag '!secret' is not one BotForge reads")]
    [InlineData("a: !!binary aGk=\n", "BF0019 1:4", "the tag '!!binary' is not one BotForge reads")]
    [InlineData("a: !!int abc\n", "BF0019 1:4", "'abc' is not an integer, as its tag !!int says")]
    [InlineData("a: !!bool maybe\n", "BF0019 1:4", "'maybe' is not true or false, as its tag !!bool says")]
    [InlineData("a: !!float x\n", "BF0019 1:4", "'x' is not a number, as its tag !!float says")]
    [InlineData("a: !!null x\n", "BF0019 1:4", "'x' is not null, as its tag !!null says")]
    public void A_tag_botforge_does_not_read_or_a_value_not_of_its_tags_type_is_an_error(string text, string expected, string message)
    {
        var diagnostic = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal(expected, Where(diagnostic));
        Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_a_merge_key_brings_in_is_never_taken_for_the_rest_of_a_text_cut_at_a_comma()
    {
        // The merged 'k' (a key with no value, written before the text) follows the plain text 'hello' in the entries:
        // read as its cut-off rest, the text between them would run backwards.
        var (root, diagnostics, _) = Parse("a: &x {k}\nb: { z: hello, <<: *x }\n");

        Assert.Empty(diagnostics);
        var b = (YamlMapping)((YamlMapping)root!)["b"]!;
        Assert.Equal(["z", "k"], b.Entries.Select(e => e.Key.Value));
        Assert.Null(b.CutAtComma(1, "a: &x {k}\nb: { z: hello, <<: *x }\n"));
        Assert.Empty(YamlMapping.CutsWithin(root, "a: &x {k}\nb: { z: hello, <<: *x }\n"));
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", "BF0011 2:1")]
    [InlineData("a: [1, 2\n", "BF0010 2:1")]
    [InlineData("a: 1\n---\nb: 2\n", "BF0013 2:1")]
    [InlineData("a: *nowhere\n", "BF0015 1:4")]
    [InlineData("? [a, b]\n: 1\n", "BF0012 1:3")]
    [InlineData("a: 1\n\tb: 2\n", "BF0010 2:1")]
    [InlineData("a: \"x\u0007y\"\n", "BF0010 1:6")]
    public void An_unreadable_file_is_one_located_diagnostic(string text, string expected)
    {
        var (_, diagnostics, _) = Parse(text);

        Assert.Equal([expected], diagnostics.Select(Where));
    }

    [Theory]
    [InlineData("bot_says: { en: Hi ${user.full_name} there, hi: Namaste }\n", "inside [ ] or { }, a text with a placeholder must be quoted, like \"Hi ${user.full_name}\"")]
    [InlineData("quick_replies: [Yes, Maybe ${entity.x}]\n", "inside [ ] or { }, a text with a placeholder must be quoted, like \"Hi ${user.full_name}\"")]
    [InlineData("bot_says: { en: Time: 5pm, hi: x }\n", "a value that contains ': ' must be quoted")]
    [InlineData("a: 1\n\tb: 2\n", "YAML forbids tabs in indentation; indent with spaces")]
    // A Japanese keyboard's full-width colon and space (met porting a hotel bot in Japanese).
    [InlineData("- id: KEEP\n  name：予約を維持\n  end: true\n", "'name：' on line 2 is written with a full-width colon, which YAML does not read as one: write 'name: ' with an ASCII colon and a space")]
    [InlineData("- id: KEEP\n  name: 予約\n  bot_says：かしこまりました。\n", "'bot_says：' on line 3 is written with a full-width colon, which YAML does not read as one: write 'bot_says: ' with an ASCII colon and a space")]
    [InlineData("- id: KEEP\n\u3000\u3000name: 予約を維持\n  end: true\n", "line 2 is indented with a full-width space (U+3000), which YAML does not read as a space: indent with ASCII spaces")]
    // An apostrophe in single quotes, as Turkish writes a suffix on a name (met porting a courier's bot in Turkish).
    [InlineData("reprompt: { tr: 'Şu an Diyarbakır'a teslimat yapıyoruz.', en: \"We deliver to Diyarbakir.\" }\n", "in single quotes, the apostrophe of 'Diyarbakır'a' on line 1 ends the text: write it twice (Diyarbakır''a), or put the text in double quotes")]
    [InlineData("- id: A\n  bot_says: 'We don't ship: sorry'\n", "in single quotes, the apostrophe of 'don't' on line 2 ends the text: write it twice (don''t), or put the text in double quotes")]
    public void An_unreadable_line_gets_the_hint_for_its_likely_cause(string text, string hint)
    {
        var (_, diagnostics, _) = Parse(text);

        Assert.Equal(hint, Assert.Single(diagnostics).Hint);
    }

    [Fact]
    public void A_duplicate_key_names_the_line_of_the_first()
    {
        var (_, diagnostics, _) = Parse("id: A\nname: x\nid: B\n");

        var duplicate = Assert.Single(diagnostics);
        Assert.Equal("BF0011 3:1", Where(duplicate));
        Assert.Contains("line 1", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_found_in_a_mapping_past_the_size_at_which_it_is_indexed()
    {
        var keys = Enumerable.Range(0, YamlMapping.Indexed * 3).Select(i => $"k{i}: {i}").ToList();
        keys.Add("k5: again");

        var (_, diagnostics, _) = Parse(string.Join('\n', keys) + "\n");

        Assert.Equal([$"BF0011 {keys.Count}:1"], diagnostics.Select(Where));
    }

    [Fact]
    public void A_list_item_indented_less_than_the_items_after_it_is_told_they_run_on_as_its_text()
    {
        // Met breaking a port of Rasa's formbot on purpose: the first user say indented two spaces less made the
        // other nine part of its text, one user say of 200 characters, and validate said only that there was one.
        var (root, diagnostics, _) = Parse("user_says:\n  - find me a restaurant\n    - book a table\n    - search restaurants\n");

        Assert.Equal(["BF0017 2:5"], diagnostics.Select(Where));
        Assert.Equal("find me a restaurant - book a table - search restaurants", ((YamlScalar)((YamlSequence)((YamlMapping)root!)["user_says"]!).Items[0]).Value);
        Assert.Empty(Parse("says: a text that goes on\n  over lines - with a dash inside\nnext: [a - b]\n").Diagnostics);
    }

    /// <summary>
    /// "Press #1 for billing": YAML starts a comment at a '#' after a space, so the text shipped as "Press" and
    /// validate said nothing. A comment has a space after its '#'; without one, the '#' was meant as text.
    /// </summary>
    [Theory]
    [InlineData("bot_says: Press #1 for billing or #2 for support\n", "BF0020 1:17", "Press", "YAML reads '#1 for billing or #2 for support' as a comment (a '#' after a space starts one), so this value is only 'Press'", "\"Press #1 for billing or #2 for support\"")]
    [InlineData("bot_says: Your ticket #${output.case_id} is open   \r\nx: 1\r\n", "BF0020 1:23", "Your ticket", "YAML reads '#${output.case_id} is open' as a comment (a '#' after a space starts one), so this value is only 'Your ticket'", "\"Your ticket #${output.case_id} is open\"")]
    [InlineData("says:\n  - a \"quoted\" word\\n \t#2\n", "BF0020 2:24", "a \"quoted\" word\\n", "YAML reads '#2' as a comment (a '#' after a space starts one), so this value is only 'a \"quoted\" word\\n'", "\"a \\\"quoted\\\" word\\\\n \\t#2\"")]
    [InlineData("bot_says: #1 choice\n", "BF0020 1:11", "", "YAML reads '#1 choice' as a comment (a '#' after a space starts one), so this value is empty", "\"#1 choice\"")]
    [InlineData("&a bot_says: Press #1 now\n", "BF0020 1:20", "Press", "YAML reads '#1 now' as a comment (a '#' after a space starts one), so this value is only 'Press'", "\"Press #1 now\"")]
    [InlineData("user_says: [\n  where is order #123,\n  track order]\n", null, null, null, null)]
    public void A_value_cut_short_by_a_hash_with_no_space_after_it_is_told_so(string text, string? where, string? value, string? message, string? quoted)
    {
        var (root, diagnostics, _) = Parse(text);

        if (where is null)
        {
            // Inside [ ] over lines the comment takes the comma too, and YAML stops at the next item: BF0010, whose hint names the '#'.
            var error = Assert.Single(diagnostics);
            Assert.Equal("BF0010 3:3", Where(error));
            Assert.Equal("'#123' on line 2 starts a comment (a '#' after a space does, in [ ] and { } too), which hides the rest of the line from YAML: put the text in quotes, \"where is order #123\"", error.Hint);
            return;
        }

        var cut = Assert.Single(diagnostics);
        Assert.Equal(where, Where(cut));
        Assert.Equal(DiagnosticLevel.Warning, cut.Level);
        Assert.Equal(message, cut.Message);
        Assert.Equal($"put the whole value in quotes: {quoted}; for a comment, write a space after '#'", cut.Hint);
        var read = root is YamlMapping { Entries: [var entry, ..] } ? entry.Value : null;
        Assert.Equal(value, read is YamlSequence list ? ((YamlScalar)list.Items[0]).Value : ((YamlScalar)read!).Value);

        // The quoted value the hint gives reads back as the text meant.
        var (fixedRoot, fixedDiagnostics, _) = Parse($"k: {quoted}\n");
        Assert.Empty(fixedDiagnostics);
        Assert.Equal(JsonUnquote(quoted!), ((YamlScalar)((YamlMapping)fixedRoot!)["k"]!).Value);
    }

    private static string JsonUnquote(string quoted) => System.Text.Json.JsonSerializer.Deserialize<string>(quoted)!;

    [Theory]
    [InlineData("bot_says: Hello # a comment\n")]
    [InlineData("bot_says: I love C# and F#\n")]
    [InlineData("bot_says: \"Press #1 for billing\"\n")]
    [InlineData("bot_says: 'Press #1' #2\n")]
    [InlineData("bot_says: Hello #\n")]
    [InlineData("bot_says: Hello\n# 1 choice\n#2 choice\n")]
    [InlineData("user_says: [hi, hello] #greetings\n")]
    public void A_comment_written_as_one_is_not_told(string text)
    {
        var (_, diagnostics, _) = Parse(text);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Inside_brackets_on_one_line_the_hint_names_the_hash_that_left_the_bracket_open()
    {
        var (root, diagnostics, _) = Parse("nodes:\n  - user_says: [where is order #123, track it]\n    bot_says: Hi\n");

        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal("BF0010", error.Code);
        Assert.Equal("'#123' on line 2 starts a comment (a '#' after a space does, in [ ] and { } too), which hides the rest of the line from YAML: put the text in quotes, \"where is order #123\"", error.Hint);
    }

    /// <summary>"bot_says: &amp;copy 2024 Acme" was the text "2024 Acme" in silence: YAML took "&amp;copy" for an anchor.</summary>
    [Fact]
    public void A_text_starting_with_an_anchor_nothing_repeats_is_told_so()
    {
        var (root, diagnostics, file) = Parse("a: &copy 2024 Acme\nb: &used Hi\nc: *used\nd: &q '&q x'\ne: &m { k: v }\nf: &empty\n");

        Assert.Equal(["BF0021 1:4", "BF0021 6:4"], diagnostics.Select(Where));
        var copy = diagnostics[0];
        Assert.Equal(DiagnosticLevel.Warning, copy.Level);
        Assert.Equal("YAML reads '&copy' as an anchor (a name for '*copy' to repeat the value), not as text, and nothing repeats it: this value is only '2024 Acme'", copy.Message);
        Assert.Equal("put the whole value in quotes: \"&copy 2024 Acme\"; or remove the anchor", copy.Hint);
        Assert.Equal(new Replacement(new TextSpan(3, 18), "\"&copy 2024 Acme\""), copy.Fix);
        Assert.Equal("&copy 2024 Acme", file.Text[copy.Fix!.Span.Start..copy.Fix.Span.End]);
        Assert.EndsWith("this value is empty", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Equal("2024 Acme", ((YamlScalar)((YamlMapping)root!)["a"]!).Value);
    }

    /// <summary>A value starting with a character YAML gives a meaning to could not be read, and the error did not say why.</summary>
    [Theory]
    [InlineData("%name, welcome", "YAML keeps it for directives, and it cannot start a value")]
    [InlineData("@user hello", "YAML reserves it, and it cannot start a value")]
    [InlineData("`code` here", "YAML reserves it, and it cannot start a value")]
    [InlineData("*Important* notice", "YAML reads it as an alias (a reference to a value named with '&')")]
    [InlineData("> Note this", "YAML reads it as the start of a block of text on the lines below")]
    [InlineData("| a tip", "YAML reads it as the start of a block of text on the lines below")]
    [InlineData("? what now", "YAML reads it as a mapping's key")]
    [InlineData("- item one", "YAML reads it as a list's item")]
    public void A_value_starting_with_a_yaml_indicator_gets_a_hint_to_quote_it(string value, string meaning)
    {
        foreach (var text in new[] { $"nodes:\n  - id: A\n    bot_says: {value}\n", $"says:\n  - {value}\n  - x: {value}\n" })
        {
            var (root, diagnostics, _) = Parse(text);

            Assert.Null(root);
            var error = Assert.Single(diagnostics);
            Assert.Equal("BF0010", error.Code);
            Assert.Matches($"^'{Regex.Escape(value)}' on line [23] starts with '{Regex.Escape(value[..1])}': {Regex.Escape(meaning)}; put the value in quotes, \"{Regex.Escape(value)}\"$", error.Hint);
        }
    }

    [Fact]
    public void A_regex_in_double_quotes_with_an_escape_yaml_lacks_gets_it_in_single_quotes()
    {
        var (root, diagnostics, _) = Parse("entities:\n  - name: pin\n    pattern: \"^\\d{6}$\"\n");

        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal("BF0010 3:14", Where(error));
        Assert.Equal("in double quotes a backslash starts an escape, and YAML has no '\\d': write the value in single quotes, where a backslash is itself, '^\\d{6}$'", error.Hint);
    }

    [Fact]
    public void A_tag_on_a_plain_text_may_be_a_bang_meant_as_text()
    {
        var (_, diagnostics, _) = Parse("a: !Urgent read this\nb: !!int abc\n");

        Assert.Equal(["BF0019 1:4", "BF0019 2:4"], diagnostics.Select(Where));
        Assert.Equal("if the '!' is text, put the value in quotes: \"!Urgent read this\"; otherwise remove the tag", diagnostics[0].Hint);
        Assert.Equal("remove the tag: a value is read as its text says (quote a text that looks like a number)", diagnostics[1].Hint);
    }

    [Fact]
    public void Nesting_and_value_length_are_bounded_by_the_limits()
    {
        var limits = new Limits { Depth = 3, ValueLength = 5 };

        Assert.Equal(["BF0014 1:7"], Parse("a: [[[[1]]]]\n", limits).Diagnostics.Select(Where));
        Assert.Equal(["BF0016 1:4"], Parse("a: abcdefgh\n", limits).Diagnostics.Select(Where));
        Assert.Empty(Parse("a: [[1]]\nb: abcde\n", limits).Diagnostics);
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_alias_that_crosses_the_value_limit()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var (root, diagnostics, _) = Parse(text, new Limits { Values = 500 });

        Assert.Null(root);
        var bomb = Assert.Single(diagnostics);
        Assert.Equal(3, bomb.Location!.Start.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_has_no_tree_and_nothing_to_report(string text)
    {
        var (root, diagnostics, _) = Parse(text);

        Assert.Null(root);
        Assert.Empty(diagnostics);
    }
}
