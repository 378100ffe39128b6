using System.Text.RegularExpressions;
using BotForge.Text;
using BotForge.Validation;

namespace BotForge.Cli.Scaffold;

/// <summary>
/// The bots <c>botforge init --template NAME</c> writes, from <c>templates/init/NAME/</c> (embedded): each builds
/// with no errors and passes its own tests. <c>__BOT__</c> and <c>__NAME__</c> become the bot's id and name; the
/// file <c>gitignore</c> is written as <c>.gitignore</c>; the source schemas are copied into <c>schemas/</c> so the
/// files' <c>$schema</c> comments work offline, in any editor that reads them.
/// </summary>
internal static partial class ProjectTemplates
{
    private const string Prefix = "templates/init/";

    /// <summary>The template names, in the order help lists them; the first is the default.</summary>
    public static IReadOnlyList<string> Names { get; } = ["starter", "ticketing"];

    /// <summary>The files of <paramref name="template"/> for a bot, by path relative to the project (forward slashes).</summary>
    public static IReadOnlyList<(string Path, string Content)> Files(string template, string botId, string botName)
    {
        var assembly = typeof(ProjectTemplates).Assembly;
        var own = Prefix + template + "/";
        var files = new List<(string Path, string Content)>();
        foreach (var resource in assembly.GetManifestResourceNames().Select(n => (Name: n, Path: n.Replace('\\', '/'))).Where(r => r.Path.StartsWith(own, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource.Name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd().ReplaceLineEndings("\n").Replace("__BOT__", botId, StringComparison.Ordinal).Replace("__NAME__", botName, StringComparison.Ordinal);
            var path = resource.Path[own.Length..];
            files.Add((path == "gitignore" ? ".gitignore" : path, text));
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException($"the init template '{template}' is missing from the build");
        }

        files.AddRange(SourceSchemas.EditorFiles.Select(name => ("schemas/" + name, SourceSchemas.ReadText(name))));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>A lower_snake_case bot id from a folder name: "Acme Support-2" → "acme_support_2", "Café Crème" → "cafe_creme" (letters as <see cref="Identifiers.IdLetters"/> writes them).</summary>
    internal static string ToId(string name)
    {
        var id = NonAlphanumeric().Replace(Identifiers.IdLetters(name).ToLowerInvariant(), "_").Trim('_');
        id = Underscores().Replace(id, "_");
        return id.Length == 0 ? "bot" : !char.IsAsciiLetterLower(id[0]) ? "bot_" + id : id;
    }

    /// <summary>A display name from a bot id: "acme_support_2" → "Acme Support 2".</summary>
    internal static string ToName(string botId) => string.Join(' ', botId.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("_+", RegexOptions.CultureInvariant)]
    private static partial Regex Underscores();
}
