using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>Codes of conversation test files (tests/*.yaml), reported by <c>botforge test</c> (BF03xx).</summary>
public static class TestDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownExpectedNodeCode = new("BF0301", DiagnosticLevel.Error, "Test expects a node that does not exist");
    public static readonly DiagnosticDescriptor InvalidPatternCode = new("BF0302", DiagnosticLevel.Error, "Test text pattern is not a valid regex");
    public static readonly DiagnosticDescriptor DuplicateConversationCode = new("BF0303", DiagnosticLevel.Error, "Conversation name used twice");
    public static readonly DiagnosticDescriptor UnknownIntentCode = new("BF0304", DiagnosticLevel.Error, "Paraphrase for an intent that does not exist");
    public static readonly DiagnosticDescriptor UnknownLanguageCode = new("BF0305", DiagnosticLevel.Error, "Conversation or paraphrases in a language the bot does not speak");
    public static readonly DiagnosticDescriptor AbsentChannelCode = new("BF0306", DiagnosticLevel.Error, "Conversation on a channel the bot is not on");
    public static readonly DiagnosticDescriptor CutPatternCode = new("BF0307", DiagnosticLevel.Error, "Test text pattern cut at a comma");
    public static readonly DiagnosticDescriptor UncollectedExpectedEntityCode = new("BF0308", DiagnosticLevel.Error, "Test expects an entity no node collects");
    public static readonly DiagnosticDescriptor UnknownAttachmentKindCode = new("BF0309", DiagnosticLevel.Error, "Test attachment that is no image, document or video");
    public static readonly DiagnosticDescriptor NoSuchDayCode = new("BF0310", DiagnosticLevel.Error, "Test date that is no day of the calendar");
    public static readonly DiagnosticDescriptor UnknownExpectedFaqCode = new("BF0311", DiagnosticLevel.Error, "Test expects an FAQ that does not exist");

    public static Diagnostic UnknownExpectedNode(SourceLocation at, string name, string? suggestion) =>
        new(UnknownExpectedNodeCode.Code, UnknownExpectedNodeCode.Level, at, $"no node has the system name '{name}'", suggestion is null ? null : $"did you mean '{suggestion}'?");

    /// <summary>Whether a name written as an expected node means "the bot did not understand" ('none', as <c>intents:</c> writes it).</summary>
    public static bool MeansBotBreak(string name) => name.Trim().ToLowerInvariant() is "none" or "null" or "nothing" or "break" or "bot_break" or "bot break" or "botbreak" or "no node";

    /// <summary>How a test expects the bot break, for a <c>node:</c> written as one ('none').</summary>
    public const string BotBreakHint = "a message the bot does not understand leaves the conversation where it was: expect what the bot then says, says: with words of business.bot_break_message";

    /// <summary>'node: NONE' for the bot break: no node has that name, and the bot break is expected by its message.</summary>
    public static Diagnostic ExpectedBreakAsNode(SourceLocation at, string name) =>
        new(UnknownExpectedNodeCode.Code, UnknownExpectedNodeCode.Level, at, $"no node has the system name '{name}'", BotBreakHint);

    /// <summary>An FAQ answers without moving the conversation, so no turn ends "on" it.</summary>
    public static Diagnostic ExpectedNodeIsFaq(SourceLocation at, string name) =>
        new(UnknownExpectedNodeCode.Code, UnknownExpectedNodeCode.Level, at, $"'{name}' is an FAQ, not a node: an FAQ answers without moving the conversation",
            $"expect it with faq: {name} (or its answer with says:), and the node the conversation stays on with node:");

    /// <param name="at">Where the FAQ is named.</param>
    /// <param name="name">The id written.</param>
    /// <param name="isNode">Whether it is a node's system name.</param>
    /// <param name="suggestion">The closest FAQ id, if any is close.</param>
    public static Diagnostic UnknownExpectedFaq(SourceLocation at, string name, bool isNode, string? suggestion) =>
        new(UnknownExpectedFaqCode.Code, UnknownExpectedFaqCode.Level, at,
            isNode ? $"'{name}' is a node, not an FAQ" : $"no FAQ has the id '{name}'",
            isNode ? $"expect it with node: {name}" : suggestion is null ? "name one of faq.yaml's ids" : $"did you mean '{suggestion}'?");

    public static Diagnostic UncollectedExpectedEntity(SourceLocation at, string name, string? suggestion) =>
        new(UncollectedExpectedEntityCode.Code, UncollectedExpectedEntityCode.Level, at, $"no node collects the entity '{name}', so no conversation can have it",
            suggestion is null ? "expect one of the entities the bot's nodes collect" : $"did you mean '{suggestion}'?");

    public static Diagnostic NoSuchDay(SourceLocation at, string written) =>
        new(NoSuchDayCode.Code, NoSuchDayCode.Level, at, $"'{written}' is no day of the calendar",
            "write the day the conversation is held on as YYYY-MM-DD, e.g. today: 2026-04-01");

    /// <param name="at">Where the file is named.</param>
    /// <param name="name">The name written.</param>
    /// <param name="kinds">Each kind with some of its extensions, as the hint lists them.</param>
    public static Diagnostic UnknownAttachmentKind(SourceLocation at, string name, string kinds) =>
        new(UnknownAttachmentKindCode.Code, UnknownAttachmentKindCode.Level, at, $"'{name}' is no image, document or video by its extension",
            $"name the file with the extension of its kind: {kinds}");

    public static Diagnostic InvalidPattern(SourceLocation at, string error) =>
        new(InvalidPatternCode.Code, InvalidPatternCode.Level, at, $"this /pattern/ is not a valid regular expression: {error}", "write plain text (matched as a substring) or a valid .NET regex between slashes");

    public static Diagnostic CutPattern(SourceLocation at, string first, string last, string written) =>
        new(CutPatternCode.Code, CutPatternCode.Level, at, $"'{first}' and '{last}' look like one /pattern/ cut at its comma by YAML's [a, b] list",
            $"quote it in single quotes, where a backslash stays as written: '{written.Replace("'", "''", StringComparison.Ordinal)}'");

    public static Diagnostic DuplicateConversation(SourceLocation at, string name, SourceLocation first) =>
        new(DuplicateConversationCode.Code, DuplicateConversationCode.Level, at, $"the conversation '{name}' is already defined at {first.File.Path}:{first.Start.Line}", "give each conversation its own name: --filter and reports use it");

    public static Diagnostic UnknownIntent(SourceLocation at, string name, string? hint) =>
        new(UnknownIntentCode.Code, UnknownIntentCode.Level, at, $"'{name}' is neither an active start node nor an FAQ id",
            hint ?? "paraphrases test intent detection, which chooses among active start nodes and FAQ entries (faq:ID)");

    /// <remarks>A name that is no channel at all ('whatsap') gets the channel meant, not the advice to deploy the bot there.</remarks>
    public static Diagnostic AbsentChannel(SourceLocation at, string channel, IReadOnlyList<string> channels) =>
        new(AbsentChannelCode.Code, AbsentChannelCode.Level, at, $"the bot is not on '{channel}' (business.channels: {string.Join(", ", channels)})",
            !Channels.All.Contains(channel) && Suggestions.Closest(channel, channels) is { } meant
                ? $"did you mean '{meant}'?"
                : $"hold the conversation on one of them, e.g. channel: {channels[^1]}, or add '{channel}' to business.channels");

    /// <summary>
    /// A conversation's <c>language:</c> the bot does not speak; <paramref name="sameAs"/> is the bot's language that is
    /// this one written another way ('es-MX' for 'es') or by its country's code ('ko' for 'kr'), or null.
    /// </summary>
    public static Diagnostic UnknownLanguage(SourceLocation at, string language, IReadOnlyList<string> languages, string? sameAs) =>
        new(UnknownLanguageCode.Code, UnknownLanguageCode.Level, at, $"the bot does not speak '{language}' (bot.languages: {string.Join(", ", languages)})",
            sameAs is null ? $"hold the conversation in one of them, e.g. language: {languages[^1]}" : $"{WrittenAs(language, sameAs)}: write language: {sameAs}");

    /// <summary>An <c>intents:</c> list given under a language the bot does not speak; <paramref name="sameAs"/> as for <see cref="UnknownLanguage"/>.</summary>
    public static Diagnostic UnknownParaphraseLanguage(SourceLocation at, string language, IReadOnlyList<string> languages, string? sameAs) =>
        new(UnknownLanguageCode.Code, UnknownLanguageCode.Level, at, $"the bot does not speak '{language}' (bot.languages: {string.Join(", ", languages)})",
            sameAs is null ? $"give the paraphrases under one of them (a plain list is in the first, {languages[0]}), e.g. {languages[^1]}: [...]"
                : $"{WrittenAs(language, sameAs)}: write {sameAs}: [...]");

    /// <summary>Why <paramref name="language"/> is taken to mean <paramref name="sameAs"/>: a country's code, or the bot's spelling of it.</summary>
    private static string WrittenAs(string language, string sameAs) =>
        LanguageNames.OfCountry(language) is { } country && sameAs.Split('-', '_')[0] == country.Code
            ? $"'{language}' is {country.Country}'s country code, and bot.languages writes its language '{sameAs}'"
            : $"bot.languages writes it '{sameAs}'";
}
