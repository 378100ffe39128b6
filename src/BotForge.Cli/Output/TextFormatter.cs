using BotForge.Diagnostics;
using BotForge.Text;

namespace BotForge.Cli.Output;

/// <summary>The compiler-style line: <c>path:line:col: error BF0203: message</c>, then an indented hint.</summary>
internal static class TextFormatter
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.Write(Line(diagnostic));
            writer.Write('\n');
            if (diagnostic.Hint is { } hint)
            {
                writer.Write("    hint: ");
                writer.Write(Printable.Escape(hint));
                writer.Write('\n');
            }
        }
    }

    public static string Line(Diagnostic diagnostic)
    {
        // A file name or a message (which quotes author text) must not break the line or drive the terminal.
        var where = diagnostic.Location is { } location ? $"{Printable.Escape(location.File.Path)}:{location.Start.Line}:{location.Start.Column}: " : "botforge: ";
        return $"{where}{Level(diagnostic.Level)} {diagnostic.Code}: {Printable.Escape(diagnostic.Message)}";
    }

    public static string Level(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "info",
    };

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Level == DiagnosticLevel.Error);
        var warnings = diagnostics.Count(d => d.Level == DiagnosticLevel.Warning);
        return $"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}";
    }
}
