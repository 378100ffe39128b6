using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BotForge.Text;

namespace BotForge.Simulation.Code;

/// <summary>How the stand-in integration service answers one action: an HTTP status, a body, a delay.</summary>
public sealed record ServiceAnswer(int Status, JsonNode? Body, double DelaySeconds = 0)
{
    /// <summary>Salesforce REST's answer to a create: 201 with the new id.</summary>
    public static ServiceAnswer CaseCreated => new(201, JsonNode.Parse("""{"id": "5003000000TEST01", "success": true, "errors": []}"""));

    /// <summary>A Contact record read: 200 with its fields at the top level.</summary>
    public static ServiceAnswer ContactFound => new(200, JsonNode.Parse(
        """{"attributes": {"type": "Contact"}, "Id": "0033000000TEST01", "FirstName": "Test", "LastName": "User", "Email": "test.user@example.com", "Phone": "+15550100"}"""));

    /// <summary>Any other record read (get_record): 200 with a Case's usual fields at the top level.</summary>
    public static ServiceAnswer RecordFound => new(200, JsonNode.Parse(
        """{"attributes": {"type": "Case"}, "Id": "5003000000TEST01", "CaseNumber": "00001001", "Status": "New", "Subject": "Test case", "Priority": "Medium"}"""));
}

/// <summary>
/// An answer a test gives to a hand-written script's own HTTP request: the request's method (null: any) and URL (as
/// written, or without its query), and the status, body and delay of the answer.
/// </summary>
public sealed record HttpAnswer(string? Method, string Url, int Status, JsonNode? Body, double DelaySeconds = 0);

/// <summary>
/// A request the stand-in service received: an action of the integration service (<see cref="Action"/>), or a
/// script's own request addressed elsewhere (<see cref="Action"/> null, <see cref="Path"/> the whole URL it was
/// addressed to), which no answer of the test may have matched (<see cref="Answered"/> false: it got 404).
/// </summary>
public sealed record ServiceRequest(string? Action, string Method, string Path, IReadOnlyDictionary<string, string> Query, string Body)
{
    public bool Answered { get; init; } = true;

    /// <summary>The URL the request was addressed to, without its query.</summary>
    public string PathWithoutQuery => Path.Split('?', 2)[0];

    /// <summary>
    /// Whether a test's URL names this request (as an <c>http:</c> answer or expectation does): its URL as sent,
    /// without the query, or with the same query parameters in another order (a key's repeated values in theirs), as
    /// a server reads them; run_code_node.py's <c>same_url</c> answers a request by the same reading.
    /// </summary>
    public bool IsFor(string url)
    {
        if (Path == url || PathWithoutQuery == url)
        {
            return true;
        }

        var written = url.Split('?', 2);
        var sent = Path.Split('?', 2);
        return written.Length == 2 && sent.Length == 2 && written[0] == sent[0] && Parameters(written[1]).SequenceEqual(Parameters(sent[1]));
    }

    /// <summary>A query's parameters, decoded ('+' is a space), by key (each key's values in their order), as Python's parse_qsl reads them.</summary>
    private static IEnumerable<(string Key, string Value)> Parameters(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Select(pair => (Key: Decode(pair[0]), Value: pair.Length == 2 ? Decode(pair[1]) : string.Empty))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal);

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}

/// <summary>What running a code node gave: main()'s return value or the error, what it printed, and the requests it made.</summary>
public sealed record CodeRun(JsonNode? Result, string? Error, string Printed, IReadOnlyList<ServiceRequest> Requests, TimeSpan Elapsed);

/// <summary>
/// Runs code-node scripts with the real <c>python3</c>, as the platform's code editor would: <c>main(event,
/// context)</c> with the platform's event body (docs/platform.md), the integration service replaced by a stand-in on 127.0.0.1 that
/// answers as configured and records every request (run_code_node.py, embedded). Each run is a process of its own,
/// forked from a warm interpreter that has already started and imported what a run needs (a run of a generated
/// script: about 60 ms, against 130 ms in a new interpreter). The warm interpreters are shared by every runner of
/// the process, as many as runs go on at once.
/// </summary>
public sealed class CodeRunner
{
    private readonly string _python;

    /// <summary>The driver's mode: "warm" (a fork per run where the system can fork), or "spawn" (a new interpreter per run).</summary>
    private readonly string _mode;

    /// <summary>Seconds main() may take (the platform's limit, but in tests).</summary>
    private readonly double _timeLimit;

