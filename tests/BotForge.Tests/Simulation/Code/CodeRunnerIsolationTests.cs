using System.Diagnostics;
using System.Text.Json.Nodes;
using BotForge.Simulation.Code;
using BotForge.Tests.Support;

namespace BotForge.Tests.Simulation.Code;

/// <summary>
/// Hand-written scripts run by <c>botforge test</c> and <c>chat</c> get a minimal environment, a fresh working
/// folder and limits, and nothing they start outlives them. (Not a security sandbox: see docs/testing.md.)
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
}
