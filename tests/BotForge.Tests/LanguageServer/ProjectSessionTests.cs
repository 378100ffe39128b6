using BotForge.LanguageServer;
using BotForge.Tests.Support;
using BotForge.Text;

namespace BotForge.Tests.LanguageServer;

/// <summary>The language server's project in memory, in-process: unsaved texts, refusals and limits a client test cannot reach cheaply.</summary>
public sealed class ProjectSessionTests
{
    private const string Flow = "stories/main/flow.yaml";

    private static TempProject Bot(string flow) => TempProject.With(("botforge.yaml", TempProject.MinimalProjectFile), (Flow, flow));

    private static async Task<(Snapshot Snapshot, SourceFile File)> AfterAsync(ProjectSession session, string relative, string? text = null)
    {
        if (text is not null)
        {
            session.SetText(relative, text);
        }

        var snapshot = await session.Latest;
        return (snapshot, snapshot.Files[relative]);
    }

    [Fact]
    public async Task An_unsaved_text_stands_in_for_its_file_and_a_new_file_is_read_before_it_is_saved()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (clean, _) = await AfterAsync(session, Flow);
        Assert.DoesNotContain(clean.Diagnostics, d => d.IsError);

        var (broken, file) = await AfterAsync(session, Flow, "nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    next:\n      - to: B\n        user_says: [go on]\n");
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location?.File.Path == Flow && d.Message.Contains("'B'", StringComparison.Ordinal));
        Assert.Contains("to: B", file.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("to: B", await File.ReadAllTextAsync(Path.Combine(project.Root, Flow)), StringComparison.Ordinal);

        // B, in a file that exists only in the editor, mends it.
        var (mended, _) = await AfterAsync(session, "stories/main/more.yaml", "nodes:\n  - id: B\n    bot_says: Bye\n");
        Assert.DoesNotContain(mended.Diagnostics, d => d.IsError);
        Assert.False(File.Exists(Path.Combine(project.Root, "stories/main/more.yaml")));

        // Closing the new file without saving it: gone again.
        session.SetText("stories/main/more.yaml", null);
        Assert.Contains((await session.Latest).Diagnostics, d => d.IsError && d.Message.Contains("'B'", StringComparison.Ordinal));
    }

    /// <summary>
    /// A conversation test naming a node, an FAQ or an entity the bot does not have is an error in the editor, as
    /// `botforge test` reports it before running anything: before, the editor showed nothing in tests/*.yaml.
    /// </summary>
    [Fact]
    public async Task A_test_file_is_checked_against_the_bot_as_it_is_edited()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n");
        var session = new ProjectSession(project.Root, cache: null);
        const string Tests = "tests/flow.yaml";

        var (wrong, _) = await AfterAsync(session, Tests, "conversations:\n  - name: greets\n    turns:\n      - user: hi there\n        expect: { node: B }\n");
        var error = Assert.Single(wrong.ByFile[Tests]);
        Assert.Equal(("BF0301", "no node has the system name 'B'", 5, 25), (error.Code, error.Message, error.Location!.Start.Line, error.Location.Start.Column));

        var (right, _) = await AfterAsync(session, Tests, "conversations:\n  - name: greets\n    turns:\n      - user: hi there\n        expect: { node: A }\n");
        Assert.False(right.ByFile.ContainsKey(Tests));
    }

    [Fact]
    public async Task A_name_written_once_and_read_twice_through_an_alias_or_a_merge_key_is_one_reference_and_one_edit()
    {
        // Two nodes share one 'next:' list (an alias) and one mapping of settings (a merge key): the model reads
        // CLOSE from the same text twice. Two edits of one range overlap, and an editor refuses the whole rename.
        using var project = Bot("""
            nodes:
              - id: A
                start: true
                user_says: [hi there, hello bot, good morning]
                bot_says: Hi
                next: &shared
                  - to: CLOSE
                    user_says: [bye now]
              - <<: &common
                  bot_says: Again
                  next: [{ to: CLOSE, user_says: [done here] }]
                id: B
                start: true
                user_says: [once more, again please, repeat that]
              - <<: *common
                id: C
                start: true
                user_says: [and again, one more time, go again]
                next: *shared
              - id: CLOSE
                bot_says: Bye
                end: true
            """);
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, Flow);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        var at = file.Text.IndexOf("id: CLOSE", StringComparison.Ordinal) + 5;

        var references = Features.References(snapshot, file, at, includeDeclaration: true, path => path);
        var (edit, refusal) = Features.Rename(snapshot, file, at, "CLOSING", path => path);

        Assert.Equal(3, references.Count);   // the definition, the shared list's 'to:', the common mapping's 'to:'
        Assert.Null(refusal);
        var edits = edit!.Changes[Flow];
        Assert.Equal(3, edits.Count);
        Assert.Equal(3, edits.Select(e => e.Range).Distinct().Count());
    }

    [Fact]
    public async Task While_a_file_does_not_parse_the_others_keep_what_the_rules_found_and_get_no_false_errors()
    {
        // flow.yaml points to B in more.yaml and has a real mistake (BF2007: one user say); more.yaml is then broken.
        const string More = "stories/main/more.yaml";
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there]\n    bot_says: Hi\n    next:\n      - to: B\n        user_says: [go on]\n");
        project.Write(More, "nodes:\n  - id: B\n    bot_says: Bye\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (clean, _) = await AfterAsync(session, Flow);
        var found = Assert.Single(clean.ByFile[Flow]);
        Assert.Equal("BF2007", found.Code);

        var (broken, _) = await AfterAsync(session, More, "nodes:\n  - id: B\n    bot_says: [Bye\n");
        Assert.Equal(["BF0010"], broken.ByFile[More].Select(d => d.Code));
        Assert.Equal([found], broken.ByFile[Flow]);                                   // kept, and no "no node 'B'"
        Assert.DoesNotContain(broken.Diagnostics, d => d.Code.StartsWith("BF02", StringComparison.Ordinal) || d.Code == "BF2007");

        // flow.yaml edited while more.yaml is still broken: what was found in its old text no longer applies.
        var (edited, _) = await AfterAsync(session, Flow, "nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello]\n    bot_says: Hi\n    next:\n      - to: B\n        user_says: [go on]\n");
        Assert.False(edited.ByFile.ContainsKey(Flow));

        var (mended, _) = await AfterAsync(session, More, "nodes:\n  - id: B\n    bot_says: Bye\n");
        Assert.Contains(mended.ByFile[Flow], d => d.Code == "BF2007");                // the rules speak again
        Assert.DoesNotContain(mended.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task An_edit_that_leaves_no_user_says_is_compiled_and_so_is_the_next()
    {
        // The similarity join of the next compilation starts from the first one's; one with no texts at all made it
        // throw (found by random edits through a real client), and every request failed until the texts came back.
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n");
        var session = new ProjectSession(project.Root, cache: null);
        await AfterAsync(session, Flow);

        var (empty, _) = await AfterAsync(session, Flow, "nodes:\n  - id: A\n    start: true\n    bot_says: Hi\n");
        Assert.Contains(empty.Diagnostics, d => d.Code == "BF2007" && d.Message.Contains("has 0 user says", StringComparison.Ordinal));

        var (again, _) = await AfterAsync(session, Flow, "nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n");
        Assert.DoesNotContain(again.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task A_name_written_with_a_yaml_escape_is_found_but_never_renamed_by_a_plain_edit()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    next:\n      - to: \"B\\u005FC\"\n        user_says: [go on]\n  - id: B_C\n    bot_says: Bye\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, Flow);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);

        var definition = file.Text.IndexOf("id: B_C", StringComparison.Ordinal) + 5;
        var (edit, refusal) = Features.Rename(snapshot, file, definition, "D", r => r);
        Assert.Null(edit);
        Assert.Contains("YAML escape", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_refuses_a_taken_or_invalid_name_and_otherwise_changes_every_use()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    next:\n      - to: B\n        user_says: [go on]\n  - id: B\n    bot_says: Bye\n    next:\n      - to: A\n        user_says: [again]\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, Flow);
        var at = file.Text.IndexOf("id: A", StringComparison.Ordinal) + 4;

        Assert.Contains("taken", Features.Rename(snapshot, file, at, "B", r => r).Refusal, StringComparison.Ordinal);
        Assert.Contains("not a node id", Features.Rename(snapshot, file, at, "a", r => r).Refusal, StringComparison.Ordinal);
        var (edit, refusal) = Features.Rename(snapshot, file, at, "START", r => r);
        Assert.Null(refusal);
        var edits = Assert.Single(edit!.Changes).Value;
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e => Assert.Equal("START", e.NewText));
    }

    [Fact]
    public async Task Renaming_an_entity_changes_the_platform_placeholder_too()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    entities:\n      - entity: order_no\n        prompt: Which order?\n    bot_says:\n      final: \"Order %entitytag_order_no (${entity.order_no}).\"\n");
        project.Write("entities.yaml", "entities:\n  - name: order_no\n    type: regex\n    pattern: '[0-9]{6}'\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, Flow);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        var at = file.Text.IndexOf("%entitytag_order_no", StringComparison.Ordinal) + 14;

        var (edit, refusal) = Features.Rename(snapshot, file, at, "order_number", r => r);

        Assert.Null(refusal);
        var edits = edit!.Changes.SelectMany(c => c.Value.Select(e => (c.Key, e.Range.Start.Line, e.Range.Start.Character, e.NewText))).OrderBy(e => e).ToList();
        Assert.Equal(
            [
                ("entities.yaml", 1, 10, "order_number"),
                (Flow, 5, 16, "order_number"),
                (Flow, 8, 31, "order_number"),
                (Flow, 8, 50, "order_number"),
            ],
            edits);
    }

    /// <summary>
    /// An entity is also written in the tags of patterns examples and in a hand-written script's reads of it: a rename
    /// that left them behind gave a bot with errors (BF1038, BF1043). Applied, the rename leaves none; while the
    /// editor holds unsaved changes to the script, it is refused rather than placed by the text on disk.
    /// </summary>
    [Fact]
    public async Task Renaming_an_entity_changes_its_patterns_tags_and_the_scripts_reads()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [I was charged twice, refund my money, you took my money]\n    entities:\n      - entity: merchant\n        prompt: Which shop?\n    bot_says:\n      final: \"About ${entity.merchant}.\"\n    next:\n      - to: B\n"
            + "  - id: B\n    type: code\n    script: s.py\n    outputs: [status]\n    next:\n      - { to: C, when: status == true }\n      - { to: C, when: status == false }\n  - id: C\n    type: output\n    bot_says: Done.\n    end: true\n");
        project.Write("s.py", "import json\n\n\ndef main(event, context):\n    entities = json.loads(event['body'])['entities']\n    shop = entities['merchant'][0]['entity_value']\n    raw = entities.get(\"merchant\")\n    return {'statusCode': 200, 'body': json.dumps({'status': bool(shop and raw)}), 'headers': {}}\n");
        project.Write("entities.yaml", "entities:\n  - name: merchant\n    type: patterns\n    examples:\n      - I was charged twice by [Amazon](merchant)\n      - \"[Uber](merchant) took money from my card, ask [Uber](merchant)\"\n    negative: [I want to shop on amazon]\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, "entities.yaml");
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        var at = file.Text.IndexOf("name: merchant", StringComparison.Ordinal) + 8;

        var (edit, refusal) = Features.Rename(snapshot, file, at, "shop", r => r);

        Assert.Null(refusal);
        Assert.Equal(["entities.yaml", "s.py", Flow], edit!.Changes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, edit.Changes["entities.yaml"].Count);
        Assert.Equal(2, edit.Changes["s.py"].Count);
        foreach (var (path, edits) in edit.Changes)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(project.Root, path));
            var source = new SourceFile(path, text);
            foreach (var change in edits.OrderByDescending(e => Features.OffsetOf(source, e.Range.Start)))
            {
                var start = Features.OffsetOf(source, change.Range.Start);
                Assert.Equal("merchant", text[start..Features.OffsetOf(source, change.Range.End)]);
                text = string.Concat(text.AsSpan(0, start), change.NewText, text.AsSpan(Features.OffsetOf(source, change.Range.End)));
            }

            await File.WriteAllTextAsync(Path.Combine(project.Root, path), text);
        }

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.IsError);
        Assert.Contains("[Uber](shop) took money from my card, ask [Uber](shop)", await File.ReadAllTextAsync(Path.Combine(project.Root, "entities.yaml")), StringComparison.Ordinal);

        // The script open in the editor with changes not saved: its offsets on disk may not be the editor's.
        session.Refresh();
        var (renamed, entities) = await AfterAsync(session, "entities.yaml");
        var shopAt = entities.Text.IndexOf("name: shop", StringComparison.Ordinal) + 8;
        session.SetText("s.py", "# a new first line\n" + await File.ReadAllTextAsync(Path.Combine(project.Root, "s.py")));
        var (_, unsaved) = Features.Rename(renamed, entities, shopAt, "store", r => r, session.OpenText);
        Assert.Equal("s.py has changes that are not saved, and the rename changes it too: save it, then rename", unsaved);
    }

    [Fact]
    public async Task Completion_on_a_large_bot_sends_the_best_matches_and_says_the_list_is_incomplete()
    {
        var nodes = string.Concat(Enumerable.Range(0, 500).Select(i => $"  - id: N{i:D3}\n    bot_says: Node {i}\n"));
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    next:\n      - to: N499\n        user_says: [go on]\n");
        project.Write("stories/main/more.yaml", "nodes:\n" + nodes);
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, Flow);
        var after = file.Text.IndexOf("to: N499", StringComparison.Ordinal) + 4;

        var all = Features.Completion(snapshot, file, after);
        Assert.True(all.IsIncomplete);
        Assert.Equal(Features.MaxCompletions, all.Items.Count);

        // A and N499 are written in this file: they come first although N499 sorts last of the nodes.
        Assert.Equal(["A", "N499", "N000"], all.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).Take(3).Select(i => i.Label));

        var typed = Features.Completion(snapshot, file, after + 3);
        Assert.False(typed.IsIncomplete);
        Assert.Equal(Enumerable.Range(490, 10).Select(i => $"N{i}"), typed.Items.Select(i => i.Label));
    }

    [Theory]
    [InlineData("node_modules/x/flow.yaml")]
    [InlineData(".git/flow.yaml")]
    [InlineData("stories/.hidden/flow.yaml")]
    [InlineData("dist/flow.yaml")]
    [InlineData("stories/main/.#flow.yaml")]
    [InlineData(".pre-commit-config.yaml")]
    public async Task An_unsaved_file_is_read_only_where_a_saved_one_would_be(string relative)
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    end: true\n");
        var session = new ProjectSession(project.Root, cache: null);
        session.SetText(relative, "nodes: [this is not a flow\n");
        var snapshot = await session.Latest;

        Assert.False(snapshot.Files.ContainsKey(relative));
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
    }

    /// <summary>
    /// Each keystroke in another tool's file open beside the bot (a workflow, .gitlab-ci.yml) compiled the whole bot; a
    /// file the project reads (a sub-story, a script) still does.
    /// </summary>
    [Fact]
    public async Task Editing_a_file_the_project_does_not_read_compiles_nothing()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    end: true\n");
        var session = new ProjectSession(project.Root, cache: null);
        var first = await session.Latest;

        foreach (var other in new[] { ".github/workflows/ci.yml", ".gitlab-ci.yml", "node_modules/x/a.yaml", "notes.md" })
        {
            session.SetText(other, "key: value\n");
            Assert.Same(first, await session.Latest);
        }

        session.SetText("scripts/check.py", "def main(event, context):\n    return {}\n");
        Assert.NotSame(first, await session.Latest);
    }

    [Theory]
    [InlineData("    name: Say hello\n", "**A** — Say hello\n\nstatic node")]
    [InlineData("", "**A**\n\nstatic node")]
    public async Task A_node_hovers_with_its_name_once(string name, string expected)
    {
        using var project = Bot("nodes:\n  - id: A\n" + name + "    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    end: true\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, "stories/main/flow.yaml", File.ReadAllText(Path.Combine(project.Root, "stories", "main", "flow.yaml")));

        var hover = Features.Hover(snapshot, file, file.Text.IndexOf("id: A", StringComparison.Ordinal) + 4);

        Assert.StartsWith(expected, hover!.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_hovers_with_its_values_and_previous_context_words()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [report a fault, power is out, lights went off]\n    entities:\n      - entity: hazard\n        prompt: Any danger?\n      - entity: email\n        prompt: Email?\n    bot_says:\n      final: Thanks.\n");
        project.Write("entities.yaml", "entities:\n  - name: hazard\n    type: dictionary\n    values: { 'yes': ['yes'], 'no': ['no'] }\n    previous_context: [danger, hazard]\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, "stories/main/flow.yaml", File.ReadAllText(Path.Combine(project.Root, "stories", "main", "flow.yaml")));

        var hover = Features.Hover(snapshot, file, file.Text.IndexOf("hazard", StringComparison.Ordinal) + 2);

        Assert.Equal("**hazard** — dictionary entity\n\nvalues: `yes`, `no`\n\ntaken only after a bot message with `danger` or `hazard` (previous_context)", hover!.Contents.Value);
    }

    [Fact]
    public async Task Lint_rules_complete_with_codes_and_ids_and_a_code_hovers_with_its_reason()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    end: true\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, "botforge.yaml", TempProject.MinimalProjectFile + "lint:\n  rules:\n    min-\n");
        var labels = Features.Completion(snapshot, file, file.Text.IndexOf("min-", StringComparison.Ordinal) + 4).Items.Select(i => i.Label).ToList();
        Assert.Contains("min-user-says", labels);

        var (withCode, withCodeFile) = await AfterAsync(session, "botforge.yaml", TempProject.MinimalProjectFile + "lint:\n  rules:\n    BF2007: { level: \"off\" }\n");
        var hover = Features.Hover(withCode, withCodeFile, withCodeFile.Text.IndexOf("BF2007", StringComparison.Ordinal) + 2);
        Assert.Contains("min-user-says", hover!.Contents.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(withCode.Diagnostics, d => d.Code == "BF2007");
    }

    [Theory]
    [InlineData("[click](command:workbench.action.quit) *bold*", @"\[click\]\(command:workbench\.action\.quit\) \*bold\*")]
    [InlineData("a <img src=x> b\nnext", @"a \<img src=x\> b next")]
    public void Author_text_in_a_hover_is_shown_as_written_never_as_markdown(string text, string escaped) => Assert.Equal(escaped, Features.Escape(text));

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x`", "`` `x` ``")]
    public void A_code_span_is_fenced_longer_than_any_backticks_inside(string text, string span) => Assert.Equal(span, Features.Code(text));

    [Fact]
    public async Task A_story_is_defined_by_its_sub_story_files_and_used_by_story_keys()
    {
        using var project = Bot("nodes:\n  - id: A\n    start: true\n    user_says: [hi there, hello bot, good morning]\n    bot_says: Hi\n    end: true\n");
        project.Write("stories/more.yaml", "story: main\nsub_story: more\nnodes:\n  - id: B\n    start: true\n    user_says: [bye now, see you, good night]\n    bot_says: Bye\n    end: true\n");
        var session = new ProjectSession(project.Root, cache: null);
        var (snapshot, file) = await AfterAsync(session, "stories/more.yaml");
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        var at = file.Text.IndexOf("main", StringComparison.Ordinal) + 1;

        var definitions = Features.Definition(snapshot, file, at, r => r);
        Assert.Equal(["stories/main/flow.yaml", "stories/more.yaml"], definitions.Select(d => d.Uri).Order(StringComparer.Ordinal));
        Assert.Equal(3, Features.References(snapshot, file, at, includeDeclaration: true, r => r).Count);
        Assert.Contains("more", Features.Hover(snapshot, file, at)!.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("rename the folder", Features.Rename(snapshot, file, at, "other", r => r).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_tag_in_a_patterns_example_gets_a_quick_fix_of_the_name_alone()
    {
        // BF1038 reports the whole example; its quick fix replaces only the tag's name, the one place it is written.
        using var project = TempProject.With(("botforge.yaml", TempProject.MinimalProjectFile), (Flow, new BotForge.Validation.Rules.UnknownTagRule().Failing.Flow),
            ("entities.yaml", "entities:\n  - name: source_account\n    type: patterns\n    examples: ['move money from [checking](source_acount) to savings']\n"));
        var diagnostic = Diagnose.Project(project.Root).Single(d => d.Code == "BF1038");

        Assert.Equal(("source_acount", "source_account"), QuickFix(diagnostic));
    }

    /// <summary>The text a diagnostic's quick fix replaces (on its line) and what with, from the LSP diagnostic's data.</summary>
    private static (string Replaced, string? With) QuickFix(BotForge.Diagnostics.Diagnostic diagnostic)
    {
        var data = Features.ToLsp(diagnostic, diagnostic.Location!.File).Data!.Value;
        var range = data.GetProperty("replace");
        var line = diagnostic.Location.File.GetLineText(range.GetProperty("start").GetProperty("line").GetInt32() + 1);
        return (line[range.GetProperty("start").GetProperty("character").GetInt32()..range.GetProperty("end").GetProperty("character").GetInt32()], data.GetProperty("with").GetString());
    }

    [Fact]
    public void A_script_path_written_from_the_sub_storys_folder_gets_a_quick_fix_to_the_path_from_the_project_folder()
    {
        using var project = TempProject.With(("botforge.yaml", TempProject.MinimalProjectFile),
            (Flow, "nodes:\n  - id: A\n    type: code\n    script: ../../scripts/open.py\n    outputs: [status]\n"),
            ("scripts/open.py", "def main(event, context):\n    return {}\n"));
        var diagnostic = Diagnose.Project(project.Root).Single(d => d.Code == "BF0215");

        Assert.Equal(("../../scripts/open.py", "scripts/open.py"), QuickFix(diagnostic));
    }
}