    public CodeRunner(string python = "python3")
        : this(python, fork: true, TimeLimitSeconds)
    {
    }

    /// <param name="python">The interpreter's command.</param>
    /// <param name="fork">False runs each script in a new interpreter, as on a system without fork (for tests).</param>
    /// <param name="timeLimit">Seconds main() may take; a run still going 10 s later ends its interpreter (for tests).</param>
    /// <param name="ownInterpreters">Warm interpreters of its own, started after it (for tests that change the process's environment).</param>
    internal CodeRunner(string python, bool fork, double timeLimit = TimeLimitSeconds, bool ownInterpreters = false)
    {
        _python = python;
        _mode = fork ? "warm" : "spawn";
        _timeLimit = timeLimit;
        _idle = ownInterpreters ? new(StringComparer.Ordinal) : Shared;
    }

    /// <summary>The platform's wall-time limit for a code node.</summary>
    public const double TimeLimitSeconds = 20;

    /// <summary>
    /// CPU seconds, address space and largest file written a script may use (docs/testing.md). Not processes: the
    /// system's limit on them counts all the user's processes and threads, so a run of a user who has more than the
    /// limit (any desktop) could not start its own threads; starting a process is refused otherwise.
    /// </summary>
    public static readonly JsonObject Limits = new()
    {
        ["cpu_seconds"] = 30,
        ["memory_bytes"] = 1L << 30,
        ["file_bytes"] = 16L << 20,
    };

    /// <summary>How long a run may take before its interpreter is ended: the time limit, and time to report.</summary>
    private TimeSpan Backstop => TimeSpan.FromSeconds(_timeLimit + 10);

    private static readonly Lazy<string> Driver = new(() => EmbeddedText.Read("python/run_code_node.py"));

    /// <summary>Each command's interpreter (<see cref="Locate"/>), looked up once per process.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<string?>> Interpreters = new(StringComparer.Ordinal);

    /// <summary>Warm interpreters waiting for a run, by <see cref="Key"/>: every runner's.</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentBag<WarmInterpreter>> Shared = new(StringComparer.Ordinal);

    /// <summary>The warm interpreters this runner takes from and gives back to: <see cref="Shared"/>, but in tests.</summary>
    private readonly ConcurrentDictionary<string, ConcurrentBag<WarmInterpreter>> _idle;

    private string NotFound => $"{_python} was not found: code nodes run with Python 3 (install python3)";

