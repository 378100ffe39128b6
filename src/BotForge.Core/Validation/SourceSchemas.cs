using NJsonSchema;
using BotForge.Project;
using BotForge.Text;

namespace BotForge.Validation;

/// <summary>The embedded source-format schema (schemas/botforge.schema.json), loaded once, on first use.</summary>
internal static class SourceSchemas
{
    private static readonly Lazy<JsonSchema> Root = new(() => Load("botforge.schema.json"));

    public static JsonSchema For(SourceKind kind) => Root.Value.Definitions[kind switch
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
