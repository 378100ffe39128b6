using System.Collections.Concurrent;
using Scriban;
using BotForge.Text;

namespace BotForge.Emit.Scripts;

/// <summary>The Scriban templates of templates/actions, embedded in the assembly and parsed once, on first use.</summary>
internal static class ScriptTemplates
{
    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    public static Template Get(string name) => Parsed.GetOrAdd(name, static n =>
    {
        var template = Template.Parse(ReadText(n), n);
        return template.HasErrors
            ? throw new InvalidOperationException($"template {n} does not parse: {string.Join("; ", template.Messages)}")
            : template;
    });

    /// <summary>A template's text as embedded (also used to compare with the files in templates/).</summary>
    public static string ReadText(string name) => EmbeddedText.Read("templates/" + name);
}
