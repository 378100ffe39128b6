using System.Text.Json.Nodes;
using BotForge.Diagnostics;
using BotForge.Text;
using BotForge.Tests.Support;
using BotForge.Tests.Validation.Rules;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Validation;

/// <summary>
/// One mistake, one error: what the binder cannot read as written it reads as the error's hint says the author
/// meant, so the checks after it do not report what follows from the mistake. Met breaking a bilingual recharge bot
/// on purpose: four mistakes gave eleven findings.
/// </summary>
public sealed class CascadeTests
{
    private const string Project = "bot: { id: t, name: T, languages: [en, hi] }\nbusiness: { channels: [web, whatsapp] }\n"
        + "lint: { rules: { BF2007: off } }\n";

    private const string Entities = "entities:\n  - name: plan\n    type: dictionary\n    values: { \"199\": [\"199\"], \"299\": [\"299\"] }\n";

    private const string Flow = """
        nodes:
          - id: HELLO
            start: true
            end: true
            user_says: { en: [hello], hi: [नमस्ते] }
            bot_says:
              - text: { en: Hi!, hi: नमस्ते! }
                quick_replies: [{ en: Balance, hi: बैलेंस }]
          - id: BALANCE
            start: true
            end: true
            user_says: { en: [balance], hi: [बैलेंस] }
            bot_says: { en: Your balance is fine., hi: आपका बैलेंस ठीक है। }
          - id: RECHARGE
            start: true
            end: true
            user_says: { en: [recharge], hi: [रिचार्ज] }
            entities:
              - entity: plan
                prompt:
                  variants:
                    - channels: [web]
                      messages: [{ text: { en: Which plan?, hi: कौन सा प्लान? }, quick_replies: ["199", "299"] }]
                    - channels: [whatsapp]
                      messages: [{ en: "Which plan: 199 or 299?", hi: "कौन सा प्लान: 199 या 299?" }]
            bot_says:
              final: { en: "Recharging with ${entity.plan}.", hi: "${entity.plan} से रिचार्ज।" }
        """;

    [Theory]
    [InlineData("start: true\n    end: true\n    user_says: { en: [balance]", "start: yes\n    end: true\n    user_says: { en: [balance]", "BF0103")]
    [InlineData("channels: [whatsapp]", "channels: [whatsap]", "BF0105")]
    [InlineData("hi: \"${entity.plan} से रिचार्ज।\"", "hindi: \"${entity.plan} से रिचार्ज।\"", "BF0216")]
    [InlineData("hi: \"${entity.plan} से रिचार्ज।\"", "hi-IN: \"${entity.plan} से रिचार्ज।\"", "BF0216")]
    [InlineData("      - entity: plan\n", "      - entity: plans\n", "BF0204")]
    public void One_mistake_is_one_error(string written, string mistake, string code)
    {
        Assert.Empty(Errors(Flow));
        Assert.Contains(written, Flow, StringComparison.Ordinal);

        var found = Errors(Flow.Replace(written, mistake, StringComparison.Ordinal));

        Assert.Equal(code, Assert.Single(found).Code);
    }

    /// <summary>
    /// Met breaking a Portuguese telecom port: bot.languages changed to [pt-BR, en] with every text still keyed pt
    /// was 88 errors, two per text (the key is no bot language; the text lacks pt-BR) for one mistake per text. A key
    /// written so here and there is one error per key; every key written so, the language declared written in no
    /// text, is one mistake, in bot.languages: one error there (met breaking a Korean courier's port: 93 errors).
    /// </summary>
    [Theory]
    [InlineData("hi-IN", "hi", "bot.languages writes it 'hi': write the key so (or the language so in bot.languages)")]
    [InlineData("en-GB", "en", "bot.languages writes it 'en': write the key so (or the language so in bot.languages)")]
    public void A_language_written_with_another_region_is_one_error_naming_the_bots_spelling(string key, string declared, string hint)
    {
        var at = Flow.IndexOf($"{declared}: ", StringComparison.Ordinal);
        var some = Flow[..at] + key + Flow[(at + declared.Length)..];

        // A key written so: one error, and no text said to lack the language as well.
        var found = Errors(some);

        Assert.Single(found);
        Assert.All(found, d => Assert.Equal(("BF0216", $"language '{key}' is not one of the bot's languages (en, hi)", hint), (d.Code, d.Message, d.Hint)));

        // Every key written so: one error, where bot.languages declares the language.
        var all = Flow.Replace($"{declared}: ", $"{key}: ", StringComparison.Ordinal);
        var one = Assert.Single(Errors(all));

        Assert.Equal("BF0216", one.Code);
        Assert.Equal(1, one.Location!.Start.Line);
        Assert.StartsWith($"no text is written in '{declared}', one of the bot's languages, and {(all.Length - Flow.Length) / (key.Length - declared.Length)} are written in '{key}' ", one.Message, StringComparison.Ordinal);
        Assert.Equal($"write '{key}' in bot.languages in place of '{declared}' (or write the texts' keys '{declared}')", one.Hint);
    }

