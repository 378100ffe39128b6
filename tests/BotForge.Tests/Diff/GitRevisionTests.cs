using BotForge.Tests.Support;

namespace BotForge.Tests.Diff;

/// <summary><c>botforge diff REV:PATH …</c> reads git objects, never the work tree or the index.</summary>
public sealed class GitRevisionTests
{
    [Fact]
    public async Task Two_revisions_of_a_repository_are_diffed_without_touching_the_work_tree()
    {
        using var repo = new TempProject();
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(repo.Root, "bots", "acme"));
        await Tool.GitAsync(repo.Root, "init", "-q");
        await Tool.GitAsync(repo.Root, "add", ".");
        await Tool.GitAsync(repo.Root, "commit", "-q", "-m", "the bot");
        var flow = Path.Combine(repo.Root, "bots", "acme", "stories", "support", "greeting.yaml");
        TempProject.EditFile(flow, "      - good evening\n", string.Empty);
        await Tool.GitAsync(repo.Root, "commit", "-q", "-am", "drop a greeting");

        // An uncommitted edit in the work tree, and one staged in the index: neither may leak into a revision.
        TempProject.EditFile(flow, "      - hey\n", string.Empty);
        var faq = Path.Combine(repo.Root, "bots", "acme", "faq.yaml");
        TempProject.EditFile(faq, "how much is shipping", "what does shipping cost");
        await Tool.GitAsync(repo.Root, "add", "bots/acme/faq.yaml");
        var statusBefore = await Tool.GitAsync(repo.Root, "status", "--porcelain");
        var stashList = await Tool.GitAsync(repo.Root, "stash", "list");

        var run = CliRun.Of(repo.Root, "diff", "HEAD~1:bots/acme", "main:bots/acme");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            "acme_support: HEAD~1:bots/acme -> main:bots/acme: 1 node changed; errors 0 → 0, warnings 0 → 0\n\n" +
            "Risks (1):\n  ! start-user-says-removed: start node GREETING lost 1 of its 12 user says (11 now)\n\n" +
            "Nodes:\n  GREETING (Greeting) in support/greeting\n    user_says: −1: \"good evening\"\n",
            run.Out);
        Assert.Equal(statusBefore, await Tool.GitAsync(repo.Root, "status", "--porcelain"));
        Assert.Equal(stashList, await Tool.GitAsync(repo.Root, "stash", "list"));

        // A revision against the work tree: the committed state on one side, the files as they are on the other.
        var worktree = CliRun.Of(repo.Root, "diff", "main:bots/acme", "bots/acme", "--format", "json");
        Assert.True(worktree.ExitCode == 0, worktree.Error);
        Assert.Contains("\"old\": \"hey\"", worktree.Out, StringComparison.Ordinal);
        Assert.Contains("\"new\": \"what does shipping cost\"", worktree.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_from_a_revision_name_the_revision()
    {
        using var repo = new TempProject();
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(repo.Root, "bot"));
        var flow = Path.Combine(repo.Root, "bot", "stories", "support", "greeting.yaml");
        TempProject.EditFile(flow, "      - to: WHO_AM_I\n", "      - to: WHO_AM\n");
        await Tool.GitAsync(repo.Root, "init", "-q");
        await Tool.GitAsync(repo.Root, "add", ".");
        await Tool.GitAsync(repo.Root, "commit", "-q", "-m", "a broken bot");

        var run = CliRun.Of(repo.Root, "diff", Repo.ExampleBot, "HEAD:bot");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Out.Contains("new-error: HEAD:bot/stories/support/greeting.yaml:34:13: BF0203: no node has the system name 'WHO_AM'", StringComparison.Ordinal), run.Out);
    }

    [Theory]
    [InlineData("nosuchrev:bot", "cannot read 'nosuchrev:bot' from git")]
    [InlineData("HEAD:missing", "cannot read 'HEAD:missing' from git")]
    [InlineData("no-folder-no-colon", "'no-folder-no-colon' is neither a folder nor REVISION:PATH")]
    public async Task A_revision_that_cannot_be_read_is_bad_input(string spec, string message)
    {
        using var repo = TempProject.With(("bot/botforge.yaml", TempProject.MinimalProjectFile));
        await Tool.GitAsync(repo.Root, "init", "-q");
        await Tool.GitAsync(repo.Root, "add", ".");
        await Tool.GitAsync(repo.Root, "commit", "-q", "-m", "x");

        var run = CliRun.Of(repo.Root, "diff", spec, "bot");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("botforge: error: " + message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
