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
            return (JsonNode)new JsonObject
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
        })]),
    });
}
