using System.Text.Json.Nodes;
using BotForge.Text;

namespace BotForge.Model;

/// <summary>What the bot sends: one or more variants, one of which the platform picks.</summary>
public sealed record Response(IReadOnlyList<Variant> Variants, SourceLocation Location);

/// <summary>A variant, optionally limited to some channels (null: every channel the bot is on).</summary>
public sealed record Variant(IReadOnlyList<string>? Channels, IReadOnlyList<Message> Messages, SourceLocation Location)
{
    /// <summary>The channels the variant may be sent on: its own list, or every channel of the business.</summary>
    public IReadOnlyList<string> SentOn(Business business) => Channels ?? business.Channels;
}

/// <summary>A chat element (HSL).</summary>
public abstract record Message(SourceLocation Location);

/// <summary>A text with quick replies: buttons that go once one is tapped (each sends its <see cref="Button.Sends"/>).</summary>
public sealed record TextMessage(LocalizedText Text, IReadOnlyList<Button> QuickReplies, SourceLocation Location) : Message(Location);

public sealed record ButtonsMessage(LocalizedText Text, IReadOnlyList<Button> Buttons, SourceLocation Location) : Message(Location);

/// <summary>
/// A button or a quick reply: opens <see cref="Url"/>, or sends <see cref="Send"/> back as the user's message (a
/// quick reply without one sends its text).
/// </summary>
public sealed record Button(LocalizedText Text, string? Url, LocalizedText? Send, SourceLocation Location)
{
    /// <summary>The user's message a tap sends; null for a link.</summary>
    public LocalizedText? Sends => Url is null ? Send ?? Text : null;
}

public sealed record CarouselMessage(string? Width, double? AspectRatio, IReadOnlyList<CarouselItem> Items, SourceLocation Location) : Message(Location);

public sealed record CarouselItem(LocalizedText Title, LocalizedText? Subtitle, LocalizedText? Description, string? Image, IReadOnlyList<Button> Buttons, SourceLocation Location);

public sealed record ImageMessage(string Url, LocalizedText? Text, SourceLocation Location) : Message(Location);

public sealed record FormMessage(LocalizedText Title, LocalizedText? Subtitle, IReadOnlyList<FormField> Fields, SourceLocation Location) : Message(Location);

public sealed record FormField(string Key, string Type, LocalizedText? Label, LocalizedText? Hint, string? Keyboard, int? Order, IReadOnlyList<LocalizedText> Options, bool Mandatory);

/// <summary>Raw HSL passed through as written.</summary>
public sealed record RawHslMessage(JsonObject Hsl, SourceLocation Location) : Message(Location)
{
    /// <summary>Its <c>type</c> as written ("SYSTEM", "BUTTON"), or null when it has none that is text.</summary>
    public string? Type => TextOf(Hsl["type"]);

    /// <summary>Its <c>data.event</c> as written (a SYSTEM message's: "chat_pinned"), or null.</summary>
    public string? Event => TextOf((Hsl["data"] as JsonObject)?["event"]);

    /// <summary>A SYSTEM message: an instruction to the platform (an event), which shows the user nothing.</summary>
    public bool IsSystem => Type?.Equals("SYSTEM", StringComparison.OrdinalIgnoreCase) == true;

    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary><c>{}</c>, <c>{taskbox}</c> or <c>{feedback}</c> as a whole message.</summary>
public sealed record SmartActionMessage(string Action, SourceLocation Location) : Message(Location);
