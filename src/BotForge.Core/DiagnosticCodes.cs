using BotForge.Diagnostics;
using BotForge.Validation.Rules;

namespace BotForge;

/// <summary>Every diagnostic code a compilation can report: the stages' catalog and every rule, ordered by code.</summary>
public static class DiagnosticCodes
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> Descriptors = new(() =>
        DiagnosticCatalog.All.Concat(RuleCatalog.All.Select(r => r.Descriptor)).OrderBy(d => d.Code, StringComparer.Ordinal).ToList());

    public static IReadOnlyList<DiagnosticDescriptor> All => Descriptors.Value;

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    /// <summary>The page of docs/diagnostics.md that explains the codes, in the project's public repository.</summary>
    public const string DocsBase = "https://github.com/botforge/botforge/blob/main/docs/diagnostics.md";

    /// <summary>Where a code is explained (SARIF's helpUri, an editor's link on the code).</summary>
    public static string HelpUri(string code) => $"{DocsBase}#{code.ToLowerInvariant()}";
}
