using BotForge.Diagnostics;

namespace BotForge.Tests.Support;

/// <summary>Compiles a project and returns its diagnostics as comparable (code, file, line, column) tuples.</summary>
internal static class Diagnose
{
    public static IReadOnlyList<Diagnostic> Project(string root) => Compilation.Create(root, ".").Validate();

    public static IReadOnlyList<(string Code, string File, int Line, int Column)> Located(string root) =>
        Project(root).Select(d => (d.Code, d.Location?.File.Path ?? string.Empty, d.Location?.Start.Line ?? 0, d.Location?.Start.Column ?? 0)).ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Location?.File.Path}:{d.Location?.Start.Line}:{d.Location?.Start.Column}: {d.Code}: {d.Message}"));
}
