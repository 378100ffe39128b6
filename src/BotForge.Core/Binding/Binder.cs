using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Syntax;

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

        var context = new BindContext(diagnostics, languages);
        context.Enter(sources.ProjectFile.File);
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

        return new BotModel
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
        };
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
