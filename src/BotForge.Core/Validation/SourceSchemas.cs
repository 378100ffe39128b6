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

    private static readonly Lazy<(Dictionary<string, HashSet<string>> Parents, Dictionary<string, HashSet<string>> Siblings)> KeyRelations = new(() => RelateKeys(Root.Value));

    private static readonly HashSet<string> NoKeys = [];

    /// <summary>The keys under which a mapping may have <paramref name="key"/> anywhere in the format (<c>title</c>: form, carousel items, taskbox tasks…).</summary>
    internal static IReadOnlySet<string> ParentsOf(string key) => KeyRelations.Value.Parents.TryGetValue(key, out var parents) ? parents : NoKeys;

    /// <summary>The keys a mapping may have beside <paramref name="key"/> anywhere in the format (<c>user_details</c> beside a test's <c>user</c>).</summary>
    internal static IReadOnlySet<string> SiblingsOf(string key) => KeyRelations.Value.Siblings.TryGetValue(key, out var siblings) ? siblings : NoKeys;

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

    /// <summary>For every key of the format, in one walk over its schemas: the keys it may stand under, and those beside it.</summary>
    private static (Dictionary<string, HashSet<string>> Parents, Dictionary<string, HashSet<string>> Siblings) RelateKeys(JsonSchema root)
    {
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var siblings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var schema in root.Definitions.Values.SelectMany(d => Reachable(d, throughProperties: true)).Distinct())
        {
            var keys = DeclaredKeys(schema);
            foreach (var key in keys)
            {
                Relate(siblings, key, keys.Where(k => k != key));
            }

            foreach (var (name, property) in schema.ActualProperties)
            {
                foreach (var key in DeclaredKeys(property))
                {
                    Relate(parents, key, [name]);
                }
            }
        }

        return (parents, siblings);
    }

    private static void Relate(Dictionary<string, HashSet<string>> relations, string key, IEnumerable<string> related)
    {
        if (!relations.TryGetValue(key, out var set))
        {
            relations[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(related);
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
