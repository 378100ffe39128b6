using BotForge.Diagnostics;
using BotForge.Text;

namespace BotForge.Cli.Output;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), shown as annotations on the pull request.</summary>
internal static class GithubFormatter
{
    /// <param name="writer">Where the commands go (standard output).</param>
    /// <param name="diagnostics">What to annotate.</param>
    /// <param name="workingDirectory">Where the diagnostics' relative paths are from.</param>
    /// <param name="workspace">The runner's workspace (GITHUB_WORKSPACE), or null.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string workingDirectory, string? workspace)
    {
        // GitHub annotates at most 10 errors, 10 warnings and 10 notices of a step, the first printed, and drops the
        // rest without a word (actions/toolkit, docs/problem-matchers.md): say so first, while a notice still shows.
        var kinds = diagnostics.GroupBy(Command).Select(g => (Kind: g.Key, Count: g.Count())).ToList();
        if (kinds.Any(k => k.Count > AnnotationsPerKind))
        {
            var counts = string.Join(" and ", kinds.Select(k => Counted(k.Count, k.Kind)));
            var hidden = string.Join(" and ", kinds.Where(k => k.Count > AnnotationsPerKind).Select(k => Counted(k.Count - AnnotationsPerKind, k.Kind)));
            writer.Write($"::notice title=BotForge::{Data($"{counts}: GitHub annotates at most {AnnotationsPerKind} of each kind per step, so {hidden} are only in this step's log")}\n");
        }

        foreach (var d in diagnostics)
        {
            var command = Command(d);
            var properties = new List<string>();
            if (d.Location is { } location)
            {
                properties.Add($"file={Property(Printable.Escape(RepositoryPath.Of(location.File.Path, workingDirectory, workspace)))}");
                properties.Add($"line={location.Start.Line}");
                properties.Add($"col={location.Start.Column}");
            }

            properties.Add($"title={Property(d.Code)}");
            // Author text in a message is data: its control characters escaped as the text format escapes them (an
            // escape sequence would recolour the log), the one line break between message and hint encoded below.
            var message = d.Hint is null ? Printable.Escape(d.Message) : $"{Printable.Escape(d.Message)}\nhint: {Printable.Escape(d.Hint)}";
            writer.Write($"::{command} {string.Join(',', properties)}::{Data(message)}\n");
        }
    }

    /// <summary>The annotations of each kind GitHub shows for one step.</summary>
    public const int AnnotationsPerKind = 10;

    private static string Command(Diagnostic d) => d.Level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "notice",
    };

    private static string Counted(int count, string kind) => count == 1 ? $"1 {kind}" : $"{count} {kind}s";

    // Escaping as GitHub's toolkit does for workflow commands.
    private static string Data(string value) => value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) => Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
