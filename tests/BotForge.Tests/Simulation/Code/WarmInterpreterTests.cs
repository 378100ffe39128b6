using System.Text.Json.Nodes;
using BotForge.Simulation.Code;

namespace BotForge.Tests.Simulation.Code;

/// <summary>
/// Code nodes run in processes forked from warm interpreters that the runners of a process share: each run must
/// still start from a clean interpreter, whatever the runs before it did, and a run that ends its process (or its
/// interpreter) must be reported and leave the next runs unharmed.
/// </summary>
public sealed class WarmInterpreterTests
{
    private const string Return = "    return {'statusCode': 200, 'body': json.dumps(out), 'headers': {}}\n";

    private static CodeRun Run(CodeRunner runner, string body, IReadOnlyDictionary<string, ServiceAnswer>? answers = null) =>
        runner.Run("import json, os, sys, urllib.request\n\n\ndef main(event, context):\n" + body, "check.py",
            new JsonObject { ["env_variables"] = new JsonObject() }, answers ?? new Dictionary<string, ServiceAnswer>(), ["SF_BASE_URL"]);

    private static JsonObject Output(CodeRun run)
    {
        Assert.True(run.Error is null, run.Error);
        return JsonNode.Parse((string)run.Result!["body"]!)!.AsObject();
    }

    /// <summary>Changes a module, the environment, the working folder and a file, then reports what it found of earlier runs.</summary>
    private const string Meddler =
        "    out = {'module': getattr(json, 'meddled', None), 'env': os.environ.get('MEDDLED'), 'cwd': os.getcwd(),\n" +
        "           'files': sorted(os.listdir('.')), 'home': os.environ['HOME'], 'tmp': os.environ['TMPDIR'], 'argv': sys.argv}\n" +
        "    json.meddled = 'yes'\n" +
        "    os.environ['MEDDLED'] = 'yes'\n" +
        "    open('left-behind.txt', 'w').write('x')\n" +
        Return;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_run_starts_clean_whatever_the_runs_before_it_did(bool fork)
    {
        var runner = new CodeRunner("python3", fork);

        var runs = Enumerable.Range(0, 3).Select(_ => Output(Run(runner, Meddler))).ToList();

        Assert.All(runs, run =>
        {
            Assert.Null((string?)run["module"]);
            Assert.Null((string?)run["env"]);
            Assert.Empty(run["files"]!.AsArray());
            Assert.Contains("botforge-code-", (string)run["cwd"]!, StringComparison.Ordinal);
            Assert.Equal((string)run["cwd"]!, (string)run["home"]!);
            Assert.Equal((string)run["cwd"]!, (string)run["tmp"]!);
            Assert.Equal("[\"-c\"]", run["argv"]!.ToJsonString());
        });
        Assert.Equal(3, runs.Select(r => (string)r["cwd"]!).Distinct().Count());
        Assert.All(runs, run => Assert.False(Directory.Exists((string)run["cwd"]!), "the run's folder is removed after it"));
    }

    [Fact]
    public void Runs_at_once_each_get_their_own_service_and_answers()
    {
        var runner = new CodeRunner();
        var script =
            "    base = event_env(event)\n" +
            "    with urllib.request.urlopen(base + '/third_party_integrations/v1/salesforce/get_data/?object_type=Case&object_id=' + str(os.getpid())) as r:\n" +
            "        out = {'pid': os.getpid(), 'answer': json.loads(r.read())['Id']}\n" +
            Return;
        var source = "def event_env(event):\n    return json.loads(event['body'])['env_variables']['SF_BASE_URL']\n\n\n";

        var runs = new CodeRun[12];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            runs[i] = runner.Run("import json, os, urllib.request\n\n\n" + source + "def main(event, context):\n" + script, "check.py",
                new JsonObject { ["env_variables"] = new JsonObject() },
                new Dictionary<string, ServiceAnswer> { ["get_record"] = ServiceAnswer.RecordFound with { Body = JsonNode.Parse($"{{\"Id\": \"run-{i}\"}}") } },
                ["SF_BASE_URL"]));

