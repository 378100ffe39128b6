using BotForge.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Binding;

/// <summary>References resolved by the binder: each unresolved kind, located, with "did you mean" where a close name exists.</summary>
public sealed class BindingTests
{
    private const string Flow = "stories/main/flow.yaml";

    public static TheoryData<string, string, string, int, int, string?> Cases => new()
    {
        // name, sub-story content, code, line, column, expected hint
        { "unknown connection target", "nodes:\n  - id: CREATE_CASE\n    end: true\n  - id: A\n    next:\n      - to: CREAT_CASE\n        user_says: [x]\n", "BF0203", 6, 13, "did you mean 'CREATE_CASE'?" },
        { "unknown entity on a node", "nodes:\n  - id: A\n    entities:\n      - entity: emial\n        prompt: Email?\n", "BF0204", 4, 17, "did you mean 'email'?" },
        { "a date entity of the bot's own", "nodes:\n  - id: A\n    entities:\n      - entity: return_date\n        prompt: Back when?\n", "BF0204", 4, 17, "no type of entities.yaml reads a date; the public entities do: use date, date_of_birth, departure_date or arrival_date (a node that collects departure_date and arrival_date shares a message's dates between them" },
        { "a time entity of the bot's own", "nodes:\n  - id: A\n    entities:\n      - entity: pickup_time\n        prompt: When?\n", "BF0204", 4, 17, "no type of entities.yaml reads a time; the public entities do: use time or time_with_range" },
        { "a city entity of the bot's own", "nodes:\n  - id: A\n    entities:\n      - entity: pickup_city\n        prompt: Where?\n", "BF0204", 4, 17, "use a public city entity, city, completion_city, flight_departure_city, flight_arrival_city or utils_city, or define it in entities.yaml" },
        { "an entity collected twice on a node", "nodes:\n  - id: A\n    entities:\n      - entity: email\n        prompt: Email?\n      - entity: email\n        prompt: Again?\n", "BF0202", 6, 17, "a node collects an entity once, with one prompt: remove this one" },
        { "unknown entity in a placeholder", "nodes:\n  - id: A\n    bot_says: Hi ${entity.person_nme}\n", "BF0204", 3, 18, "did you mean 'person_name'?" },
        { "unknown entity in the platform's own placeholder", "nodes:\n  - id: A\n    bot_says: Thanks %entitytag_emial.\n", "BF0204", 3, 22, "did you mean 'email'?" },
        { "malformed placeholder", "nodes:\n  - id: A\n    bot_says: Hi ${name}\n", "BF0205", 3, 18, "placeholders are ${entity.NAME}" },
        { "a misspelt placeholder namespace", "nodes:\n  - id: A\n    bot_says: Hi ${ouput.Name}\n", "BF0205", 3, 18, "did you mean '${output.Name}'? placeholders are ${entity.NAME}" },
        { "a placeholder namespace in capitals", "nodes:\n  - id: A\n    bot_says: Hi ${Entity.email}\n", "BF0205", 3, 18, "did you mean '${entity.email}'? placeholders are" },
        { "env placeholder in bot says", "nodes:\n  - id: A\n    bot_says: Key ${env.SECRET}\n", "BF0206", 3, 19, "env variables are read by integrations and scripts, never shown in chat text" },
        { "duplicate system name", "nodes:\n  - id: A\n    end: true\n  - id: A\n    end: true\n", "BF0201", 4, 9, "system names identify nodes on the platform and must be unique in the bot" },
        { "a node listed again by an alias", "nodes:\n  - &a\n    id: A\n    end: true\n  - *a\n", "BF0201", 3, 9, "list each node once; to share settings between nodes, merge them ('<<: *name') into nodes of their own ids" },
        { "unknown action", "nodes:\n  - id: A\n    type: code\n    action:\n      salesforce.create_cases: {}\n", "BF0208", 5, 7, "did you mean 'salesforce.create_case'?" },
        { "action field with the wrong case", "nodes:\n  - id: A\n    type: code\n    action:\n      salesforce.create_case:\n        description: x\n", "BF0209", 6, 9, "Salesforce field names are case-sensitive: write 'Description'" },
        { "a case field the integration service does not send", "nodes:\n  - id: A\n    type: code\n    action:\n      salesforce.create_case:\n        Origin: Chat\n", "BF0209", 6, 9,
            "salesforce.create_case takes subject, Description, Type, Reason, SuppliedName, SuppliedEmail, SuppliedPhone, SuppliedCompany, priority; put other details in Description" },
        { "an input get_contact does not take", "nodes:\n  - id: A\n    type: code\n    action:\n      salesforce.get_contact:\n        contact_id: x\n        object_type: Lead\n", "BF0209", 7, 9,
            "salesforce.get_contact takes contact_id, fields, store" },
        { "a placeholder in a button's link", "nodes:\n  - id: A\n    bot_says:\n      - text: Pay here\n        buttons: [{ text: Pay, url: \"${env.PAY_URL}/pay\" }]\n", "BF0206", 5, 37,
            "a link, an image or an icon is sent as written, and nothing fills a placeholder in it: write the whole address" },
        { "a placeholder in an image", "nodes:\n  - id: A\n    bot_says:\n      - image: https://cdn.example.com/${entity.plan}.png\n", "BF0206", 4, 16, "a link, an image or an icon" },
        { "two form fields with one key", "nodes:\n  - id: A\n    bot_says:\n      - form:\n          title: Moving\n          fields:\n            - { key: date, type: date }\n            - { key: date, type: text }\n", "BF0202", 8, 22, null },
        { "missing required action input", "nodes:\n  - id: A\n    type: code\n    action:\n      salesforce.get_contact: { fields: [Email] }\n", "BF0210", 5, 7, null },
        { "and/or mixed without parentheses", "nodes:\n  - id: A\n    type: code\n    script: s.py\n    outputs: [status]\n    next:\n      - to: A\n        when: status == true and x == 1 or y exists\n", "BF0212", 8, 41, "a rule is 'var op value' joined" },
        { "action on a static node", "nodes:\n  - id: A\n    action:\n      salesforce.get_contact: { contact_id: x }\n", "BF0213", 3, 5, "add 'type: code'" },
        { "missing script", "nodes:\n  - id: A\n    type: code\n    script: scripts/missing.py\n    outputs: [status]\n", "BF0214", 4, 13, null },
        { "misspelt script", "nodes:\n  - id: A\n    type: code\n    script: ss.py\n    outputs: [status]\n", "BF0214", 4, 13, "did you mean 's.py'?" },
        // Found probing a helpdesk port: a NUL in a script's path (YAML's "\0") crashed the binder with the runtime's ArgumentException.
        { "script path with a NUL", "nodes:\n  - id: A\n    type: code\n    script: \"x\\0.py\"\n    outputs: [status]\n", "BF0214", 4, 13, null },
        { "script outside the project", "nodes:\n  - id: A\n    type: code\n    script: ../../etc/passwd.py\n    outputs: [status]\n", "BF0215", 4, 13, "scripts are referenced by a relative path inside the project folder" },
        { "undeclared language", "nodes:\n  - id: A\n    bot_says: { en: Hi, fr: Salut }\n", "BF0216", 3, 25, "add it to bot.languages or remove the translation" },
        { "a misspelt key of bot_says", "nodes:\n  - id: A\n    bot_says: { intial: Hi }\n", "BF0216", 3, 17, "did you mean 'initial'?" },
        { "a key that is no language", "nodes:\n  - id: A\n    bot_says: { greeting: Hi }\n", "BF0216", 3, 17, "a mapping here is a text by language: its keys are language codes" },
        { "user says on a code node", "nodes:\n  - id: A\n    type: code\n    script: s.py\n    outputs: [status]\n    user_says: [run]\n", "BF0229", 6, 5, "a code node is reached by the automatic connection of a static node" },
        { "bot says on a code node", "nodes:\n  - id: A\n    type: code\n    script: s.py\n    outputs: [status]\n    bot_says: Working on it\n", "BF0229", 6, 5, "a code node says nothing" },
        { "entities on a code node", "nodes:\n  - id: A\n    type: code\n    script: s.py\n    outputs: [status]\n    entities: [{ entity: email, prompt: Email? }]\n", "BF0229", 6, 5, "collect them on the static node that leads here" },
        { "a start output node", "nodes:\n  - id: A\n    type: output\n    start: true\n    bot_says: Done\n", "BF0229", 4, 5, "an output node is reached from a code node only" },
        { "a mandatory entity on an output node", "nodes:\n  - id: A\n    type: output\n    entities:\n      - entity: email\n        prompt: Email?\n    bot_says: Done\n", "BF0229", 5, 9, "add 'mandatory: false'" },
        { "two conditions on one connection", "nodes:\n  - id: A\n    next:\n      - to: A\n        user_says: [x]\n        entity: email\n", "BF0221", 6, 9, "split it into two connections" },
        // Met porting an insurance bot: a confirmation's value tested with 'when' beside 'entity'.
        { "an entity's value tested with 'when'", "nodes:\n  - id: A\n    next:\n      - to: A\n        entity: confirm\n        when: confirm == \"yes\"\n", "BF0221", 6, 9, "test the value in the entity condition: entity: { name: confirm, values: ['yes'] }, and remove 'when'" },
        { "an entity's value tested with 'when', another entity", "nodes:\n  - id: A\n    next:\n      - to: A\n        entity: confirm\n        when: status == true\n", "BF0221", 6, 9, "'when' rules are for connections out of code nodes" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unresolved_reference_is_reported_at_its_use(string name, string content, string code, int line, int column, string? hint)
    {
        using var project = TempProject.With((Flow, content), ("s.py", TempProject.Script));

        var diagnostics = Diagnose.Project(project.Root);
        var match = diagnostics.FirstOrDefault(d => d.Code == code && d.Location?.Start == (line, column));

        Assert.True(match is not null, $"{name}: expected {code} at {line}:{column}, got:\n{Diagnose.Describe(diagnostics)}");
        if (hint is null)
        {
            Assert.Null(match.Hint);
        }
        else
        {
            Assert.StartsWith(hint, match.Hint ?? string.Empty, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Met porting an IT helpdesk bot: a sub-story in stories/incidents/ wrote its script as its neighbours are found,
    /// ../../scripts/create_incident.py, and was told only that the path left the project. Read from the writing file's
    /// folder, a path that names a script of the project gets a hint with the path to write.
    /// </summary>
    [Theory]
    [InlineData("../../scripts/open.py", "BF0215", "scripts/open.py")]
    [InlineData("helpers/open.py", "BF0214", "stories/main/helpers/open.py")]
    [InlineData("../../stories/main/helpers/open.py", "BF0215", "stories/main/helpers/open.py")]
    public void A_script_path_written_from_the_sub_storys_folder_is_told_the_path_from_the_project_folder(string written, string code, string meant)
    {
        const string Script = TempProject.Script;
        using var project = TempProject.With(
            (Flow, $"nodes:\n  - id: A\n    type: code\n    script: {written}\n    outputs: [status]\n"),
            ("scripts/open.py", Script),
            ("stories/main/helpers/open.py", Script));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == code);

        Assert.Equal((4, 13), found.Location!.Start);
        Assert.Equal($"a script's path is read from the project folder (where botforge.yaml is), not from this file's folder: write '{meant}'", found.Hint);
    }

    [Fact]
    public void A_node_listed_again_by_an_alias_is_one_error_and_no_unreached_copy()
    {
        // It was "system name 'CONTACT_MISSING' is already used at" the very same place, and a warning that no path
        // reaches CONTACT_MISSING (the copy, never the node the connections reach).
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        project.Edit("stories/support/who_am_i.yaml", "  - id: CONTACT_MISSING", "  - &missing\n    id: CONTACT_MISSING");
        File.AppendAllText(Path.Combine(project.Root, "stories/support/who_am_i.yaml"), "  - *missing\n");

        var diagnostics = Diagnose.Project(project.Root);

        var repeated = Assert.Single(diagnostics, d => d.Level == DiagnosticLevel.Error);
        Assert.Equal("BF0201", repeated.Code);
        Assert.Equal("node 'CONTACT_MISSING' is listed twice: an alias ('- *name') in the list repeats it", repeated.Message);
        Assert.DoesNotContain(diagnostics, d => d.Code == "BF2002");
    }

    [Fact]
    public void Settings_each_node_type_has_are_not_reported_and_a_misplaced_one_is_left_out_of_later_checks()
    {
        // An output node with an optional entity, end and context_clear; a code node with next and active.
        const string Ok = """
            nodes:
              - id: A
                start: true
                user_says: [check]
                negative_user_says: [do not check]
                entities: [{ entity: email, prompt: Email? }]
                bot_says: { final: Thanks. }
                next: [{ to: C }]
              - id: C
                type: code
                active: true
                script: s.py
                outputs: [status]
                next: [{ to: O, when: status == true }, { to: O, when: status == false }]
              - id: O
                type: output
                end: true
                context_clear: true
                entities: [{ entity: phone_number, mandatory: false }]
                bot_says: Done.
            """;
        using var ok = TempProject.With((Flow, Ok), ("s.py", TempProject.Script));
        Assert.DoesNotContain(Diagnose.Project(ok.Root), d => d.Code == "BF0229");

        // The misplaced user says are reported once, not again as too few (BF2007) or as an unknown entity.
        var misplaced = Ok.Replace("    active: true\n", "    active: true\n    start: true\n    user_says: [run]\n    entities: [{ entity: emial, prompt: x }]\n", StringComparison.Ordinal);
        using var bad = TempProject.With((Flow, misplaced), ("s.py", TempProject.Script));
        var found = Diagnose.Project(bad.Root);
        Assert.Equal(["BF0229", "BF0229", "BF0229"], found.Where(d => d.IsError).Select(d => d.Code));
        Assert.DoesNotContain(found, d => d.Message.Contains(" C ", StringComparison.Ordinal) && d.Code != "BF0229");
    }

    [Fact]
    public void A_platform_placeholder_where_it_cannot_be_is_named_as_written()
    {
        using var project = TempProject.With((Flow, "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    bot_says: Hello %name\n"),
            ("faq.yaml", "faq:\n  - id: HOURS\n    questions: [when are you open]\n    answer: Hi %name, %entitytag_email is not known here.\n"));

        var diagnostic = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0206");

        Assert.Equal("'%entitytag_email' cannot be used in text outside a node", diagnostic.Message);
        Assert.Equal((4, 23), diagnostic.Location?.Start);
    }

    [Fact]
    public void Credential_written_inline_is_an_error_and_its_value_is_never_echoed()
    {
        const string secret = "sk-live-1234567890abcdef";
        using var project = new TempProject(new Dictionary<string, string>
        {
            ["botforge.yaml"] = $"bot:\n  id: b\n  name: B\nenv:\n  URL: https://x\nintegrations:\n  salesforce:\n    base_url: ${{env.URL}}\n    username: ${{env.URL}}\n    client_id: {secret}\n    private_key: ${{env.URL}}\n",
        });

        var diagnostics = Diagnose.Project(project.Root);

        Assert.Contains(diagnostics, d => d.Code == "BF0219" && d.Location?.Start == (10, 16));
        Assert.Equal(3, diagnostics.Count(d => d.Code == "BF0219"));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(secret, StringComparison.Ordinal) || (d.Hint ?? string.Empty).Contains(secret, StringComparison.Ordinal));
    }

    /// <summary>A project with a code node of <paramref name="outputs"/> whose connections, all to one output node, are taken when each of <paramref name="rules"/> holds.</summary>
    private static TempProject CodeNodeWithRules(string outputs, params string[] rules) => TempProject.With(
        ("s.py", TempProject.Script),
        (Flow, $"nodes:\n  - id: CODE\n    type: code\n    script: s.py\n    outputs: [{outputs}]\n    next:\n" +
               string.Concat(rules.Select(rule => $"      - to: OUT\n        when: {rule}\n")) +
               "  - id: OUT\n    type: output\n    end: true\n    bot_says: done\n"));

    [Fact]
    public void Rules_in_string_and_structured_form_bind_to_the_same_tree()
    {
        using var project = CodeNodeWithRules("status, n",
            "status == true and (n > 2 or n not exists)",
            "{ all: [{ var: status, op: '==', value: true }, { any: [{ var: n, op: '>', value: 2 }, { var: n, op: not exists }] }] }");
        var compilation = Compilation.Create(project.Root, ".");

        Assert.DoesNotContain(compilation.Validate(), d => d.Code.StartsWith("BF0", StringComparison.Ordinal));
        var connections = compilation.Model!.Nodes.Single(n => n.SystemName == "CODE").Connections;
        Assert.Equal(2, connections.Count);
        Assert.Equal(
            BotForge.Emit.BundleWriter.Describe(((BotForge.Model.RuleCondition)connections[0].Condition).Rule),
            BotForge.Emit.BundleWriter.Describe(((BotForge.Model.RuleCondition)connections[1].Condition).Rule));
        Assert.Equal("(status == true and (n > 2 or n not exists))", BotForge.Emit.BundleWriter.Describe(((BotForge.Model.RuleCondition)connections[0].Condition).Rule));
    }

    [Fact]
    public void A_rules_numbers_are_yamls_in_both_forms_and_nan_or_infinity_are_words()
    {
        // The text form read 'NaN' and 'Infinity' as numbers a comparison can never meet, and not 0x1F; the
        // structured form read 0x1F and .nan. Both now take a finite YAML number, and an ordering against a word is BF1007.
        using var project = CodeNodeWithRules("n",
            "n == 0x1F or n == 1e3 or n == NaN or n == Infinity or n == 1e999",
            "{ any: [{ var: n, op: '==', value: 0o17 }, { var: n, op: '==', value: .nan }, { var: n, op: '>', value: .inf }] }",
            "n > NaN");
        var compilation = Compilation.Create(project.Root, ".");
        var diagnostics = compilation.Validate();

        var connections = compilation.Model!.Nodes.Single(n => n.SystemName == "CODE").Connections;
        string Values(int i) => string.Join(" ", ((Model.RuleGroup)((Model.RuleCondition)connections[i].Condition).Rule).Items.Cast<Model.RuleComparison>()
            .Select(c => c.Value!.Number is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"'{c.Value.Text}'"));
        Assert.Equal("31 1000 'NaN' 'Infinity' '1e999'", Values(0));
        Assert.Equal("15 '.nan' '.inf'", Values(1));
        Assert.Equal(["'>' orders numbers, not the text \".inf\"", "'>' orders numbers, not the text \"NaN\""],
            diagnostics.Where(d => d.Code == "BF1007").Select(d => d.Message.Split(": ", 2)[1]));
    }

    [Fact]
    public void Settings_are_read_as_the_numbers_the_schema_check_accepted()
    {
        // 0xC is 12 to YAML and to the schema check; the binder read such settings as decimal text and silently
        // fell back to the default.
        using var project = TempProject.With(
            ("botforge.yaml", "bot:\n  id: b\n  name: B\nenv:\n  U: { secret: true }\nintegrations:\n  salesforce:\n    base_url: https://x.example.com\n" +
                "    username: ${env.U}\n    client_id: ${env.U}\n    private_key: ${env.U}\n    timeout_seconds: 0xC\n" +
                "nlu: { threshold: 25e-2 }\nlint: { min_user_says: 0o3, near_duplicate_similarity: 0x1 }\n"),
            (Flow, "nodes:\n  - id: HI\n    start: true\n    end: true\n    user_says: [hi, hello, hey]\n    bot_says: Hello!\n"));
        var compilation = Compilation.Create(project.Root, ".");

        Assert.DoesNotContain(compilation.Validate(), d => d.Code.StartsWith("BF0", StringComparison.Ordinal));
        var bot = compilation.Model!;
        Assert.Equal(12, bot.Salesforce!.TimeoutSeconds);
        Assert.Equal(0.25, bot.NluThreshold);
        Assert.Equal(3, bot.Lint.MinUserSays);
        Assert.Equal(1, bot.Lint.NearDuplicateSimilarity);
    }

    [Fact]
    public void Hexadecimal_and_octal_values_of_a_structured_rule_are_numbers_however_long()
    {
        // Found by fuzzing: a hexadecimal value went to a decimal number parser, which threw.
        using var project = CodeNodeWithRules("n",
            "{ all: [{ var: n, op: '>', value: 0x1F }, { var: n, op: '<', value: 0o17 }, { var: n, op: '<', value: 0xAAAAAAAAAAAAAAAAAAA }] }",
            "n not exists");
        var compilation = Compilation.Create(project.Root, ".");

        Assert.DoesNotContain(compilation.Validate(), d => d.Code.StartsWith("BF0", StringComparison.Ordinal));
        var rule = (Model.RuleGroup)((Model.RuleCondition)compilation.Model!.Nodes.Single(n => n.SystemName == "CODE").Connections[0].Condition).Rule;
        Assert.Equal([31.0, 15.0, (double)System.Numerics.BigInteger.Parse("0AAAAAAAAAAAAAAAAAAA", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)], rule.Items.Cast<Model.RuleComparison>().Select(c => c.Value!.Number!.Value));
    }

    /// <summary>
    /// Syntax trees do not name their file (the binder locates each node in the file it is binding), so every place
    /// in the model must be in the file its owner is written in: a node's texts, utterances, entities, code step and
    /// connections in its sub-story file; an FAQ entry's in its FAQ file; an entity's in its entities file; the
    /// rest in botforge.yaml. Checked on the example bot and on a synthetic bot of many files and every construct.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void Every_place_in_the_model_is_in_the_file_its_owner_is_written_in(int syntheticNodes)
    {
        using var synthetic = syntheticNodes > 0 ? SyntheticBot.Generated(syntheticNodes) : null;
        var model = Compilation.Create(synthetic?.Root ?? Repo.ExampleBot).Model!;
        static bool Owner(object o) => o is Model.Node or Model.SubStory or Model.Story or Model.EntityDefinition or Model.FaqEntry;
        List<global::BotForge.Text.SourceLocation> Places(object owner) =>
            [.. ModelPlaces.Of(owner, Owner).Where(place => place != Model.UtteranceSet.Empty.Location)];   // the one place of "no utterances"
        var files = new HashSet<string>(StringComparer.Ordinal);

        foreach (var node in model.Nodes)
        {
            Assert.All(Places(node), place => Assert.Same(node.SubStory.File, place.File));
            var id = node.IdLocation;
            Assert.Equal(node.SystemName, id.File.Text[id.Span.Start..id.Span.End].Trim('\'', '"'));
            files.Add(node.SubStory.File.Path);
        }

        foreach (var (owner, file) in model.Faq.Select(f => ((object)f, "faq.yaml")).Concat(model.Entities.Select(e => ((object)e, "entities.yaml"))))
        {
            Assert.All(Places(owner), place => Assert.EndsWith("/" + file, place.File.Path, StringComparison.Ordinal));
            files.Add(file);
        }

        var project = Places(model with { Stories = [], Faq = [], Entities = [] });
        Assert.All(project, place => Assert.EndsWith("botforge.yaml", place.File.Path, StringComparison.Ordinal));

        // The model spans several sub-story files and every other kind, so a place in the wrong file would show.
        Assert.True(files.Count(f => f.Contains("/stories/", StringComparison.Ordinal)) > 1, string.Join(", ", files));
        Assert.Contains("faq.yaml", files);
        Assert.Contains("entities.yaml", files);
    }

    [Fact]
    public void A_missing_script_in_a_project_not_on_disk_is_reported_not_thrown()
    {
        // Found by the fuzzer: the hint's list of the project's scripts listed a folder that is not there (the
        // fuzzer's project is not on disk; a folder can also go between reading and binding), and threw.
        var diagnostics = new BotForge.Diagnostics.DiagnosticBag();
        var flow = new BotForge.Text.SourceFile(Flow, "nodes:\n  - id: A\n    start: true\n    user_says: [hi]\n    next: [{ to: CODE }]\n"
            + "  - id: CODE\n    type: code\n    script: scripts/missing.py\n    outputs: [status]\n");
        var project = new BotForge.Text.SourceFile("botforge.yaml", "bot: { id: t, name: T }\n");
        var sources = new BotForge.Project.ProjectSources("/nonexistent-botforge-root", ".",
        [
            new(BotForge.Project.SourceKind.Project, "botforge.yaml", project, BotForge.Parsing.YamlParser.Parse(project, diagnostics)),
            new BotForge.Project.SourceDocument(BotForge.Project.SourceKind.SubStory, Flow, flow, BotForge.Parsing.YamlParser.Parse(flow, diagnostics))
                { ImpliedStory = "main", ImpliedSubStory = "flow" },
        ]);

        BotForge.Binding.Binder.Bind(sources, diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "BF0214");
    }

    /// <summary>
    /// BF2049 passes over a bot whose texts and utterances have no character at U+00AD or above (every character it
    /// reports is there): binding notes one wherever it is, a synonym or a connection's phrase as much as a message.
    /// </summary>
    [Theory]
    [InlineData("    bot_says: Hello there\n", "", false)]
    [InlineData("    bot_says: Hello, café\n", "", true)]
    [InlineData("    bot_says: Hello\n    next:\n      - to: A\n        user_says: [\"once\\u00ADmore\"]\n", "", true)]
    [InlineData("    bot_says: Hello\n", "entities:\n  - name: size\n    type: dictionary\n    values: { small: [small, \"s\\u200Bm\"] }\n", true)]
    [InlineData("    bot_says: Hello\n    negative_user_says: [\"no\\u00A0thanks\"]\n", "", false)]
    public void Binding_notes_whether_any_text_has_a_character_at_the_soft_hyphen_or_above(string rest, string entities, bool noted)
    {
        var files = new List<(string, string)> { (Flow, "nodes:\n  - id: A\n    start: true\n    user_says: [hello]\n" + rest) };
        if (entities.Length > 0)
        {
            files.Add(("entities.yaml", entities));
        }

        using var project = TempProject.With([.. files]);

        var model = BotForge.Compilation.Create(project.Root).Model!;

        Assert.Equal(noted, model.TextTraits.HasFlag(BotForge.Model.TextTraits.FromSoftHyphenUp));
    }
}
