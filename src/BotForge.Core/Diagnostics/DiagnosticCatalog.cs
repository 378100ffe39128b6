using System.Reflection;

namespace BotForge.Diagnostics;

/// <summary>
/// The diagnostics of the pipeline's stages: the catalog classes of this namespace. Rules declare their own
/// descriptors (<c>Validation.Rules.RuleCatalog</c>); <see cref="DiagnosticCodes"/> lists both.
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> Descriptors = new(Discover);

    public static IReadOnlyList<DiagnosticDescriptor> All => Descriptors.Value;

    private static IReadOnlyList<DiagnosticDescriptor> Discover() =>
        typeof(DiagnosticCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(DiagnosticCatalog).Namespace && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
