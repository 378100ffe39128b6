using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>
/// The README's tour, run as written: every command line of its shell blocks, in order, by bash, in a stand-in for a
/// fresh clone (the example bot committed in git, and <c>./botforge</c> running this build of the CLI as a
/// process). Each line must succeed; <c>deploy --plan</c> may exit 3 (it says so), and <c>serve</c> must still be
/// serving when it is stopped.
/// </summary>
public sealed partial class ReadmeTourTests
{
    [Fact]
    public async Task Every_command_of_the_tour_works_as_written()
    {
        var lines = TourLines();
        using var work = new TempProject();
        var clone = Path.Combine(work.Root, "clone");
        TempProject.CopyInto(Repo.ExampleBot, Path.Combine(clone, "bots", "acme-support"));
        await Tool.GitAsync(clone, "init", "-q");
        await Tool.GitAsync(clone, "add", "-A");
        await Tool.GitAsync(clone, "commit", "-q", "-m", "the example bot");
        File.WriteAllText(Path.Combine(clone, "botforge"),
            $"#!/usr/bin/env bash\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "botforge.dll")}' \"$@\"\n");

        // A cache of the tour's own, as a user's would be (the sentence model's embeddings and the schema check's passes).
        var script = new StringBuilder($"set +e\nchmod +x ./botforge\nexport BOTFORGE_CACHE_DIR='{Path.Combine(work.Root, "cache")}'\n");
        foreach (var line in lines)
        {
            var (command, allowed) = line.Contains("./botforge serve", StringComparison.Ordinal)
                ? ($"timeout -s INT 8 bash -c '{line.Replace("./botforge serve", "./botforge serve --port 0", StringComparison.Ordinal).Replace("'", "'\\''", StringComparison.Ordinal)}'", "124")
                : (line, line.Contains("--plan", StringComparison.Ordinal) ? "0|3" : "0");
            script.Append(CultureInfo.InvariantCulture, $"echo '>>> {line.Replace("'", "'\\''", StringComparison.Ordinal)}'\n{command} </dev/null\nrc=$?\n");
            script.Append(CultureInfo.InvariantCulture, $"case $rc in {allowed}) ;; *) echo \"TOUR FAILED (exit $rc): {line.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal)}\"; exit 1;; esac\n");
        }

        var run = await Tool.RunAsync("bash", clone, null, "-c", script.ToString());

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.True(lines.Count >= 20, $"the tour has {lines.Count} command lines");
        Assert.Contains("Created bot 'my_bot' in ../my-bot from the ticketing template.", run.Out, StringComparison.Ordinal);
        Assert.Contains("my_bot: 5 passed, 0 failed", run.Out, StringComparison.Ordinal);
        Assert.Contains("bot_says.initial: I'm sorry to hear that. Let me [-raise-]{+open+} a ticket for you.", run.Out, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(clone, "bot.svg")), StringComparison.Ordinal);
        Assert.Contains("Released my_bot v2 to staging", run.Out, StringComparison.Ordinal);
        Assert.Contains("Rolled back production from v2 to v1", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, (await Tool.GitAsync(clone, "status", "--porcelain", "bots")).Trim());
    }

    /// <summary>The command lines of the shell blocks between "## A short tour" and the next section.</summary>
    internal static List<string> TourLines()
    {
        var readme = File.ReadAllText(Repo.Path_("README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## A short tour\n", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no '## A short tour' section");
        return [.. ShellBlock().Matches(readme[start..end]).SelectMany(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))];
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
