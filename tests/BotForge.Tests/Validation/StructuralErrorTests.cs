using BotForge.Tests.Support;

namespace BotForge.Tests.Validation;

/// <summary>One broken file per structural error class, asserting the exact code, file, line and column.</summary>
public sealed class StructuralErrorTests
{
    private const string Bot = "bot:\n  id: test_bot\n  name: Test\n";

    public static TheoryData<string, string, string, string, int, int> Cases => new()
    {
        // name, file, content, code, line, column
        { "unknown key", "botforge.yaml", Bot + "  langauges: [en]\n", "BF0101", 4, 3 },
        { "unknown key deep in a message", "stories/main/flow.yaml", "nodes:\n  - id: A\n    bot_says:\n      - text: hi\n        quik_replies: [x]\n", "BF0101", 5, 9 },
        { "wrong type (YAML 1.2 'yes' is text)", "botforge.yaml", Bot + "business:\n  small_talk: yes\n", "BF0103", 5, 15 },
        { "wrong type (list for a text)", "botforge.yaml", Bot + "business:\n  bot_break_message: [a, b]\n", "BF0103", 5, 22 },
        { "missing required key", "botforge.yaml", "bot:\n  id: test_bot\n", "BF0102", 2, 3 },
        { "missing required key on a node", "stories/main/flow.yaml", "nodes:\n  - name: no id\n", "BF0102", 2, 5 },
        { "duplicate key", "botforge.yaml", Bot + "  name: Again\n", "BF0011", 4, 3 },
        { "duplicate key in a node", "stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    start: false\n", "BF0011", 4, 5 },
        { "duplicate key after many keys", "stories/main/flow.yaml",
            "nodes:\n  - id: A\n    name: a\n    start: true\n    end: true\n    active: true\n    context_clear: false\n    user_says: [hi]\n    negative_user_says: [no]\n    bot_says: hello\n    name: again\n",
            "BF0011", 11, 5 },
        { "bad system name", "stories/main/flow.yaml", "nodes:\n  - id: greeting\n", "BF0104", 2, 9 },
        { "bad connection target name", "stories/main/flow.yaml", "nodes:\n  - id: A\n    next:\n      - to: b-node\n", "BF0104", 4, 13 },
        { "bad bot id", "botforge.yaml", "bot:\n  id: Acme-Bot\n  name: A\n", "BF0104", 2, 7 },
        { "bad entity name", "entities.yaml", "entities:\n  - name: IssueType\n    type: currency\n", "BF0104", 2, 11 },
        { "bad entity use name", "stories/main/flow.yaml", "nodes:\n  - id: A\n    entities:\n      - entity: Email\n", "BF0104", 4, 17 },
        { "value not allowed", "stories/main/flow.yaml", "nodes:\n  - id: A\n    type: statc\n", "BF0105", 3, 11 },
        { "bad duration", "stories/main/flow.yaml", "nodes:\n  - id: A\n    bot_says:\n      initial: hi\n      follow_up: { after: 2 minutes, says: hey }\n", "BF0104", 5, 27 },
        { "empty list", "stories/main/flow.yaml", "nodes: []\n", "BF0106", 1, 8 },
        { "env name not in capitals (propertyNames)", "botforge.yaml", Bot + "env:\n  lower_name: x\n", "BF0104", 5, 3 },
        { "secret that is not true", "botforge.yaml", Bot + "env:\n  KEY: { secret: false }\n", "BF0106", 5, 18 },
        { "secret: yes (YAML 1.2 text)", "botforge.yaml", Bot + "env:\n  KEY: { secret: yes }\n", "BF0103", 5, 18 },
        { "aspect ratio not above 0 (exclusive minimum)", "stories/main/flow.yaml", "nodes:\n  - id: A\n    bot_says:\n      - carousel: { aspect_ratio: 0, items: [{ title: T }] }\n", "BF0106", 4, 35 },
        { "timeout too large", "botforge.yaml", Bot + "env:\n  U: { secret: true }\nintegrations:\n  salesforce:\n    base_url: https://x\n    username: ${env.U}\n    client_id: ${env.U}\n    private_key: ${env.U}\n    timeout_seconds: 30\n", "BF0106", 12, 22 },
        { "YAML syntax error", "botforge.yaml", "bot:\n  id: [unclosed\n  name: x\n", "BF0010", 3, 3 },
        { "tab indentation", "botforge.yaml", "bot:\n\tid: x\n", "BF0010", 2, 1 },
        { "two documents", "botforge.yaml", Bot + "---\nbot: {}\n", "BF0013", 4, 1 },
        { "stray YAML file", "notes.yaml", "a: 1\n", "BF0005", 1, 1 },
        { "sub-story too deep", "stories/a/b/c.yaml", "nodes:\n  - id: A\n", "BF0005", 1, 1 },
        { "sub-story folder not an id", "stories/Main-Flow/flow.yaml", "nodes:\n  - id: A\n", "BF0008", 1, 1 },
        { "empty file", "faq.yaml", "\n", "BF0007", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_file_is_reported_at_the_exact_position(string name, string file, string content, string code, int line, int column)
    {
        using var project = file == "botforge.yaml" ? new TempProject(new Dictionary<string, string> { [file] = content }) : TempProject.With((file, content));

        var found = Diagnose.Located(project.Root);

        Assert.True(found.Contains((code, "./" + file, line, column)),
            $"{name}: expected {code} at ./{file}:{line}:{column}, got:\n{Diagnose.Describe(Diagnose.Project(project.Root))}");
    }

    /// <summary>A bound the value must pass (aspect_ratio's exclusive 0) is not called the minimum, which the value may be.</summary>
    [Fact]
    public void An_exclusive_minimum_is_said_as_more_than()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    bot_says:\n      - carousel: { aspect_ratio: 0, items: [{ title: T }] }\n"));

        var messages = Diagnose.Project(project.Root).Where(d => d.Code == "BF0106").Select(d => d.Message);

        Assert.Equal(["0 is too small; it must be more than 0"], messages);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte_offset()
    {
        using var project = TempProject.With();
        File.WriteAllBytes(Path.Combine(project.Root, "faq.yaml"), [.. "faq: x\n"u8, 0xC3, 0x28]);

        var diagnostic = Assert.Single(Diagnose.Project(project.Root));

        Assert.Equal("BF0004", diagnostic.Code);
        Assert.Contains("offset 7", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_folder_that_is_no_id_is_reported_once_with_the_id_to_rename_it_to()
    {
        // It was one error per file of the folder, each saying only "use lower_snake_case".
        using var project = TempProject.With(
            ("stories/Assistance Café/greeting.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    bot_says: Hello\n"),
            ("stories/Assistance Café/qui_suis_jé.yaml", "nodes:\n  - id: B\n    start: true\n    end: true\n    user_says: [who]\n    bot_says: You\n"));

        var diagnostics = Diagnose.Project(project.Root).Where(d => d.Code == "BF0008").ToList();

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("'Assistance Café' is not a valid story id: use lower_snake_case", diagnostics[0].Message);
        Assert.Equal("rename the folder to 'assistance_cafe', or set the id with 'story:' / 'sub_story:'", diagnostics[0].Hint);
        Assert.Equal("'qui_suis_jé' is not a valid sub-story id: use lower_snake_case", diagnostics[1].Message);
        Assert.Equal("rename the file to 'qui_suis_je', or set the id with 'story:' / 'sub_story:'", diagnostics[1].Hint);
    }

    [Fact]
    public void Valid_minimal_project_has_no_diagnostics()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    bot_says: Hello\n"));
        File.AppendAllText(Path.Combine(project.Root, "botforge.yaml"), "lint:\n  min_user_says: 1\n");

        Assert.Empty(Diagnose.Project(project.Root));
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["botforge.yaml"] = Bot + "  langauges: [en]\n" });

        var diagnostic = Assert.Single(Diagnose.Project(project.Root));

        Assert.Equal("did you mean 'languages'?", diagnostic.Hint);
    }

    [Fact]
    public void Crlf_and_bom_files_report_the_same_positions_as_lf()
    {
        using var project = new TempProject();
        File.WriteAllBytes(Path.Combine(project.Root, "botforge.yaml"), [0xEF, 0xBB, 0xBF, .. "bot:\r\n  id: test_bot\r\n  name: T\r\n  langauges: [en]\r\n"u8]);

        Assert.Equal([("BF0101", "./botforge.yaml", 4, 3)], Diagnose.Located(project.Root));
    }

    [Fact]
    public void A_mistake_inside_a_variant_is_reported_where_it_is_not_as_an_unknown_variants_key()
    {
        // The carousel's keys lost their indentation: they became keys of the variant, and the carousel is empty.
        const string Flow = """
            nodes:
              - id: A
                type: output
                bot_says:
                  variants:
                    - channels: [web]
                      messages:
                      - Hello
                      - carousel:
                      width: MEDIUM
                      items: [{ title: Motor }]
            """;
        using var project = TempProject.With(("stories/main/flow.yaml", Flow + "\n"));

        var found = Diagnose.Located(project.Root).Where(d => d.Code.StartsWith("BF01", StringComparison.Ordinal)).ToList();

        Assert.Equal([("BF0103", "./stories/main/flow.yaml", 9, 22), ("BF0101", "./stories/main/flow.yaml", 10, 11), ("BF0101", "./stories/main/flow.yaml", 11, 11)], found);
        var hints = Diagnose.Project(project.Root).Where(d => d.Code is "BF0101" or "BF0103").Select(d => d.Hint).ToList();
        Assert.Equal(
            [
                "'carousel:' has nothing after it; indent what belongs to it under it",
                "'width' is a key of 'carousel:', which is empty (line 9): indent it under 'carousel:'",
                "'items' is a key of 'carousel:', which is empty (line 9): indent it under 'carousel:'",
            ],
            hints);
    }

    [Fact]
    public void An_unknown_key_that_no_empty_key_before_it_takes_keeps_the_typo_hint()
    {
        // 'title' is a key of a form, but the empty key before it is a node's 'user_says'.
        const string Flow = "nodes:\n  - id: A\n    user_says:\n    title: Hello\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));

        var unknown = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("a typo is never ignored; remove the key or fix its spelling", unknown.Hint);
    }

    /// <summary>
    /// An unknown key in a mapping that misses one required key and has no other unknown key is most likely that key
    /// under another name (a test's `steps:` for `turns:`); in a mapping of few keys with no close one, the hint
    /// lists them (a turn's `bot:`).
    /// </summary>
    [Fact]
    public void An_unknown_key_names_the_required_key_it_stands_for_or_the_few_keys_there_are()
    {
        using var project = TempProject.With(
            ("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    bot_says: Hello.\n"),
            ("tests/t.yaml", "conversations:\n  - name: greets\n    steps:\n      - user: hi\n  - name: replies\n    turns:\n      - user: hi\n        bot: Hello.\n"));

        var unknown = Diagnose.Project(project.Root).Where(d => d.Code == "BF0101").Select(d => (d.Location!.Start.Line, d.Message, d.Hint)).ToList();

        Assert.Equal([
            (3, "unknown key 'steps' in item 1 of 'conversations'", "the required key 'turns' is missing here: write 'steps' as 'turns'?"),
            (8, "unknown key 'bot' in item 1 of 'turns'", "the keys here are user, attachment, expect; a typo is never ignored"),
        ], unknown);
    }

    [Fact]
    public void A_misspelt_key_of_a_message_still_gets_its_suggestion()
    {
        const string Flow = "nodes:\n  - id: A\n    type: output\n    bot_says:\n      variants:\n        - messages: [{ txt: Hello, quick_replies: [Menu] }]\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));

        var unknown = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("unknown key 'txt' in item 1 of 'messages'", unknown.Message);
        Assert.Equal("did you mean 'text'?", unknown.Hint);
    }

    [Theory]
    [InlineData("stories/main/flow.yaml", "nodes:\n  - id: A\n    end: true\n    bot_says: Bye\n    follow_up: { after: 1m, says: Still there? }\n", "follow_up", "bot_says")]
    [InlineData("tests/flow.yaml", "conversations:\n  - name: one\n    turns:\n      - user: hi\n        expect: { node: A }\n        says: Hello\n", "says", "expect")]
    [InlineData("tests/intents.yaml", "intents:\n  A: [hi there]\nnone: [what's the weather]\n", "none", "intents")]   // met porting a clinic bot
    public void A_key_written_beside_the_key_it_belongs_in_is_pointed_there(string file, string content, string key, string parent)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    end: true\n    bot_says: Bye\n"), (file, content));

        var unknown = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal($"'{key}' is a key of '{parent}:', written beside it: move it inside '{parent}:'", unknown.Hint);
    }
}

