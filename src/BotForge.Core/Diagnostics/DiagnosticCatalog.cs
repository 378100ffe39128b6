using System.Reflection;

namespace BotForge.Diagnostics;

/// <summary>Every diagnostic code the compiler can report: the catalog classes of this namespace and every rule.</summary>
public static class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> Descriptors = new(Discover);

    public static IReadOnlyList<DiagnosticDescriptor> All => Descriptors.Value;

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    private static IReadOnlyList<DiagnosticDescriptor> Discover() =>
        typeof(DiagnosticCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(DiagnosticCatalog).Namespace && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Concat(Validation.Rules.RuleCatalog.All.Select(r => r.Descriptor))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
