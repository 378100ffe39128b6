using System.Text;
using System.Text.RegularExpressions;
using BotForge.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BotForge.Tests.Cli;

/// <summary>
/// <c>botforge init BOT --ci github</c>: the workflow it writes is valid YAML, and its botforge steps (validate,
/// build, test, diff), run as a pull request would run them (a clone with origin/main, a branch with an edit), succeed and show the edit.
/// </summary>
public sealed partial class CiWorkflowTests
{
    [Fact]
    public async Task The_workflow_steps_run_on_a_pull_request_branch()
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

        var workflow = new YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(clone.Root, ".github", "workflows", "botforge-acme_support.yml"))));
        var root = (YamlMappingNode)workflow.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["bot"])["steps"];
        Assert.Equal("bots/acme/**", ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["on"])["pull_request"])["paths"])[0].ToString());
        var commands = steps.Children.Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run") && s["run"].ToString().StartsWith("botforge ", StringComparison.Ordinal))
            .Select(s => s["run"].ToString()).ToList();
        Assert.Equal(["validate", "build", "test", "diff"], commands.Select(c => c.Split(' ')[1]));

        using var runner = new TempProject();
        var environment = new Dictionary<string, string> { ["GITHUB_BASE_REF"] = "main", ["RUNNER_TEMP"] = runner.Root };
        foreach (var command in commands)
        {
            var (args, redirect) = Shell(command, environment);
            var run = CliRun.Of(clone.Root, args[1..]);
            Assert.True(run.ExitCode == 0, $"{command}\n{run.Error}");
            if (redirect is not null)
            {
                File.WriteAllText(redirect, run.Out, new UTF8Encoding(false));
            }
        }

        var comment = File.ReadAllText(Path.Combine(runner.Root, "botforge-diff.md"));
        Assert.StartsWith("## BotForge diff: `acme_support`\n\n`origin/main:bots/acme` → `bots/acme`: 1 node changed", comment, StringComparison.Ordinal);
        Assert.Contains("Acme Support <del>assistant</del><ins>helper</ins>.", comment, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(runner.Root, "bundle", "bot.json")));
        Assert.Contains("failures=\"0\"", File.ReadAllText(Path.Combine(runner.Root, "botforge-tests.xml")), StringComparison.Ordinal);
    }

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

    /// <summary>The little shell the template's botforge lines need: double quotes, $NAME, and "> FILE".</summary>
    private static (string[] Args, string? Redirect) Shell(string line, Dictionary<string, string> environment)
    {
        var words = Word().Matches(line).Select(m => Variable().Replace(m.Value.Trim('"'), v => environment[v.Groups[1].Value])).ToList();
        var redirect = words.IndexOf(">");
        return redirect < 0 ? ([.. words], null) : ([.. words[..redirect]], words[redirect + 1]);
    }

    [GeneratedRegex("\"[^\"]*\"|[^\\s\"]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\$([A-Z_]+)")]
    private static partial Regex Variable();
}
