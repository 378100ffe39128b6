using BotForge.Tests.Support;

namespace BotForge.Tests.Project;

/// <summary>A FIFO named like a source file would block a read forever: it is refused (BF0003, exit 2) without being opened.</summary>
public sealed class SpecialFileTests
{
    [Fact]
    public async Task A_fifo_named_yaml_is_refused_at_once()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n"));
        var fifo = Path.Combine(project.Root, "stories", "main", "pipe.yaml");
        var made = await Tool.RunAsync("mkfifo", project.Root, null, fifo);
        Assert.True(made.ExitCode == 0, made.Error);

        var run = await Task.Run(() => CliRun.Of(project.Root, "validate", ".")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stories/main/pipe.yaml:1:1: error BF0003: cannot read the file: it is a named pipe (FIFO), not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regular_file_and_a_folder_are_not_special()
    {
        using var project = TempProject.With(("a.txt", "x"));

        Assert.Null(BotForge.Project.FileKind.Special(Path.Combine(project.Root, "a.txt")));
        Assert.Null(BotForge.Project.FileKind.Special(project.Root));
        Assert.Equal("device", BotForge.Project.FileKind.Special("/dev/null"));
    }
}
