using System.Reflection;

namespace BotForge.Cli;

/// <summary>The writers and working folder a command runs with; tests pass their own to run the real CLI in-process.</summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public static string Version { get; } =
        typeof(CliIO).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>A path as the user gave it, resolved against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