        for (var i = 0; i < runs.Length; i++)
        {
            var output = Output(runs[i]);
            Assert.Equal($"run-{i}", (string?)output["answer"]);
            var request = Assert.Single(runs[i].Requests);
            Assert.Equal(((int)output["pid"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), request.Query["object_id"]);
        }

        Assert.Equal(runs.Length, runs.Select(r => (int)Output(r)["pid"]!).Distinct().Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_run_killed_by_a_signal_is_reported_and_the_next_run_works(bool fork)
    {
        var runner = new CodeRunner("python3", fork);

        var killed = Run(runner, "    import signal\n    os.kill(os.getpid(), signal.SIGKILL)\n    out = {}\n" + Return);
        var next = Run(runner, "    out = {'ok': True}\n" + Return);

        Assert.NotNull(killed.Error);
        Assert.Contains("python3 failed", killed.Error, StringComparison.Ordinal);
        Assert.Contains("signal 9", killed.Error, StringComparison.Ordinal);
        Assert.Equal(true, (bool?)Output(next)["ok"]);
    }

    [Fact]
    public void A_script_that_ends_its_interpreter_is_reported_and_the_next_run_works()
    {
        var runner = new CodeRunner();

        var killer = Run(runner, "    import signal\n    os.kill(os.getppid(), signal.SIGKILL)\n    out = {}\n" + Return);
        var after = Run(runner, "    out = {'ok': True}\n" + Return);

        Assert.NotNull(killer.Error);
        Assert.Contains("the Python interpreter ended during the run", killer.Error, StringComparison.Ordinal);
        Assert.Equal(true, (bool?)Output(after)["ok"]);
    }

    [Fact]
    public void Without_the_interpreter_a_run_says_what_to_install_and_starting_ahead_is_harmless()
    {
        var runner = new CodeRunner("botforge-no-such-python3");

        runner.StartAhead();
        var run = Run(runner, "    out = {}\n" + Return);

        Assert.Equal("botforge-no-such-python3 was not found: code nodes run with Python 3 (install python3)", run.Error);
        Assert.Null(run.Result);
    }

    /// <summary>
    /// A script importing a package this machine's python3 lacks fails its test, where the platform's executor may
    /// have it (it has requests): the error says to install it here, on the line the bot break's note quotes.
    /// </summary>
    [Fact]
    public void A_module_this_machines_python_lacks_is_told_to_be_installed_here()
    {
        var run = Run(new CodeRunner(), "    import botforge_no_such_package.client\n    out = {}\n" + Return);

        Assert.Null(run.Result);
        Assert.EndsWith("ModuleNotFoundError: No module named 'botforge_no_such_package' (this machine's python3 lacks it; if the platform's executor has it, as it has requests, install it here, e.g. Debian's python3-botforge_no_such_package, so the test runs the script as the platform does)",
            run.Error!.TrimEnd('\n'), StringComparison.Ordinal);
    }

    /// <summary>
    /// A result json.dumps cannot write is named where it fails (met breaking an airline bot: a body encoded to bytes
    /// gave only "main() returned a value that is not JSON").
    /// </summary>
    [Theory]
    [InlineData("    return {'statusCode': 200, 'body': json.dumps({'status': True}).encode('utf-8')}\n", "main() returned a value that is not JSON: its ['body'] is bytes")]
    [InlineData("    return {'statusCode': 200, 'body': '{}', 'headers': {'At': [1, {2, 3}]}}\n", "main() returned a value that is not JSON: its ['headers']['At'][1] is set")]
    [InlineData("    return {'statusCode': 200, ('a', 'b'): 1}\n", "main() returned a value that is not JSON: it has a key of type tuple")]
    public void A_result_that_is_not_json_says_where(string body, string error)
    {
        var run = Run(new CodeRunner(), body);

        Assert.Equal(error, run.Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_main_past_the_time_limit_is_a_timeout_and_the_next_run_works(bool fork)
    {
        var runner = new CodeRunner("python3", fork, timeLimit: 1);

        var slow = Run(runner, "    while True:\n        pass\n");
        var next = Run(runner, "    out = {'ok': True}\n" + Return);

        Assert.Contains("main() did not return within 1", slow.Error, StringComparison.Ordinal);
        Assert.Equal(true, (bool?)Output(next)["ok"]);
    }

    [Fact]
    public void A_run_that_holds_python_past_the_backstop_ends_its_interpreter_and_the_next_run_works()
    {
        // Catastrophic backtracking in the regex engine holds the interpreter's lock: the run's own timer cannot fire.
        var runner = new CodeRunner("python3", fork: true, timeLimit: 1);

        var stuck = Run(runner, "    import re\n    re.match(r'(a+)+$', 'a' * 64 + 'b')\n    out = {}\n" + Return);
        var next = Run(runner, "    out = {'ok': True}\n" + Return);

        Assert.Equal("the script did not finish within 11 s", stuck.Error);
        Assert.Equal(true, (bool?)Output(next)["ok"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void What_python_itself_writes_before_the_report_does_not_hide_the_report_however_much(bool fork)
    {
        var runner = new CodeRunner("python3", fork);

        var run = Run(runner, "    os.write(2, b'noise on stderr\\n')\n    os.write(1, b'noise on stdout\\n')\n    out = {'ok': True}\n" + Return);
        // 160 MB written past print(): more than is kept (64 MiB), so the start is dropped and the report still read.
        var flood = Run(runner, "    block = b'x' * (1 << 20)\n    for _ in range(160):\n        os.write(1, block)\n    os.write(1, b'\\n')\n    out = {'ok': True}\n" + Return);
        var crash = Run(runner, "    block = b'x' * (1 << 20)\n    for _ in range(160):\n        os.write(2, block)\n    os._exit(3)\n");

        Assert.Equal(true, (bool?)Output(run)["ok"]);
        Assert.Equal(true, (bool?)Output(flood)["ok"]);
        Assert.StartsWith("python3 failed: …xxx", crash.Error, StringComparison.Ordinal);
        Assert.InRange(crash.Error!.Length, 4000, 4100);
    }
}
