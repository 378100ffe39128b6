using BotForge.Tests.Support;

namespace BotForge.Tests.Diff;

/// <summary>
/// A version with a file that does not parse is missing that file's nodes: compared, they showed as removed
/// ("start node RAISE_TICKET was removed") in the review comment of a change that only broke the YAML.
/// </summary>
public sealed class BrokenVersionTests
{
    [Fact]
    public void A_version_with_a_file_that_does_not_parse_is_not_compared_on_either_side()
    {
        using var broken = TempProject.CopyOf(Repo.ExampleBot);
        broken.Edit("stories/support/raise_ticket.yaml", "subject: Chat support request", "subject: \"Chat support request");
        foreach (var (old, @new) in new[] { (Repo.ExampleBot, broken.Root), (broken.Root, Repo.ExampleBot) })
        {
            var result = CliRun.Of(Repo.Root, "diff", old, @new, "--format", "markdown");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("stories/support/raise_ticket.yaml:53:18: error BF0010:", result.Error, StringComparison.Ordinal);
            Assert.Contains($"botforge: error: {broken.Root} has a file that could not be read or parsed", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("RAISE_TICKET", result.Error, StringComparison.Ordinal);
        }
    }
}
