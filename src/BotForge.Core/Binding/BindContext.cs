using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>What binders share: the bot's languages, the symbol tables filled so far and the diagnostic sink.</summary>
internal sealed class BindContext(DiagnosticBag diagnostics, IReadOnlyList<string> languages)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public IReadOnlyList<string> Languages { get; } = languages;

    public string DefaultLanguage => Languages[0];

    public Dictionary<string, EntityDefinition> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EnvVariable> Env { get; } = new(StringComparer.Ordinal);

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Resolves an entity name to a private definition or a public entity; reports unknown names.</summary>
    public EntityRef ResolveEntity(string name, SourceLocation at)
    {
        if (Entities.TryGetValue(name, out var definition))
        {
            return new EntityRef(name, definition, IsPublic: false, at);
        }

        if (PublicEntities.Contains(name))
        {
            return new EntityRef(name, null, IsPublic: true, at);
        }

        Report(BindingDiagnostics.UnknownEntity(at, name, Suggestions.Closest(name, Entities.Keys.Concat(PublicEntities.Names))));
        return new EntityRef(name, null, IsPublic: false, at);
    }

    public static string? Str(YamlNode? node) => node is YamlScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s ? s.Value : null;

    public static bool Bool(YamlNode? node, bool fallback) => node is YamlScalar { Kind: ScalarKind.Boolean } s ? ScalarTyping.AsBoolean(s) : fallback;

    public static IEnumerable<YamlNode> Items(YamlNode? node) => node is YamlSequence sequence ? sequence.Items : [];

    public static IEnumerable<YamlMapping> Mappings(YamlNode? node) => Items(node).OfType<YamlMapping>();
}
