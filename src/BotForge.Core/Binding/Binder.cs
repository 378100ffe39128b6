using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>Turns a project's parsed files into one resolved <see cref="BotModel"/>. Tolerates broken references: each is reported once and binding goes on.</summary>
public static class Binder
{
    public static BotModel? Bind(ProjectSources sources, DiagnosticBag diagnostics)
    {
        if (sources.ProjectFile?.Root is not YamlMapping root || root["bot"] is not YamlMapping bot)
        {
            return null;
        }

        var languages = BindContext.Items(bot["languages"]).Select(BindContext.Str).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (languages.Count == 0)
        {
            languages.Add("en");
        }

        // A language of bot.languages that no text is written in, while the texts are written in another code ('kr'
        // declared, 'ko' written; 'ko-KR' and 'ko'): one mistake, which would be reported at every key and again as a
        // translation missing from every text. A second pass reads the keys as the language declared, and the
        // mistake is reported once, where the language is declared.
        var first = new DiagnosticBag();
        var (model, firstPass) = BindWith(sources, root, bot, languages, first, otherwise: null);
        if (WrittenOtherwise(firstPass) is not { Count: > 0 } otherwise)
        {
            diagnostics.AddRange(first.ToSortedList());
            return model;
        }

        (model, var context) = BindWith(sources, root, bot, languages, diagnostics, otherwise);
        context.Enter(sources.ProjectFile.File);
        foreach (var (written, declared) in otherwise)
        {
            // A language declared by its name ('korean') has its own error there, with the code to write.
            if (LanguageNames.CodeOf(declared) != BotInfo.BaseLanguage(written)
                && BindContext.Items(bot["languages"]).FirstOrDefault(item => BindContext.Str(item) == declared) is { } item)
            {
                diagnostics.Add(BindingDiagnostics.LanguageWrittenOtherwise(context.At(item), declared, written, LanguageNames.NameOf(BotInfo.BaseLanguage(written)), [.. firstPass.OtherLanguageKeys[written].OrderBy(k => k.File.Path, StringComparer.Ordinal).ThenBy(k => k.Span.Start)]));
            }
        }

        return model;
    }

    /// <summary>
    /// The keys of texts written in place of a language of bot.languages that no text is written in, each with that
    /// language: a key that is the language with another region or none ('ko' for 'ko-KR') or whose code a language
    /// declared by its name has ('ko' for 'korean'), when only one such language is unwritten; then, when one
    /// language is left unwritten and one key is left, that key ('ko' for 'kr', 'ja' for 'jp'). Only a key written at
    /// least half as often as the bot's most written language, and more than once where one is written: a stray key
    /// ('eb' for 'en') in a bot whose other language is yet to be written is its own mistake. Empty when the texts are written in the bot's languages, or
    /// the keys and the languages do not pair one to one.
    /// </summary>
    private static Dictionary<string, string> WrittenOtherwise(BindContext context)
    {
        var otherwise = new Dictionary<string, string>(StringComparer.Ordinal);
        var unwritten = context.Languages.Where(l => !context.LanguagesWritten.ContainsKey(l)).ToList();
        var most = context.LanguagesWritten.Values.DefaultIfEmpty(0).Max();
        var keys = context.OtherLanguageKeys.Where(k => k.Value.Count * 2 >= most && (k.Value.Count > 1 || most == 0)).Select(k => k.Key).ToList();
        foreach (var key in keys)
        {
            if (unwritten.Where(l => BotInfo.BaseLanguage(l) == BotInfo.BaseLanguage(key) || LanguageNames.CodeOf(l) == BotInfo.BaseLanguage(key)).ToList() is [var one]
                && !otherwise.ContainsValue(one))
            {
                otherwise[key] = one;
            }
        }

        var leftLanguages = unwritten.Where(l => !otherwise.ContainsValue(l)).ToList();
        var leftKeys = keys.Where(k => !otherwise.ContainsKey(k)).ToList();
        if (leftLanguages is [var language] && leftKeys is [var written])
        {
            otherwise[written] = language;
        }

        return otherwise;
    }

    private static (BotModel Model, BindContext Context) BindWith(ProjectSources sources, YamlMapping root, YamlMapping bot, List<string> languages, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? otherwise)
    {
        var context = new BindContext(diagnostics, languages, otherwise);
        context.Enter(sources.ProjectFile!.File);
        var texts = new TextBinder(context);
        var responses = new ResponseBinder(texts);
        var projectFile = new ProjectFileBinder(context, texts);

        var env = projectFile.Env(root);
        var entities = new EntityBinder(context, responses).Bind(sources.OfKind(SourceKind.Entities));
        var stories = new StoryBinder(context, texts, responses, new CodeStepBinder(context, texts, sources));
        var storyList = stories.Bind(sources.OfKind(SourceKind.SubStory));
        var faq = new FaqBinder(context, texts, responses).Bind(sources.OfKind(SourceKind.Faq));

        var nodesByName = IndexNodes(storyList, faq, diagnostics);
        stories.ResolveConnections(nodesByName);

        // The rest is botforge.yaml again.
        context.Enter(sources.ProjectFile.File);

        var salesforce = projectFile.Salesforce(root);
        if ((root["integrations"] as YamlMapping)?["salesforce"] is null)
        {
            ReportMissingIntegration(storyList, diagnostics);
        }

        return (new BotModel
        {
            Bot = new BotInfo(BindContext.Str(bot["id"]) ?? "bot", BindContext.Str(bot["name"]) ?? "Bot", BindContext.Str(bot["partner"]),
                BindContext.Str(bot["description"]), languages, context.At(bot)),
            Business = projectFile.Business(root),
            Env = env,
            Salesforce = salesforce,
            Taskbox = projectFile.Taskbox(root),
            Entities = entities,
            Stories = storyList,
            Faq = faq,
            Lint = projectFile.Lint(root),
            NluThreshold = ProjectFileBinder.NluThreshold(root),
            TextTraits = context.TextTraits,
        }, context);
    }

    /// <summary>A built-in action calls the integration service, whose address and credentials live in botforge.yaml.</summary>
    private static void ReportMissingIntegration(IEnumerable<Story> stories, DiagnosticBag diagnostics)
    {
        foreach (var node in stories.SelectMany(s => s.SubStories).SelectMany(s => s.Nodes))
        {
            if (node.Code is ActionStep step)
            {
                diagnostics.Add(BindingDiagnostics.MissingIntegration(step.Location, step.Action.Name));
            }
        }
    }

    /// <summary>System names are unique across graph and FAQ nodes alike.</summary>
    private static Dictionary<string, Node> IndexNodes(IEnumerable<Story> stories, IEnumerable<FaqEntry> faq, DiagnosticBag diagnostics)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, Text.SourceLocation>(StringComparer.Ordinal);
        foreach (var node in stories.SelectMany(s => s.SubStories).SelectMany(s => s.Nodes))
        {
            if (!firstSeen.TryAdd(node.SystemName, node.IdLocation))
            {
                diagnostics.Add(BindingDiagnostics.DuplicateSystemName(node.IdLocation, node.SystemName, firstSeen[node.SystemName]));
                continue;
            }

            nodes.Add(node.SystemName, node);
        }

        foreach (var entry in faq)
        {
            if (!firstSeen.TryAdd(entry.Id, entry.IdLocation))
            {
                diagnostics.Add(BindingDiagnostics.DuplicateSystemName(entry.IdLocation, entry.Id, firstSeen[entry.Id]));
            }
        }

        return nodes;
    }
}
