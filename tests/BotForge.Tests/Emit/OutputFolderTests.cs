using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BotForge.Tests.Support;

namespace BotForge.Tests.Emit;

/// <summary>
/// <c>build --out</c> replaces only a folder BotForge wrote (a BotForge manifest and exactly the files it lists);
/// anything else is refused with exit 2 and left as it was. Concurrent builds into one folder take turns, and what
/// a killed build leaves is cleaned by the next.
/// </summary>
public sealed class OutputFolderTests
{
    private static CliRun Build(string workingDirectory, string project, string output) => CliRun.Of(workingDirectory, "build", project, "--out", output);

    [Fact]
    public void A_folder_with_someone_elses_manifest_json_survives()
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        var extension = Path.Combine(work.Root, "extension");
        Directory.CreateDirectory(extension);
        File.WriteAllText(Path.Combine(extension, "manifest.json"), """{"manifest_version": 3, "name": "My extension"}""");
        File.WriteAllText(Path.Combine(extension, "background.js"), "console.log('hi');");

        var run = Build(work.Root, ".", "extension");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BF0901: refusing to replace the output folder 'extension': its manifest.json is not a BotForge manifest", run.Error, StringComparison.Ordinal);
        Assert.Equal(["background.js", "manifest.json"], Directory.EnumerateFiles(extension).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_git_repository_holding_a_botforge_build_survives()
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        Assert.Equal(0, Build(work.Root, ".", "out").ExitCode);
        Directory.CreateDirectory(Path.Combine(work.Root, "out", ".git"));
        File.WriteAllText(Path.Combine(work.Root, "out", ".git", "HEAD"), "ref: refs/heads/main\n");

        var run = Build(work.Root, ".", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is a git repository (.git)", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work.Root, "out", ".git", "HEAD")));
    }

    [Fact]
    public void A_file_added_to_an_earlier_build_is_never_deleted()
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        Assert.Equal(0, Build(work.Root, ".", "out").ExitCode);
        File.WriteAllText(Path.Combine(work.Root, "out", "notes.txt"), "mine");

        var run = Build(work.Root, ".", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'notes.txt' is not part of the BotForge build its manifest describes", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(work.Root, "out", "notes.txt")));
    }

    [Theory]
    [InlineData(".", "it holds the bot's own sources")]
    [InlineData("..", "it holds the bot's own sources")]
    [InlineData("/", "it is the file system's root")]
    public void The_project_folder_a_folder_holding_it_and_the_root_are_refused(string output, string reason)
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        var before = Directory.EnumerateFileSystemEntries(work.Root, "*", SearchOption.AllDirectories).Count();

        var run = Build(work.Root, ".", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(work.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        Assert.Equal("it is the home folder", BotForge.Emit.OutputFolder.Refusal(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), null));
    }

    [Fact]
    public void An_earlier_build_is_replaced_and_a_leftover_staging_folder_of_a_killed_build_is_cleaned()
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        Assert.Equal(0, Build(work.Root, ".", "out").ExitCode);
        var staging = Path.Combine(work.Root, "out.botforge-staging");
        Directory.CreateDirectory(Path.Combine(staging, "scripts"));
        File.WriteAllText(Path.Combine(staging, BotForge.Emit.OutputFolder.StagingMarker), "");
        File.WriteAllBytes(Path.Combine(staging, "bot.json"), new byte[1 << 20]);

        var run = Build(work.Root, ".", "out");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(Path.Combine(work.Root, "out.botforge-previous")));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(work.Root, "out")), f => f.EndsWith(BotForge.Emit.OutputFolder.StagingMarker, StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_folder_with_the_staging_name_is_not_deleted()
    {
        using var work = TempProject.CopyOf(Repo.ExampleBot);
        var staging = Path.Combine(work.Root, "out.botforge-staging");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "keep.txt"), "mine");

        var run = Build(work.Root, ".", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(staging, "keep.txt")));
    }

    /// <summary>Two different bots built 50 times at once into one folder: every result is one whole build (its manifest matches its files).</summary>
    [Fact]
    public void Concurrent_builds_into_one_folder_leave_a_bundle_that_matches_its_manifest()
    {
        using var work = new TempProject();
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(work.Root, "a"));
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(work.Root, "b"));
        var greeting = Path.Combine(work.Root, "b", "stories", "support", "greeting.yaml");
        File.WriteAllText(greeting, File.ReadAllText(greeting).Replace("I'm the Acme Support assistant.", "I'm the other assistant.", StringComparison.Ordinal));
        var output = Path.Combine(work.Root, "out");

        var runs = Enumerable.Range(0, 50).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => Build(work.Root, i % 2 == 0 ? "a" : "b", output)).ToList();

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Error));
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")))!;
        foreach (var file in manifest["files"]!.AsArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, (string)file!["path"]!));
            Assert.Equal((string)file["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        Assert.Equal(["a", "b", "out"], Directory.EnumerateFileSystemEntries(work.Root).Select(Path.GetFileName).Order());
    }
}
