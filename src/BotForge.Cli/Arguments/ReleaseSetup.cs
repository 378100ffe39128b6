using System.Globalization;
using BotForge.Cli.Output;
using BotForge.Deploy.Planning;
using BotForge.Deploy.Releases;
using BotForge.Deploy.Targets;

namespace BotForge.Cli.Arguments;

/// <summary>
/// What the release commands share: the bot built in memory, the target (<c>dir:PATH</c> or an HTTP URL with
/// <c>BOTFORGE_TOKEN</c>), the secrets, who releases, production's confirmation, and the test pause hook.
/// Every failure is a one-line message; none names a secret's value.
/// </summary>
internal sealed class ReleaseSetup
{
    private readonly LocalRelease? _local;

    /// <summary>Every secret this run knows (the token, the secret env values), to keep out of what it prints.</summary>
    private readonly List<(string Name, string Value)> _secrets = [];

    private ReleaseSetup(CliIO io, LocalRelease? local, IDeployTarget target, BotForge.Model.BotModel model)
    {
        IO = io;
        _local = local;
        Target = target;
        Remember("BOTFORGE_TOKEN", io.Environment("BOTFORGE_TOKEN"));
        foreach (var (name, value) in Secrets.InEnvironment(model, io.Environment))
        {
            Remember(name, value);
        }
    }

