using BotForge.Tests.Support;

namespace BotForge.Tests.Project;

/// <summary>
/// The search for source files does not follow a link to a folder. One that leads out of the project to YAML files
/// would leave them out of the bot without a word: it is refused (BF0003, exit 2). One inside the project is read
/// where it leads, and one to a folder without YAML (images, say) is no source of the bot.
/// </summary>
public sealed class FolderLinkTests
{
    private const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n";

    private const string OtherFlow = "nodes:\n  - id: B\n    start: true\n    end: true\n    user_says: [goodbye]\n    bot_says: Bye.\n";

    [Theory]
    [InlineData("stories/shared", "flow.yaml")]
    [InlineData("stories", "shared/flow.yaml")]
    public void A_link_out_of_the_project_to_yaml_files_is_refused(string link, string inside)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));
        using var outside = TempProject.With((inside, OtherFlow));
        if (link == "stories")
        {
            Directory.Delete(Path.Combine(project.Root, "stories"), recursive: true);
        }

        Directory.CreateSymbolicLink(Path.Combine(project.Root, link), outside.Root);

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{link}:1:1: error BF0003: cannot read the folder: it is a link to a folder outside the project", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_project_and_one_to_a_folder_without_yaml_are_left_alone()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));
        using var assets = new TempProject();
        File.WriteAllText(Path.Combine(assets.Root, "logo.png"), "not really a png");
        Directory.CreateSymbolicLink(Path.Combine(project.Root, "stories", "alias"), Path.Combine(project.Root, "stories", "main"));
        Directory.CreateSymbolicLink(Path.Combine(project.Root, "assets"), assets.Root);

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("BF0003", run.Error, StringComparison.Ordinal);
    }
}
