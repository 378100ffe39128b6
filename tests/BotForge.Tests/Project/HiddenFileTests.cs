using BotForge.Tests.Support;

namespace BotForge.Tests.Project;

/// <summary>
/// Hidden files are not the project's, as hidden folders and Python virtual environments are not: another tool's settings at a repository's root,
/// an editor's lock file beside the file being edited (Emacs's .#flow.yaml, a link to nowhere), macOS's AppleDouble
/// copy. Each made `validate` fail (BF0005, or BF0003 with exit 2) while the bot had no error.
/// </summary>
public sealed class HiddenFileTests
{
    private const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello there, hi bot, good morning]\n    bot_says: Hi.\n";

    [Theory]
    [InlineData(".pre-commit-config.yaml", "repos: []\n")]
    [InlineData(".gitlab-ci.yml", "stages: [test]\n")]
    [InlineData("stories/main/._flow.yaml", "\0\u0005\u0016\u0007\0\u0002\0\0Mac OS X")]
    public void A_hidden_file_is_not_read(string hidden, string content)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), (hidden, content));

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.DoesNotContain(hidden, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emacs_lock_file_is_not_read()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));
        File.CreateSymbolicLink(Path.Combine(project.Root, "stories", "main", ".#flow.yaml"), "author@laptop.4242:1764000000");

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.DoesNotContain("BF0003", run.Out + run.Error, StringComparison.Ordinal);
    }

    /// <summary>A virtual environment made in the project to run its scripts: yamllint ships yamllint/conf/default.yaml.</summary>
    [Theory]
    [InlineData("venv")]
    [InlineData("scripts/env")]
    public void A_python_virtual_environment_is_not_searched(string folder)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ($"{folder}/pyvenv.cfg", "home = /usr/bin\n"),
            ($"{folder}/lib/python3.11/site-packages/yamllint/conf/default.yaml", "rules: {}\n"));

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.DoesNotContain("default.yaml", run.Out + run.Error, StringComparison.Ordinal);
    }

    /// <summary>What the language server compiles again for, when an editor changes a file or tells of one changed on disk.</summary>
    [Theory]
    [InlineData("stories/main/flow.yaml", true)]
    [InlineData("botforge.yaml", true)]
    [InlineData("scripts/check.py", true)]
    [InlineData(".scripts/check.py", true)]
    [InlineData("stories/main/.#flow.yaml", false)]
    [InlineData(".gitlab-ci.yml", false)]
    [InlineData(".github/workflows/ci.yml", false)]
    [InlineData("node_modules/x/a.yaml", false)]
    [InlineData("venv/lib/a.yaml", false)]
    [InlineData("README.md", false)]
    public void The_files_a_compilation_reads_are_told(string relative, bool reads)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("venv/pyvenv.cfg", "home = /usr/bin\n"));

        Assert.Equal(reads, BotForge.Project.ProjectLoader.Reads(project.Root, relative));
    }

    [Fact]
    public void A_file_that_is_not_hidden_beside_them_is_still_reported()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), (".yamllint.yml", "extends: default\n"), ("notes.yml", "a: 1\n"));

        var run = CliRun.Of(project.Root, "validate", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.yml:1:1: error BF0005", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".yamllint.yml", run.Out + run.Error, StringComparison.Ordinal);
    }
}
