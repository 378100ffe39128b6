using BotForge.Tests.Support;

namespace BotForge.Tests.Diff;

/// <summary>
/// A change made of characters that show as nothing, or that reorder what a reader sees, is a change a reviewer must
/// see. A user say "good evening" with a zero-width space added, and "good afternoon" written backwards behind a
/// right-to-left override, read in the pull-request comment exactly as before: "+2 … −2 …" of the same two texts.
/// </summary>
public sealed class InvisibleChangeTests
{
    [Theory]
    [InlineData("markdown", "`\\u{200B}`", "`\\u{202E}`")]
    [InlineData("text", "\\u{200B}", "\\u{202E}")]
    public void A_change_of_invisible_characters_shows(string format, string zeroWidth, string rightToLeft)
    {
        using var old = TempProject.CopyOf(Repo.ExampleBot);
        using var @new = TempProject.CopyOf(Repo.ExampleBot);
        var flow = Path.Combine(@new.Root, "stories", "support", "greeting.yaml");
        TempProject.EditFile(flow, "      - good evening\n", "      - \"good\\u200Bevening\"\n");
        TempProject.EditFile(flow, "      - good afternoon\n", "      - \"good \\u202Enoonretfa\"\n");

        var run = CliRun.Of(Repo.Root, "diff", old.Root, @new.Root, "--format", format);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"good{zeroWidth}evening", run.Out, StringComparison.Ordinal);
        Assert.Contains($"good {rightToLeft}noonretfa", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u200B', run.Out);
        Assert.DoesNotContain('\u202E', run.Out);
    }
}