/// <summary>
/// A script's outputs written with types, as many tools have them (<c>outputs: { available: boolean }</c>): one error
/// that shows the list to write, not also an error on every rule and text that reads them ("does not return
/// 'available'; its outputs are " with nothing after it).
/// </summary>
public sealed class TypedOutputsTests
{
    [Fact]
    public void Outputs_written_as_a_mapping_get_one_error_with_the_list_to_write()
    {
        const string Flow = """
            nodes:
              - id: ASK
                start: true
                user_says: [book]
                bot_says: One moment.
                next:
                  - to: CHECK
              - id: CHECK
                type: code
                script: scripts/check.py
                outputs:
                  available: boolean
                  slot: string
                next:
                  - to: BOOKED
                    when: status == true and available == true
                  - to: FULL
                    when: status == false or available != true or available not exists
              - id: BOOKED
                type: output
                end: true
                bot_says: Booked for ${output.slot}.
              - id: FULL
                type: output
                end: true
                bot_says: Fully booked.
            """;
        const string Script = "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True, 'available': True, 'slot': '10:30'})}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/check.py", Script));

        var errors = Diagnose.Project(project.Root).Where(d => d.Level == BotForge.Diagnostics.DiagnosticLevel.Error).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(("BF0103", 12, 7), (error.Code, error.Location!.Start.Line, error.Location.Start.Column));
        Assert.Equal("list the names only: outputs: [available, slot] (a script's outputs have no declared type)", error.Hint);
    }
}

