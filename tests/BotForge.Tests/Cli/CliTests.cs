using BotForge.Cli.Output;
using BotForge.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BotForge.Tests.Cli;

/// <summary>The real CLI, run in-process with captured output.</summary>
public sealed class CliTests
{
    private const string BrokenFlow = "nodes:\n  - id: A\n    start: true\n    user_says: [hi, hello, hey, good morning, good evening, hi there, hello there, hey there, yo, greetings]\n    bot_says: Hi\n    next:\n      - to: MISSING\n        user_says: [go]\n";

    [Fact]
    public void Build_writes_bundle_and_exits_zero()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);

        var run = CliRun.Of(project.Root, "build", ".");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("Built acme_support into ./dist (6 files; 0 errors, 0 warnings)", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.Root, "dist", "bot.json")));
    }

    [Fact]
    public void Windows_line_ends_build_the_same_bytes()
    {
        // Checked out on Windows (git's autocrlf), every file has CRLF line ends; a text written as a folded block
        // goes to YamlDotNet while the rest is read by the fast reader. The bot must be the same bot.
        using var unix = TempProject.CopyOf(Repo.ExampleBot);
        unix.Edit("faq.yaml", "    answer: Our support team is available Monday to Saturday, 9am to 6pm.",
            "    answer: >-\n      Our support team is available\n      Monday to Saturday, 9am to 6pm.");
        using var windows = TempProject.CopyOf(unix.Root);
        foreach (var path in Directory.EnumerateFiles(windows.Root, "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        var runs = new[] { unix, windows }.Select(p => CliRun.Of(p.Root, "build", ".", "--out", "out")).ToList();

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Out + run.Error));
        var files = Directory.EnumerateFiles(Path.Combine(unix.Root, "out"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(unix.Root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(unix.Root, file)), File.ReadAllBytes(Path.Combine(windows.Root, file))));
        Assert.Contains("Our support team is available Monday to Saturday", File.ReadAllText(Path.Combine(unix.Root, "out", "faq.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_shared_through_a_merge_key_build_what_they_build_written_out()
    {
        // Bots ported from other tools share node settings with YAML's merge key; it was "unknown key '<<'" (a
        // typo, said the hint) and a code node's outputs "static".
        using var written = TempProject.CopyOf(Repo.ExampleBot);
        using var merged = TempProject.CopyOf(Repo.ExampleBot);
        merged.Edit("stories/support/who_am_i.yaml", "  - id: CONTACT_FOUND\n    name: Contact found\n    type: output\n    end: true\n",
            "  - <<: &output\n      type: output\n      end: true\n    id: CONTACT_FOUND\n    name: Contact found\n");
        merged.Edit("stories/support/who_am_i.yaml", "  - id: CONTACT_MISSING\n    name: Contact not found\n    type: output\n    end: true\n",
            "  - <<: *output\n    id: CONTACT_MISSING\n    name: Contact not found\n");

        var runs = new[] { written, merged }.Select(p => CliRun.Of(p.Root, "build", ".", "--out", "out")).ToList();

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Out + run.Error));
        Assert.Equal(runs[0].Error, runs[1].Error);
        var files = Directory.EnumerateFiles(Path.Combine(written.Root, "out"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(written.Root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(written.Root, file)), File.ReadAllBytes(Path.Combine(merged.Root, file))));
    }

    [Fact]
    public void Validate_reports_errors_as_path_line_col_and_exits_one()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", BrokenFlow));

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("./stories/main/flow.yaml:7:13: error BF0203: no node has the system name 'MISSING'\n", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("test_bot: 1 error, 0 warnings\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_parse_is_reported_alone_and_the_rest_after_it_is_mended()
    {
        // raise_ticket.yaml defines RAISE_TICKET, which greeting.yaml and ticket_status.yaml point to, and
        // collects two entities: with it unreadable, "no node RAISE_TICKET" and "entity never collected" would be false.
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        project.Edit("stories/support/raise_ticket.yaml", "subject: Chat support request", "subject: \"Chat support request");
        project.Edit("stories/support/who_am_i.yaml", "to: CONTACT_FOUND", "to: CONTACT_FOUNDD");   // a real mistake elsewhere

        var broken = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("./stories/support/raise_ticket.yaml:", broken.Error, StringComparison.Ordinal);
        Assert.Contains("error BF0010:", broken.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BF02", broken.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BF2011", broken.Error, StringComparison.Ordinal);
        Assert.EndsWith("acme_support: 1 error, 0 warnings\n", broken.Error, StringComparison.Ordinal);

        project.Edit("stories/support/raise_ticket.yaml", "subject: \"Chat support request", "subject: Chat support request");
        var mended = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(1, mended.ExitCode);
        Assert.Contains("error BF0203: no node has the system name 'CONTACT_FOUNDD'", mended.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RAISE_TICKET'", mended.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_alone()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        File.WriteAllBytes(Path.Combine(project.Root, "stories/support/raise_ticket.yaml"), [0x6e, 0x6f, 0x64, 0x65, 0x73, 0x3a, 0xff, 0x0a]);

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("./stories/support/raise_ticket.yaml:1:1: error BF0004:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BF0203", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BF2011", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_untouched()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        Assert.Equal(0, CliRun.Of(project.Root, "build", ".").ExitCode);
        var before = File.ReadAllBytes(Path.Combine(project.Root, "dist", "bot.json"));
        project.Write("stories/support/broken.yaml", BrokenFlow);

        var run = CliRun.Of(project.Root, "build", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project.Root, "dist", "bot.json")));
        Assert.Equal(["bot.json", "faq.csv", "manifest.json"], Directory.GetFiles(Path.Combine(project.Root, "dist")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(project.Root, "dist.botforge-staging")));
    }

    [Fact]
    public void Build_refuses_to_replace_a_folder_it_did_not_write()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        project.Write("mine/notes.txt", "precious");

        var run = CliRun.Of(project.Root, "build", ".", "--out", "mine");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("BF0901", run.Error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(project.Root, "mine", "notes.txt")));
    }

    [Theory]
    [InlineData("validate", "no-such-folder")]
    [InlineData("build", "no-such-folder")]
    public void Missing_project_is_bad_input_exit_two(string command, string folder)
    {
        var run = CliRun.Of(Path.GetTempPath(), command, folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BF0001: project folder 'no-such-folder' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    [InlineData("test")]
    public void A_file_given_for_the_project_is_named_as_a_file_with_its_folder(string command)
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);

        var run = CliRun.Of(project.Root, command, "botforge.yaml");
        var nested = CliRun.Of(Path.GetDirectoryName(project.Root)!, command, Path.GetFileName(project.Root) + "/botforge.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BF0001: 'botforge.yaml' is a file, not a project folder", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: pass the folder that holds it: '.'", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, nested.ExitCode);
        Assert.Contains($"hint: pass the folder that holds it: '{Path.GetFileName(project.Root)}'", nested.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project.Root, "dist")));
    }

    [Fact]
    public void Another_file_given_for_the_project_gets_the_general_hint()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        File.WriteAllText(Path.Combine(project.Root, "old_botforge.yaml"), "bot: {}\n");

        var run = CliRun.Of(project.Root, "validate", "old_botforge.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BF0001: 'old_botforge.yaml' is a file, not a project folder", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: pass the folder that holds botforge.yaml", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "a", "b")]
    [InlineData("validate", ".", "--format", "xml")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_two_with_a_pointer_to_help(params string[] args)
    {
        var run = CliRun.Of(Path.GetTempPath(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'botforge --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "biuld", "bots/acme-support" }, "botforge: error: unknown command 'biuld'; did you mean 'build'?")]
    [InlineData(new[] { "Validate", "." }, "botforge: error: unknown command 'Validate'; did you mean 'validate'?")]
    [InlineData(new[] { "frobnicate" }, "botforge: error: unknown command 'frobnicate'\n")]
    [InlineData(new[] { "validate", ".", "--fromat", "json" }, "botforge: error: unknown option '--fromat'; did you mean '--format'?")]
    [InlineData(new[] { "test", ".", "--reprot" }, "botforge: error: unknown option '--reprot'; did you mean '--report'?")]
    [InlineData(new[] { "validate", ".", "-x" }, "botforge: error: unknown option '-x'\n")]
    public void A_mistyped_command_or_option_is_named_with_the_one_meant(string[] args, string expected)
    {
        var run = CliRun.Of(Path.GetTempPath(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        // One message for the mistyped word: not also "Required command was not provided" nor one per argument after it.
        Assert.DoesNotContain("Required command", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'botforge --help' for usage.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_choices_is_one_line_naming_them()
    {
        // The parser's message lists the choices a line each; an error line shows its control characters escaped.
        var run = CliRun.Of(Path.GetTempPath(), "deploy", ".", "--env", "stagin", "--target", "dir:x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("botforge: error: Argument 'stagin' not recognized. Must be one of: 'staging', 'production'\nRun 'botforge --help' for usage.\n", run.Error);
    }

    [Theory]
    [InlineData("--format", "\u001b[2J")]
    [InlineData("--filter", "x\n::error::forged")]
    public void An_argument_quoted_in_an_error_is_printed_with_its_control_characters_escaped(string option, string value)
    {
        var run = CliRun.Of(Repo.Root, option == "--format" ? ["validate", "bots/acme-support", option, value] : ["test", "bots/acme-support", option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain(run.Error.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_and_version_exit_zero()
    {
        var help = CliRun.Of(Path.GetTempPath(), "--help");
        var version = CliRun.Of(Path.GetTempPath(), "--version");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("build", help.Out, StringComparison.Ordinal);
        Assert.Contains("validate", help.Out, StringComparison.Ordinal);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
    }

    [Fact]
    public async Task Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", BrokenFlow), ("notes.yaml", "a: 1\n"));
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0-rtm.5.json"));

        var run = CliRun.Of(project.Root, "validate", ".", "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        var log = JToken.Parse(run.Out);
        var errors = schema.Validate(log);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var results = log["runs"]![0]!["results"]!;
        Assert.Equal(2, results.Count());
        Assert.Contains(results, r => (string?)r["ruleId"] == "BF0203" && (int)r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]! == 7);
    }

    /// <summary>
    /// A diagnostic whose fix the hint's words cannot give (BF0020: the whole value quoted) carries it in SARIF
    /// (result.fixes, valid against the schema) and in json (fix), as the language server offers it: applied to the
    /// file, the value reads as meant and the warning is gone.
    /// </summary>
    [Fact]
    public async Task A_fix_is_given_in_sarif_and_json_and_applies()
    {
        const string flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Press #1 for billing   \n";
        using var project = TempProject.With(("stories/main/flow.yaml", flow));
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0-rtm.5.json"));

        var sarif = JToken.Parse(CliRun.Of(project.Root, "validate", ".", "--format", "sarif").Out);
        var json = JToken.Parse(CliRun.Of(project.Root, "validate", ".", "--format", "json").Out);

        Assert.Empty(schema.Validate(sarif));
        var result = sarif["runs"]![0]!["results"]!.Single(r => (string?)r["ruleId"] == "BF0020");
        var replacement = result["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!;
        Assert.True(JToken.DeepEquals(JToken.Parse("""{ "startLine": 6, "startColumn": 15, "endLine": 6, "endColumn": 35 }"""), replacement["deletedRegion"]), replacement.ToString());
        Assert.Equal("\"Press #1 for billing\"", (string?)replacement["insertedContent"]!["text"]);
        var fix = json["diagnostics"]!.Single(d => (string?)d["code"] == "BF0020")["fix"]!;
        Assert.True(JToken.DeepEquals(JToken.Parse("""{ "line": 6, "column": 15, "end_line": 6, "end_column": 35, "text": "\"Press #1 for billing\"" }"""), fix), fix.ToString());

        var lines = flow.Split('\n');
        lines[5] = lines[5][..14] + (string)fix["text"]! + lines[5][34..];
        File.WriteAllText(Path.Combine(project.Root, "stories/main/flow.yaml"), string.Join('\n', lines));
        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0020");
    }

    [Fact]
    public void Sarif_locations_are_relative_references_with_a_base_or_absolute_file_uris()
    {
        using var project = TempProject.With(("stories/main 1/flow.yaml", BrokenFlow));

        var relative = JToken.Parse(CliRun.Of(project.Root, "validate", ".", "--format", "sarif").Out);
        var absolute = JToken.Parse(CliRun.Of(project.Root, "validate", project.Root, "--format", "sarif").Out);

        var here = relative["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("stories/main%201/flow.yaml", (string?)here["uri"]);
        Assert.Equal("%SRCROOT%", (string?)here["uriBaseId"]);
        Assert.True(Uri.IsWellFormedUriString((string)here["uri"]!, UriKind.Relative));
        var there = absolute["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Null(there["uriBaseId"]);
        var uri = new Uri((string)there["uri"]!, UriKind.Absolute);
        Assert.Equal("file", uri.Scheme);
        Assert.Equal(Path.Combine(project.Root, "stories", "main 1", "flow.yaml"), uri.LocalPath);

        // A folder name with what looks like an escape (`%41`) is data: the URI names that folder, not `…A…`.
        using var temp = new TempProject();
        var odd = Path.Combine(temp.Root, "bot 50%41 #1");
        TempProject.CopyInto(project.Root, odd);
        var oddLog = JToken.Parse(CliRun.Of(odd, "validate", odd, "--format", "sarif").Out);
        var oddUri = (string)oddLog["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!;
        Assert.EndsWith("/bot%2050%2541%20%231/stories/main%201/flow.yaml", oddUri, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(odd, "stories", "main 1", "flow.yaml"), new Uri(oddUri).LocalPath);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", BrokenFlow));

        var run = CliRun.Of(project.Root, "validate", ".", "--format", "github");

        Assert.Equal("::error file=./stories/main/flow.yaml,line=7,col=13,title=BF0203::no node has the system name 'MISSING'\n", run.Out);
    }

    /// <summary>
    /// GitHub annotates 10 errors of a step and drops the others without a word: with 12, a notice first says 2 are
    /// only in the log, and all 12 are still printed.
    /// </summary>
    [Fact]
    public void Github_format_says_first_what_the_annotation_limit_leaves_out()
    {
        string[] words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo"];
        var flow = BrokenFlow + string.Concat(words.Select((w, i) => $"      - to: MISSING_{i}\n        user_says: [{w}]\n"));
        using var project = TempProject.With(("stories/main/flow.yaml", flow));

        var lines = CliRun.Of(project.Root, "validate", ".", "--format", "github").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("::notice title=BotForge::12 errors: GitHub annotates at most 10 of each kind per step, so 2 errors are only in this step's log", lines[0]);
        Assert.Equal(12, lines.Count(l => l.StartsWith("::error file=./stories/main/flow.yaml,", StringComparison.Ordinal)));
        Assert.Equal(13, lines.Length);
    }

    /// <summary>
    /// The runner reads an annotation's file from the repository's root, whatever the step's working-directory: a bot
    /// validated from its own folder was annotated on ./stories/…, a file the pull request does not have.
    /// </summary>
    [Fact]
    public void Github_and_sarif_formats_give_paths_from_the_repository_root()
    {
        using var repo = new TempProject();
        Directory.CreateDirectory(Path.Combine(repo.Root, ".git"));
        var bot = Path.Combine(repo.Root, "bots", "acme");
        using (var source = TempProject.With(("stories/main/flow.yaml", BrokenFlow)))
        {
            TempProject.CopyInto(source.Root, bot);
        }

        var inside = CliRun.Of(bot, "validate", ".", "--format", "github");
        var deeper = CliRun.Of(Path.Combine(bot, "stories"), "validate", "--format", "github");

        Assert.Equal("::error file=bots/acme/stories/main/flow.yaml,line=7,col=13,title=BF0203::no node has the system name 'MISSING'\n", inside.Out);
        Assert.Equal(inside.Out, deeper.Out);
        var sarif = JToken.Parse(CliRun.Of(bot, "validate", ".", "--format", "sarif").Out)["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("bots/acme/stories/main/flow.yaml", (string?)sarif["uri"]);

        // The runner's workspace first (a checkout into a sub-folder: `path:` of actions/checkout); a file outside
        // both keeps its path as shown.
        var workspace = Path.GetDirectoryName(repo.Root)!;
        Assert.Equal($"{Path.GetFileName(repo.Root)}/bots/acme/x.yaml", RepositoryPath.Of("x.yaml", bot, workspace));
        Assert.Equal("../elsewhere.yaml", RepositoryPath.Of("../elsewhere.yaml", repo.Root, null));
    }

    [Fact]
    public void Github_format_prints_author_text_with_its_control_characters_escaped()
    {
        // An escape sequence reached the CI log raw (recolouring it), and so did a line separator (U+2028).
        using var project = TempProject.With(("stories/main/flow.yaml", BrokenFlow.Replace("to: MISSING", "to: \"MISS\\e[31mING\\u2028::error::x\"", StringComparison.Ordinal)));

        var run = CliRun.Of(project.Root, "validate", ".", "--format", "github");

        Assert.Contains("::error file=./stories/main/flow.yaml,line=7,col=13,title=BF0203::no node has the system name 'MISS\\e[31mING\\u{2028}::error::x'\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u2028', run.Out);
    }

    [Fact]
    public void Json_format_lists_diagnostics_with_positions()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", BrokenFlow));

        var run = CliRun.Of(project.Root, "validate", ".", "--format", "json");
        var json = JObject.Parse(run.Out);

        Assert.Equal(1, (int)json["errors"]!);
        var diagnostic = json["diagnostics"]![0]!;
        Assert.Equal("BF0203", (string?)diagnostic["code"]);
        Assert.Equal(7, (int)diagnostic["line"]!);
        Assert.Equal(13, (int)diagnostic["column"]!);
    }
}
