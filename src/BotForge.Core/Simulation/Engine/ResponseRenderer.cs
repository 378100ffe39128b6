using System.Text;
using System.Text.Json.Nodes;
using BotForge.Model;

namespace BotForge.Simulation.Engine;

/// <summary>
/// What the bot says, as text lines: the first variant sent on the channel, each message on a line, placeholders
/// filled from the conversation. Buttons and quick replies are shown in brackets after the text; a carousel shows
/// each card (title: subtitle, description [buttons]) and a form its title, subtitle and fields in brackets.
/// </summary>
public sealed class ResponseRenderer(string channel, string language, Func<PlaceholderKind, string, string?> lookup)
{
    public IEnumerable<string> Render(Response? response) =>
        VariantFor(response) is { } variant ? variant.Messages.Select(Message).Where(line => line.Length > 0) : [];

    /// <summary>The variant sent on the channel: the first for it (the platform picks one at random), or null.</summary>
    private Variant? VariantFor(Response? response) =>
        response?.Variants.FirstOrDefault(v => v.Channels is null || v.Channels.Contains(channel, StringComparer.Ordinal));

    /// <summary>Whether <paramref name="response"/> sends anything on the channel ("{}", which shows nothing, counts).</summary>
    public bool Sends(Response? response) => VariantFor(response) is { Messages.Count: > 0 };

    /// <summary>
    /// The messages a script's final_response carries itself (<c>response</c>): each a text, or an HSL message as
    /// JSON text or as an object (shown as raw HSL is); anything else, or no list, sends nothing.
    /// </summary>
    public List<string> Script(JsonNode? response)
    {
        var lines = new List<string>();
        foreach (var item in response as JsonArray ?? [])
        {
            var line = item switch
            {
                JsonObject hsl => Hsl(hsl),
                JsonValue value when value.TryGetValue<string>(out var text) => AsHsl(text) is { } hsl ? Hsl(hsl) : text,
                _ => string.Empty,
            };
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>A text that is an HSL message written as JSON (an object with a type), or null.</summary>
    private static JsonObject? AsHsl(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject { } hsl && hsl["type"] is JsonValue ? hsl : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>A response with quick replies of its own (an FAQ's): they follow its last message, or stand alone when it sends nothing.</summary>
    public List<string> Render(Response? response, IEnumerable<LocalizedText> quickReplies)
    {
        var lines = Render(response).ToList();
        if (Choices(quickReplies.Select(Text)) is { Length: > 0 } choices)
        {
            if (lines.Count > 0)
            {
                lines[^1] += choices;
            }
            else
            {
                lines.Add(choices.TrimStart());
            }
        }

        return lines;
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

    /// <summary>
    /// The last message rendered that offers replies sending something else than their text, as its line, with each
    /// reply's text and what a tap sends; null when the last one rendered offers none.
    /// </summary>
    public (string Line, IReadOnlyList<(string Text, string Sends)> Replies)? LastOffered { get; private set; }

    /// <summary>The message's line, noting the replies it offers (<see cref="LastOffered"/>).</summary>
    private string Message(Message message)
    {
        var line = Line(message);
        IReadOnlyList<Button> replies = message switch
        {
            TextMessage m => m.QuickReplies,
            ButtonsMessage m => m.Buttons,
            _ => [],
        };
        LastOffered = replies.Any(r => r is { Send: not null, Url: null })
            ? (line, [.. replies.Where(r => r.Sends is not null).Select(r => (Text(r.Text), Text(r.Sends)))])
            : null;
        return line;
    }

    private string Line(Message message) => message switch
    {
        TextMessage m => Text(m.Text) + Choices(m.QuickReplies.Select(q => Text(q.Text))),
        ButtonsMessage m => Text(m.Text) + Choices(m.Buttons.Select(b => Text(b.Text))),
        CarouselMessage m => "[carousel] " + string.Join(" | ", m.Items.Select(Item)),
        ImageMessage m => $"[image {m.Url}]" + (m.Text is null ? string.Empty : " " + Text(m.Text)),
        FormMessage m => "[form] " + Text(m.Title) + (m.Subtitle is null ? string.Empty : ": " + Text(m.Subtitle)) + Choices(m.Fields.Select(f => Text(f.Label) is { Length: > 0 } label ? label : f.Key)),
        RawHslMessage m => Hsl(m.Hsl),
        SmartActionMessage { Action: "{}" } => string.Empty,
        SmartActionMessage m => m.Action,
        _ => string.Empty,
    };

    /// <summary>
    /// A raw HSL message, as written (its texts are sent as they are): its type, a SYSTEM message's event, then its
    /// text and its items' or quick replies' texts (<c>[hsl SYSTEM chat_pinned]</c>, <c>[hsl BUTTON] Pick one [Yes][No]</c>).
    /// </summary>
    private static string Hsl(JsonObject hsl)
    {
        static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        var data = hsl["data"] as JsonObject;
        var head = "[hsl" + (Str(hsl["type"]) is { Length: > 0 } type ? " " + type : string.Empty) + (Str(data?["event"]) is { Length: > 0 } e ? " " + e : string.Empty) + "]";
        var text = Str(hsl["text"]) is { Length: > 0 } t ? " " + t : string.Empty;
        var actionables = (data?["items"] ?? data?["quick_replies"]) as JsonArray;
        var labels = actionables?.OfType<JsonObject>().Select(a => Str(a["actionable_text"]) ?? Str(a["title"])).OfType<string>() ?? [];
        return head + text + Choices(labels);
    }

    /// <summary>A carousel card: its title, then its subtitle and description, then its buttons (<c>Basic: 10 GB, $10 a month [Choose Basic]</c>).</summary>
    private string Item(CarouselItem item)
    {
        var details = new[] { item.Subtitle, item.Description }.Select(Text).Where(t => t.Length > 0).ToList();
        return Text(item.Title) + (details.Count == 0 ? string.Empty : ": " + string.Join(", ", details)) + Choices(item.Buttons.Select(b => Text(b.Text)));
    }

    private static string Choices(IEnumerable<string> labels)
    {
        var all = labels.ToList();
        return all.Count == 0 ? string.Empty : " " + string.Concat(all.Select(l => $"[{l}]"));
    }
}