/// <summary>
/// An FAQ named where a node is expected, as a test's intents name it (<c>faq:PARKING</c>): the hint says how an FAQ
/// is reached or checked there, not only what a system name is made of.
/// </summary>
public sealed class FaqWhereANodeIsExpectedTests
{
    [Theory]
    [InlineData("tests/t.yaml", "conversations:\n  - name: parking\n    turns:\n      - user: is there parking\n        expect: { node: \"faq:PARKING\" }\n",
        "an FAQ answers without moving the conversation: check its answer with 'says:' (the node stays where it was)")]
    [InlineData("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    user_says: [hi]\n    bot_says: Hi.\n    next:\n      - to: faq:PARKING\n        user_says: [parking]\n",
        "an FAQ is no node a connection can lead to: it is answered from anywhere its questions are asked")]
    public void The_hint_says_how_an_faq_is_reached(string file, string content, string hint)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    bot_says: Hi.\n"), (file, content));

        var found = Diagnose.Project(project.Root).Single(d => d.Code == "BF0104");

        Assert.Equal("'faq:PARKING' is not a valid system name", found.Message);
        Assert.Equal(hint, found.Hint);
    }
}

/// <summary>
/// Shapes written as other formats (and the taskbox) take them, met porting a flight-booking bot: a node's entities as
/// a list of names, user says as one text, <c>next:</c> as one node. One error each, saying what to write, not also
/// errors on everything that reads them ("collects no entity", "is not collected on every path", "has 0 user says").
/// </summary>
public sealed class ShorthandShapeTests
{
    [Theory]
    [InlineData("    entities: [city, date]\n", new[] { "BF0103", "BF1020", "BF0103", "BF1020" },
        "write each as a mapping with what the bot asks: - { entity: city, prompt: … } (or mandatory: false)")]
    [InlineData("    user_says: book a flight\n", new[] { "BF0103" }, "write a list, even of one: user_says: [book a flight]")]
    [InlineData("    user_says: [book a flight]\n    next: DONE\n", new[] { "BF0103" },
        "write a list of connections, each with its condition: next: [{ to: DONE, user_says: [...] }]")]
    public void A_shorthand_gets_one_error_that_shows_the_shape_to_write(string written, string[] codes, string hint)
    {
        var flow = "nodes:\n  - id: BOOK\n    start: true\n" + (written.Contains("user_says", StringComparison.Ordinal) ? string.Empty : "    user_says: [book a flight]\n") + written
            + "    bot_says: One moment.\n  - id: DONE\n    end: true\n    bot_says: Done.\n";
        using var project = TempProject.With(("stories/main/flow.yaml", flow), ("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off, BF2002: off, BF2004: off } }\n"));

        var errors = Diagnose.Project(project.Root).Where(d => d.Level == BotForge.Diagnostics.DiagnosticLevel.Error).ToList();

        Assert.Equal(codes, errors.Select(e => e.Code));
        Assert.Equal(hint, errors[0].Hint);
    }

