using System.Text;
using BotForge.Emit.Scripts;
using BotForge.Model;

namespace BotForge.Emit;

/// <summary>Produces every output file of a bot in memory; nothing touches the disk here.</summary>
public static class Emitter
{
    /// <summary>The bundle's <c>business</c> section as compact JSON: what a release sets before activating the bot.</summary>
    public static string BusinessSettings(BotModel bot) => new BundleWriter(bot).Business().ToJsonString();

    public static IReadOnlyList<EmittedFile> Emit(BotModel bot)
    {
        var files = new List<EmittedFile>();
        var scriptPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var scriptSources = new Dictionary<string, string>(StringComparer.Ordinal);
        var generator = new ScriptGenerator(bot);
        foreach (var node in bot.Nodes)
        {
            var source = node.Code switch
            {
                ActionStep action => generator.Generate(node, action),
                ScriptStep script => script.Source,
                _ => null,
            };
            if (source is not null)
            {
                var path = $"scripts/{node.SystemName}.py";
                scriptPaths[node.SystemName] = path;
                scriptSources[node.SystemName] = source;
                files.Add(new EmittedFile(path, new UTF8Encoding(false).GetBytes(source)));
            }
        }

        var hasFaq = bot.Faq.Count > 0;
        files.Add(new EmittedFile("bot.json", new BundleWriter(bot).Write(scriptPaths, scriptSources, hasFaq)));
        if (hasFaq)
        {
            files.Add(new EmittedFile("faq.csv", FaqCsvWriter.Write(bot.Faq, bot.Bot.DefaultLanguage)));
            foreach (var language in bot.Bot.Languages.Skip(1))
            {
                files.Add(new EmittedFile($"faq.{language}.csv", FaqCsvWriter.Write(bot.Faq, language)));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        files.Add(ManifestWriter.Write(bot.Bot.Id, files));
        return files;
    }
}
