using System.Reflection;
using BotForge.Parsing;
using BotForge.Text;
using BotForge.Validation;

namespace BotForge.Cli;

/// <summary>
/// The writers, working folder and cache a command runs with; tests pass their own to run the real CLI in-process
/// (without a cache unless a test is about it).
/// </summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error, string WorkingDirectory, SchemaCache? Cache = null, Limits? Limits = null)
{
    public static string Version { get; } =
        typeof(CliIO).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>What the user types (for <c>botforge chat</c>); empty unless the program or a test supplies it.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The process's standard input as bytes (the language server's transport); tests supply their own.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>The process's standard output as bytes (the language server's transport).</summary>
    public Func<Stream> OpenOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>True when a person types at <see cref="In"/> (a terminal): confirmations may be asked.</summary>
    public bool Interactive { get; init; }

    /// <summary>Environment variables (tests pass their own instead of the process's).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>A compilation of the project as the user named it (its dist/ folder not read), with this run's cache and limits.</summary>
    public Compilation Compile(string project) =>
        Compilation.Create(Resolve(project), project, Resolve(Path.Join(project, "dist")), Cache, Limits);

    /// <summary>
    /// Writes one error line to <see cref="Error"/>: <c>botforge: error: MESSAGE</c>. The message often quotes what
    /// BotForge did not write (a server's answer, a file name from a git revision, an argument), so its control
    /// characters are escaped: in a CI log a line break would forge a line, on a terminal an escape sequence would act.
    /// </summary>
    public void Fail(string message) => Error.Write($"botforge: error: {Printable.Escape(message)}\n");

    /// <summary>A path as the user gave it, resolved against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>
    /// The per-user cache of files that passed the schema check: <c>BOTFORGE_CACHE_DIR</c> (<c>off</c> turns it
    /// off), else <c>$XDG_CACHE_HOME/botforge</c>, else <c>~/.cache/botforge</c> (each only when absolute); null when
    /// none can be found. The sentence model is compiled into it but on a CI machine (<c>CI</c> set, and not to
    /// <c>false</c> or <c>0</c>).
    /// </summary>
    public static SchemaCache? UserCache(Func<string, string?> environment)
    {
        var configured = environment("BOTFORGE_CACHE_DIR");
        if (configured is "off" or "0" or "false")
        {
            return null;
        }

        // As the XDG base directory specification says, a relative XDG_CACHE_HOME (or HOME) is not used: it would put
        // the cache in whatever folder the command runs in, a bot's repository included.
        var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrEmpty(configured) ? Path.GetFullPath(configured)
            : environment("XDG_CACHE_HOME") is { } xdg && Path.IsPathFullyQualified(xdg) ? Path.Combine(xdg, "botforge")
            : Path.IsPathFullyQualified(home) ? Path.Combine(home, ".cache", "botforge")
            : null;
        // A CI machine (CI set, as GitHub Actions, GitLab CI and most others do) usually starts with an empty cache.
        var ci = environment("CI") is { Length: > 0 } value && value is not ("false" or "0");
        return root is null ? null : new SchemaCache(root) { KeepsCompiledModel = !ci };
    }

    /// <summary>
    /// The limits on what is read: the defaults, with each <c>BOTFORGE_LIMIT_*</c> variable that is set taking
    /// its place. A value that is not a positive whole number is an error (the message), never ignored.
    /// </summary>
    public static Limits ReadLimits(Func<string, string?> environment, out string? error)
    {
        error = null;
        var limits = Limits.Default;
        foreach (var (variable, _, set) in Limits.Settings)
        {
            if (environment(variable) is not { Length: > 0 } text)
            {
                continue;
            }

            if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                error = $"{variable} must be a positive whole number, not '{text}'";
                return limits;
            }

            limits = set(limits, value);
        }

        return limits;
    }
}