    /// <summary>
    /// Met breaking a Korean courier's port: bot.languages [kr, en] (Korea's country code; Korean is ko) with every
    /// text keyed ko was 93 errors, two per text. A language declared and written in no text, and one key written in
    /// its place, are one mistake: one error, at the language declared, naming the key; the texts read in it.
    /// </summary>
    [Fact]
    public void A_language_declared_by_another_code_than_the_texts_write_is_one_error()
    {
        using var project = TempProject.With(("botforge.yaml", Project.Replace("languages: [en, hi]", "languages: [en, hn]", StringComparison.Ordinal)),
            ("entities.yaml", Entities), ("stories/main/flow.yaml", Flow));

        var one = Assert.Single(Diagnose.Project(project.Root), d => d.Level != DiagnosticLevel.Info);

        Assert.Equal("BF0216", one.Code);
        Assert.Equal((1, 40), one.Location!.Start);
        Assert.Matches(@"^no text is written in 'hn', one of the bot's languages, and \d+ are written in 'hi' \(Hindi\), which is not one \(the first at .*flow\.yaml:5:31\)$", one.Message);
        Assert.Equal("write 'hi' in bot.languages in place of 'hn' (or write the texts' keys 'hn')", one.Hint);
    }

    [Fact]
    public void A_country_code_declared_for_the_texts_language_is_named_so()
    {
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T, languages: [kr, en] }\nlint: { rules: { BF2007: off } }\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: HELLO\n    start: true\n    end: true\n    user_says: { ko: [안녕하세요], en: [hello] }\n    bot_says: { ko: 안녕하세요!, en: Hello! }\n"));

        var one = Assert.Single(Diagnose.Project(project.Root), d => d.Level != DiagnosticLevel.Info);

