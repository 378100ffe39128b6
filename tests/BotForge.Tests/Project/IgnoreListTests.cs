using BotForge.Project;
using BotForge.Tests.Support;

namespace BotForge.Tests.Project;

/// <summary>
/// A bot at its repository's root shares it with other tools' YAML files (docker-compose.yml, mkdocs.yml, a
/// catalog-info.yaml, ops/**), each a BF0005 error that nothing could silence. botforge.yaml's ignore: lists them;
/// a stray it does not list is still an error, and it never drops a file of the layout.
/// </summary>
public sealed class IgnoreListTests
{
    private const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello there, hi bot, good morning]\n    bot_says: Hi.\n";

    [Fact]
    public void Listed_files_are_left_alone_and_the_others_still_reported()
    {
        using var project = TempProject.With(
            ("botforge.yaml", TempProject.MinimalProjectFile + "ignore: [docker-compose.yml, \"ops/**\", \"stories/**\"]\n"),
            ("stories/main/flow.yaml", Flow),
            ("docker-compose.yml", "services: {}\n"),
            ("ops/k8s/deploy.yaml", "kind: Deployment\n"),
            ("ops/broken.yaml", "a: [unclosed\n"),
            ("mkdocs.yml", "site_name: Bot\n"));

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("./mkdocs.yml:1:1: error BF0005: this YAML file is not part of the project layout, so BotForge would ignore it", run.Error.Split('\n')[0]);
        Assert.DoesNotContain("./docker-compose.yml:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("./ops/", run.Error, StringComparison.Ordinal);

        // "stories/**" drops no sub-story: the bot still has its node (a test naming it passes the check).
        var built = CliRun.Of(project.Root, "build", ".", "-o", Path.Combine(project.Root, "out"));
        Assert.Contains("error BF0005", built.Error, StringComparison.Ordinal);
        File.Delete(Path.Combine(project.Root, "mkdocs.yml"));
        built = CliRun.Of(project.Root, "build", ".", "-o", Path.Combine(project.Root, "out"));
        Assert.True(built.ExitCode == 0, built.Error);
        Assert.Contains("\"system_name\": \"A\"", File.ReadAllText(Path.Combine(project.Root, "out", "bot.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docker-compose.yml", "docker-compose.yml", true)]
    [InlineData("docker-compose.yml", "ops/docker-compose.yml", false)]
    [InlineData("./mkdocs.yml", "mkdocs.yml", true)]
    [InlineData("/mkdocs.yml", "mkdocs.yml", true)]
    [InlineData("*.yml", "a.yml", true)]
    [InlineData("*.yml", "ops/a.yml", false)]
    [InlineData("**/*.yml", "a.yml", true)]
    [InlineData("**/*.yml", "ops/k8s/a.yml", true)]
    [InlineData("ops/**", "ops/k8s/a.yaml", true)]
    [InlineData("ops/**", "opsx/a.yaml", false)]
    [InlineData("ci/?.yaml", "ci/a.yaml", true)]
    [InlineData("ci/?.yaml", "ci/ab.yaml", false)]
    [InlineData("a+b(1).yaml", "a+b(1).yaml", true)]
    public void A_pattern_matches_paths_from_the_project_folder(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, IgnoreList.Pattern(pattern).IsMatch(path));
    }
}
