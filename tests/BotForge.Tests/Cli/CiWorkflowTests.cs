using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotForge.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BotForge.Tests.Cli;

/// <summary>
/// <c>botforge init BOT --ci github</c>: the workflow it writes is valid YAML, and its steps (validate, build, test,
/// diff, the job summary, the pull-request comment), run by bash as a pull request would run them (a clone with
/// origin/main, a branch with an edit), succeed, show the edit, and edit no comment but the workflow's own.
/// </summary>
public sealed partial class CiWorkflowTests
{
    [Fact]
    public async Task The_workflow_runs_on_a_pull_request_branch_and_keeps_one_comment_per_bot()
    {
        using var origin = new TempProject();
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(origin.Root, "bots", "acme"));
        await Tool.GitAsync(origin.Root, "init", "-q");
        var init = CliRun.Of(origin.Root, "init", "bots/acme", "--ci", "github");
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Equal("Wrote .github/workflows/botforge-acme_support.yml: on pull requests touching bots/acme, it validates, builds and comments the diff.\n", init.Out);
        await Tool.GitAsync(origin.Root, "add", ".");
        await Tool.GitAsync(origin.Root, "commit", "-q", "-m", "bot and workflow");

        using var clone = new TempProject();
        await Tool.GitAsync(clone.Root, "clone", "-q", origin.Root, ".");
        await Tool.GitAsync(clone.Root, "checkout", "-q", "-b", "friendlier-greeting");
        var flow = Path.Combine(clone.Root, "bots", "acme", "stories", "support", "greeting.yaml");
        TempProject.EditFile(flow, "I'm the Acme Support assistant.\n            - \"{taskbox}\"", "I'm the Acme Support helper.\n            - \"{taskbox}\"");
        await Tool.GitAsync(clone.Root, "commit", "-q", "-am", "friendlier");

        var workflow = Path.Combine(clone.Root, ".github", "workflows", "botforge-acme_support.yml");
        Assert.Equal("bots/acme/**", Scalar(Load(workflow), "on", "pull_request", "paths", "0"));

        // The pull request already holds a person's words quoting the marker, another tool's comment and another
        // bot's diff, all but the first written by the same GitHub user as this workflow: none may be edited.
        using var runner = new TempProject();
        var others = new[]
        {
            Comment(1, "jane", "Why does the workflow write <!-- botforge diff: bots/acme --> at the end?"),
            Comment(2, "github-actions[bot]", "Coverage: 81%"),
            Comment(3, "github-actions[bot]", "## BotForge diff: `other`\n\nno changes\n\n<!-- botforge diff: bots/other -->\n"),
        };
        File.WriteAllText(Path.Combine(runner.Root, "comments.json"), JsonSerializer.Serialize(others));

        (await RunSteps(clone.Root, workflow, runner.Root)).AllSucceeded();
        var comments = Comments(runner.Root);
        Assert.Equal(4, comments.Count);
        Assert.Equal(others.Select(c => c.ToJsonString()), comments.Take(3).Select(c => c.ToJsonString()));
        var comment = comments[3]["body"]!.GetValue<string>();
        Assert.StartsWith("## BotForge diff: `acme_support`\n\n`origin/main:bots/acme` → `bots/acme`: 1 node changed", comment, StringComparison.Ordinal);
        Assert.Contains("Acme Support <del>assistant</del><ins>helper</ins>.", comment, StringComparison.Ordinal);
        Assert.EndsWith("\n\n<!-- botforge diff: bots/acme -->\n", comment, StringComparison.Ordinal);
        Assert.Equal(comment, File.ReadAllText(Path.Combine(runner.Root, "summary.md")) + "\n<!-- botforge diff: bots/acme -->\n");
        Assert.True(File.Exists(Path.Combine(runner.Root, "bundle", "bot.json")));
        Assert.Contains("failures=\"0\"", File.ReadAllText(Path.Combine(runner.Root, "botforge-tests.xml")), StringComparison.Ordinal);