        Assert.Equal("'kr' is Korea's country code: write 'ko' in bot.languages in place of 'kr' (or write the texts' keys 'kr')", one.Hint);
    }

    [Fact]
    public void A_stray_key_in_a_bot_whose_second_language_is_yet_to_be_written_is_its_own_error()
    {
        // Hindi not yet written, and one English text keyed 'eb' by a slip: the slip is not Hindi written otherwise.
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T, languages: [en, hi] }\nlint: { rules: { BF2007: off } }\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: HELLO\n    start: true\n    end: true\n    user_says: { en: [hello] }\n    bot_says:\n      initial: { en: Hi! }\n      final: { eb: Bye! }\n"));

        var found = Diagnose.Project(project.Root).Where(d => d.Code == "BF0216").ToList();

        Assert.Equal("language 'eb' is not one of the bot's languages (en, hi)", Assert.Single(found).Message);
    }

    [Fact]
    public void A_stray_key_in_a_bot_whose_texts_are_written_without_keys_is_its_own_error()
    {
        // Plain texts are the default language's: a bot in English alone with one text keyed 'hi' has that key wrong,
        // not English written as 'hi'.
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off } }\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: HELLO\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: { hi: नमस्ते! }\n"));

        var found = Diagnose.Project(project.Root).Where(d => d.Code == "BF0216").ToList();

        Assert.Equal("language 'hi' is not one of the bot's languages (en)", Assert.Single(found).Message);
    }

    [Fact]
    public void A_language_written_by_its_name_is_told_its_code()
    {
        var found = Assert.Single(Errors(Flow.Replace("hi: \"${entity.plan} से रिचार्ज।\"", "Hindi: \"${entity.plan} से रिचार्ज।\"", StringComparison.Ordinal)));

        Assert.Equal("language 'Hindi' is not one of the bot's languages (en, hi)", found.Message);
        Assert.Equal("write the language's code: did you mean 'hi'?", found.Hint);
    }

    [Fact]
    public void The_channels_the_binder_knows_are_the_schemas()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repo.Path_("schemas", "botforge.schema.json")))!;
        var listed = schema["definitions"]!["channel"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>());

        Assert.Equal(listed, Channels.All);
    }

    [Fact]
    public void A_code_node_without_its_type_is_one_error_and_read_as_a_code_node()
    {
        // Met breaking a hotel bot on purpose: a script node whose 'type: code' was left out gave eight errors (the
        // connection into it without a condition, its rules on a static node, its connections to output nodes, its
        // script and outputs each on a static node, nothing to send).
        var flow = BotForge.Validation.Rules.ExampleBots.CheckOrder.Replace("  - id: CHECK\n    type: code\n", "  - id: CHECK\n", StringComparison.Ordinal);
        Assert.NotEqual(BotForge.Validation.Rules.ExampleBots.CheckOrder, flow);
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off } }\n"), ("stories/main/flow.yaml", flow),
            ("scripts/check.py", "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Level != DiagnosticLevel.Info);

        Assert.Equal(("BF0213", "'script' belongs on a code node, but this node has no 'type:', so it is static", "add 'type: code'"), (found.Code, found.Message, found.Hint));
    }

    [Fact]
    public void An_output_node_without_its_type_is_one_error_and_read_as_an_output_node()
    {
        // Met breaking the same bot: a confirmation a code node leads to, 'type: output' left out, gave BF1001 (code
        // → static) and BF1016 (${output.total} on a static node), and a second such node would give two more.
        var flow = BotForge.Validation.Rules.ExampleBots.CheckOrder
            .Replace("  - id: OK\n    type: output\n", "  - id: OK\n", StringComparison.Ordinal)
            .Replace("bot_says: All good.", "bot_says: All good (${output.status}).", StringComparison.Ordinal);
        Assert.DoesNotContain("id: OK\n    type: output", flow, StringComparison.Ordinal);
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off } }\n"), ("stories/main/flow.yaml", flow),
            ("scripts/check.py", "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Level != DiagnosticLevel.Info);

        Assert.Equal(("BF0232", "code node CHECK leads to OK, which has no 'type:', so it is static; a code node leads only to output nodes", "add 'type: output'"),
            (found.Code, found.Message, found.Hint));

        // A node with a static node's settings is not read so: what was meant is unclear, and BF1001 says what is wrong.
        using var detected = TempProject.With(("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off } }\n"),
            ("stories/main/flow.yaml", flow.Replace("  - id: OK\n", "  - id: OK\n    user_says: [ok]\n", StringComparison.Ordinal)),
            ("scripts/check.py", "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n"));
        var codes = Diagnose.Project(detected.Root).Where(d => d.IsError).Select(d => d.Code).ToList();
        Assert.Contains("BF1001", codes);
        Assert.DoesNotContain("BF0232", codes);
    }

    [Fact]
    public void A_misspelt_prompt_is_one_error_and_read_as_the_prompt()
    {
        // Met breaking a port of Rasa's formbot on purpose: 'promt:' gave BF0101 (did you mean 'prompt'?) and BF1020
        // (a mandatory entity without a prompt, never asked for).
        var flow = Flow.Replace("      - entity: plan\n        prompt:", "      - entity: plan\n        promt:", StringComparison.Ordinal);
        Assert.NotEqual(Flow, flow);

        var found = Assert.Single(Errors(flow));

        Assert.Equal(("BF0101", "did you mean 'prompt'?"), (found.Code, found.Hint));
    }

    [Theory]
    [InlineData("      - to: DONE\n        user_says: [search again]\n", "      - too: DONE\n        user_says: [search again]\n", "did you mean 'to'?")]
    [InlineData("      - to: DONE\n        user_says: [search again]\n", "      - to: DONE\n        user_say: [search again]\n", "did you mean 'user_says'?")]
    public void A_misspelt_key_of_a_connection_is_one_error_and_read_as_the_key_meant(string written, string mistake, string hint)
    {
        // Met breaking the formbot port on purpose: 'too: SEARCH_AGAIN' also gave an unreached SEARCH_AGAIN and a
        // SEARCH with no connection; 'user_say:' a connection without a condition.
        const string Connected = "nodes:\n  - id: SEARCH\n    start: true\n    user_says: [find a restaurant]\n    bot_says: Found three.\n    next:\n"
            + "      - to: DONE\n        user_says: [search again]\n  - id: DONE\n    end: true\n    bot_says: Done.\n";
        Assert.Empty(Plain(Connected));

        var found = Assert.Single(Plain(Connected.Replace(written, mistake, StringComparison.Ordinal)));

        Assert.Equal(("BF0101", hint), (found.Code, found.Hint));
    }

    [Fact]
    public void A_node_id_in_lower_case_is_one_error_not_also_an_unknown_target()
    {
        // Met breaking the formbot port on purpose: 'id: search_again' gave BF0104 (with the pattern as its hint) and,
        // at the connection to SEARCH_AGAIN, "no node has the system name 'SEARCH_AGAIN'; did you mean 'search_again'?",
        // the invalid id.
        const string Connected = "nodes:\n  - id: SEARCH\n    start: true\n    user_says: [find a restaurant]\n    bot_says: Found three.\n    next:\n"
            + "      - to: SEARCH_AGAIN\n        user_says: [search again]\n  - id: search_again\n    end: true\n    bot_says: Done.\n";

        var found = Assert.Single(Plain(Connected));

        Assert.Equal(("BF0104", 9, "a system name is written in capitals, digits and underscores: did you mean 'SEARCH_AGAIN'?"), (found.Code, found.Location!.Start.Line, found.Hint));
    }

    [Fact]
    public void A_node_id_with_letters_outside_ascii_is_one_error_not_also_an_unknown_target()
    {
        // Met porting a courier's bot in Turkish: 'id: İADE' gave BF0104 with the pattern as its hint and, at the
        // connection to IADE, "no node has the system name 'IADE'; did you mean 'İADE'?", the invalid id.
        const string Connected = "nodes:\n  - id: MENU\n    start: true\n    user_says: [menü]\n    bot_says: Seçin.\n    next:\n"
            + "      - to: IADE\n        user_says: [iade]\n  - id: İADE\n    end: true\n    bot_says: Tamam.\n";

        var found = Assert.Single(Plain(Connected));

        Assert.Equal(("BF0104", 9, "a system name is written in capitals, digits and underscores: did you mean 'IADE'?"), (found.Code, found.Location!.Start.Line, found.Hint));
    }

    [Theory]
    [InlineData("SТАТUS", "STATUS", "a system name is written in capitals, digits and underscores: did you mean 'STATUS'? 'SТАТUS' has Cyrillic letters that look like Latin ones (Т, А), typed in a Cyrillic layout or copied from Cyrillic text")]
    [InlineData("ЗАПИСЬ", "ZAPIS", "a system name is written in capitals, digits and underscores: did you mean 'ZAPIS'?")]
    public void A_node_id_with_cyrillic_letters_is_one_error_not_also_an_unknown_target(string id, string meant, string hint)
    {
        // Met breaking a Russian car-service bot: 'id: SТАТUS' typed with a Cyrillic Т and А gave BF0104 with the
        // pattern as its hint and, at the connection to STATUS, "no node has the system name 'STATUS'", which is
        // written the same; 'id: ЗАПИСЬ' got the pattern alone.
        var connected = "nodes:\n  - id: MENU\n    start: true\n    user_says: [меню]\n    bot_says: Выберите.\n    next:\n"
            + $"      - to: {meant}\n        user_says: [статус]\n  - id: {id}\n    end: true\n    bot_says: Готово.\n";

        var found = Assert.Single(Plain(connected));

        Assert.Equal(("BF0104", 9, hint), (found.Code, found.Location!.Start.Line, found.Hint));
    }

    [Fact]
    public void An_entity_defined_with_cyrillic_letters_that_look_latin_is_one_error_and_the_entity_its_uses_mean()
    {
        // Met breaking a Russian car-service bot: 'name: gоrod' with a Cyrillic о gave BF0104 and, at each use of gorod,
        // BF0204 "did you mean 'gоrod'?", which reads the same as what is written.
        const string Asked = "nodes:\n  - id: ROOM\n    start: true\n    end: true\n    user_says: [записаться]\n    entities:\n      - entity: gorod\n"
            + "        prompt: Город?\n    bot_says: { final: \"Город ${entity.gorod}.\" }\n";

        var found = Assert.Single(Plain(Asked, "entities:\n  - name: gоrod\n    type: dictionary\n    values: { moskva: [Москва], spb: [Питер] }\n"));

        Assert.Equal(("BF0104", "an id is lower-case words joined by underscores: did you mean 'gorod'? 'gоrod' has Cyrillic letters that look like Latin ones (о), typed in a Cyrillic layout or copied from Cyrillic text"), (found.Code, found.Hint));
    }

    [Fact]
    public void An_entity_defined_under_a_name_that_is_no_id_is_one_error_and_the_entity_its_uses_mean()
    {
        // Met breaking the BookTrip port on purpose: 'name: RoomType' gave BF0104 and a BF0204 at each use of
        // room_type, whose hint was "did you mean 'RoomType'?", the invalid name.
        const string Asked = "nodes:\n  - id: ROOM\n    start: true\n    end: true\n    user_says: [book a room]\n    entities:\n      - entity: room_type\n"
            + "        prompt: Which room?\n    bot_says: { final: \"A ${entity.room_type} room.\" }\n";

        var found = Assert.Single(Plain(Asked, "entities:\n  - name: RoomType\n    type: dictionary\n    values: { king: [king], queen: [queen] }\n"));

        Assert.Equal(("BF0104", "an id is lower-case words joined by underscores: did you mean 'room_type'?"), (found.Code, found.Hint));
    }

    [Theory]
    [InlineData("Date", "date")]
    [InlineData("Room Type", "room_type")]
    [InlineData("RoomType", "room_type")]
    [InlineData("şehir", "sehir")]          // letters outside ASCII (met porting a courier's bot in Turkish)
    [InlineData("çalışma_saati", "calisma_saati")]
    [InlineData("город", "gorod")]          // Cyrillic letters, romanised (met breaking a Russian car-service bot)
    public void An_entity_used_under_a_name_that_is_no_id_is_one_error_and_the_entity_meant(string written, string meant)
    {
        // Met breaking a dentist bot on purpose (a port of Lex's ScheduleAppointment): '- entity: Date' gave BF0104,
        // BF0204 at the same place, and BF1015 at every ${entity.date} after it.
        var asked = "nodes:\n  - id: ROOM\n    start: true\n    end: true\n    user_says: [book a room]\n    entities:\n"
            + $"      - entity: {written}\n        prompt: Which?\n    bot_says: {{ final: \"A ${{entity.{meant}}} it is.\" }}\n";

        var found = Assert.Single(Plain(asked, meant == "date" ? "entities: []\n" : $"entities:\n  - name: {meant}\n    type: dictionary\n    values: {{ king: [king], queen: [queen] }}\n"));

        Assert.Equal(("BF0104", $"an id is lower-case words joined by underscores: did you mean '{meant}'?"), (found.Code, found.Hint));
    }

    [Fact]
    public void A_connection_s_entity_under_a_name_that_is_no_id_is_one_error()
    {
        const string Flow = "nodes:\n  - id: ROOM\n    start: true\n    user_says: [book a room]\n    entities:\n      - entity: room_type\n        prompt: Which?\n"
            + "    bot_says: { final: Noted. }\n    next:\n      - to: KING\n        entity: { name: Room_Type, values: [king] }\n"
            + "  - id: KING\n    end: true\n    bot_says: The king room.\n";

        var found = Assert.Single(Plain(Flow, "entities:\n  - name: room_type\n    type: dictionary\n    values: { king: [king], queen: [queen] }\n"));

        Assert.Equal(("BF0104", "an id is lower-case words joined by underscores: did you mean 'room_type'?"), (found.Code, found.Hint));
    }

    [Theory]
    [InlineData("    bot_says:\n      finale: Booked for ${entity.date} at ${entity.time}.\n", "BF0216", "did you mean 'final'? A mapping here with other keys is a text by language (en: ...)")]
    [InlineData("    bot_says:\n      initial: Let's book.\n      finale: Booked for ${entity.date} at ${entity.time}.\n", "BF0101", "did you mean 'final'?")]
    [InlineData("    bot_says:\n      initial: Let's book.\n      finale:\n        - Booked for ${entity.date} at ${entity.time}.\n", "BF0101", "did you mean 'final'?")]
    public void A_misspelt_response_key_of_bot_says_is_one_error_and_read_as_the_key_meant(string botSays, string code, string hint)
    {
        // Met breaking a dentist bot on purpose: 'finale:' also gave BF2014 (the node says nothing once its last
        // entity is answered); beside 'initial:', it was not reported at all, as the mapping passed for a text by
        // language, and only BF2014 told of it.
        var flow = "nodes:\n  - id: BOOK\n    start: true\n    end: true\n    user_says: [book]\n    entities:\n"
            + "      - entity: date\n        prompt: Which day?\n      - entity: time\n        prompt: What time?\n" + botSays;

        var found = Assert.Single(Plain(flow));

        Assert.Equal((code, hint), (found.Code, found.Hint));
    }

    [Fact]
    public void A_placeholder_under_a_name_that_is_no_id_is_not_taken_as_the_entity_meant()
    {
        // Only where the schema reports the name (an entity use, a connection's entity) is it read as its id: a
        // placeholder's name is reported as an unknown entity, with the entity meant.
        const string Asked = "nodes:\n  - id: ROOM\n    start: true\n    end: true\n    user_says: [book a room]\n    entities:\n      - entity: date\n"
            + "        prompt: When?\n    bot_says: { final: \"On ${entity.Date}.\" }\n";

        var found = Assert.Single(Plain(Asked));

        Assert.Equal(("BF0204", "did you mean 'date'?"), (found.Code, found.Hint));
    }

    [Theory]
    [InlineData("    bot_says: Done.\n", "    bot_say: Done.\n", "did you mean 'bot_says'?")]
    [InlineData("    outputs: [total]\n", "    output: [total]\n", "did you mean 'outputs'?")]
    public void A_misspelt_key_of_a_node_is_one_error_and_read_as_the_key_meant(string written, string mistake, string hint)
    {
        // Met breaking the BookTrip port on purpose: 'bot_say:' also gave BF1037 (the node has nothing to send),
        // 'output: [total]' BF0213 (a script node lists its outputs) and a BF1016 at every ${output.total}.
        var flow = BotForge.Validation.Rules.ExampleBots.CheckOrder
            .Replace("outputs: [status]", "outputs: [total]", StringComparison.Ordinal)
            .Replace("  - id: OK\n    type: output\n    end: true\n    bot_says: All good.\n", "  - id: OK\n    type: output\n    end: true\n    bot_says: Total ${output.total}.\n", StringComparison.Ordinal)
            .Replace("    bot_says: Something went wrong.", "    bot_says: Done.\n", StringComparison.Ordinal);
        Assert.Contains(written, flow, StringComparison.Ordinal);
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T }\nlint: { rules: { BF2007: off } }\n"), ("stories/main/flow.yaml", flow.Replace(written, mistake, StringComparison.Ordinal)),
            ("scripts/check.py", "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True, 'total': 3}), 'headers': {}}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Level != DiagnosticLevel.Info);

        Assert.Equal(("BF0101", hint), (found.Code, found.Hint));
    }

    [Fact]
    public void A_dictionarys_values_written_as_a_list_are_one_error_and_read_as_those_values()
    {
        // Met breaking the formbot port on purpose: 'values: [yes, no]' gave BF0103 with no hint, and the prompt's
        // quick replies Yes and No each a reply taken by nothing (BF2013), the entity having no values.
        const string Asked = "nodes:\n  - id: SEAT\n    start: true\n    end: true\n    user_says: [find a table]\n    entities:\n      - entity: outdoor\n"
            + "        prompt: { text: Outside?, quick_replies: [\"Yes\", \"No\"] }\n    bot_says: { final: Noted. }\n";
        var found = Assert.Single(Plain(Asked, "entities:\n  - name: outdoor\n    type: dictionary\n    values: [\"yes\", \"no\"]\n"));

        Assert.Equal(("BF0103", "write each value with the words that mean it: values: { yes: [yes], no: [no] }"), (found.Code, found.Hint));
    }

    [Fact]
    public void A_dictionarys_variants_written_by_language_are_one_error_and_read_as_one_list()
    {
        // Met porting a Turkish courier's bot: 'hasarli: { tr: [hasarlı, kırık], en: [damaged] }', written by language as
        // texts are, gave BF0103 with no hint, and the English quick reply 'Damaged' a reply taken by nothing (BF2013).
        const string Asked = "nodes:\n  - id: RETURN\n    start: true\n    end: true\n    user_says: { tr: [iade], en: [return] }\n    entities:\n      - entity: reason\n"
            + "        prompt: { text: { tr: Neden?, en: Why? }, quick_replies: [{ tr: Hasarlı, en: Damaged }] }\n    bot_says: { final: { tr: Tamam., en: Done. } }\n";
        var found = Assert.Single(Plain(Asked, "entities:\n  - name: reason\n    type: dictionary\n    values:\n      hasarli: { tr: [hasarlı, kırık], en: [damaged] }\n", "  languages: [tr, en]\n"));

        Assert.Equal(("BF0103", "a value's variants are one list for every language, as users of any language may write any of them: hasarli: [hasarlı, kırık, damaged]"), (found.Code, found.Hint));
    }

    /// <summary>
    /// Met breaking the helpdesk port: 'object_id: {entity.case_number}' (here case_id) gave BF0103 and BF0211 at one place, neither
    /// saying what the braces did; 'fields: Status, Subject' gave BF0211 and a BF1016 at every output shown.
    /// </summary>
    [Theory]
    [InlineData("object_id: ${entity.case_id}", "object_id: {entity.case_id}", "BF0103", "braces make a YAML mapping: a placeholder is written ${entity.case_id}")]
    [InlineData("object_id: ${entity.case_id}", "object_id: {case number}", "BF0103", "braces make a YAML mapping: write the text without them (case number), or in quotes (\"{case number}\") if the braces are meant")]
    [InlineData("fields: [CaseNumber, Subject]", "fields: CaseNumber, Subject", "BF0211", "write a list: fields: [CaseNumber, Subject]")]
    [InlineData("fields: [CaseNumber, Subject]", "fields: { CaseNumber: text }", "BF0103", null)]
    public void A_salesforce_input_written_in_the_wrong_shape_is_one_error_with_the_shape_to_write(string written, string mistake, string code, string? hint)
    {
        var example = new SalesforceFieldCaseRule().Fixed;
        var files = RuleExamples.Files(example).ToDictionary();
        files["botforge.yaml"] += "lint: { rules: { BF2007: off } }\n";
        Assert.Contains(written, files[RuleExamples.Flow], StringComparison.Ordinal);
        files[RuleExamples.Flow] = files[RuleExamples.Flow].Replace(written, mistake, StringComparison.Ordinal);
        using var project = new TempProject(files);

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Level != DiagnosticLevel.Info);

        Assert.Equal((code, hint), (found.Code, found.Hint));
    }

    /// <summary>
    /// A text written in braces, which YAML reads as a mapping of one key: found breaking the helpdesk port, it gave
    /// three errors at a prompt (the response's missing 'variants', an unknown key, an unknown language), with hints
    /// to write the text as 'variants'. It is one error, saying what the braces did.
    /// </summary>
    [Theory]
    [InlineData("prompt: Your email?", "prompt: {Your email?}", "\"{Your email?}\"")]
    [InlineData("final: Thanks.", "final: {Thanks.}", "\"{Thanks.}\"")]
    [InlineData("bot_says: Hello!", "bot_says: {Hello!}", "\"{Hello!}\"")]
    [InlineData("user_says: [hi]", "user_says: [{hi}]", "\"{hi}\"")]
    public void A_text_in_braces_is_one_error_saying_what_the_braces_did(string written, string mistake, string quoted)
    {
        var flow = "nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hi]\n    entities:\n      - entity: email\n        prompt: Your email?\n"
            + "    bot_says:\n      final: Thanks.\n  - id: OTHER\n    start: true\n    end: true\n    user_says: [other]\n    bot_says: Hello!\n";
        Assert.Empty(Plain(flow));
        Assert.Contains(written, flow, StringComparison.Ordinal);

        var found = Assert.Single(Plain(flow.Replace(written, mistake, StringComparison.Ordinal)));

        Assert.Equal("BF0103", found.Code);
        Assert.EndsWith($"or in quotes ({quoted}) if the braces are meant", found.Hint, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found porting an HR bot: a confirmation read as an entity condition the node does not collect gave BF1009 at
    /// each connection and four BF1015s further on (the leave type, dates and days "not collected on every path"
    /// into the code node), as if the never-true connection led there before the node's entities were known. A
    /// connection that is never taken is no way in.
    /// </summary>
    [Fact]
    public void A_connection_that_is_never_true_is_one_error_not_also_entities_missing_further_on()
    {
        const string Flow = """
            nodes:
              - id: APPLY
                start: true
                user_says: [apply for leave]
                entities:
                  - entity: leave_type
                    prompt: What kind of leave?
                bot_says:
                  final: "${entity.leave_type} leave. Shall I submit it?"
                next:
                  - to: SUBMIT
                    entity: { name: confirm, values: [yes] }
              - id: SUBMIT
                user_says: [submit it]
                bot_says: Submitting ${entity.leave_type} leave…
                next:
                  - to: FILE
              - id: FILE
                type: code
                action:
                  salesforce.create_case:
                    subject: ${entity.leave_type} leave request
                next:
                  - to: FILED
                    when: status == true
                  - to: FAILED
                    when: status == false
              - id: FILED
                type: output
                end: true
                bot_says: Filed.
              - id: FAILED
                type: output
                end: true
                bot_says: Not filed.
            """;
        const string Entities = "entities:\n  - name: leave_type\n    type: dictionary\n    values: { annual: [annual], sick: [sick] }\n"
            + "  - name: confirm\n    type: dictionary\n    values: { yes: [yes], no: [no] }\n";
        var fixedFlow = Flow.Replace("    entities:\n      - entity: leave_type\n        prompt: What kind of leave?\n",
            "    entities:\n      - entity: leave_type\n        prompt: What kind of leave?\n      - entity: confirm\n        prompt: Submit it?\n", StringComparison.Ordinal);
        Assert.NotEqual(Flow, fixedFlow);
        Assert.DoesNotContain(PlainWithSalesforce(fixedFlow, Entities), d => d.IsError);

        var found = PlainWithSalesforce(Flow, Entities).Where(d => d.IsError).ToList();

        Assert.Equal(["BF1009"], found.Select(d => d.Code));
    }

    private static List<Diagnostic> PlainWithSalesforce(string flow, string entities)
    {
        using var project = TempProject.With(("botforge.yaml", TempProject.MinimalProjectFile + ExampleBots.SalesforceProject + "lint: { rules: { BF2007: off } }\n"), ("entities.yaml", entities), ("stories/main/flow.yaml", flow));
        return [.. Diagnose.Project(project.Root).Where(d => d.Level != DiagnosticLevel.Info)];
    }

    /// <summary>The findings of a flow in a bot of one language on one channel.</summary>
    private static List<Diagnostic> Plain(string flow, string entities = "entities: []\n", string bot = "")
    {
        using var project = TempProject.With(("botforge.yaml", $"bot:\n  id: t\n  name: T\n{bot}lint: {{ rules: {{ BF2007: off }} }}\n"), ("entities.yaml", entities), ("stories/main/flow.yaml", flow));
        return [.. Diagnose.Project(project.Root).Where(d => d.Level != DiagnosticLevel.Info)];
    }

    private static List<Diagnostic> Errors(string flow)
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("entities.yaml", Entities), ("stories/main/flow.yaml", flow));
        return [.. Diagnose.Project(project.Root).Where(d => d.Level != DiagnosticLevel.Info)];
    }
}
