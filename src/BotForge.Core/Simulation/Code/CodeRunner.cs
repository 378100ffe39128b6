using System.ComponentModel;
using System.Diagnostics;
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

/// <summary>A request the stand-in service received.</summary>
public sealed record ServiceRequest(string? Action, string Method, string Path, IReadOnlyDictionary<string, string> Query, string Body);

/// <summary>What running a code node gave: main()'s return value or the error, what it printed, and the requests it made.</summary>
public sealed record CodeRun(JsonNode? Result, string? Error, string Printed, IReadOnlyList<ServiceRequest> Requests, TimeSpan Elapsed);

/// <summary>
/// Runs code-node scripts with the real <c>python3</c>, as the platform's code editor would: <c>main(event,
/// context)</c> with the platform's event body (docs/platform.md), the integration service replaced by a stand-in on 127.0.0.1 that
/// answers as configured and records every request (run_code_node.py, embedded). One process per run.
/// </summary>
public sealed class CodeRunner(string python = "python3")
{
    /// <summary>The platform's wall-time limit for a code node.</summary>
    public const double TimeLimitSeconds = 20;

    /// <summary>CPU seconds, address space, largest file written and processes a script may use (docs/testing.md).</summary>
    public static readonly JsonObject Limits = new()
    {
        ["cpu_seconds"] = 30,
        ["memory_bytes"] = 1L << 30,
        ["file_bytes"] = 16L << 20,
        ["processes"] = 64,
    };

    private static readonly Lazy<string> Driver = new(() => EmbeddedText.Read("python/run_code_node.py"));

    private readonly Lazy<string?> _interpreter = new(() => Interpreter(python));

    public CodeRun Run(string source, string filename, JsonObject body, IReadOnlyDictionary<string, ServiceAnswer> answers, IReadOnlyList<string> baseUrlVariables)
    {
        var answersJson = new JsonObject();
        foreach (var (action, answer) in answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            answersJson[action] = new JsonObject { ["status"] = answer.Status, ["body"] = answer.Body?.DeepClone(), ["delay_seconds"] = answer.DelaySeconds };
        }

        var job = new JsonObject
        {
            ["source"] = source,
            ["filename"] = filename,
            ["body"] = body.DeepClone(),
            ["answers"] = answersJson,
            ["base_env"] = new JsonArray([.. baseUrlVariables.Select(v => (JsonNode)JsonValue.Create(v))]),
            ["time_limit"] = TimeLimitSeconds,
        };
        job["limits"] = Limits.DeepClone();
        var clock = Stopwatch.StartNew();
        if (_interpreter.Value is not { } interpreter)
        {
            return new CodeRun(null, $"{python} was not found: code nodes run with Python 3 (install python3)", string.Empty, [], clock.Elapsed);
        }

        // A fresh folder to work in and nothing of the user's environment: no token, secret or home reaches a script.
        var folder = Directory.CreateTempSubdirectory("botforge-code-").FullName;
        var start = new ProcessStartInfo(interpreter, ["-I", "-X", "utf8", "-c", Driver.Value])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["HOME"] = folder;
        start.Environment["TMPDIR"] = folder;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            TryDelete(folder);
            return new CodeRun(null, $"{python} was not found: code nodes run with Python 3 (install python3)", string.Empty, [], clock.Elapsed);
        }

        using (process)
        using (new Cleanup(folder))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(job.ToJsonString());
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(TimeLimitSeconds + 10)))
            {
                // The driver is the subreaper of all it started, so its tree holds even daemonised descendants.
                process.Kill(entireProcessTree: true);
                return new CodeRun(null, $"the script did not finish within {TimeLimitSeconds + 10} s", string.Empty, [], clock.Elapsed);
            }

            JsonObject? report;
            try
            {
                report = JsonNode.Parse(stdout.GetAwaiter().GetResult()) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                report = null;
            }

            if (report is null)
            {
                return new CodeRun(null, "python3 failed: " + stderr.GetAwaiter().GetResult().Trim(), string.Empty, [], clock.Elapsed);
            }

            var requests = (report["requests"] as JsonArray ?? []).OfType<JsonObject>().Select(r => new ServiceRequest(
                (string?)r["action"], (string?)r["method"] ?? string.Empty, (string?)r["path"] ?? string.Empty,
                (r["query"] as JsonObject ?? []).ToDictionary(q => q.Key, q => q.Value?.ToString() ?? string.Empty, StringComparer.Ordinal),
                (string?)r["body"] ?? string.Empty)).ToList();
            return new CodeRun(report["result"]?.DeepClone(), (string?)report["error"], (string?)report["printed"] ?? string.Empty, requests, clock.Elapsed);
        }
    }

    /// <summary>The interpreter's own path (<c>sys.executable</c>), so a launcher such as a pyenv shim is not needed with the cleared environment.</summary>
    private static string? Interpreter(string python)
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import sys; print(sys.executable)"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
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
}
