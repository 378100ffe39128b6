using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>
/// PROJECT left out: the nearest folder with a botforge.yaml at or above the working folder, never above the git
/// repository it is in; with none, '.' is reported as no project.
/// </summary>
public sealed class ProjectArgumentTests
{
    [Fact]
    public void Inside_a_project_the_commands_find_it_and_paths_are_shown_from_the_working_folder()
    {
        using var bot = TempProject.CopyOf(Repo.ExampleBot);
        bot.Edit("entities.yaml", "entities:\n", "entities:\n  - name: unused_one\n    type: regex\n    pattern: '^x$'\n");
        var folder = Path.Combine(bot.Root, "stories", "support");

        var validate = CliRun.Of(folder, "validate");
        Assert.Equal(0, validate.ExitCode);
        Assert.StartsWith("../../entities.yaml:3:11: warning BF2011: the entity unused_one is defined but no node collects it\n", validate.Error, StringComparison.Ordinal);

        var build = CliRun.Of(bot.Root, "build");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.StartsWith("Built acme_support into ./dist (", build.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bot.Root, "dist", "bot.json")));

        var graph = CliRun.Of(folder, "graph", "--story", "support");
        Assert.Equal(0, graph.ExitCode);
        Assert.StartsWith("flowchart TD\n", graph.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_stops_at_the_repository_root()
    {
        using var outer = TempProject.With(("botforge.yaml", TempProject.MinimalProjectFile), ("repo/readme.md", "notes\n"));
        var repository = Path.Combine(outer.Root, "repo");
        await Tool.GitAsync(repository, "init", "-q");

        var run = CliRun.Of(repository, "validate");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("botforge: error BF0002: '.' has no botforge.yaml, so it is not a BotForge project\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_any_repository_a_project_above_is_found()
    {
        using var outer = TempProject.With(("botforge.yaml", TempProject.MinimalProjectFile), ("notes/readme.md", "notes\n"));

        var run = CliRun.Of(Path.Combine(outer.Root, "notes"), "validate");

        Assert.Contains("test_bot: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BF0002", run.Error, StringComparison.Ordinal);
    }
}
