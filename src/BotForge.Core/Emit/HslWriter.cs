using System.Text.Json.Nodes;
using BotForge.Model;

namespace BotForge.Emit;

/// <summary>Turns responses into the platform's HSL messages, per language.</summary>
internal sealed class HslWriter(BotModel bot)
{
    public JsonObject? Response(Response? response)
    {
        if (response is null)
        {
            return null;
        }

        var variants = new JsonArray();
        foreach (var variant in response.Variants)
        {
            var messages = new JsonObject();
            foreach (var language in bot.Bot.Languages)
            {
                messages[language] = new JsonArray([.. variant.Messages.Select(m => (JsonNode)Message(m, language))]);
            }

            variants.Add(new JsonObject
            {
                ["channels"] = Strings(variant.SentOn(bot.Business)),
                ["messages"] = messages,
            });
        }

        return new JsonObject { ["variants"] = variants };
    }

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static JsonObject Message(Message message, string language) => message switch
    {
        TextMessage m => Hsl(PlatformText.In(m.Text, language), "TEXT", new JsonObject { ["quick_replies"] = new JsonArray([.. m.QuickReplies.Select(q => (JsonNode)Button(q, language))]) }),
        SmartActionMessage m => Hsl(m.Action, "TEXT", new JsonObject { ["quick_replies"] = new JsonArray() }),
        ButtonsMessage m => Hsl(PlatformText.In(m.Text, language), "BUTTON", new JsonObject { ["items"] = new JsonArray([.. m.Buttons.Select(b => (JsonNode)Button(b, language))]) }),
        CarouselMessage m => Hsl(string.Empty, "CAROUSEL", new JsonObject
        {
            ["width"] = m.Width ?? "MEDIUM",
            ["image_aspect_ratio"] = m.AspectRatio ?? 1,
            ["items"] = new JsonArray([.. m.Items.Select(i => (JsonNode)CarouselItem(i, language))]),
        }),
        ImageMessage m => Hsl(PlatformText.InOrNull(m.Text, language) ?? string.Empty, "IMAGE", new JsonObject { ["image"] = m.Url }),
        FormMessage m => Hsl(PlatformText.In(m.Title, language), "FORM", new JsonObject
        {
            ["title"] = PlatformText.In(m.Title, language),
            ["subtitle"] = PlatformText.InOrNull(m.Subtitle, language),
            ["fields"] = new JsonArray([.. m.Fields.Select(f => (JsonNode)FormField(f, language))]),
        }),
        RawHslMessage m => (JsonObject)m.Hsl.DeepClone(),
        _ => throw new InvalidOperationException($"unknown message {message.GetType().Name}"),
    };

    private static JsonObject Hsl(string text, string type, JsonObject data) => new() { ["text"] = text, ["type"] = type, ["data"] = data };

    /// <summary>A button or a quick reply: a link, or a message sent back (shown in the chat as the user's, and received).</summary>
    private static JsonObject Button(Button button, string language)
    {
        var label = PlatformText.In(button.Text, language);
        return button.Sends is { } sends
            ? Actionable(label, "TEXT_ONLY", string.Empty, new JsonObject { ["message"] = PlatformText.In(sends, language), ["gogo_message"] = string.Empty })
            : Actionable(label, "APP_ACTION", "LINK", new JsonObject { ["url"] = button.Url });
    }

    private static JsonObject Actionable(string text, string type, string uri, JsonObject payload) => new()
    {
        ["actionable_text"] = text,
        ["type"] = type,
        ["uri"] = uri,
        ["is_default"] = 0,
        ["location_required"] = false,
        ["payload"] = payload,
    };

    private static JsonObject CarouselItem(CarouselItem item, string language) => new()
    {
        ["thumbnail"] = new JsonObject { ["image"] = item.Image ?? string.Empty },
        ["title"] = PlatformText.In(item.Title, language),
        ["sub_title"] = PlatformText.InOrNull(item.Subtitle, language) ?? string.Empty,
        ["description"] = PlatformText.InOrNull(item.Description, language) ?? string.Empty,
        ["buttons"] = new JsonArray([.. item.Buttons.Select(b => (JsonNode)Button(b, language))]),
    };

    private static JsonObject FormField(FormField field, string language) => new()
    {
        ["key"] = field.Key,
        ["type"] = field.Type,
        ["label"] = PlatformText.InOrNull(field.Label, language),
        ["hint"] = PlatformText.InOrNull(field.Hint, language),
        ["keyboard"] = field.Keyboard ?? "normal",
        ["order"] = field.Order,
        ["mandatory"] = field.Mandatory,
        ["options"] = new JsonArray([.. field.Options.Select(o => (JsonNode)JsonValue.Create(PlatformText.In(o, language)))]),
    };
}
