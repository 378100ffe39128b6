using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>Which env variables the bot reads: integration settings, and names quoted in hand-written scripts.</summary>
internal static class Env
{
    public static HashSet<string> Referenced(BotModel bot)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (bot.Salesforce is { } sf)
        {
            foreach (var template in new[] { sf.BaseUrl, sf.Username, sf.ClientId, sf.PrivateKey })
            {
                names.UnionWith(template.Parts.OfType<PlaceholderPart>().Where(p => p.Kind == PlaceholderKind.Env).Select(p => p.Key));
            }
        }

        var scripts = bot.Nodes.Select(n => n.Code).OfType<ScriptStep>().ToList();
        foreach (var variable in bot.Env)
        {
            if (scripts.Any(s => s.Source.Contains($"'{variable.Name}'", StringComparison.Ordinal) || s.Source.Contains($"\"{variable.Name}\"", StringComparison.Ordinal)))
            {
                names.Add(variable.Name);
            }
        }

        return names;
    }
}
