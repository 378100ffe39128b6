using BotForge.Model;
using BotForge.Text;

namespace BotForge.Analysis;

/// <summary>When a node's text is shown, which decides what it may use.</summary>
public enum TextMoment
{
    /// <summary>On arrival, before the node's own entities (initial, follow-up, the first prompt).</summary>
    Arrival,

    /// <summary>After the node's mandatory entities (final response).</summary>
    Final,
}

/// <summary>Walks the texts of responses and nodes.</summary>
public static class ModelText
{
    /// <summary>Every response of the bot with who sends it: node responses, FAQ answers, entity reprompts.</summary>
    public static IEnumerable<(string Owner, Response Response)> Responses(BotModel bot)
    {
        foreach (var node in bot.Nodes)
        {
            foreach (var (response, _, _) in Responses(node))
            {
                yield return (node.SystemName, response);
            }
        }

        foreach (var faq in bot.Faq)
        {
            yield return ($"the FAQ {faq.Id}", faq.Answer);
        }

        foreach (var entity in bot.Entities.Where(e => e.Reprompt is not null))
        {
            yield return ($"the entity {entity.Name}", entity.Reprompt!);
        }
    }

    /// <summary>Every text the bot shows, with who shows it: responses, FAQ extras, the bot-break message, the taskbox.</summary>
    public static IEnumerable<(string Owner, LocalizedText Text)> Texts(BotModel bot)
    {
        foreach (var (owner, response) in Responses(bot))
        {
            foreach (var text in Of(response))
            {
                yield return (owner, text);
            }
        }

        foreach (var faq in bot.Faq)
        {
            var extras = faq.QuickReplies.Concat(new[] { faq.Link?.Text, faq.Link?.Button }.OfType<LocalizedText>());
            foreach (var text in extras)
            {
                yield return ($"the FAQ {faq.Id}", text);
            }
        }

        if (bot.Business.BotBreakMessage is { } botBreak)
        {
            yield return ("the bot-break message", botBreak);
        }

        if (bot.Taskbox is { } taskbox)
        {
            if (taskbox.Header is { } header)
            {
                yield return ("the taskbox header", header);
            }

            foreach (var task in taskbox.Tasks)
            {
                yield return ("a taskbox task", task.Title);
                yield return ("a taskbox task", task.UserSays);
            }
        }
    }

    /// <summary>A text for a message: its start, on one line, in quotes.</summary>
    public static string Quote(string text) => $"'{Shorten(text.ReplaceLineEndings(" "))}'";

    /// <summary>A text cut to 40 characters, "..." marking the cut.</summary>
    public static string Shorten(string text) => Printable.Shorten(text, 40);

    public static IEnumerable<LocalizedText> Of(Response? response) => response is null ? [] : response.Variants.SelectMany(v => v.Messages).SelectMany(Of);

    public static IEnumerable<LocalizedText> Of(Message message) => message switch
    {
        TextMessage m => [m.Text, .. m.QuickReplies.SelectMany(Of)],
        ButtonsMessage m => [m.Text, .. m.Buttons.SelectMany(Of)],
        CarouselMessage m => m.Items.SelectMany(i => new[] { i.Title, i.Subtitle, i.Description }.OfType<LocalizedText>().Concat(i.Buttons.SelectMany(Of))),
        ImageMessage m => m.Text is null ? [] : [m.Text],
        FormMessage m => new[] { m.Title, m.Subtitle }.OfType<LocalizedText>().Concat(m.Fields.SelectMany(f => new[] { f.Label, f.Hint }.OfType<LocalizedText>().Concat(f.Options))),
        _ => [],
    };

    private static IEnumerable<LocalizedText> Of(Button button) => button.Send is null ? [button.Text] : [button.Text, button.Send];

    /// <summary>Every response of a node with the moment it is shown (entity prompts: after the entities before them).</summary>
    public static IEnumerable<(Response Response, TextMoment Moment, int EntitiesBefore)> Responses(Node node)
    {
        if (node.BotSays.Initial is { } initial)
        {
            yield return (initial, TextMoment.Arrival, 0);
        }

        if (node.BotSays.FollowUp is { } followUp)
        {
            yield return (followUp.Says, TextMoment.Arrival, 0);
        }

        if (node.BotSays.Final is { } final)
        {
            yield return (final, TextMoment.Final, node.Entities.Count);
        }

        for (var i = 0; i < node.Entities.Count; i++)
        {
            foreach (var response in new[] { node.Entities[i].Prompt, node.Entities[i].Reprompt }.OfType<Response>())
            {
                yield return (response, TextMoment.Arrival, i);
            }
        }
    }

    /// <summary>The placeholders of every response of the node, with the entities the node itself has collected by then.</summary>
    public static IEnumerable<(PlaceholderPart Placeholder, IReadOnlyList<EntityUse> CollectedHere)> Placeholders(Node node)
    {
        foreach (var (response, _, entitiesBefore) in Responses(node))
        {
            // One list per response, which all its placeholders share (made once it has one).
            IReadOnlyList<EntityUse>? collected = null;
            foreach (var placeholder in Of(response).SelectMany(t => t.Placeholders))
            {
                collected ??= [.. node.Entities.Take(entitiesBefore).Where(e => e.Mandatory)];
                yield return (placeholder, collected);
            }
        }
    }
}
