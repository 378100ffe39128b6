using BotForge.Model;

namespace BotForge.Validation.Rules;

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
    public static IEnumerable<LocalizedText> Of(Response? response) => response is null ? [] : response.Variants.SelectMany(v => v.Messages).SelectMany(Of);

    public static IEnumerable<LocalizedText> Of(Message message) => message switch
    {
        TextMessage m => [m.Text, .. m.QuickReplies],
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
    public static IEnumerable<(PlaceholderPart Placeholder, IReadOnlyList<EntityUse> CollectedHere)> Placeholders(Node node) =>
        Responses(node).SelectMany(r => Of(r.Response).SelectMany(t => t.Placeholders)
            .Select(p => (p, (IReadOnlyList<EntityUse>)node.Entities.Take(r.EntitiesBefore).Where(e => e.Mandatory).ToList())));
}
