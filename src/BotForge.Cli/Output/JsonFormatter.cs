using System.Text.Json.Nodes;
using BotForge.Diagnostics;
using BotForge.Emit;

namespace BotForge.Cli.Output;

/// <summary>Diagnostics as one JSON document, for tools.</summary>
internal static class JsonFormatter
{
    public static string Format(IReadOnlyList<Diagnostic> diagnostics) => JsonText.ToText(new JsonObject
    {
        ["errors"] = diagnostics.Count(d => d.Level == DiagnosticLevel.Error),
        ["warnings"] = diagnostics.Count(d => d.Level == DiagnosticLevel.Warning),
        ["diagnostics"] = new JsonArray([.. diagnostics.Select(d =>
        {
            var start = d.Location?.Start;
            var end = d.Location is { } l ? l.File.GetLineColumn(l.Span.End) : ((int, int)?)null;
            var diagnostic = new JsonObject
            {
                ["code"] = d.Code,
                ["level"] = TextFormatter.Level(d.Level),
                ["file"] = d.Location?.File.Path,
                ["line"] = start?.Line,
                ["column"] = start?.Column,
                ["end_line"] = end?.Item1,
                ["end_column"] = end?.Item2,
                ["message"] = d.Message,
                ["hint"] = d.Hint,
            };
            if (d.Fix is { } fix && d.Location is { File: var file })
            {
                // The edit the hint says, in the same file: its text replaces line:column up to end_line:end_column.
                var (line, column) = file.GetLineColumn(fix.Span.Start);
                var (endLine, endColumn) = file.GetLineColumn(fix.Span.End);
                diagnostic["fix"] = new JsonObject { ["line"] = line, ["column"] = column, ["end_line"] = endLine, ["end_column"] = endColumn, ["text"] = fix.Text };
            }

            return (JsonNode)diagnostic;
        })]),
    });
}
