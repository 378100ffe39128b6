using System.Text.Json.Nodes;
using BotForge.Diagnostics;
using BotForge.Emit;
using BotForge.Text;

namespace BotForge.Cli.Output;

/// <summary>SARIF 2.1.0, for code-scanning services.</summary>
internal static class SarifFormatter
{
    /// <summary>
    /// The base a relative path is resolved against: the repository's root (GitHub's code scanning reads it so), or,
    /// outside a repository, where the user ran botforge.
    /// </summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>
    /// Where a file is, as SARIF wants it: a path given relative (as typed) becomes a relative reference with escaped
    /// segments against <see cref="SourceRoot"/>, from the repository's root (<see cref="RepositoryPath"/>); an
    /// absolute path becomes an absolute <c>file://</c> URI.
    /// </summary>
    public static JsonObject ArtifactLocation(string path, string workingDirectory, string? workspace)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new JsonObject { ["uri"] = FileUri.FromPath(path) };
        }

        var segments = RepositoryPath.Of(path, workingDirectory, workspace).Replace('\\', '/').Split('/').Where(s => s is not ("" or ".")).Select(Uri.EscapeDataString);
        return new JsonObject { ["uri"] = string.Join('/', segments), ["uriBaseId"] = SourceRoot };
    }

    /// <summary>A span of a file as a SARIF region: lines and columns from 1, the end column past the span's last character.</summary>
    private static JsonObject Region(SourceFile file, TextSpan span)
    {
        var (line, column) = file.GetLineColumn(span.Start);
        var (endLine, endColumn) = file.GetLineColumn(span.End);
        return new JsonObject
        {
            ["startLine"] = line,
            ["startColumn"] = column,
            ["endLine"] = endLine,
            ["endColumn"] = Math.Max(endColumn, endLine == line ? column : 1),
        };
    }

    public static string Format(IReadOnlyList<Diagnostic> diagnostics, string version, string workingDirectory, string? workspace)
    {
        var codes = diagnostics.Select(d => d.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var rules = codes.Select(code => (JsonNode)new JsonObject
        {
            ["id"] = code,
            ["shortDescription"] = new JsonObject { ["text"] = DiagnosticCodes.Find(code)?.Title ?? code },
            ["helpUri"] = DiagnosticCodes.HelpUri(code),
        }).ToArray();
        var results = diagnostics.Select(d =>
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Code,
                ["ruleIndex"] = codes.IndexOf(d.Code),
                ["level"] = d.Level switch { DiagnosticLevel.Error => "error", DiagnosticLevel.Warning => "warning", _ => "note" },
                ["message"] = new JsonObject { ["text"] = d.Hint is null ? d.Message : $"{d.Message} (hint: {d.Hint})" },
            };
            if (d.Location is { } location)
            {
                result["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = ArtifactLocation(location.File.Path, workingDirectory, workspace),
                        ["region"] = Region(location.File, location.Span),
                    },
                });
                if (d.Fix is { } fix)
                {
                    result["fixes"] = new JsonArray(new JsonObject
                    {
                        ["description"] = new JsonObject { ["text"] = d.Hint ?? d.Message },
                        ["artifactChanges"] = new JsonArray(new JsonObject
                        {
                            ["artifactLocation"] = ArtifactLocation(location.File.Path, workingDirectory, workspace),
                            ["replacements"] = new JsonArray(new JsonObject
                            {
                                ["deletedRegion"] = Region(location.File, fix.Span),
                                ["insertedContent"] = new JsonObject { ["text"] = fix.Text },
                            }),
                        }),
                    });
                }
            }

            return (JsonNode)result;
        }).ToArray();

        return JsonText.ToText(new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "BotForge",
                        ["version"] = version,
                        ["informationUri"] = "https://github.com/botforge/botforge",
                        ["rules"] = new JsonArray(rules),
                    },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = new JsonArray(results),
            }),
        });
    }
}
