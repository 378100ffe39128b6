using System.Diagnostics;
using System.Text.Json.Nodes;
using BotForge.Simulation.Code;
using BotForge.Tests.Support;

namespace BotForge.Tests.Simulation.Code;

/// <summary>
/// Hand-written scripts run by <c>botforge test</c> and <c>chat</c> get a minimal environment, a fresh working
/// folder and limits, nothing they start outlives them, and on Linux with Landlock the kernel keeps them from reading
/// files outside their folder (docs/testing.md).
/// </summary>
public sealed class CodeRunnerIsolationTests
{
    private const string Return = "    return {'statusCode': 200, 'body': json.dumps(out), 'headers': {}}\n";

    // Interpreters of its own: a warm interpreter another test started before the probe variable was set would
    // not see it, and the first test below would pass whatever the runner passed on.
    private static CodeRun Run(string body) =>
        new CodeRunner("python3", fork: true, ownInterpreters: true).Run("import json, os, sys\n\n\ndef main(event, context):\n" + body, "check.py", new JsonObject(), new Dictionary<string, ServiceAnswer>(), []);

    private static string? Output(CodeRun run, string key) =>
        run.Result?["body"] is JsonValue body ? (string?)JsonNode.Parse((string)body!)?[key] : null;

    [Fact]
    public void A_script_sees_no_variable_of_the_users_environment()
    {
        Environment.SetEnvironmentVariable("BOTFORGE_SECRET_ISOLATION_PROBE", "must-not-leak");
        try
        {
            var run = Run("    out = {'env': json.dumps(dict(os.environ)), 'cwd': os.getcwd()}\n" + Return);

            var env = Output(run, "env");
            Assert.True(env is not null, run.Error);
            Assert.DoesNotContain("must-not-leak", env, StringComparison.Ordinal);
            Assert.DoesNotContain("BOTFORGE_", env, StringComparison.Ordinal);
            Assert.Equal(["HOME", "LANG", "PATH", "TMPDIR"], JsonNode.Parse(env)!.AsObject().Select(p => p.Key).Where(k => !k.StartsWith("LC_", StringComparison.Ordinal)).Order());
            Assert.Contains("botforge-code-", Output(run, "cwd"), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("BOTFORGE_SECRET_ISOLATION_PROBE", null);
        }
    }

    [Fact]
    public void Allocating_four_gigabytes_fails()
    {
        var run = Run("    block = bytearray(4 * 1024 ** 3)\n    out = {'size': len(block)}\n" + Return);

        Assert.NotNull(run.Error);
        Assert.Contains("MemoryError", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_outside_the_working_folder_is_refused()
    {
        using var outside = new TempProject();
        var target = Path.Combine(outside.Root, "stolen.txt");

        var run = Run($"    open({System.Text.Json.JsonSerializer.Serialize(target)}, 'w').write('x')\n    out = {{}}\n" + Return);

        Assert.NotNull(run.Error);
        Assert.Contains("write only inside its working folder", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Starting_a_process_or_a_daemon_is_refused_and_nothing_outlives_the_run()
    {
        var clock = Stopwatch.StartNew();

        var run = Run("    import subprocess\n    subprocess.Popen(['sleep', '120'], start_new_session=True)\n    out = {}\n" + Return);
        var forked = Run("    pid = os.fork()\n    if pid == 0:\n        os.setsid()\n        import time\n        time.sleep(120)\n    out = {}\n" + Return);

        Assert.Contains("refused", run.Error, StringComparison.Ordinal);
        Assert.Contains("refused", forked.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    /// <summary>
    /// A daemon started around the audit hook (libc's fork through ctypes) holds the run's output pipe: it is ended
    /// once the run's process ends (the warm interpreter is its subreaper), and the run's result is read. The
    /// daemon's own child too, and while other processes of the machine start and end: the warm interpreter finds
    /// them in /proc, where a process that ends during the reading made it find none, and the run waited 30 s.
    /// </summary>
    [Fact]
    public async Task A_daemon_started_through_ctypes_does_not_outlive_the_run_while_other_processes_come_and_go()
    {
        using var churn = new CancellationTokenSource();
        var others = Task.Run(() =>
        {
            while (!churn.IsCancellationRequested)
            {
                using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
                process.WaitForExit();
            }
        });
        var clock = Stopwatch.StartNew();

        var runs = Enumerable.Range(0, 3).Select(_ => Run(
            "    import ctypes, time\n    libc = ctypes.CDLL(None)\n    if libc.fork() == 0:\n        os.setsid()\n"
            + "        libc.fork()\n        time.sleep(120)\n        os._exit(0)\n    out = {'ok': 'yes'}\n" + Return)).ToList();
        churn.Cancel();
        await others;

        Assert.All(runs, run => Assert.True(Output(run, "ok") == "yes", run.Error));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    /// <summary>
    /// The processes that started a script (the user's shell, BotForge) hold the user's environment, secrets among
    /// it, readable through /proc by any process of the same user; and the user's and the project's files are the
    /// user's to read. A script reads none of them: the audit hook refuses /proc to Python's open(), and on Linux with
    /// Landlock the kernel refuses every file outside the run's folder, the system's directories and Python's
    /// installation, even to ctypes, which goes around the audit hook. Its own folder stays readable and writable.
    /// </summary>
    [Fact]
    public void A_script_reads_neither_the_environment_of_the_processes_that_started_it_nor_files_outside_its_folder()
    {
        using var outside = new TempProject();
        var secret = outside.Write("project/.env", "SF_PRIVATE_KEY=must-not-leak\n");
        var read = "    import ctypes\n    libc = ctypes.CDLL(None, use_errno=True)\n    def read(path):\n"
            + "        fd = libc.open(path.encode(), 0)\n        if fd < 0:\n            return 'errno %d' % ctypes.get_errno()\n"
            + "        buf = ctypes.create_string_buffer(4096)\n        n = libc.read(fd, buf, 4096)\n        libc.close(fd)\n        return 'read %d' % n\n";
        var body = read
            + "    try:\n        open('/proc/%d/environ' % os.getppid()).read()\n        plain = 'read'\n    except PermissionError as e:\n        plain = str(e)\n"
            + "    open('own.txt', 'w').write('mine')\n"
            + $"    out = {{'plain': plain, 'parent': read('/proc/%d/environ' % os.getppid()), 'project': read({System.Text.Json.JsonSerializer.Serialize(secret)}), 'own': read('own.txt'), 'system': read('/etc/hosts')}}\n"
            + Return;

        var run = Run(body);

        Assert.True(Output(run, "own") is not null, run.Error);
        Assert.Contains("read no process's files", Output(run, "plain"), StringComparison.Ordinal);
        Assert.Equal("read 4", Output(run, "own"));
        Assert.StartsWith("read ", Output(run, "system"), StringComparison.Ordinal);
        if (LandlockAvailable.Value)
        {
            Assert.Equal("errno 13", Output(run, "parent"));
            Assert.Equal("errno 13", Output(run, "project"));
        }
    }

    /// <summary>Whether this machine's kernel has Landlock (Linux 5.13+, enabled), as the runner's sandbox() asks it.</summary>
    private static readonly Lazy<bool> LandlockAvailable = new(() =>
    {
        using var probe = Process.Start(new ProcessStartInfo("python3", ["-c", "import ctypes; l = ctypes.CDLL(None); l.syscall.restype = ctypes.c_long; print(l.syscall(ctypes.c_long(444), None, ctypes.c_size_t(0), ctypes.c_uint(1)))"])
        {
            RedirectStandardOutput = true,
        })!;
        var abi = probe.StandardOutput.ReadToEnd().Trim();
        probe.WaitForExit();
        return OperatingSystem.IsLinux() && int.TryParse(abi, out var version) && version >= 1;
    });
}
