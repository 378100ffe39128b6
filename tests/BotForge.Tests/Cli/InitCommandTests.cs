using System.Diagnostics;
using System.Text.RegularExpressions;
using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary><c>botforge init</c>: each template is a bot that validates clean and passes its own conversation tests.</summary>
public sealed partial class InitCommandTests
{
    [Theory]
    [InlineData("starter", 1)]
    [InlineData("ticketing", 5)]
    public void A_template_validates_clean_builds_and_passes_its_tests(string template, int conversations)
    {
        using var folder = new TempProject();

        var init = CliRun.Of(folder.Root, "init", "My Support Bot", "--template", template);
        var validate = CliRun.Of(folder.Root, "validate", "My Support Bot");
        var build = CliRun.Of(folder.Root, "build", "My Support Bot");
        var test = CliRun.Of(folder.Root, "test", "My Support Bot");

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal("my_support_bot: 0 errors, 0 warnings\n", validate.Error);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("0 errors, 0 warnings", build.Out, StringComparison.Ordinal);
        Assert.True(test.ExitCode == 0, test.Out + test.Error);
        Assert.Contains($"my_support_bot: {conversations} passed, 0 failed", test.Out, StringComparison.Ordinal);
        Assert.Contains("id: my_support_bot", File.ReadAllText(Path.Combine(folder.Root, "My Support Bot", "botforge.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ticketing_template_has_every_part_a_ticketing_bot_needs()
    {
        using var folder = new TempProject();

        var init = CliRun.Of(folder.Root, "init", "desk", "--template", "ticketing");
        var compilation = Compilation.Create(Path.Combine(folder.Root, "desk"), "desk");
        compilation.Validate();
        var bot = compilation.Model!;

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.NotEmpty(bot.Entities);
        Assert.NotEmpty(bot.Faq);
        Assert.NotEmpty(bot.Taskbox!.Tasks);
        Assert.Contains(bot.Env, v => v.Secret);
        var createCase = Assert.Single(bot.Nodes, n => n.Code is Model.ActionStep);
        Assert.Equal(2, createCase.Connections.Count);
        Assert.True(File.Exists(Path.Combine(folder.Root, "desk", "tests", "conversations.yaml")));
        Assert.Contains("Wrote desk/.github/workflows/botforge-desk.yml", init.Out, StringComparison.Ordinal);
        var workflow = File.ReadAllText(Path.Combine(folder.Root, "desk", ".github", "workflows", "botforge-desk.yml"));
        Assert.Contains("botforge validate . --format github", workflow, StringComparison.Ordinal);
        Assert.Contains("- \"**\"", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_a_git_repository_the_workflow_goes_to_the_repository_root()
    {
        using var repo = new TempProject();
        await Tool.GitAsync(repo.Root, "init", "-q");

        var init = CliRun.Of(repo.Root, "init", "bots/desk", "--template", "ticketing");

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("bots/desk/**", File.ReadAllText(Path.Combine(repo.Root, ".github", "workflows", "botforge-desk.yml")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "bots", "desk", ".github")));
    }

    [Theory]
    [InlineData("starter")]
    [InlineData("ticketing")]
    public void Every_schema_comment_is_a_relative_path_to_a_schema_written_with_the_bot(string template)
    {
        using var folder = new TempProject();
        CliRun.Of(folder.Root, "init", "bot", "--template", template);
        var root = Path.Combine(folder.Root, "bot");

        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var match = SchemaComment().Match(File.ReadLines(file).First());
            Assert.True(match.Success, $"{file} does not start with a $schema comment");
            var target = match.Groups[1].Value;
            Assert.False(Uri.TryCreate(target, UriKind.Absolute, out _), $"{file}: {target} is not a relative path");
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, target)), $"{file}: {target} does not exist");
        });
    }

    [Theory]
    [InlineData("My Support Bot", "my_support_bot")]
    [InlineData("Ünïcødé bot", "unicode_bot")]      // was n_c_d_bot: letters with accents were dropped
    [InlineData("Café Crème", "cafe_creme")]
    [InlineData("Straße", "strasse")]
    [InlineData("123", "bot_123")]
    [InlineData("日本", "bot")]
    public void A_folder_name_becomes_a_bot_id_with_accents_as_their_letters(string folder, string id) =>
        Assert.Equal(id, BotForge.Cli.Scaffold.ProjectTemplates.ToId(folder));

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        using var folder = TempProject.With();

        var run = CliRun.Of(folder.Root, "init", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_is_bad_usage()
    {
        using var folder = new TempProject();

        var run = CliRun.Of(folder.Root, "init", "bot", "--template", "helpdesk");

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "bot")));
    }

    /// <summary>
    /// What we ship is read by other tools too, many of them YAML 1.1 parsers (PyYAML): the example bot, the init
    /// templates and the test bots must parse there as well (a plain <c>says: May I…?</c> in a flow mapping does not).
    /// </summary>
    [Fact]
    public void Shipped_yaml_files_parse_with_a_yaml_1_1_parser()
    {
        var files = new[] { "bots", "templates", Path.Combine("tests", "BotForge.Tests", "Simulation") }
            .SelectMany(d => Directory.EnumerateFiles(Repo.Path_(d), "*.yaml", SearchOption.AllDirectories)).ToList();
        var python = ScriptHarness.PythonWith("yaml", "python3-yaml");
        var start = new ProcessStartInfo(python, ["-c", "import sys, yaml\nfor f in sys.argv[1:]:\n    try:\n        yaml.safe_load(open(f, encoding='utf-8'))\n    except yaml.YAMLError as e:\n        print(f, str(e).replace(chr(10), ' '))\n", .. files])
        {
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var failures = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.True(files.Count > 10);
        Assert.Equal(0, process.ExitCode);
        Assert.True(failures.Length == 0, failures);
    }

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(\S+)$")]
    private static partial Regex SchemaComment();
}
