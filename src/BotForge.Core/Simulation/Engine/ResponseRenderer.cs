using System.Text;
using BotForge.Model;

namespace BotForge.Simulation.Engine;

/// <summary>
/// What the bot says, as text lines: the first variant sent on the channel, each message on a line, placeholders
/// filled from the conversation. Buttons and quick replies are shown in brackets after the text.
/// </summary>
public sealed class ResponseRenderer(string channel, string language, Func<PlaceholderKind, string, string?> lookup)
{
    public IEnumerable<string> Render(Response? response)
    {
        var variant = response?.Variants.FirstOrDefault(v => v.Channels is null || v.Channels.Contains(channel, StringComparer.Ordinal));
        return variant is null ? [] : variant.Messages.Select(Message).Where(line => line.Length > 0);
    }

    public string Text(LocalizedText? text)
    {
        if (text?.In(language) is not { } template)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        foreach (var part in template.Parts)
        {
            result.Append(part switch
            {
                LiteralPart literal => literal.Text,
                PlaceholderPart p => lookup(p.Kind, p.Key) ?? string.Empty,
                _ => string.Empty,
            });
        }

        return result.ToString();
    }

    private string Message(Message message) => message switch
    {
        TextMessage m => Text(m.Text) + Choices(m.QuickReplies.Select(Text)),
        ButtonsMessage m => Text(m.Text) + Choices(m.Buttons.Select(b => Text(b.Text))),
        CarouselMessage m => "[carousel] " + string.Join(" | ", m.Items.Select(i => Text(i.Title))),
        ImageMessage m => $"[image {m.Url}]" + (m.Text is null ? string.Empty : " " + Text(m.Text)),
        FormMessage m => "[form] " + Text(m.Title),
        RawHslMessage => "[hsl]",
        SmartActionMessage { Action: "{}" } => string.Empty,
        SmartActionMessage m => m.Action,
        _ => string.Empty,
    };

    private static string Choices(IEnumerable<string> labels)
    {
        var all = labels.ToList();
        return all.Count == 0 ? string.Empty : " " + string.Concat(all.Select(l => $"[{l}]"));
    }
}