    /// <summary>Runs that can go on at once (conversations run in parallel), and so warm interpreters kept.</summary>
    public static int AtOnce { get; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// Starts warm interpreters in the background, one per run that can go on at once, for a command that will run
    /// code nodes: the first runs then do not wait for Python to start.
    /// </summary>
    public void StartAhead() => _ = Task.Run(() =>
    {
        if (Interpreter() is { } interpreter)
        {
            try
            {
                for (var i = 0; i < AtOnce; i++)
                {
                    Release(Key(interpreter), WarmInterpreter.Start(interpreter, Driver.Value, _mode));
                }
            }
            catch (Win32Exception)
            {
                // Said by the first run.
            }
        }
    });

    /// <summary>Runs <paramref name="source"/>'s main() once with the event <paramref name="body"/>.</summary>
    /// <param name="source">The script's text.</param>
    /// <param name="filename">The name its tracebacks show.</param>
    /// <param name="body">The event's body, passed as the JSON string event['body'].</param>
    /// <param name="answers">The stand-in integration service's answer per action.</param>
    /// <param name="baseUrlVariables">The env variables that hold the service's base URL (pointed at the stand-in).</param>
    /// <param name="http">
    /// The answers to a script's own HTTP requests, or null to let them go where they are addressed. With a list
    /// (even empty), every request the script makes through http.client or urllib reaches the stand-in instead, and
    /// one no answer matches gets 404: nothing reaches the network.
    /// </param>
    public CodeRun Run(string source, string filename, JsonObject body, IReadOnlyDictionary<string, ServiceAnswer> answers, IReadOnlyList<string> baseUrlVariables,
        IReadOnlyList<HttpAnswer>? http = null)
    {
        var answersJson = new JsonObject();
        foreach (var (action, answer) in answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            answersJson[action] = new JsonObject { ["status"] = answer.Status, ["body"] = answer.Body?.DeepClone(), ["delay_seconds"] = answer.DelaySeconds };
        }

        var clock = Stopwatch.StartNew();
        if (Interpreter() is not { } interpreter)
        {
            return new CodeRun(null, NotFound, string.Empty, [], clock.Elapsed);
        }

        // A fresh folder to work in and nothing of the user's environment: no token, secret or home reaches a script.
        string folder;
        try
        {
            folder = Directory.CreateTempSubdirectory("botforge-code-").FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The machine's fault, not the script's: said as such in the transcript.
            return new CodeRun(null, $"the script could not run: no temporary folder could be made in {Path.GetTempPath()} (TMPDIR): {e.Message}", string.Empty, [], clock.Elapsed);
        }

        using var cleanup = new Cleanup(folder);
        var job = new JsonObject
        {
            ["source"] = source,
            ["filename"] = filename,
            ["folder"] = folder,
            ["body"] = body.DeepClone(),
            ["answers"] = answersJson,
            ["base_env"] = new JsonArray([.. baseUrlVariables.Select(v => (JsonNode)JsonValue.Create(v))]),
            ["http"] = http is null ? null : new JsonArray([.. http.Select(a => (JsonNode)new JsonObject
            {
                ["method"] = a.Method, ["url"] = a.Url, ["status"] = a.Status, ["body"] = a.Body?.DeepClone(), ["delay_seconds"] = a.DelaySeconds,
            })]),
            ["time_limit"] = _timeLimit,
            ["limits"] = Limits.DeepClone(),
        };
        var line = job.ToJsonString();
        (string Output, int Status)? ran;
        try
        {
            ran = RunJob(interpreter, line);
        }
        catch (Win32Exception)
        {
            return new CodeRun(null, NotFound, string.Empty, [], clock.Elapsed);
        }

        if (ran is not var (output, status))
        {
            return new CodeRun(null, $"the script did not finish within {Backstop.TotalSeconds} s", string.Empty, [], clock.Elapsed);
        }

        // The report is the run's last line; anything before it is what Python itself wrote (a crash, a warning).
        var end = output.TrimEnd('\n');
        JsonObject? report;
        try
        {
            report = JsonNode.Parse(end[(end.LastIndexOf('\n') + 1)..]) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            report = null;
        }

        if (report is null)
        {
            // What Python said last (a traceback ends there), not all a script may have written.
            var said = output.Trim();
            said = said.Length > MaxSaid ? "…" + said[^MaxSaid..] : said;
            return new CodeRun(null, "python3 failed: " + (said.Length > 0 ? said : Ended(status)), string.Empty, [], clock.Elapsed);
        }

        var requests = (report["requests"] as JsonArray ?? []).OfType<JsonObject>().Select(r => new ServiceRequest(
            (string?)r["action"], (string?)r["method"] ?? string.Empty, (string?)r["path"] ?? string.Empty,
            (r["query"] as JsonObject ?? []).ToDictionary(q => q.Key, q => q.Value?.ToString() ?? string.Empty, StringComparer.Ordinal),
            (string?)r["body"] ?? string.Empty) { Answered = (bool?)r["answered"] ?? true }).ToList();
        return new CodeRun(report["result"]?.DeepClone(), (string?)report["error"], (string?)report["printed"] ?? string.Empty, requests, clock.Elapsed);
    }

    /// <summary>The most of a failed run's output an error quotes.</summary>
    private const int MaxSaid = 4000;

    /// <summary>How a run's process ended, for a run that reported nothing.</summary>
    private static string Ended(int status) => status switch
    {
        -9 => "the process was killed (signal 9), as when memory runs out",
        -24 => "the process used up its CPU time (signal 24)",
        < 0 => $"the process ended on signal {-status}",
        _ => $"the process exited with code {status} and wrote nothing",
    };

    /// <summary>
    /// The job on an idle warm interpreter, or a new one (also when the idle one turns out to have ended); null when
    /// it ran past the backstop (the interpreter and all it started are then ended).
    /// </summary>
    private (string Output, int Status)? RunJob(string interpreter, string line)
    {
        var key = Key(interpreter);
        if (!_idle.GetOrAdd(key, _ => []).TryTake(out var warm) || !warm.Send(line))
        {
            warm?.Dispose();
            warm = WarmInterpreter.Start(interpreter, Driver.Value, _mode);
            if (!warm.Send(line))
            {
                warm.Dispose();
                return ("the Python interpreter ended as it started", 1);
            }
        }

        try
        {
            var ran = warm.Receive(Backstop);
            if (ran is null)
            {
                warm.Dispose();
            }
            else
            {
                Release(key, warm);
            }

            return ran;
        }
        catch (IOException e)
        {
            // Not sent again: the script may have run (and made its requests) before the interpreter ended.
            warm.Dispose();
            return ($"the Python interpreter ended during the run ({e.Message})", 1);
        }
    }

    /// <summary>Back to the idle ones, unless there are already as many as can run at once.</summary>
    private void Release(string key, WarmInterpreter warm)
    {
        var idle = _idle.GetOrAdd(key, _ => []);
        if (idle.Count < AtOnce)
        {
            idle.Add(warm);
        }
        else
        {
            warm.Dispose();
        }
    }

    /// <summary>Which idle interpreters this runner can use: the same interpreter, in the same mode.</summary>
    private string Key(string interpreter) => _mode + " " + interpreter;

    private string? Interpreter() => Interpreters.GetOrAdd(_python, name => new Lazy<string?>(() => Locate(name))).Value;

    /// <summary>
    /// The interpreter's own path (<c>sys.executable</c>), so a launcher such as a pyenv shim is not needed with the
    /// cleared environment. Its complaints are dropped: <see cref="StartAhead"/> probes in the background, so the
    /// command may have ended (its output closed) by the time the probe writes, and an error of Python's must not
    /// reach the user's terminal after BotForge's last line.
    /// </summary>
    private static string? Locate(string python)
    {
        try
        {
            var start = new ProcessStartInfo(python, ["-c", "import sys; print(sys.executable)"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var probe = Process.Start(start)!;
            probe.ErrorDataReceived += (_, _) => { };
            probe.BeginErrorReadLine();
            var path = probe.StandardOutput.ReadToEnd().Trim();
            probe.WaitForExit();
            return probe.ExitCode == 0 && path.Length > 0 ? path : python;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder the system cleans in any case.
        }
    }

    private sealed class Cleanup(string folder) : IDisposable
    {
        public void Dispose() => TryDelete(folder);
    }

    /// <summary>
    /// One warm interpreter (run_code_node.py): a job per line in; per job, a header line "bytes status" and then
    /// the bytes the run's process wrote. It ends when its input does, so it never outlives this process.
    /// </summary>
    private sealed class WarmInterpreter : IDisposable
    {
        private readonly Process _process;
        private readonly Stream _output;

        private WarmInterpreter(Process process)
        {
            _process = process;
            _output = process.StandardOutput.BaseStream;
            // Python's own complaints (the run's are in its output): read so the pipe never fills, and dropped.
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
        }

        public static WarmInterpreter Start(string interpreter, string driver, string mode)
        {
            var start = new ProcessStartInfo(interpreter, ["-I", "-X", "utf8", "-c", driver, mode])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetTempPath(),
            };
            start.Environment.Clear();
            start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
            start.Environment["LANG"] = "C.UTF-8";
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["TMPDIR"] = Path.GetTempPath();
            return new WarmInterpreter(Process.Start(start)!);
        }

        /// <summary>Hands the interpreter a job; false when it has ended (nothing of the job ran).</summary>
        public bool Send(string line)
        {
            try
            {
                _process.StandardInput.Write(line + "\n");
                _process.StandardInput.Flush();
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }

        /// <summary>The run's output and exit status, or null past <paramref name="backstop"/>.</summary>
        /// <exception cref="IOException">The interpreter ended before it answered.</exception>
        public (string Output, int Status)? Receive(TimeSpan backstop)
        {
            var answer = Task.Run(Read);
            try
            {
                return answer.Wait(backstop) ? answer.Result : null;
            }
            catch (AggregateException e) when (e.InnerException is IOException inner)
            {
                throw inner;
            }
        }

        private (string Output, int Status) Read()
        {
            var header = Encoding.ASCII.GetString(ReadLine()).Split(' ');
            if (header.Length != 2 || !int.TryParse(header[0], CultureInfo.InvariantCulture, out var length) || !int.TryParse(header[1], CultureInfo.InvariantCulture, out var status))
            {
                throw new IOException("the Python interpreter's answer is not in its format");
            }

            var bytes = new byte[length];
            _output.ReadExactly(bytes);
            return (Encoding.UTF8.GetString(bytes), status);
        }

        private byte[] ReadLine()
        {
            var line = new List<byte>();
            while (true)
            {
                var b = _output.ReadByte();
                if (b < 0)
                {
                    throw new IOException("the Python interpreter ended");
                }

                if (b == '\n')
                {
                    return [.. line];
                }

                line.Add((byte)b);
            }
        }

        public void Dispose()
        {
            try
            {
                // The run's process and whatever it started too: the interpreter is the parent of them all.
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already ended.
            }

            _process.Dispose();
        }
    }
}
