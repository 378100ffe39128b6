using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BotForge.Cli.Commands;
using BotForge.Serve;
using BotForge.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace BotForge.Tests.Deploy;

/// <summary>
/// A workbench for release tests: a copy of the example bot, secrets with random values (given to the CLI
/// through its environment, never written to a file), an optional in-process <c>botforge serve</c> on a
/// loopback port, and a record of everything the CLI printed, so a test can look for the secrets in every
/// byte BotForge wrote or printed.
/// </summary>
internal sealed class ReleaseBench : IAsyncDisposable
{
    private readonly TempProject _root = new();
    private readonly StringBuilder _printed = new();
    private readonly AnswerCheck _answers = new();
    private PlatformServer? _server;

    public ReleaseBench()
    {
        TempProject.CopyInto(Repo.ExampleBot, Bot);
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        Secrets = new Dictionary<string, string>
        {
            ["SF_USERNAME"] = "integration-user-" + random,
            ["SF_CLIENT_ID"] = "3MVG9-client-" + random,
            // The platform stores an env value of 50 characters at most, secrets included.
            ["SF_PRIVATE_KEY"] = "-----BEGIN KEY-----" + random + "-----END-----",
        };
    }

    public string Root => _root.Root;

    public string Bot => Path.Combine(Root, "bot");

    public string Data => Path.Combine(Root, "server-data");

    public string Token { get; } = "test-token-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public Dictionary<string, string> Secrets { get; }

    public Uri? Server => _server?.Address;

    /// <summary>Everything the CLI printed in this bench (stdout and stderr of every run).</summary>
    public string Printed => _printed.ToString();

    /// <summary>Environment variables the CLI sees: the secrets, the token, a user name, fast retries; plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var env = new Dictionary<string, string>
        {
            ["BOTFORGE_TOKEN"] = Token,
            ["BOTFORGE_USER"] = "ada",
            ["BOTFORGE_HTTP_RETRY_DELAY_MS"] = "20",
        };
        foreach (var (name, value) in Secrets)
        {
            env["BOTFORGE_SECRET_" + name] = value;
        }

        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }

        return env;
    }

    public async Task StartServerAsync(Func<HttpContext, Task<bool>>? fault = null, TimeSpan? lockLease = null)
    {
        _server = await PlatformServer.StartAsync(new ServeOptions
        {
            Port = 0,
            DataDirectory = Data,
            Token = Token,
            Fault = fault,
            LockLease = lockLease ?? TimeSpan.FromMinutes(10),
            Answered = _answers.Add,
        });
    }

    public async Task StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>The CLI in-process, in the bench's folder.</summary>
    public CliRun Cli(params string[] args) => CliWith(null, args);

    public CliRun CliWith(IReadOnlyDictionary<string, string>? extra, params string[] args)
    {
        var env = Environment(extra);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = BotForgeCli.Run(args, stdout, stderr, Root, environment: name => env.GetValueOrDefault(name));
        var run = new CliRun(code, stdout.ToString(), stderr.ToString());
        lock (_printed)
        {
            _printed.Append(run.Out).Append(run.Error);
        }

        return run;
    }

    /// <summary>The CLI as a process (so it can be killed), started in the bench's folder.</summary>
    public Process Start(IReadOnlyDictionary<string, string>? extra, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "botforge.dll"), .. args])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in Environment(extra))
        {
            start.Environment[name] = value;
        }

        start.Environment["BOTFORGE_CACHE_DIR"] = "off";
        return Process.Start(start)!;
    }

    /// <summary>Waits until the process prints <paramref name="text"/> on stderr (its pause point), recording what it printed.</summary>
    public async Task WaitForAsync(Process process, string text)
    {
        var seen = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!seen.ToString().Contains(text, StringComparison.Ordinal))
        {
            var line = await process.StandardError.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                Assert.Fail($"the process ended before '{text}':\n{seen}{await process.StandardOutput.ReadToEndAsync()}");
            }

            seen.Append(line).Append('\n');
        }

        lock (_printed)
        {
            _printed.Append(seen);
        }
    }

    /// <summary>Kills a process started by <see cref="Start"/> and records whatever else it printed.</summary>
    public async Task KillAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        var rest = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        lock (_printed)
        {
            _printed.Append(rest);
        }
    }

    public void Edit(string relative, string find, string replace) => TempProject.EditFile(Path.Combine(Bot, relative), find, replace);

    /// <summary>Every file under the bench (release stores, server database, anything else BotForge wrote) that contains a secret value.</summary>
    public IEnumerable<string> FilesHoldingSecrets() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(file => Secrets.Values.Any(secret => File.ReadAllBytes(file).AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0));

    /// <summary>Stops the server and checks every answer it sent against the OpenAPI document (what the fault hook answered aside).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopServerAsync();
        _root.Dispose();
        _answers.AssertAllValid();
    }
}
