using BotForge.Project;
using BotForge.Text;
using NJsonSchema;

namespace BotForge.Validation;

/// <summary>The embedded source-format schema (schemas/botforge.schema.json), loaded once, on first use.</summary>
public static class SourceSchemas
{
    /// <summary>The schema files editors use (the source format and its per-file wrappers), as in schemas/.</summary>
    public static IReadOnlyList<string> EditorFiles { get; } =
        ["botforge.schema.json", "entities.schema.json", "faq.schema.json", "substory.schema.json", "tests.schema.json"];

    private static readonly Lazy<JsonSchema> Root = new(() => Load("botforge.schema.json"));

    internal static JsonSchema For(SourceKind kind) => Root.Value.Definitions[kind switch
    {
        SourceKind.Project => "projectFile",
        SourceKind.Entities => "entitiesFile",
        SourceKind.SubStory => "subStoryFile",
        SourceKind.Faq => "faqFile",
        SourceKind.Tests => "testsFile",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    }];

    private static readonly Lazy<Dictionary<string, HashSet<string>>> KeysByParent = new(() => KeysUnder(Root.Value));

    /// <summary>The keys a mapping written under <paramref name="key"/> may have anywhere in the format (<c>form</c>: title, subtitle, fields).</summary>
    internal static IReadOnlySet<string> KeysOf(string key) =>
        KeysByParent.Value.TryGetValue(key, out var keys) ? keys : (IReadOnlySet<string>)new HashSet<string>();

    /// <summary>The keys a schema names, through its unions and references.</summary>
    internal static HashSet<string> DeclaredKeys(JsonSchema schema)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var each in Reachable(schema, throughProperties: false))
        {
            keys.UnionWith(each.ActualProperties.Keys);
        }

        return keys;
    }

    private static Dictionary<string, HashSet<string>> KeysUnder(JsonSchema root)
    {
        var byParent = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var schema in root.Definitions.Values.SelectMany(d => Reachable(d, throughProperties: true)))
        {
            foreach (var (name, property) in schema.ActualProperties)
            {
                if (!byParent.TryGetValue(name, out var keys))
                {
                    byParent[name] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.UnionWith(DeclaredKeys(property));
            }
        }

        return byParent;
    }

    /// <summary>A schema and those its unions (and, if asked, its properties and items) lead to, each once.</summary>
    private static List<JsonSchema> Reachable(JsonSchema start, bool throughProperties)
    {
        var found = new List<JsonSchema>();
        var visited = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonSchema>([start]);
        while (pending.TryPop(out var next))
        {
            var schema = next.ActualSchema;
            if (!visited.Add(schema))
            {
                continue;
            }

            found.Add(schema);
            foreach (var inner in schema.AnyOf.Concat(schema.OneOf).Concat(schema.AllOf))
            {
                pending.Push(inner);
            }

            if (throughProperties)
            {
                foreach (var property in schema.ActualProperties.Values)
                {
                    pending.Push(property);
                }

                if (schema.Item is { } item)
                {
                    pending.Push(item);
                }
            }
        }

        return found;
    }

    /// <summary>Reads an embedded schema's text (also used to compare with the files in schemas/).</summary>
    public static string ReadText(string name) => EmbeddedText.Read("schemas/" + name);

    private static JsonSchema Load(string name) =>
        JsonSchema.FromJsonAsync(ReadText(name)).GetAwaiter().GetResult();
}
