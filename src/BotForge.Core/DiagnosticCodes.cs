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
}
