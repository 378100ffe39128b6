using System.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>The CLI as a real process: what a user or CI runs.</summary>
public sealed class ProcessTests
{
    /// <summary>The CLI as built beside the tests.</summary>
    private static string Cli => Path.Combine(AppContext.BaseDirectory, "botforge.dll");

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

    /// <summary>
    /// chat with standard input closed (<c>&lt;&amp;-</c>, not <c>&lt; /dev/null</c>) hung for good: the runtime's own pipe took
    /// descriptor 0. It reads as an empty input now and the chat ends; a real pipe is read as before.
    /// </summary>
    [Theory]
    [InlineData("<&-", "")]
    [InlineData("< /dev/null", "")]
    [InlineData("<<< hi", "bot> Hello Test User!")]
    public async Task Chat_ends_when_its_standard_input_is_closed(string redirect, string said)
    {
        var run = await Tool.RunAsync("bash", Repo.Root, null, "-c", $"exec timeout 60 dotnet '{Cli}' chat bots/acme-support {redirect}");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        Assert.StartsWith("Chatting with Acme Support (acme_support).", run.Out, StringComparison.Ordinal);
        Assert.Contains(said, run.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// Output the system refuses to take (a full disk behind '> file'; /dev/full is one) was a stack trace and an abort
    /// (exit 134) when the end of the run flushed it, or an "internal error" when a long output flushed midway.
    /// </summary>
    [Theory]
    [InlineData("--version")]
    [InlineData("validate", "bots/acme-support", "--format", "json")]
    [InlineData("graph", "bots/acme-support")]
    public async Task Output_the_disk_refuses_is_one_line_and_exit_2(params string[] args)
    {
        var run = await Tool.RunAsync("bash", Repo.Root, null, ["-c", "exec dotnet \"$0\" \"$@\" > /dev/full", Cli, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("botforge: error: cannot write the standard output: No space left on device\n", run.Error);
    }

    [Fact]
    public async Task A_working_folder_deleted_under_the_shell_is_one_line_and_exit_2()
    {
        // It was an unhandled FileNotFoundException from getcwd, a stack trace and an abort.
        using var folder = new TempProject();

        var run = await Tool.RunAsync("bash", folder.Root, null, "-c", "mkdir gone && cd gone && rmdir ../gone && exec dotnet \"$0\" validate \"$1\"", Cli, Repo.ExampleBot);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("botforge: error: the working folder no longer exists (deleted or moved while the shell was in it): cd to a folder that does\n", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_that_cannot_get_a_temporary_folder_fails_its_conversation_saying_why()
    {
        // TMPDIR naming a file: every code node's run was an internal error (exit 70) from CreateTempSubdirectory.
        using var folder = new TempProject();
        var notAFolder = Path.Combine(folder.Root, "not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "x");

        var run = await Tool.RunAsync("env", Repo.Root, null, "TMPDIR=" + notAFolder, "dotnet", Cli, "test", "bots/acme-support", "--filter", "happy path");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"failed: the script could not run: no temporary folder could be made in {notAFolder}/ (TMPDIR): ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_report_decides_the_same_with_a_cold_and_a_warm_embedding_cache_and_with_the_compiled_model()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        using var cache = new TempProject();
        string Report(bool ci = false, string? locale = null)
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "test", project.Root, "--report"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["BOTFORGE_CACHE_DIR"] = cache.Root, ["CI"] = ci ? "true" : null, ["LANG"] = locale ?? "C.UTF-8", ["LC_ALL"] = locale },
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
        // The machine's locale changes nothing (German writes 90,3; Turkish lower-cases I to ı).
        Assert.Equal(cold, Report(locale: "de_DE.UTF-8"));
        Assert.Equal(cold, Report(locale: "tr_TR.UTF-8"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Another_user_builds_after_this_one_has()
    {
        // Builds lock their output folder with a file in the temporary folder. When the lock folder was one for all
        // users, the first user to build owned it and another user's build then failed to lock (BF0902). When the
        // tests run as root, the other user is nobody (setpriv); otherwise this user builds twice.
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        var shared = Path.Combine(project.Root, "shared");
        Directory.CreateDirectory(shared);
        File.SetUnixFileMode(shared, (UnixFileMode)0b111_111_111);
        (int Code, string Output) Build(string[] asUser, string output)
        {
            var start = new ProcessStartInfo(asUser.Length > 0 ? asUser[0] : "env",
                [.. asUser.Skip(1), .. asUser.Length > 0 ? new[] { "env" } : [], "-i", "PATH=/usr/local/bin:/usr/bin:/bin", $"HOME={shared}", $"DOTNET_CLI_HOME={shared}",
                    "BOTFORGE_CACHE_DIR=off", Environment.ProcessPath!, Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "build", project.Root, "--out", output])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "botforge did not finish within 120 s");
            return (process.ExitCode, stdout.Result + stderr);
        }

        var mine = Build([], Path.Combine(shared, "mine"));
        var theirs = Build(Environment.IsPrivilegedProcess ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : [], Path.Combine(shared, "theirs"));

        Assert.True(mine.Code == 0, mine.Output);
        Assert.True(theirs.Code == 0, theirs.Output);
        Assert.True(File.Exists(Path.Combine(shared, "theirs", "manifest.json")));
    }

    [Fact]
    public void The_sentence_model_runs_without_onnx_runtimes_telemetry()
    {
        // ONNX Runtime 1.32 reports usage to Microsoft unless told not to, and keeps a device id in the user's home.
        // Outside CI (which it detects and keeps quiet in), so with an environment of the bare minimum; the example
        // bot's validate with no cache loads the model (BF2013 needs it).
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        using var home = new TempProject();
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "validate", project.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        start.Environment["HOME"] = home.Root;
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["BOTFORGE_CACHE_DIR"] = "off";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "botforge did not finish within 120 s");

        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Nothing_of_pythons_reaches_the_terminal_after_botforge_ends()
    {
        // test starts looking for Python in the background as soon as the bot is bound; with an error in a test file
        // it ends first. The probe inherited the terminal's stderr, so Python's complaint at the closed pipe (a
        // BrokenPipeError traceback) came after BotForge's last line. A python3 first on the PATH that complains
        // stands in for it; reading stderr to its end waits for every process that holds it.
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        File.WriteAllText(Path.Combine(project.Root, "tests", "broken.yaml"), "conversations:\n  - name: broken\n    turns: [{ user: hi, expect: { nod: GREETING } }]\n");
        var bin = Path.Combine(project.Root, "fake-bin");
        Directory.CreateDirectory(bin);
        var python = Path.Combine(bin, "python3");
        File.WriteAllText(python, "#!/bin/sh\nsleep 1\necho 'Traceback (most recent call last): a complaint of the probe' >&2\nexit 1\n");
        File.SetUnixFileMode(python, (UnixFileMode)0b111_101_101);
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "botforge.dll"), "test", project.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin + ":/usr/local/bin:/usr/bin:/bin";
        start.Environment["BOTFORGE_CACHE_DIR"] = "off";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "botforge did not finish within 120 s");

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("unknown key 'nod'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", await stdout + stderr, StringComparison.Ordinal);
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
