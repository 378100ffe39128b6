using BotForge.Model;
using BotForge.Simulation.Code;

namespace BotForge.Simulation.Engine;

/// <summary>Who the user is and how the integration answers, for one conversation.</summary>
public sealed record ConversationSettings
{
    /// <summary>The day "today" and "tomorrow" mean (tests fix it so transcripts do not change).</summary>
    public DateOnly Today { get; init; } = new(2026, 1, 1);

    /// <summary>The language the user writes and the bot answers in (null: the bot's first language); the event's <c>user.language_code</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The language the conversation is held in: <see cref="Language"/>, else the bot's first.</summary>
    public string LanguageIn(BotModel bot) => Language ?? bot.Bot.DefaultLanguage;

    /// <summary>The channel the conversation is on: picks response variants (tests and chat default to <see cref="DefaultChannel"/>).</summary>
    public string Channel { get; init; } = "web";

    /// <summary>The bot's first channel (business.channels; web when it lists none), where a conversation is held unless it says otherwise.</summary>
    public static string DefaultChannel(BotModel bot) => bot.Business.Channels.Count > 0 ? bot.Business.Channels[0] : "web";

    /// <summary>Fields of the event's <c>user</c> (user_id, full_name, …) over the defaults.</summary>
    public IReadOnlyDictionary<string, string> User { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> UserDetails { get; init; } = new Dictionary<string, string>();

    /// <summary>The stand-in integration service's answer per action (create_case, get_contact, get_record); defaults: success.</summary>
    public IReadOnlyDictionary<string, ServiceAnswer> Answers { get; init; } = new Dictionary<string, ServiceAnswer>();

    /// <summary>
    /// The answers to hand-written scripts' own HTTP requests; null lets those go where they are addressed (chat).
    /// A test always has a list: its scripts never reach the network, and a request no answer matches gets 404.
    /// </summary>
    public IReadOnlyList<HttpAnswer>? Http { get; init; }
}