    private void Remember(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _secrets.Add((name, value));
        }
    }

    public CliIO IO { get; }

    /// <summary>The bot built for release (only when opened with <c>build: true</c>).</summary>
    public LocalRelease Local => _local ?? throw new InvalidOperationException("opened without a build");

    public IDeployTarget Target { get; }

    public string By => IO.Environment("BOTFORGE_USER") ?? Environment.UserName;

    /// <summary>
    /// Builds the bot (<paramref name="build"/>) or only reads it for its address (rollback and releases must work
    /// even when the working copy has errors), then opens the target; on failure prints why and returns null.
    /// </summary>
    public static ReleaseSetup? Open(CliIO io, string project, string? target, out int exit, bool build = true)
    {
        var compilation = io.Compile(project);
        var diagnostics = compilation.Validate();
        LocalRelease? local = null;
        if (build ? diagnostics.Any(d => d.IsError) || (local = LocalRelease.From(compilation, project)) is null : compilation.Model is null)
        {
            DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
            io.Error.Write(build ? "botforge: the bot has errors; nothing was released\n" : "botforge: the project could not be read\n");
            exit = build ? DiagnosticPrinter.ExitCode(diagnostics) : ExitCodes.BadInput;
            return null;
        }

        var model = compilation.Model!;
        var opened = OpenTarget(io, project, target, new BotAddress(model.Bot.Partner ?? "default", model.Bot.Id, model.Bot.Id), out var error);
        if (opened is null)
        {
            io.Fail(error!);
            exit = ExitCodes.BadInput;
            return null;
        }

        exit = ExitCodes.Success;
        return new ReleaseSetup(io, local, opened, model);
    }

    /// <summary>
    /// <see cref="Open"/> with a build, plus the env values of <paramref name="env"/> (secrets included): what
    /// deploy and promote need. A missing secret stops here, before anything is sent.
    /// </summary>
    public static ReleaseSetup? OpenRelease(CliIO io, string project, string? target, string env, string? secretsFile, out int exit)
    {
        if (Open(io, project, target, out exit) is not { } setup)
        {
            return null;
        }

        if (setup.EnvValues(env, secretsFile) is not { } values)
        {
            setup.Target.Dispose();
            exit = ExitCodes.BadInput;
            return null;
        }

        setup.Values = values;
        return setup;
    }

    private static IDeployTarget? OpenTarget(CliIO io, string project, string? target, BotAddress address, out string? error)
    {
        error = null;
        target ??= "dir:" + Path.Join(project, ".botforge", "releases").Replace('\\', '/');
        if (target.StartsWith("dir:", StringComparison.Ordinal))
        {
            // A release store is a folder: an empty path would be the working folder, and a file is none.
            var store = io.Resolve(target[4..]);
            if (target.Length == 4 || File.Exists(store))
            {
                error = target.Length == 4 ? "'dir:' names no folder: write dir:PATH, the release store's folder" : $"'{target}' names a file: a release store is a folder (dir:PATH)";
                return null;
            }

            return new DirTarget(store, target, () => DateTimeOffset.UtcNow);
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            error = $"'{target}' is not a target: use dir:PATH or an https:// URL of the platform API";
            return null;
        }

        if (url.UserInfo.Length > 0 || url.Query.Length > 0)
        {
            error = "a target URL carries no credentials or query: give the API's base URL and the token in BOTFORGE_TOKEN";
            return null;
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            error = $"'{target}' would send the token unencrypted; use https:// (plain http:// is only for 127.0.0.1 and localhost)";
            return null;
        }

        if (io.Environment("BOTFORGE_TOKEN") is not { Length: > 0 } token)
        {
            error = $"BOTFORGE_TOKEN is not set: the platform API at {url.GetLeftPart(UriPartial.Authority)} needs a bearer token; nothing was sent";
            return null;
        }

        var options = new HttpTargetOptions();
        if (int.TryParse(io.Environment("BOTFORGE_HTTP_RETRY_DELAY_MS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var delay))
        {
            options = options with { RetryDelay = TimeSpan.FromMilliseconds(delay) };
        }

        return new HttpTarget(url, token, address, options);
    }

    /// <summary>The env values of the environment released to (set by <see cref="OpenRelease"/>).</summary>
    public IReadOnlyList<EnvValue> Values { get; private set; } = [];

    /// <summary>The env values for <paramref name="env"/>, secrets included; on a missing secret prints which and returns null.</summary>
    private IReadOnlyList<EnvValue>? EnvValues(string env, string? secretsFile)
    {
        IReadOnlyDictionary<string, string>? file = null;
        if (secretsFile is not null)
        {
            var path = IO.Resolve(secretsFile);
            if (!File.Exists(path))
            {
                IO.Fail($"the secrets file '{secretsFile}' does not exist; nothing was sent");
                return null;
            }

            if (TrackedByGit(path))
            {
                IO.Fail($"the secrets file '{secretsFile}' is not ignored by git; add it to .gitignore before using it (nothing was sent)");
                return null;
            }

            try
            {
                file = Secrets.ReadDotenv(path, secretsFile);
            }
            catch (ReleaseException e)
            {
                IO.Fail($"{e.Message}; nothing was sent");
                return null;
            }
        }

        var values = Secrets.EnvValues(Local.Model, env, IO.Environment, file, out var missing);
        foreach (var name in missing)
        {
            IO.Fail($"the secret env variable {name} has no value for {env}: set BOTFORGE_SECRET_{name} " +
                $"(or BOTFORGE_SECRET_{env.ToUpperInvariant()}_{name}) or put it in a --secrets file");
        }

        if (missing.Count > 0)
        {
            IO.Error.Write($"botforge: {missing.Count} secret(s) missing; nothing was sent\n");
            return null;
        }

        // The platform stores an env value of 50 characters at most (BF1025 checks the values written in botforge.yaml).
        var tooLong = Secrets.TooLong(values);
        foreach (var (name, length) in tooLong)
        {
            IO.Fail(string.Create(CultureInfo.InvariantCulture,
                $"the secret env variable {name} has {length:N0} characters for {env}; the platform stores {BotForge.Model.EnvVariable.MaxValueLength} at most (BF1025), so it would be rejected or cut"));
        }

        if (tooLong.Count > 0)
        {
            IO.Error.Write($"botforge: {tooLong.Count} secret(s) too long; nothing was sent\n");
            return null;
        }

        foreach (var value in values.Where(v => v.Secret))
        {
            Remember(value.Name, value.Value);
        }

        return values;
    }

    /// <summary>Production needs --yes, or a person typing "yes".</summary>
    public bool Confirmed(string env, bool yes, string what)
    {
        if (env != "production" || yes)
        {
            return true;
        }

        if (!IO.Interactive)
        {
            IO.Fail($"{what} changes production: pass --yes (or run it in a terminal to confirm); nothing was released");
            return false;
        }

        IO.Out.Write($"{what} changes production. Type 'yes' to go on: ");
        IO.Out.Flush();
        if (IO.In.ReadLine()?.Trim() == "yes")
        {
            return true;
        }

        IO.Error.Write("botforge: not confirmed; nothing was released\n");
        return false;
    }

    /// <summary>The fault-injection point of the release tests: BOTFORGE_TEST_PAUSE=STEP stops there for two minutes.</summary>
    public Func<string, Task> Pause => async step =>
    {
        if (IO.Environment("BOTFORGE_TEST_PAUSE") == step)
        {
            IO.Error.Write($"botforge: paused {step} (BOTFORGE_TEST_PAUSE)\n");
            IO.Error.Flush();
            await Task.Delay(TimeSpan.FromMinutes(2));
        }
    };

    /// <summary>Runs a release step: a refusal or failure is one line and <see cref="ExitCodes.ReleaseFailed"/>.</summary>
    public int Run(Func<Task<int>> step)
    {
        try
        {
            return step().GetAwaiter().GetResult();
        }
        catch (ReleaseException e)
        {
            // The message may quote the server (its error, a lock holder's name): Fail escapes it, and a server that
            // echoes what it was sent must not print a secret.
            IO.Fail(Secrets.Redact(e.Message, _secrets));
            return ExitCodes.ReleaseFailed;
        }
        finally
        {
            Target.Dispose();
        }
    }

    private static bool TrackedByGit(string path)
    {
        try
        {
            // 0: ignored; 1: not ignored (inside a work tree); 128: not in a repository, so git cannot commit it.
            return Git.Run(Path.GetDirectoryName(path)!, "check-ignore", "-q", "--", path).ExitCode == 1;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
