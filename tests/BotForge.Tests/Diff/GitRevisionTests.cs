using BotForge.Tests.Support;

namespace BotForge.Tests.Diff;

/// <summary><c>botforge diff REV:PATH …</c> reads git objects, never the work tree or the index.</summary>
public sealed class GitRevisionTests
{
    /// <summary>A new repository holding the example bot at <paramref name="bot"/>, committed.</summary>
    private static async Task<TempProject> RepositoryWithExampleBot(string bot, string message = "the bot")
    {
        var repo = new TempProject();
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(repo.Root, bot));
        await Tool.GitAsync(repo.Root, "init", "-q");
        await Tool.GitAsync(repo.Root, "add", ".");
        await Tool.GitAsync(repo.Root, "commit", "-q", "-m", message);
        return repo;
    }

    [Fact]
    public async Task Two_revisions_of_a_repository_are_diffed_without_touching_the_work_tree()
    {
        using var repo = await RepositoryWithExampleBot("bots/acme");
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

    /// <summary>
    /// Run from a sub-folder of the repository, a revision's path is from the repository's root (or, with ./, from the
    /// working folder), as in git. git ls-tree lists only what is under the working folder unless told otherwise:
    /// every such diff read an empty tree ("has no botforge.yaml").
    /// </summary>
    [Fact]
    public async Task A_revision_is_read_whole_from_a_sub_folder_of_the_repository()
    {
        using var repo = await RepositoryWithExampleBot("bots/acme");
        var bots = Path.Combine(repo.Root, "bots");

        foreach (var (folder, revision, project) in new[] { (bots, "HEAD:bots/acme", "acme"), (bots, "HEAD:./acme", "acme"), (Path.Combine(bots, "acme", "stories"), "HEAD:bots/acme", "..") })
        {
            var run = CliRun.Of(folder, "diff", revision, project);
            Assert.True(run.ExitCode == 0, $"{revision} from {folder}: {run.Error}");
            Assert.Equal($"acme_support: {revision} -> {project}: no changes; errors 0 → 0, warnings 0 → 0\n", run.Out);
        }

        var fromHere = CliRun.Of(bots, "diff", "HEAD:acme", "acme");
        Assert.Equal(2, fromHere.ExitCode);
        Assert.EndsWith("(a path after 'HEAD:' is from the repository's root; HEAD:./acme is one from the working folder)\n", fromHere.Error, StringComparison.Ordinal);
        var noRevision = CliRun.Of(bots, "diff", "nosuchrev:acme", "acme");
        Assert.Equal(2, noRevision.ExitCode);
        Assert.DoesNotContain("from the repository's root", noRevision.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A bot at the repository's root is "." to the workflow `init --ci github` writes, whose diff step ran
    /// `botforge diff origin/main:. .`: git has no object "HEAD:.", so the step failed on every pull request.
    /// </summary>
    [Fact]
    public async Task A_bot_at_the_repository_root_is_read_as_dot()
    {
        using var repo = await RepositoryWithExampleBot(".");

        foreach (var revision in new[] { "HEAD:.", "HEAD:./", "HEAD:", "HEAD:/" })
        {
            var run = CliRun.Of(repo.Root, "diff", revision, ".");
            Assert.True(run.ExitCode == 0, $"{revision}: {run.Error}");
            Assert.Equal($"acme_support: {revision} -> .: no changes; errors 0 → 0, warnings 0 → 0\n", run.Out);
        }

        var fromStories = CliRun.Of(Path.Combine(repo.Root, "stories"), "diff", "HEAD:..", "..");
        Assert.True(fromStories.ExitCode == 0, fromStories.Error);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(".", "./")]
    [InlineData("./", "./")]
    [InlineData("/bots/acme/", "bots/acme")]
    [InlineData("bots/./acme/.", "bots/acme")]
    [InlineData("./acme", "./acme")]
    [InlineData("..", "../")]
    [InlineData("../bots", "../bots")]
    [InlineData("acme/..", "acme/../")]
    public void A_path_is_written_as_git_reads_it(string written, string read)
    {
        Assert.Equal(read, BotForge.Cli.Arguments.ProjectSource.GitPath(written));
    }

    /// <summary>A shallow clone (a CI checkout's default) has no base branch: the error says so and how to fetch it.</summary>
    [Fact]
    public async Task A_revision_missing_from_a_shallow_clone_says_to_fetch_it()
    {
        using var origin = await RepositoryWithExampleBot("bot", "one");
        await Tool.GitAsync(origin.Root, "commit", "-q", "--allow-empty", "-m", "two");
        using var clone = new TempProject();
        await Tool.GitAsync(clone.Root, "clone", "-q", "--depth", "1", $"file://{origin.Root}", ".");

        var run = CliRun.Of(clone.Root, "diff", "HEAD~1:bot", "bot");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("(this clone is shallow: fetch 'HEAD~1' first, e.g. git fetch origin, or fetch-depth: 0 with actions/checkout)\n", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A repository holding the example bot as a submodule at bots/acme (<paramref name="whole"/>), or holding it with
    /// its stories/support folder a submodule; the submodule's repository is <paramref name="inner"/>.
    /// </summary>
    private static async Task<TempProject> RepositoryWithSubmodule(TempProject inner, bool whole)
    {
        var repo = new TempProject();
        await Tool.GitAsync(repo.Root, "init", "-q");
        if (whole)
        {
            TempProject.CopyInto(Repo.ExampleBot, inner.Root);
        }
        else
        {
            TempProject.CopyInto(Repo.ExampleBot, Path.Combine(repo.Root, "bots", "acme"));
            var support = Path.Combine(repo.Root, "bots", "acme", "stories", "support");
            TempProject.CopyInto(support, inner.Root);
            Directory.Delete(support, recursive: true);
            await Tool.GitAsync(repo.Root, "add", ".");
        }

        await Tool.GitAsync(inner.Root, "init", "-q");
        await Tool.GitAsync(inner.Root, "add", ".");
        await Tool.GitAsync(inner.Root, "commit", "-q", "-m", "inner");
        await Tool.GitAsync(repo.Root, "-c", "protocol.file.allow=always", "submodule", "add", "-q", inner.Root, whole ? "bots/acme" : "bots/acme/stories/support");
        await Tool.GitAsync(repo.Root, "commit", "-q", "-m", "outer");
        return repo;
    }

    /// <summary>
    /// A bot that is a submodule of the repository (a monorepo of bots), or that holds one: git lists a submodule as a
    /// commit of another repository. The first was "not a tree object" with a hint about the path; the second compared
    /// without the submodule's files, so every node in them showed as removed.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_submodule_is_read_at_the_commit_the_revision_records(bool whole)
    {
        using var inner = new TempProject();
        using var repo = await RepositoryWithSubmodule(inner, whole);
        var module = Path.Combine(repo.Root, "bots", "acme", whole ? string.Empty : "stories/support");
        TempProject.EditFile(Path.Combine(repo.Root, "bots", "acme", "stories", "support", "greeting.yaml"), "      - good evening\n", string.Empty);
        await Tool.GitAsync(module, "commit", "-q", "-am", "drop a greeting");
        await Tool.GitAsync(repo.Root, "commit", "-q", "-am", "the submodule moves on");

        var same = CliRun.Of(repo.Root, "diff", "HEAD:bots/acme", "bots/acme");
        var changed = CliRun.Of(Path.Combine(repo.Root, "bots"), "diff", "HEAD~1:./acme", "HEAD:bots/acme");

        Assert.True(same.ExitCode == 0, same.Error);
        Assert.Equal("acme_support: HEAD:bots/acme -> bots/acme: no changes; errors 0 → 0, warnings 0 → 0\n", same.Out);
        Assert.True(changed.ExitCode == 0, changed.Error);
        Assert.Contains("1 node changed", changed.Out, StringComparison.Ordinal);
        Assert.Contains("user_says: −1: \"good evening\"", changed.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_submodule_that_is_not_checked_out_is_bad_input_saying_so(bool whole)
    {
        using var inner = new TempProject();
        using var origin = await RepositoryWithSubmodule(inner, whole);
        using var clone = new TempProject();
        await Tool.GitAsync(clone.Root, "clone", "-q", origin.Root, ".");
        var submodule = whole ? "bots/acme" : "bots/acme/stories/support";

        var run = CliRun.Of(clone.Root, "diff", "HEAD:bots/acme", "HEAD:bots/acme");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches($"^botforge: error: cannot read 'HEAD:bots/acme' from git: '{submodule}' is a submodule, at commit [0-9a-f]{{12}} in 'HEAD:bots/acme', and it is not checked out here \\(git submodule update --init, or submodules: true with actions/checkout\\)\n", run.Error);
        Assert.Empty(run.Out);
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

    /// <summary>
    /// Trees git would never make, crafted object by object: a link and then an entry beneath it, or a link and then a
    /// file of the same name. Read as REVISION:PATH, nothing may be written where the link leads.
    /// </summary>
    [Theory]
    [InlineData(false, "the tree has an entry beneath one of its links: a/x")]
    [InlineData(true, "the tree names an entry twice: a")]
    public async Task A_crafted_tree_cannot_write_through_its_links(bool sameName, string message)
    {
        using var repo = new TempProject();
        using var outside = new TempProject();
        await Tool.GitAsync(repo.Root, "init", "-q");
        var linkTarget = sameName ? Path.Combine(outside.Root, "x") : outside.Root;
        var link = await Blob(repo.Root, "link", linkTarget);
        var file = await Blob(repo.Root, "file", "pwned");
        var project = await Blob(repo.Root, "project", TempProject.MinimalProjectFile);
        var second = sameName ? ("100644", "a", file) : ("40000", "a", await Tree(repo.Root, "sub", ("100644", "x", file)));
        var root = await Tree(repo.Root, "root", ("120000", "a", link), second, ("100644", "botforge.yaml", project));
        var commit = (await Tool.GitAsync(repo.Root, "commit-tree", root, "-m", "crafted")).Trim();
        await Tool.GitAsync(repo.Root, "update-ref", "refs/heads/crafted", commit);

        var run = CliRun.Of(repo.Root, "diff", "crafted:", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Root));
        await AssertLeavesNoTemporaryFolder(repo.Root, "crafted:");
    }

    [Fact]
    public async Task A_tree_naming_an_object_the_repository_lacks_is_bad_input()
    {
        using var repo = new TempProject();
        await Tool.GitAsync(repo.Root, "init", "-q");
        var project = await Blob(repo.Root, "project", TempProject.MinimalProjectFile);
        var root = await Tree(repo.Root, "root", ("100644", "botforge.yaml", project), ("100644", "faq.yaml", "1234567890123456789012345678901234567890"));
        var commit = (await Tool.GitAsync(repo.Root, "commit-tree", root, "-m", "damaged")).Trim();
        await Tool.GitAsync(repo.Root, "update-ref", "refs/heads/damaged", commit);

        var run = CliRun.Of(repo.Root, "diff", "damaged:", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("botforge: error: cannot read 'damaged:' from git: the file faq.yaml is missing from the repository", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
        await AssertLeavesNoTemporaryFolder(repo.Root, "damaged:");
    }

    [Fact]
    public async Task A_temporary_folder_that_cannot_be_made_is_one_line_and_exit_2()
    {
        // TMPDIR naming a file: it was an internal error (exit 70) from Directory.CreateTempSubdirectory.
        using var repo = new TempProject();
        await Tool.GitAsync(repo.Root, "init", "-q");
        var notAFolder = Path.Combine(repo.Root, ".git", "not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "x");

        var run = await Tool.RunAsync("env", repo.Root, null, "TMPDIR=" + notAFolder, "dotnet", Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "diff", "HEAD:", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"botforge: error: cannot read 'HEAD:' from git: no temporary folder could be made to read it into, in {notAFolder}/ (TMPDIR): ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The real CLI, in a process of its own with a temporary folder of its own, reads the revision, fails, and leaves no folder of its own there.</summary>
    private static async Task AssertLeavesNoTemporaryFolder(string repository, string revision)
    {
        using var temporary = new TempProject();
        var run = await Tool.RunAsync("env", repository, null, "TMPDIR=" + temporary.Root, "dotnet", Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "diff", revision, repository);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temporary.Root, "botforge-rev-*"));
    }

    private static async Task<string> Blob(string repository, string name, string content)
    {
        var path = Path.Combine(repository, ".git", name + ".blob");
        await File.WriteAllTextAsync(path, content);
        return (await Tool.GitAsync(repository, "hash-object", "-w", path)).Trim();
    }

    /// <summary>A tree object of the entries as given (order, names and all), written with git's --literally.</summary>
    private static async Task<string> Tree(string repository, string name, params (string Mode, string Name, string Id)[] entries)
    {
        using var bytes = new MemoryStream();
        foreach (var (mode, entry, id) in entries)
        {
            bytes.Write(System.Text.Encoding.ASCII.GetBytes($"{mode} {entry}\0"));
            bytes.Write(Convert.FromHexString(id));
        }

        var path = Path.Combine(repository, ".git", name + ".tree");
        await File.WriteAllBytesAsync(path, bytes.ToArray());
        return (await Tool.GitAsync(repository, "hash-object", "-t", "tree", "--literally", "-w", path)).Trim();
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
