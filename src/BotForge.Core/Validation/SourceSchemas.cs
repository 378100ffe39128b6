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

    private static readonly Lazy<Dictionary<string, HashSet<string>>> ParentsByKey = new(() => ParentsOfKeys(Root.Value));

    private static readonly HashSet<string> NoKeys = [];

    /// <summary>The keys under which a mapping may have <paramref name="key"/> anywhere in the format (<c>title</c>: form, carousel items, taskbox tasks…).</summary>
    internal static IReadOnlySet<string> ParentsOf(string key) => ParentsByKey.Value.TryGetValue(key, out var parents) ? parents : NoKeys;

    private static readonly Lazy<Dictionary<string, HashSet<string>>> SiblingsByKey = new(() => SiblingsOfKeys(Root.Value));

    /// <summary>The keys a mapping may have beside <paramref name="key"/> anywhere in the format (<c>user_details</c> beside a test's <c>user</c>).</summary>
    internal static IReadOnlySet<string> SiblingsOf(string key) => SiblingsByKey.Value.TryGetValue(key, out var siblings) ? siblings : NoKeys;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<JsonSchema, HashSet<string>> Declared = new(ReferenceEqualityComparer.Instance);

    /// <summary>The keys a schema names, through its unions and references (remembered: the schema never changes).</summary>
    internal static IReadOnlySet<string> DeclaredKeys(JsonSchema schema) => Declared.GetOrAdd(schema, s =>
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var each in Reachable(s, throughProperties: false))
        {
            keys.UnionWith(each.ActualProperties.Keys);
        }

        return keys;
    });

    private static Dictionary<string, HashSet<string>> ParentsOfKeys(JsonSchema root)
    {
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var schema in root.Definitions.Values.SelectMany(d => Reachable(d, throughProperties: true)).Distinct())
        {
            foreach (var (name, property) in schema.ActualProperties)
            {
                foreach (var key in DeclaredKeys(property))
                {
                    if (!parents.TryGetValue(key, out var names))
                    {
                        parents[key] = names = new HashSet<string>(StringComparer.Ordinal);
                    }

                    names.Add(name);
                }
            }
        }

        return parents;
    }

    private static Dictionary<string, HashSet<string>> SiblingsOfKeys(JsonSchema root)
    {
        var siblings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var schema in root.Definitions.Values.SelectMany(d => Reachable(d, throughProperties: true)).Distinct())
        {
            var keys = DeclaredKeys(schema);
            foreach (var key in keys)
            {
                if (!siblings.TryGetValue(key, out var beside))
                {
                    siblings[key] = beside = new HashSet<string>(StringComparer.Ordinal);
                }

                beside.UnionWith(keys.Where(k => k != key));
            }
        }

        return siblings;
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
