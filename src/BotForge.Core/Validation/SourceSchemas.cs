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

    /// <summary>Reads an embedded schema's text (also used to compare with the files in schemas/).</summary>
    public static string ReadText(string name) => EmbeddedText.Read("schemas/" + name);

    private static JsonSchema Load(string name) =>
        JsonSchema.FromJsonAsync(ReadText(name)).GetAwaiter().GetResult();
}