    /// <summary>
    /// A message mapping whose values are all texts passed as a text by language (the schema's validator does not
    /// check a map's key names), and the binder dropped what was not a list: the buttons, the quick replies, a whole
    /// carousel, with no error.
    /// </summary>
    [Theory]
    [InlineData("{ text: Read our policy, buttons: Open }", "write a list of buttons, each { text, url } or { text, send }: buttons: [{ text: Open, url: … }]")]
    [InlineData("{ text: Sure?, quick_replies: Yes }", "write a list, even of one: quick_replies: [Yes]")]
    [InlineData("{ carousel: our plans }", null)]
    [InlineData("{ image: https://cdn.example.com/a.png, text: { en: A map } }", null)]
    public void A_message_with_a_text_where_it_takes_a_list_or_a_mapping_is_an_error(string message, string? hint)
    {
        var flow = $"nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [policy]\n    bot_says:\n      - {message}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", flow), ("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off, BF2013: off } }\n"));

        var errors = Diagnose.Project(project.Root).Where(d => d.Level == BotForge.Diagnostics.DiagnosticLevel.Error).ToList();

        if (message.StartsWith("{ image", StringComparison.Ordinal))
        {
            Assert.Empty(errors);
            return;
        }

        // (A carousel that is no mapping leaves the node with nothing to send, BF1037, as the platform would too.)
        var error = message.StartsWith("{ carousel", StringComparison.Ordinal) ? errors.Single(e => e.Code == "BF0103") : Assert.Single(errors);
        Assert.Equal("BF0103", error.Code);
        Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void One_name_where_a_list_is_written_gets_the_list_to_write_and_is_read_as_that_one()
    {
        // Met breaking a banking bot on purpose: 'outputs: reference' had no hint, and then every text reading
        // ${output.reference} was an error too ("does not return 'reference'").
        var flow = """
            nodes:
              - id: SEND
                start: true
                user_says: [send money]
                bot_says: { text: Sure?, quick_replies: Yes }
                next:
                  - to: RUN
              - id: RUN
                type: code
                script: s.py
                outputs: reference
                next:
                  - { to: DONE, when: status == true }
                  - { to: FAILED, when: status == false }
              - id: DONE
                type: output
                end: true
                bot_says: Sent, ${output.reference}.
              - id: FAILED
                type: output
                end: true
                bot_says: Failed.
            """;
        using var project = TempProject.With(("stories/main/flow.yaml", flow), ("s.py", TempProject.Script),
            ("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off, BF2013: off } }\n"));

        var errors = Diagnose.Project(project.Root).Where(d => d.Level == BotForge.Diagnostics.DiagnosticLevel.Error).ToList();

        Assert.Equal(["BF0103", "BF0103"], errors.Select(e => e.Code));
        Assert.Equal(["write a list, even of one: quick_replies: [Yes]", "write a list, even of one: outputs: [reference]"], errors.Select(e => e.Hint));
    }

    [Fact]
    public void Texts_between_commas_where_a_list_is_written_get_that_list_and_names_are_read_as_those_names()
    {
        // Met breaking a car rental bot on purpose: 'quick_replies: Yes, No' got the hint quick_replies: ["Yes, No"],
        // one reply, where two were meant; 'outputs: total, reason' was one output of that name, and every rule and
        // text reading 'reason' an error too.
        var flow = """
            nodes:
              - id: RENT
                start: true
                user_says: [rent a car]
                bot_says:
                  - text: Sure?
                    quick_replies: Yes, No
                next:
                  - to: RUN
              - id: RUN
                type: code
                script: s.py
                outputs: total, reason
                next:
                  - { to: DONE, when: status == true and total > 0 }
                  - { to: FAILED, when: status == false or total <= 0 or total not exists }
              - id: DONE
                type: output
                end: true
                bot_says: That is ${output.total}.
              - id: FAILED
                type: output
                end: true
                bot_says: Failed (${output.reason}).
            """;
        using var project = TempProject.With(("stories/main/flow.yaml", flow), ("s.py", TempProject.Script),
            ("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off, BF2013: off } }\n"));

        var errors = Diagnose.Project(project.Root).Where(d => d.Level == BotForge.Diagnostics.DiagnosticLevel.Error).ToList();

        Assert.Equal(["BF0103", "BF0103"], errors.Select(e => e.Code));
        Assert.Equal(["write a list: quick_replies: [Yes, No], or [\"Yes, No\"] if it is one", "write a list: outputs: [total, reason]"], errors.Select(e => e.Hint));
    }

    [Theory]
    [InlineData("2", "digits take a range: digits: { min: 2, max: 2 } (exactly 2)")]
    [InlineData("4-6", "digits take a range: digits: { min: 4, max: 6 }")]
    [InlineData("4 to 6", "digits take a range: digits: { min: 4, max: 6 }")]
    [InlineData("many", null)]
    public void A_number_entitys_digits_written_as_a_count_get_the_range_to_write(string written, string? hint)
    {
        // Met breaking a port of Rasa's formbot on purpose: 'digits: 2' got "expected a mapping, found the number 2".
        using var project = TempProject.With(("entities.yaml", $"entities:\n  - name: num_people\n    type: number\n    digits: {written}\n"),
            ("botforge.yaml", "bot: { id: t, name: T }\n"));

        var error = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal(("BF0103", hint), (error.Code, error.Hint));
    }

    [Fact]
    public void Replies_cut_at_a_comma_inside_braces_are_one_error_with_the_list_to_write()
    {
        // The same written inside { }: the comma ends the value, 'No' is read as a key. Two errors said to quote
        // "Yes, No" (one reply) and that 'Yes' is no list.
        var flow = "nodes:\n  - id: ASK\n    start: true\n    end: true\n    user_says: [rent a car]\n    bot_says: { text: Sure?, quick_replies: Yes, No }\n";
        using var project = TempProject.With(("stories/main/flow.yaml", flow), ("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off, BF2013: off } }\n"));

        var error = Assert.Single(Diagnose.Project(project.Root), d => d.Level == BotForge.Diagnostics.DiagnosticLevel.Error);

        Assert.Equal("BF0101", error.Code);
        Assert.Equal("quick_replies takes a list: quick_replies: [Yes, No]", error.Hint);
    }
}
