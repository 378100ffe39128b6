using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace BotForge.Tests.Support;

/// <summary>
/// Builds a project and runs its scripts with the real python3 through Support/python/harness.py, which stands
/// a loopback (127.0.0.1) stub in for the integration service and reports what the script sent and returned.
/// </summary>
public sealed class ScriptHarness : IDisposable
{
    public const string BaseEnv = "SF_BASE_URL";

    /// <summary>Values of the secret env variables in every event; tests assert none leaks into a result.</summary>
    public static readonly IReadOnlyDictionary<string, string> Secrets = new Dictionary<string, string>
    {
        ["SF_USERNAME"] = "integration.user@acme.example",
        ["SF_CLIENT_ID"] = "3MVG9-client-id-value",
        ["SF_PRIVATE_KEY"] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-secret",
    };

    private static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(30);

    private readonly string _out;

    private readonly Lazy<Session> _session = new(() => new Session());

    private ScriptHarness(string output, IReadOnlyList<BotForge.Emit.EmittedFile> files)
    {
        _out = output;
        Files = files;
    }

    public IReadOnlyList<BotForge.Emit.EmittedFile> Files { get; }

    public static ScriptHarness Build(string projectRoot)
    {
        var compilation = Compilation.Create(projectRoot);
        var files = compilation.Emit() ?? throw new XunitException("the project does not build:\n" + Diagnose.Describe(compilation.Validate()));
        var output = Path.Combine(Path.GetTempPath(), "botforge-tests", "scripts-" + Path.GetRandomFileName());
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return new ScriptHarness(output, files);
    }

    public string ScriptPath(string node) => Path.Combine(_out, "scripts", node + ".py");

    /// <summary>An event as the platform sends it, with the secret env variables set.</summary>
    public static JsonObject Event(string node, JsonObject? entities = null, JsonObject? userDetails = null)
    {
        var env = new JsonObject();
        foreach (var (name, value) in Secrets)
        {
            env[name] = value;
        }

        return new JsonObject
        {
            ["node"] = node,
            ["event"] = "API_INTEGRATION",
            ["user"] = new JsonObject { ["user_id"] = "u-1", ["user_name"] = "ann", ["full_name"] = "Ann Lee", ["language_code"] = "en" },
            ["conversation_no"] = 7,
            ["conversation_details"] = new JsonObject(),
            ["user_details"] = userDetails ?? new JsonObject(),
            ["entities"] = entities ?? new JsonObject(),
            ["env_variables"] = env,
        };
    }

    /// <summary>Entities in the platform's shape: name → [{entity_value, detection, original_text}].</summary>
    public static JsonObject Entities(params (string Name, string Value)[] values)
    {
        var result = new JsonObject();
        foreach (var (name, value) in values)
        {
            result[name] = new JsonArray(new JsonObject { ["entity_value"] = value, ["detection"] = "model", ["original_text"] = value });
        }

        return result;
    }

    public static JsonObject Answer(int status, string body, double delay = 0, JsonObject? headers = null) =>
        new() { ["status"] = status, ["body"] = body, ["delay"] = delay, ["headers"] = headers ?? new JsonObject() };

    /// <summary>Runs <paramref name="node"/>'s script once. Pass an answer for the stub, or <paramref name="refuse"/> for a dead port, or neither for no server.</summary>
    public Report Run(string node, JsonObject @event, JsonObject? answer = null, bool refuse = false, JsonNode? rawEvent = null)
    {
        var testCase = new JsonObject
        {
            ["script"] = ScriptPath(node),
            ["event"] = @event,
            ["raw_event"] = rawEvent,
            ["base_env"] = BaseEnv,
            ["refuse"] = refuse,
            ["check_syntax"] = true,
        };
        if (answer is not null)
        {
            testCase["answer"] = answer;
        }

        return Report.Parse(_session.Value.Send(testCase.ToJsonString()));
    }

    /// <summary>The only modules a generated script imports: the standard library's.</summary>
    public static readonly IReadOnlyList<string> GeneratedImports = ["http.client", "json", "socket", "threading", "urllib.error", "urllib.parse", "urllib.request"];

