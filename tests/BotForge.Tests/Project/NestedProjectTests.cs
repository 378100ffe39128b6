using BotForge.Tests.Support;

namespace BotForge.Tests.Project;

/// <summary>
/// A folder with a botforge.yaml of its own inside a project is a project of its own: the search does not read its
/// files as the outer project's, and says so once, at its botforge.yaml (it was one "not part of the project
/// layout" per file of it).
/// </summary>
public sealed class NestedProjectTests
{
    [Fact]
    public void A_project_inside_a_project_is_one_error_and_none_of_its_files_is_read()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(project.Root, "examples", "copy"));

        var outer = CliRun.Of(project.Root, "validate", ".");
        var inner = CliRun.Of(project.Root, "validate", "examples/copy");

        Assert.Equal(1, outer.ExitCode);
        Assert.Equal(
            "./examples/copy/botforge.yaml:1:1: error BF0005: 'examples/copy' is a project of its own (it has a botforge.yaml): its files are not part of this project, so BotForge ignores them here\n" +
            "    hint: move it out of this project, and validate it on its own\n" +
            "acme_support: 1 error, 0 warnings\n", outer.Error);
        Assert.True(inner.ExitCode == 0, inner.Error);
    }
}
