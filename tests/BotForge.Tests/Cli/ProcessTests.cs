using System.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>The CLI as a real process: what a user or CI runs.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Botforge_process_builds_the_example_bot()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        var cli = Path.Combine(AppContext.BaseDirectory, "botforge.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "build", project.Root, "--out", Path.Combine(project.Root, "out")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "botforge did not finish within 60 s");

        Assert.True(process.ExitCode == 0, stderr);
        Assert.Contains("Built acme_support", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.Root, "out", "manifest.json")));
    }

    [Fact]
    public void Test_report_decides_the_same_with_a_cold_and_a_warm_embedding_cache_and_with_the_compiled_model()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        using var cache = new TempProject();
        string Report(bool ci = false)
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "test", project.Root, "--report"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["BOTFORGE_CACHE_DIR"] = cache.Root, ["CI"] = ci ? "true" : null },
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEnd();
            _ = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "botforge did not finish within 120 s");
            Assert.True(process.ExitCode == 0, stdout);
            // Timings aside, every line: each decision, confidence and nearest example.
            return string.Join('\n', stdout.Split('\n').Where(l => !l.StartsWith("(report in", StringComparison.Ordinal) && !l.StartsWith("PASS ", StringComparison.Ordinal) && !l.Contains(" passed, ", StringComparison.Ordinal)));
        }

        // Some texts missing from a cache that holds others: the model is loaded again.
        void ForgetSome()
        {
            var shards = Directory.EnumerateFiles(Path.Combine(cache.Root, "embeddings"), "*.bin", SearchOption.AllDirectories).ToList();
            Assert.True(shards.Count > 2);
            File.Delete(shards.MaxBy(f => new FileInfo(f).Length)!);
        }

        var models = Path.Combine(cache.Root, "models");
        var cold = Report();
        Assert.Contains("held-out paraphrases:", cold, StringComparison.Ordinal);
        Assert.False(Directory.Exists(models), "compiled on a cold cache");
        Assert.Equal(cold, Report());
        ForgetSome();
        Assert.Equal(cold, Report(ci: true));
        Assert.False(Directory.Exists(models), "compiled on a CI machine");
        ForgetSome();
        Assert.Equal(cold, Report());
        Assert.Single(Directory.EnumerateFiles(models, "*.ort"));
        ForgetSome();
        Assert.Equal(cold, Report());
    }

    [Fact]
    public void Botforge_process_exits_one_on_a_bot_error_with_no_stack_trace()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", "nodes:\n  - id: A\n    next:\n      - to: NOPE\n        user_says: [x]\n"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "validate", project.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("error BF0203", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
