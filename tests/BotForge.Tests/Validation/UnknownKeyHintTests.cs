using BotForge.Tests.Support;

namespace BotForge.Tests.Validation;

/// <summary>
/// BF0101's hints that name the mistake instead of "fix its spelling": a text cut at a comma inside { } (a YAML
/// quoting mistake), a key indented under the key it belongs beside.
/// </summary>
public sealed class UnknownKeyHintTests
{
    private const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n";

    /// <summary>
    /// Met breaking the example bot on purpose: 'question:' for 'questions:' was two errors (the key missing, the key
    /// unknown) for one mistake, and 'entity:' for 'entities:' (a plural, three edits away) got no suggestion.
    /// </summary>
    [Theory]
    [InlineData("faq.yaml", "faq:\n  - id: HOURS\n    question: [when are you open]\n    answer: Nine to five.\n", "unknown key 'question' in item 1 of 'faq'", "did you mean 'questions'?")]
    [InlineData("tests/t.yaml", "conversations:\n  - name: x\n    turns:\n      - user: hello\n        expect: { entity: { email: a@b.co } }\n", "unknown key 'entity' in 'expect'", "did you mean 'entities'?")]
    public void A_misspelt_key_is_one_error_that_names_the_key_meant(string file, string content, string message, string hint)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), (file, content));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", found.Code);
        Assert.Equal(message, found.Message);
        Assert.Equal(hint, found.Hint);
    }

    /// <summary>
    /// Met porting a hotel bot in Japanese and English: a response written once per language (`bot_says: { ja: {
    /// initial, final }, en: { … } }`) got "the keys here are initial, final, follow_up" at each language, where the
    /// mend is a map by language on each text.
    /// </summary>
    [Theory]
    [InlineData("    bot_says:\n      ja:\n        initial: ご用件をどうぞ。\n        final: 承りました。\n      en:\n        initial: How can I help?\n        final: Done.\n",
        "unknown key 'ja' in 'bot_says'", "initial: { ja: …, en: … }, final: { ja: …, en: … }")]
    [InlineData("    bot_says:\n      ja: { text: どうぞ, quick_replies: [はい, いいえ] }\n      en: { text: Go ahead, quick_replies: [Yes, No] }\n",
        "unknown key 'ja' in 'bot_says'", "text: { ja: …, en: … }, quick_replies: [{ ja: …, en: … }, …]")]
    public void A_map_by_language_around_a_response_is_hinted_onto_each_text(string botSays, string message, string instead)
    {
        var flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: { ja: [こんにちは], en: [hello] }\n" + botSays;
        using var project = TempProject.With(("botforge.yaml", "bot:\n  id: hotel\n  name: Hotel\n  languages: [ja, en]\n"), ("stories/main/flow.yaml", flow));

        var diagnostics = Diagnose.Project(project.Root);

        // One error: not also BF1028's "has no ja, en translation" for the response read as a text without languages.
        var one = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("BF0101", one.Code);
        Assert.Equal(message, one.Message);
        Assert.Equal($"'ja' is a language: a map by language goes on each text, not around the response; write {instead}", one.Hint);
    }

    /// <summary>A key that is also a language's code ('or', Odia's) alone is no response written once per language.</summary>
    [Fact]
    public void One_key_that_is_also_a_languages_code_gets_the_usual_hint()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says:\n      initial: Hi.\n      or: [Hello.]\n"));

        var one = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("unknown key 'or' in 'bot_says'", one.Message);
        Assert.DoesNotContain("language", one.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_faq_answer_written_once_per_language_is_hinted_into_messages_each_by_language()
    {
        using var project = TempProject.With(("botforge.yaml", "bot:\n  id: hotel\n  name: Hotel\n  languages: [ja, en]\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: { ja: [こんにちは], en: [hello] }\n    bot_says: { ja: どうぞ, en: Hi }\n"),
            ("faq.yaml", "faq:\n  - id: CHECKIN\n    questions: { ja: [チェックインは何時], en: [check in time] }\n    answer:\n      ja: [15時からです。, お待ちしています。]\n      en: [From 3 pm., See you soon.]\n"));

        var one = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", one.Code);
        Assert.Equal("'ja' is a language: a map by language goes on each text, not around the response; write a list of messages, each { ja: …, en: … }", one.Hint);
    }

    /// <summary>
    /// Met porting an insurance bot's FAQ written as other tools keep one (a question, then its variations): the
    /// variations' key got "the keys here are …", where the mend is to write them in the one list of questions.
    /// </summary>
    [Theory]
    [InlineData("variations")]
    [InlineData("alternatives")]
    [InlineData("paraphrases")]
    public void An_faqs_variations_are_hinted_into_its_questions(string key)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("faq.yaml", $"faq:\n  - id: COVER\n    questions: [What does my policy cover?]\n    {key}: [what am I covered for, is theft covered]\n    answer: Collision and theft.\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", found.Code);
        Assert.Equal($"unknown key '{key}' in item 1 of 'faq'", found.Message);
        Assert.Equal("an FAQ's question and the other ways to ask it are one list: write them all under 'questions:' (questions: [What does my policy cover?, what am I covered for, …])", found.Hint);
    }

    /// <summary>
    /// Met porting an insurance bot's tests: an HTTP answer written as mock servers write one, a request and a response,
    /// got "the keys here are …" twice and the url and status reported missing: one mistake, four errors, no mend.
    /// </summary>
    [Fact]
    public void An_http_answer_written_as_a_request_and_a_response_is_hinted_into_one_mapping()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    http:\n      - request: GET https://claims.example.com/v1/claims/CLM-000123\n        response: { status: 200, body: { state: approved } }\n    turns:\n      - user: hello\n"));

        var found = Diagnose.Project(project.Root).Where(d => d.IsError).ToList();

        Assert.All(found, d => Assert.Equal("BF0101", d.Code));
        Assert.Equal(["unknown key 'request' in item 1 of 'http'", "unknown key 'response' in item 1 of 'http'"], found.Select(d => d.Message));
        Assert.All(found, d => Assert.Equal("an answer is one mapping: the request it answers as method: and url:, its response as status: and body: beside them (method: GET, url: https://claims.example.com/v1/claims/CLM-000123, status: 200, body: …)", d.Hint));
    }

    /// <summary>Met breaking a utility bot's port: a structured rule's '=&lt;' got "did you mean '&lt;'?", the closest spelling, not the one meant.</summary>
    [Theory]
    [InlineData("=<", "did you mean '<='?")]
    [InlineData("<>", "did you mean '!='?")]
    [InlineData("contain", "did you mean 'contains'?")]
    public void A_structured_rules_operator_is_hinted_with_the_one_meant(string op, string hint)
    {
        var flow = "nodes:\n  - id: A\n    start: true\n    user_says: [check]\n    next:\n      - to: B\n  - id: B\n    type: code\n    script: s.py\n    outputs: [n]\n    next:\n"
            + $"      - to: C\n        when: {{ all: [{{ var: n, op: \"{op}\", value: 1 }}] }}\n  - id: C\n    type: output\n    end: true\n    bot_says: Done.\n";
        using var project = TempProject.With(("stories/main/flow.yaml", flow), ("s.py", TempProject.Script));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0105");

        Assert.Equal(hint, found.Hint);
    }

    /// <summary>
    /// Met porting a telecom bot's tests: 'node: none' (as intents: names the bot break) got "did you mean 'NONE'?",
    /// and 'NONE' no hint: the bot break is expected by its message.
    /// </summary>
    [Theory]
    [InlineData("none", "BF0104")]
    [InlineData("NONE", "BF0301")]
    [InlineData("bot_break", "BF0104")]
    public void A_bot_break_expected_as_a_node_is_hinted_to_its_message(string written, string code)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", $"conversations:\n  - name: x\n    turns:\n      - user: what is the weather\n        expect: {{ node: {written} }}\n"));

        var run = CliRun.Of(project.Root, "test", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"tests/t.yaml:5:25: error {code}: ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains("    hint: a message the bot does not understand leaves the conversation where it was: expect what the bot then says, says: with words of business.bot_break_message\n", run.Out + run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met porting a telecom bot in Portuguese: an action's '{ Description: Novo plano por R$ 99,90 }' was BF0209 ("no
    /// input '90'") and BF0103 on its empty value; it is one error that says the text was cut, and how to quote it.
    /// </summary>
    [Fact]
    public void A_text_cut_at_a_comma_in_an_actions_inputs_is_one_error_that_quotes_it()
    {
        const string flow = "nodes:\n  - id: A\n    start: true\n    user_says: [change my plan]\n    next:\n      - to: CASE\n"
            + "  - id: CASE\n    type: code\n    action:\n      salesforce.create_case: { subject: Plan change, Description: Novo plano por R$ 99,90 }\n"
            + "    next:\n      - to: DONE\n        when: status == true\n      - to: DONE\n        when: status == false\n"
            + "  - id: DONE\n    type: output\n    end: true\n    bot_says: Done.\n";
        using var project = TempProject.With(("stories/main/flow.yaml", flow),
            ("botforge.yaml", "bot:\n  id: x\n  name: X\nenv:\n  SF_USERNAME: { secret: true }\nintegrations:\n  salesforce:\n    base_url: https://sf.example.com\n    username: ${env.SF_USERNAME}\n    client_id: ${env.SF_USERNAME}\n    private_key: ${env.SF_USERNAME}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", found.Code);
        Assert.Equal("unknown key '90' in the inputs of salesforce.create_case: inside { } a comma ends a value, so the text of 'Description' was cut in two", found.Message);
        Assert.Equal("put the value in quotes: Description: \"Novo plano por R$ 99,90\"", found.Hint);
    }

    /// <summary>
    /// Found extending the stubs' check to the other values the format leaves free: a raw HSL message's '{ text: Hi,
    /// how are you }' was built, silently, with a key "how are you": null sent to the platform.
    /// </summary>
    [Fact]
    public void A_text_cut_at_a_comma_in_a_raw_hsl_message_is_an_error()
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says:\n      - hsl: { type: TEXT, data: { text: Hi, how are you } }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", found.Code);
        Assert.Equal("unknown key 'how are you' in a raw HSL message: inside { } a comma ends a value, so the text of 'text' was cut in two", found.Message);
        Assert.Equal("put the value in quotes: text: \"Hi, how are you\"", found.Hint);
        Assert.Equal((7, 46), found.Location!.Start);
    }

    /// <summary>A backslash in the text cut is written twice in the quotes the hint gives: in double quotes it starts an escape.</summary>
    [Fact]
    public void The_quoted_text_a_comma_cut_keeps_its_backslashes()
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says:\n      - hsl: { type: TEXT, data: { text: Save it in C:\\new, then retry } }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("put the value in quotes: text: \"Save it in C:\\\\new, then retry\"", found.Hint);
    }

    /// <summary>
    /// Met porting a hotel bot: a numbered menu's quick replies (quick_replies: [1, 2, 2.50]) are numbers to YAML, and a
    /// carousel's aspect ratio was written as Messenger names it or as width:height. The error said what it found
    /// without the way out: the hint quotes the value as written, or gives the number.
    /// </summary>
    [Theory]
    [InlineData("- text: Pick one\n        quick_replies: [Menu, 1]", "expected a quick reply: a text or { text, send }, found the number 1", "put the value in quotes to make it text: \"1\"")]
    [InlineData("- text: Pick one\n        quick_replies: [Menu, 2.50]", "expected a quick reply: a text or { text, send }, found the number 2.5", "put the value in quotes to make it text: \"2.50\"")]
    [InlineData("- text: Pick one\n        quick_replies: [Menu, true]", "expected a quick reply: a text or { text, send }, found the boolean true", "put the value in quotes to make it text: \"true\"")]
    [InlineData("- text: Pick one\n        quick_replies: [Menu, ~]", "expected a quick reply: a text or { text, send }, found nothing (null)", null)]
    [InlineData(Carousel + "HORIZONTAL", "expected a number, found the text 'HORIZONTAL'", "aspect_ratio is the images' width divided by their height: aspect_ratio: 1.91")]
    [InlineData(Carousel + "square", "expected a number, found the text 'square'", "aspect_ratio is the images' width divided by their height: aspect_ratio: 1")]
    [InlineData(Carousel + "\"16:9\"", "expected a number, found the text '16:9'", "aspect_ratio is the images' width divided by their height: aspect_ratio: 1.78")]
    [InlineData(Carousel + "tall", "expected a number, found the text 'tall'", "aspect_ratio is the images' width divided by their height, a number: 1.91 for wide images, 1 for square ones")]
    public void A_value_written_as_other_tools_write_it_gets_the_way_to_write_it(string message, string expected, string? hint)
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            $"nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says:\n      {message}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0103", found.Code);
        Assert.Equal(expected, found.Message);
        Assert.Equal(hint, found.Hint);
    }

    /// <summary>A carousel message up to its aspect ratio, which each case ends.</summary>
    private const string Carousel = "- carousel:\n          items:\n            - { title: Room, subtitle: Sea view }\n          aspect_ratio: ";

    /// <summary>Met breaking a recharge bot's tests on purpose: a language by its name, a stub by its status alone.</summary>
    [Theory]
    [InlineData("    language: Hindi\n", "BF0104", "'Hindi' is not a valid language code", "write the language's code: did you mean 'hi'?")]
    [InlineData("    language: Русский\n", "BF0104", "'Русский' is not a valid language code", "write the language's code: did you mean 'ru'?")]   // its own name (met breaking a Russian car-service bot)
    [InlineData("    today: 01/06/2026\n", "BF0104", "'01/06/2026' is not a valid date (YYYY-MM-DD)", "write it as year-month-day, e.g. 2026-04-01")]
    [InlineData("    salesforce: { create_case: 503 }\n", "BF0103", "expected a mapping, found the number 503",
        "write the answer as a mapping: create_case: { status: 503 } (and body: … where the test needs one)")]
    public void A_test_setting_written_another_way_gets_the_way_to_write_it(string setting, string code, string message, string hint)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", $"conversations:\n  - name: x\n{setting}    turns:\n      - user: hello\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal(code, found.Code);
        Assert.Equal(message, found.Message);
        Assert.Equal(hint, found.Hint);
    }

    [Fact]
    public void A_value_cut_at_a_comma_in_a_flow_mapping_asks_for_quotes()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    turns:\n      - user: hello\n        expect: { says: Sorry, that is not a valid priority. }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal((5, 32), found.Location!.Start);
        Assert.Equal("unknown key 'that is not a valid priority.' in 'expect': inside { } a comma ends a value, so the text of 'says' was cut in two", found.Message);
        Assert.Equal("put the value in quotes: says: \"Sorry, that is not a valid priority.\"", found.Hint);
    }

    /// <summary>
    /// The text to quote is the text as written, whatever follows each comma (`$2,314` has no space), and a text cut
    /// at several commas is one mistake: one diagnostic, at its first cut, quoting every part.
    /// </summary>
    [Theory]
    [InlineData("{ says: Your balance is $2,314. }", "says: \"Your balance is $2,314.\"")]
    [InlineData("{ says: Sorry, we are closed,try later. }", "says: \"Sorry, we are closed,try later.\"")]
    [InlineData("{ node: A, says: Sorry,  we are closed, try later., not_says: x }", "says: \"Sorry,  we are closed, try later.\"")]
    public void A_value_cut_at_commas_is_quoted_as_written_once(string expect, string hint)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", $"conversations:\n  - name: x\n    turns:\n      - user: hello\n        expect: {expect}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("put the value in quotes: " + hint, found.Hint);
    }

    [Fact]
    public void A_text_by_language_cut_at_commas_is_one_diagnostic_quoting_every_part()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: { en: Sorry, we are closed, try later. }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", found.Code);
        Assert.Equal((6, 28), found.Location!.Start);
        Assert.Equal("put the value in quotes: en: \"Sorry, we are closed, try later.\"", found.Hint);
    }

    /// <summary>
    /// Met porting a bilingual reservations bot: a text by language cut at a comma where a response goes was up to
    /// five errors, most blaming keys written right ("unknown key 'initial' in 'bot_says'", "'bot_says' is not
    /// valid here (ExcludedSchemaValidates)", "unknown key 'en' … the keys here are initial, final, follow_up"), and
    /// a second language's cut doubled them. Each cut is one error, wherever the response is.
    /// </summary>
    [Theory]
    [InlineData("    bot_says: { en: Sorry, bye., hi: अलविदा }\n", 3, "'bot_says'", "en: \"Sorry, bye.\"")]
    [InlineData("    bot_says:\n      initial: { en: Lovely, let's go., hi: ठीक }\n      follow_up: { after: 2m, says: { en: Still there?, hi: हैलो? } }\n", 4, "'initial'", "en: \"Lovely, let's go.\"")]
    [InlineData("    bot_says:\n      - text: { en: Hi, how can I help?, hi: नमस्ते }\n        quick_replies: [{ en: Yes, hi: हाँ }]\n", 4, "'text'", "en: \"Hi, how can I help?\"")]
    [InlineData("    bot_says: [{ text: { en: Hi!, hi: नमस्ते! }, quick_replies: [{ en: Yes, please, hi: हाँ }] }]\n", 3, "item 1 of 'quick_replies'", "en: \"Yes, please\"")]
    public void A_text_by_language_cut_at_a_comma_in_a_bilingual_bot_is_one_error_per_cut(string botSays, int line, string where, string quoted)
    {
        using var project = TempProject.With(
            ("botforge.yaml", "bot:\n  id: b\n  name: B\n  partner: p\n  languages: [en, hi]\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: { en: [hello], hi: [नमस्ते] }\n" + botSays));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal("BF0101", found.Code);
        Assert.Equal(line + 3, found.Location!.Start.Line);
        Assert.Contains($"in {where}: inside {{ }} a comma ends a value", found.Message, StringComparison.Ordinal);
        Assert.Equal("put the value in quotes: " + quoted, found.Hint);
    }

    /// <summary>Both languages' texts cut: one error each, and nothing else.</summary>
    [Fact]
    public void Each_language_cut_at_a_comma_is_its_own_error()
    {
        using var project = TempProject.With(
            ("botforge.yaml", "bot:\n  id: b\n  name: B\n  partner: p\n  languages: [en, hi]\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: { en: [hello], hi: [नमस्ते] }\n    bot_says: { en: Sorry, bye., hi: माफ़ कीजिए, अलविदा }\n"));

        var found = Diagnose.Project(project.Root).Where(d => d.IsError).ToList();

        Assert.Equal(["BF0101", "BF0101"], found.Select(d => d.Code));
        Assert.Equal(["put the value in quotes: en: \"Sorry, bye.\"", "put the value in quotes: hi: \"माफ़ कीजिए, अलविदा\""], found.Select(d => d.Hint));
    }

    [Fact]
    public void A_misspelt_key_in_a_flow_mapping_still_gets_the_spelling_hint()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    turns:\n      - user: hello\n        expect: { node: A, sayz: Hi }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("did you mean 'says'?", found.Hint);
    }

    [Fact]
    public void A_key_indented_under_the_key_it_belongs_beside_is_moved_out()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    user:\n      full_name: Ann Lee\n      user_details: { contact_id: '003' }\n    turns: [{ user: hello }]\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal((5, 7), found.Location!.Start);
        Assert.Equal("unknown key 'user_details' in 'user'", found.Message);
        Assert.Equal("'user_details' is a key beside 'user:', not inside it: move it out, level with 'user:'", found.Hint);
    }

    [Fact]
    public void A_nodes_next_indented_under_its_bot_says_is_moved_out()
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            "nodes:\n  - id: A\n    start: true\n    user_says: [hello]\n    bot_says:\n      initial: Hi.\n      next:\n        - to: B\n  - id: B\n    type: output\n    end: true\n    bot_says: Bye.\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("'next' is a key beside 'bot_says:', not inside it: move it out, level with 'bot_says:'", found.Hint);
    }

    [Fact]
    public void A_misspelt_field_of_a_tests_user_is_an_error_with_the_spelling_hint()
    {
        // The event's user has seven fields; any other key was dropped without a word, and the test ran with the
        // default (full_name: Test User).
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    user: { ful_name: Ann Lee, user_id: 42 }\n    turns: [{ user: hello }]\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("unknown key 'ful_name' in 'user'", found.Message);
        Assert.Equal("did you mean 'full_name'?", found.Hint);
    }

    /// <summary>
    /// Met porting a Portuguese telecom bot: 'entity: confirma_troca' with 'value: sim' beside it got the list of a
    /// connection's keys, and 'values: [sim]' "move it inside 'entity:'" (a name, which takes nothing inside).
    /// </summary>
    [Theory]
    [InlineData("value: sim", "value", "sim")]
    [InlineData("values: [sim, pode]", "values", "sim, pode")]
    public void An_entity_value_written_beside_the_entity_shows_the_condition_to_write(string written, string key, string values)
    {
        var flow = "entities:\n  - name: confirm\n    type: dictionary\n    values: { sim: [sim], pode: [pode] }\n";
        var nodes = "nodes:\n  - id: A\n    start: true\n    user_says: [trocar]\n    entities:\n      - entity: confirm\n        prompt: Confirma?\n    next:\n"
            + $"      - to: B\n        entity: confirm\n        {written}\n  - id: B\n    end: true\n    bot_says: Feito.\n";
        using var project = TempProject.With(("entities.yaml", flow), ("stories/main/flow.yaml", nodes));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal($"unknown key '{key}' in item 1 of 'next'", found.Message);
        Assert.Equal($"an entity-value condition is one mapping under 'entity:': write entity: {{ name: confirm, values: [{values}] }}", found.Hint);
    }
}
