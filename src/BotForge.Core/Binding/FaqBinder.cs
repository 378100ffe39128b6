using BotForge.Model;
using BotForge.Project;
using BotForge.Syntax;

namespace BotForge.Binding;

/// <summary>Binds FAQ ("general") nodes.</summary>
internal sealed class FaqBinder(BindContext context, TextBinder texts, ResponseBinder responses)
{
    public List<FaqEntry> Bind(IEnumerable<SourceDocument> files)
    {
        var result = new List<FaqEntry>();
        foreach (var (file, entry) in BindContext.Each(files, "faq"))
        {
            context.Enter(file);
            if (entry["id"] is not YamlScalar id || responses.Bind(entry["answer"], PlaceholderScope.Global) is not { } answer)
            {
                continue;
            }

            var replies = BindContext.Items(entry["quick_replies"]).Select(q => texts.Text(q, PlaceholderScope.Global)).OfType<LocalizedText>().ToList();
            FaqLink? link = entry["link"] is YamlMapping l && context.Url(l["url"]) is { } url
                ? new FaqLink(texts.Text(l["text"], PlaceholderScope.Global), texts.Text(l["button"], PlaceholderScope.Global), url)
                : null;
            result.Add(new FaqEntry(id.Value, texts.Utterances(entry["questions"]), answer, replies, link, context.At(entry), context.At(id)));
        }

        return result;
    }
}
