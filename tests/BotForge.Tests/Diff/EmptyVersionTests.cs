using BotForge.Tests.Support;

namespace BotForge.Tests.Diff;

/// <summary>
/// A diff against a version with no user says at all: the second version's similarity join starts from the
/// first's, which failed on no texts ("internal error" whenever that version's compilation came second).
/// </summary>
public sealed class EmptyVersionTests
{
    [Fact]
    public void A_version_without_user_says_is_compared_whichever_side_it_is_on()
    {
        using var empty = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: ONLY\n    end: true\n    bot_says: Hi\n"));
        foreach (var (old, @new) in new[] { (Repo.ExampleBot, empty.Root), (empty.Root, Repo.ExampleBot), (empty.Root, empty.Root) })
        {
            for (var run = 0; run < 3; run++)
            {
                var result = CliRun.Of(Repo.Root, "diff", old, @new);

                Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
                Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
            }
        }
    }
}
