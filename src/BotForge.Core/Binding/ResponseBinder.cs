using System.Text.Json.Nodes;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>Binds responses (message, list of messages, or variants) into <see cref="Response"/>.</summary>
internal sealed class ResponseBinder(TextBinder texts)
{
    private static readonly HashSet<string> MessageKeys = new(StringComparer.Ordinal) { "text", "quick_replies", "buttons", "carousel", "image", "form", "hsl" };

    private static readonly HashSet<string> SmartActions = new(StringComparer.Ordinal) { "{}", "{taskbox}", "{feedback}" };

    public Response? Bind(YamlNode? node, PlaceholderScope scope)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMapping map && map["variants"] is YamlSequence variants)
        {
            var bound = BindContext.Mappings(variants).Select(v => BindVariant(v, scope)).OfType<Variant>().ToList();
            return bound.Count == 0 ? null : new Response(bound, texts.At(node));
        }

        var messages = Messages(node, scope);
        return messages.Count == 0 ? null : new Response([new Variant(null, messages, texts.At(node))], texts.At(node));
    }

    private Variant? BindVariant(YamlMapping variant, PlaceholderScope scope)
    {
        var channels = variant["channels"] is YamlSequence list ? list.Items.Select(BindContext.Str).OfType<string>().Select(Channels.Meant).Distinct().ToList() : null;
        var messages = Messages(variant["messages"], scope);
        return messages.Count == 0 ? null : new Variant(channels, messages, texts.At(variant));
    }

    private List<Message> Messages(YamlNode? node, PlaceholderScope scope) => node switch
    {
        YamlSequence sequence => sequence.Items.Select(m => Message(m, scope)).OfType<Message>().ToList(),
        null => [],
        _ => Message(node, scope) is { } single ? [single] : [],
    };

    private Message? Message(YamlNode node, PlaceholderScope scope)
    {
        if (node is YamlScalar scalar && BindContext.Str(scalar) is { } raw)
        {
            if (SmartActions.Contains(raw.Trim()))
            {
                return new SmartActionMessage(raw.Trim(), texts.At(scalar));
            }

            return texts.Text(scalar, scope) is { } text ? new TextMessage(text, [], texts.At(scalar)) : null;
        }

        if (node is not YamlMapping map)
        {
            return null;
        }

        if (!map.Entries.Any(e => MessageKeys.Contains(e.Key.Value)))
        {
            // A text written as a map by language: { en: Hello, hi: नमस्ते }.
            return texts.Text(map, scope) is { } localized ? new TextMessage(localized, [], texts.At(map)) : null;
        }

        if (map["hsl"] is YamlMapping hsl)
        {
            // Sent as written: a text cut at a comma would reach the platform as a key of its own.
            foreach (var (key, previous, joined) in YamlMapping.CutsWithin(hsl, texts.File.Text))
            {
                texts.Report(SchemaDiagnostics.SplitAtComma(texts.At(key), key.Value, "a raw HSL message", previous, joined));
            }

            return new RawHslMessage((JsonObject)YamlToJson.ToJsonNode(hsl)!, texts.At(map));
        }

        if (map["carousel"] is YamlMapping carousel)
        {
            var items = BindContext.Mappings(carousel["items"]).Select(i => CarouselItem(i, scope)).OfType<CarouselItem>().ToList();
            var ratio = ScalarTyping.Number(carousel["aspect_ratio"]);
            return new CarouselMessage(BindContext.Str(carousel["width"]), ratio, items, texts.At(map));
        }

        if (map["form"] is YamlMapping form)
        {
            var fields = BindContext.Mappings(form["fields"]).Select(f => FormField(f, scope)).ToList();

            // The form sends each field's value under its key: a second field with a key would overwrite the first's value.
            var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var key in BindContext.Mappings(form["fields"]).Select(f => f["key"]).OfType<YamlScalar>())
            {
                if (!keys.TryAdd(key.Value, key))
                {
                    texts.Report(BindingDiagnostics.DuplicateId(texts.At(key), "form field", key.Value, texts.At(keys[key.Value])));
                }
            }

            return texts.Text(form["title"], scope) is { } title ? new FormMessage(title, texts.Text(form["subtitle"], scope), fields, texts.At(map)) : null;
        }

        if (texts.Url(map["image"]) is { } image)
        {
            return new ImageMessage(image, texts.Text(map["text"], scope), texts.At(map));
        }

        var messageText = texts.Text(map["text"], scope);
        if (messageText is null)
        {
            return null;
        }

        if (map["buttons"] is YamlSequence buttons)
        {
            return new ButtonsMessage(messageText, BindContext.Mappings(buttons).Select(b => Button(b, scope)).OfType<Button>().ToList(), texts.At(map));
        }

        // One reply where a list is written (the schema's error, with the list to write) is that one.
        IEnumerable<YamlNode> written = map["quick_replies"] is YamlScalar one ? [one] : BindContext.Items(map["quick_replies"]);
        var replies = written.Select(q => QuickReply(q, scope)).OfType<Button>().ToList();
        return new TextMessage(messageText, replies, texts.At(map));
    }

    /// <summary>A quick reply: a text (sent as written), or <c>{ text, send }</c> (the label and the message sent).</summary>
    private Button? QuickReply(YamlNode reply, PlaceholderScope scope)
    {
        if (reply is YamlMapping map && (map["text"] is not null || map["send"] is not null))
        {
            return Button(map, scope);
        }

        return texts.Text(reply, scope) is { } text ? new Button(text, null, null, texts.At(reply)) : null;
    }

    private Button? Button(YamlMapping button, PlaceholderScope scope)
    {
        var text = texts.Text(button["text"], scope);
        return text is null ? null : new Button(text, texts.Url(button["url"]), texts.Text(button["send"], scope), texts.At(button));
    }

    private CarouselItem? CarouselItem(YamlMapping item, PlaceholderScope scope)
    {
        var title = texts.Text(item["title"], scope);
        if (title is null)
        {
            return null;
        }

        var buttons = BindContext.Mappings(item["buttons"]).Select(b => Button(b, scope)).OfType<Button>().ToList();
        return new CarouselItem(title, texts.Text(item["subtitle"], scope), texts.Text(item["description"], scope), texts.Url(item["image"]), buttons, texts.At(item));
    }

    private FormField FormField(YamlMapping field, PlaceholderScope scope)
    {
        var order = ScalarTyping.WholeNumber(field["order"]);
        var options = BindContext.Items(field["options"]).Select(x => texts.Text(x, scope)).OfType<LocalizedText>().ToList();
        return new FormField(BindContext.Str(field["key"]) ?? string.Empty, BindContext.Str(field["type"]) ?? "text",
            texts.Text(field["label"], scope), texts.Text(field["hint"], scope), BindContext.Str(field["keyboard"]), order, options,
            BindContext.Bool(field["mandatory"], fallback: false));
    }
}