        // A second push: the workflow's comment is edited in place, the others stay as they were.
        TempProject.EditFile(flow, "I'm the Acme Support helper.", "I'm the Acme Support guide.");
        await Tool.GitAsync(clone.Root, "commit", "-q", "-am", "a guide");
        Directory.Delete(Path.Combine(runner.Root, "bundle"), recursive: true);
        (await RunSteps(clone.Root, workflow, runner.Root)).AllSucceeded();
        comments = Comments(runner.Root);
        Assert.Equal(4, comments.Count);
        Assert.Equal(others.Select(c => c.ToJsonString()), comments.Take(3).Select(c => c.ToJsonString()));
        var guide = comments[3]["body"]!.GetValue<string>();
        Assert.Contains("Acme Support <del>assistant</del><ins>guide</ins>.", guide, StringComparison.Ordinal);
        Assert.Equal(1003, comments[3]["id"]!.GetValue<int>());

        // A push that breaks a file: validation fails the check, there is no diff to show, and the comment stays as
        // the last diff left it (not emptied).
        File.AppendAllText(flow, "  - id: [unclosed\n");
        await Tool.GitAsync(clone.Root, "commit", "-q", "-am", "broken");
        Directory.Delete(Path.Combine(runner.Root, "bundle"), recursive: true);
        var broken = await RunSteps(clone.Root, workflow, runner.Root);
        Assert.Equal(
            ["failure", "skipped", "skipped", "failure", "skipped", "skipped"],
            new[] { "Validate", "Build", "Conversation tests", "Diff against the base branch", "Show the diff in the job summary", "Post the diff on the pull request" }
                .Select(n => broken.Outcomes[n]));
        Assert.Equal([.. others.Select(c => c.ToJsonString()), Comment(1003, "github-actions[bot]", guide).ToJsonString()], Comments(runner.Root).Select(c => c.ToJsonString()));
    }

    /// <summary>
    /// The tool is installed from nuget.org, or also from the feed the repository variable BOTFORGE_NUGET_SOURCE
    /// names (the package is not on nuget.org unless someone puts it there): the step's script, run by bash with a
    /// stand-in dotnet that prints its arguments.
    /// </summary>
    [Theory]
    [InlineData("", "tool|install|--global|BotForge.Cli|--version|VERSION")]
    [InlineData("https://nuget.example.com/v3/index.json", "tool|install|--global|BotForge.Cli|--version|VERSION|--add-source|https://nuget.example.com/v3/index.json")]
    public async Task The_tool_comes_from_nuget_or_the_feed_the_repository_names(string source, string arguments)
    {
        var workflow = new YamlStream();
        workflow.Load(new StringReader(BotForge.Cli.Scaffold.CiWorkflow.Render("bot", "acme", "VERSION")));
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)workflow.Documents[0].RootNode)["jobs"])["bot"])["steps"];
        var install = steps.Children.Cast<YamlMappingNode>().Single(s => s.Children.TryGetValue("name", out var name) && name.ToString() == "Install BotForge");
        Assert.Equal("${{ vars.BOTFORGE_NUGET_SOURCE }}", ((YamlMappingNode)install["env"])["SOURCE"].ToString());

        var run = await Tool.RunAsync("env", Path.GetTempPath(), null, $"SOURCE={source}", "bash", "-e", "-c", "dotnet() { printf '%s|' \"$@\"; }\n" + install["run"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(arguments + "|", run.Out);
    }

    /// <summary>
    /// A bot at the repository's root (one repository per bot): its workflow's diff step ran
    /// <c>botforge diff origin/main:. .</c>, which failed on every pull request (git has no object "HEAD:.").
    /// </summary>
    [Fact]
    public async Task The_workflow_of_a_bot_at_the_repository_root_diffs_it()
    {
        using var origin = TempProject.CopyOf(Repo.ExampleBot);
        await Tool.GitAsync(origin.Root, "init", "-q");
        Assert.Equal(0, CliRun.Of(origin.Root, "init", ".", "--ci", "github").ExitCode);
        await Tool.GitAsync(origin.Root, "add", ".");
        await Tool.GitAsync(origin.Root, "commit", "-q", "-m", "bot and workflow");

        using var clone = new TempProject();
        await Tool.GitAsync(clone.Root, "clone", "-q", origin.Root, ".");
        await Tool.GitAsync(clone.Root, "checkout", "-q", "-b", "friendlier-greeting");
        TempProject.EditFile(Path.Combine(clone.Root, "stories", "support", "greeting.yaml"), "I'm the Acme Support assistant.", "I'm the Acme Support helper.");
        await Tool.GitAsync(clone.Root, "commit", "-q", "-am", "friendlier");

        using var runner = new TempProject();
        (await RunSteps(clone.Root, Path.Combine(clone.Root, ".github", "workflows", "botforge-acme_support.yml"), runner.Root)).AllSucceeded();

        var comment = Assert.Single(Comments(runner.Root))["body"]!.GetValue<string>();
        Assert.StartsWith("## BotForge diff: `acme_support`\n\n`origin/main:.` → `.`: 1 node changed", comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_request_that_adds_the_bot_says_it_is_new()
    {
        using var origin = TempProject.With(("README.md", "bots\n"));
        await Tool.GitAsync(origin.Root, "init", "-q");
        await Tool.GitAsync(origin.Root, "add", ".");
        await Tool.GitAsync(origin.Root, "commit", "-q", "-m", "readme");

        using var clone = new TempProject();
        await Tool.GitAsync(clone.Root, "clone", "-q", origin.Root, ".");
        await Tool.GitAsync(clone.Root, "checkout", "-q", "-b", "first-bot");
        Assert.Equal(0, CliRun.Of(clone.Root, "init", "bots/help").ExitCode);
        var ci = CliRun.Of(clone.Root, "init", "bots/help", "--ci", "github");
        Assert.True(ci.ExitCode == 0, ci.Error);
        await Tool.GitAsync(clone.Root, "add", ".");
        await Tool.GitAsync(clone.Root, "commit", "-q", "-m", "a bot");

        using var runner = new TempProject();
        (await RunSteps(clone.Root, Path.Combine(clone.Root, ".github", "workflows", "botforge-help.yml"), runner.Root)).AllSucceeded();

        var comment = Assert.Single(Comments(runner.Root))["body"]!.GetValue<string>();
        Assert.Equal("## BotForge diff: `help`\n\nA new bot: `bots/help` is not on the base branch, so there is no earlier version to compare it with.\n"
            + "\n<!-- botforge diff: bots/help -->\n", comment);

        // A checkout without the base branch (a shallow clone of the pull request's branch alone) is no new bot: the
        // diff fails, saying the clone is shallow, and nothing is posted.
        using var shallow = new TempProject();
        await Tool.GitAsync(shallow.Root, "clone", "-q", "--depth", "1", "--single-branch", "--branch", "first-bot", $"file://{clone.Root}", ".");
        using var shallowRunner = new TempProject();
        var steps = await RunSteps(shallow.Root, Path.Combine(shallow.Root, ".github", "workflows", "botforge-help.yml"), shallowRunner.Root);
        Assert.Equal(("failure", "skipped"), (steps.Outcomes["Diff against the base branch"], steps.Outcomes["Post the diff on the pull request"]));
        Assert.Contains("this clone is shallow", steps.Log, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(shallowRunner.Root, "comments.json")));
    }

    /// <summary>
    /// Runs the workflow's steps as the runner does, in <paramref name="checkout"/>, and returns each step's outcome
    /// (success, failure or skipped) by name: a step runs when its <c>if:</c> holds (none: when no step before it
    /// failed), its <c>run:</c> script by <c>bash -e</c>; <c>uses:</c> steps and the tool's installation stand done.
    /// <c>botforge</c> is this build of the CLI, and <c>gh</c> a stand-in keeping the pull request's comments in
    /// <paramref name="runner"/>/comments.json. The pull request comes from a branch of the repository.
    /// </summary>
    private static async Task<Steps> RunSteps(string checkout, string workflow, string runner)
    {
        var bin = Directory.CreateDirectory(Path.Combine(runner, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "botforge"), $"#!/usr/bin/env bash\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "botforge.dll")}' \"$@\"\n");
        File.WriteAllText(Path.Combine(bin, "gh"), FakeGh);
        Assert.Equal(0, (await Tool.RunAsync("chmod", bin, null, "+x", "botforge", "gh")).ExitCode);
        var context = new Dictionary<string, string>
        {
            ["github.token"] = "test-token",
            ["github.event.pull_request.number"] = "7",
            ["github.repository"] = "acme/bots",
            ["github.event.pull_request.head.repo.full_name"] = "acme/bots",
        };
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Load(workflow)["jobs"])["bot"])["steps"];
        File.Delete(Path.Combine(runner, "summary.md"));
        var outcomes = new Dictionary<string, string>();
        var log = new StringBuilder();
        foreach (var step in steps.Children.Cast<YamlMappingNode>())
        {
            var name = step.Children.TryGetValue("name", out var named) ? named.ToString() : step["uses"].ToString();
            var condition = step.Children.TryGetValue("if", out var test) ? test.ToString() : "${{ success() }}";
            if (!Holds(condition, context, outcomes))
            {
                outcomes[name] = "skipped";
                continue;
            }

            if (!step.Children.TryGetValue("run", out var script) || script.ToString().StartsWith("dotnet tool install", StringComparison.Ordinal))
            {
                outcomes[name] = "success";
                continue;
            }

            List<string> environment =
            [
                $"PATH={bin}:{Environment.GetEnvironmentVariable("PATH")}", "GITHUB_BASE_REF=main", "GITHUB_REPOSITORY=acme/bots",
                $"RUNNER_TEMP={runner}", $"GITHUB_STEP_SUMMARY={Path.Combine(runner, "summary.md")}", $"BOTFORGE_CACHE_DIR={Path.Combine(runner, "cache")}",
            ];
            if (step.Children.TryGetValue("env", out var env))
            {
                environment.AddRange(((YamlMappingNode)env).Children.Select(e =>
                    $"{e.Key}={Expression().Replace(e.Value.ToString(), m => context[m.Groups[1].Value])}"));
            }

            var run = await Tool.RunAsync("env", checkout, null, [.. environment, "bash", "-e", "-c", script.ToString()]);
            outcomes[name] = run.ExitCode == 0 ? "success" : "failure";
            log.Append(CultureInfo.InvariantCulture, $"step '{name}': exit {run.ExitCode}\n{run.Error}");
            if (step.Children.TryGetValue("id", out var id))
            {
                outcomes[$"steps.{id}.outcome"] = outcomes[name];
            }
        }

        return new Steps(outcomes, log.ToString());
    }

    /// <param name="Outcomes">Each step's outcome by name (and by <c>steps.ID.outcome</c> for a step with an id).</param>
    /// <param name="Log">What each step that ran wrote on stderr.</param>
    private sealed record Steps(Dictionary<string, string> Outcomes, string Log)
    {
        public void AllSucceeded() => Assert.True(Outcomes.Values.All(o => o == "success"), Log);
    }

    /// <summary>
    /// The step conditions the workflow uses: <c>success()</c>, <c>!cancelled()</c>, and <c>a == b</c> over step
    /// outcomes, the event's values and quoted strings, joined by <c>&amp;&amp;</c>. Anything else fails the test.
    /// </summary>
    private static bool Holds(string condition, Dictionary<string, string> context, Dictionary<string, string> outcomes)
    {
        var compact = condition.Replace(" ", "", StringComparison.Ordinal);
        Assert.True(compact.StartsWith("${{", StringComparison.Ordinal) && compact.EndsWith("}}", StringComparison.Ordinal), $"not an expression: {condition}");
        string Value(string term) => term.StartsWith('\'') ? term.Trim('\'') : term.StartsWith("steps.", StringComparison.Ordinal) ? outcomes.GetValueOrDefault(term, "skipped") : context[term];
        return compact[3..^2].Split("&&").All(term => term switch
        {
            "success()" => !outcomes.ContainsValue("failure"),
            "!cancelled()" => true,
            _ when term.Split("==") is [var left, var right] => Value(left) == Value(right),
            _ => throw new InvalidOperationException($"a condition the test does not read: {term}"),
        });
    }

    private static JsonObject Comment(int id, string login, string body) =>
        new() { ["id"] = id, ["user"] = new JsonObject { ["login"] = login }, ["body"] = body };

    private static List<JsonNode> Comments(string runner) =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(runner, "comments.json")))!.AsArray().Select(c => c!)];

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => n is YamlSequenceNode list ? list[int.Parse(key, CultureInfo.InvariantCulture)] : ((YamlMappingNode)n)[key]).ToString();

    /// <summary>
    /// The GitHub CLI calls the workflow makes, on comments kept in comments.json beside the bin folder: listing them
    /// (through the real jq, as gh's --jq), editing one (PATCH with body=@FILE) and adding one as github-actions[bot].
    /// Anything else fails.
    /// </summary>
    private const string FakeGh = """
        #!/usr/bin/env python3
        import json, os, subprocess, sys
        state = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "comments.json")
        comments = json.load(open(state, encoding="utf-8")) if os.path.exists(state) else []
        args = sys.argv[1:]
        def option(name):
            return args[args.index(name) + 1]
        def save():
            with open(state, "w", encoding="utf-8") as f:
                json.dump(comments, f, ensure_ascii=False)
        if args[0] == "api" and "--method" not in args and args[-3:-1] == ["repos/acme/bots/issues/7/comments", "--jq"] and args[1] == "--paginate":
            out = subprocess.run(["jq", "-r", args[-1]], input=json.dumps(comments), capture_output=True, text=True, check=True).stdout
            sys.stdout.write(out)
        elif args[:3] == ["api", "--method", "PATCH"] and args[3].startswith("repos/acme/bots/issues/comments/") and args[4] == "-F" and args[5].startswith("body=@"):
            comment = next(c for c in comments if c["id"] == int(args[3].rsplit("/", 1)[1]))
            comment["body"] = open(args[5][len("body=@"):], encoding="utf-8").read()
            save()
            print(json.dumps(comment))
        elif args[:3] == ["pr", "comment", "7"] and args[3] == "--body-file":
            comments.append({"id": 1000 + len(comments), "user": {"login": "github-actions[bot]"}, "body": open(args[4], encoding="utf-8").read()})
            save()
        else:
            sys.exit("fake gh: unexpected call: " + " ".join(args))
        """;

    [Fact]
    public async Task An_existing_workflow_is_never_overwritten()
    {
        using var repo = TempProject.With(("bot/botforge.yaml", TempProject.MinimalProjectFile));
        await Tool.GitAsync(repo.Root, "init", "-q");
        var path = repo.Write(".github/workflows/botforge-test_bot.yml", "mine\n");

        var run = CliRun.Of(repo.Root, "init", "bot", "--ci", "github");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("botforge: error: .github/workflows/botforge-test_bot.yml already exists; remove it first to write it again\n", run.Error);
        Assert.Equal("mine\n", File.ReadAllText(path));
    }

    /// <summary>.github a file (or a link to nowhere): an error naming it, exit 2, where it was an internal error.</summary>
    [Fact]
    public async Task A_github_that_is_a_file_is_reported_not_an_internal_error()
    {
        using var repo = TempProject.With(("bot/botforge.yaml", TempProject.MinimalProjectFile), (".github", "mine\n"));
        await Tool.GitAsync(repo.Root, "init", "-q");

        var run = CliRun.Of(repo.Root, "init", "bot", "--ci", "github");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("botforge: error: cannot write .github/workflows/botforge-test_bot.yml: .github is a file, not a folder\n", run.Error);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(repo.Root, ".github")));

        File.Delete(Path.Combine(repo.Root, ".github"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, ".github"), Path.Combine(repo.Root, "nowhere"));
        var dangling = CliRun.Of(repo.Root, "init", "bot", "--ci", "github");
        Assert.Equal(2, dangling.ExitCode);
        Assert.StartsWith("botforge: error: cannot write .github/workflows/botforge-test_bot.yml: ", dangling.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "bot", "is not inside a git repository")]
    [InlineData(true, "nobot", "'nobot' is not a bot project (no botforge.yaml)")]
    public async Task Ci_needs_a_bot_in_a_git_repository(bool git, string folder, string message)
    {
        using var repo = TempProject.With(("bot/botforge.yaml", TempProject.MinimalProjectFile), ("nobot/readme.md", "x"));
        if (git)
        {
            await Tool.GitAsync(repo.Root, "init", "-q");
        }

        var run = CliRun.Of(repo.Root, "init", folder, "--ci", "github");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, ".github")));
    }

    [GeneratedRegex(@"\$\{\{\s*([^}]+?)\s*\}\}")]
    private static partial Regex Expression();
}