    /// <summary>Parses scripts with ast (feature_version 3.6) through Support/python/inspect_script.py: imports, functions, top-level constants.</summary>
    public static JsonObject Inspect(params string[] paths)
    {
        var all = RunTool("inspect_script.py", string.Empty, paths).AsObject();
        return paths.Length == 1 ? all[paths[0]]!.AsObject() : all;
    }

    /// <summary>Runs one of the helper scripts in Support/python/ once, with a time limit, and parses the JSON it prints.</summary>
    public static JsonNode RunTool(string script, string stdin, params string[] args) => RunToolWith("python3", script, stdin, args);

    /// <summary><see cref="RunTool"/> with the given interpreter (<see cref="PythonWith"/>).</summary>
    public static JsonNode RunToolWith(string interpreter, string script, string stdin, params string[] args)
    {
        using var process = Process.Start(PythonAt(interpreter, Repo.Path_("tests", "BotForge.Tests", "Support", "python", script), args))!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CaseTimeLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"{script} ran past its time limit");
        }

        return JsonNode.Parse(process.ExitCode == 0 ? stdout.Result : throw new XunitException($"{script} failed:\n" + stderr.Result))!;
    }

    /// <summary>A python3 process with proxies cleared, so 127.0.0.1 is reached directly.</summary>
    public static ProcessStartInfo Python(string script, params string[] args) => PythonAt("python3", script, args);

    /// <summary>
    /// The first python3 that imports <paramref name="module"/>: PATH's, then the system's (Debian's packages install
    /// modules for the system's); a failure naming the package tools/test.sh installs when neither does.
    /// </summary>
    public static string PythonWith(string module, string package) =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python => Imports(python, module))
        ?? throw new XunitException($"the Python module {module} is needed (tools/test.sh installs Debian's {package})");

    private static bool Imports(string python, string module)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", $"import {module}"]) { RedirectStandardError = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <inheritdoc cref="Python"/>
    public static ProcessStartInfo PythonAt(string interpreter, string script, params string[] args)
    {
        var start = new ProcessStartInfo(interpreter, [script, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var name in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        return start;
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }

        try
        {
            Directory.Delete(_out, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>One harness.py process serving cases line by line (interpreter start-up is paid once).</summary>
    private sealed class Session : IDisposable
    {
        private readonly Process _process = Process.Start(Python(Repo.Path_("tests", "BotForge.Tests", "Support", "python", "harness.py")))!;
        private readonly StringBuilder _stderr = new();
        private readonly Lock _gate = new();

        public Session()
        {
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            };
            _process.BeginErrorReadLine();
        }

        public string Send(string line)
        {
            lock (_gate)
            {
                if (_process.HasExited)
                {
                    throw new XunitException("harness.py has exited:\n" + StandardError());
                }

                _process.StandardInput.WriteLine(line);
                _process.StandardInput.Flush();
                var reply = _process.StandardOutput.ReadLineAsync();
                if (!reply.Wait(CaseTimeLimit))
                {
                    _process.Kill(entireProcessTree: true);
                    throw new XunitException($"a script case ran past {CaseTimeLimit.TotalSeconds} s");
                }

                var text = reply.Result ?? throw new XunitException("harness.py stopped answering:\n" + StandardError());
                return JsonNode.Parse(text)?["harness_error"] is { } error ? throw new XunitException("harness.py: " + error) : text;
            }
        }

        public void Dispose()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private string StandardError()
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>What one run of a script did.</summary>
    public sealed record Report(JsonObject Result, JsonObject FinalResponse, IReadOnlyList<JsonObject> Requests, double Seconds, string Printed, string Raw)
    {
        public static Report Parse(string json)
        {
            var root = JsonNode.Parse(json)!.AsObject();
            var result = root["result"]!.AsObject();
            var finalResponse = JsonNode.Parse((string)result["body"]!)!.AsObject();
            return new Report(result, finalResponse, [.. root["requests"]!.AsArray().Select(r => r!.AsObject())],
                (double)root["elapsed"]!, (string)root["printed"]!, json);
        }

        public bool? Status => (bool?)FinalResponse["status"];

        public string? Error => (string?)FinalResponse["error"];
    }
}
