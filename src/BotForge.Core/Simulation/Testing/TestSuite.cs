using System.Text;
using System.Text.RegularExpressions;
using BotForge.Simulation.Engine;
using BotForge.Text;

namespace BotForge.Simulation.Testing;

/// <summary>Text the bot must (or must not) say: a substring, or a regex when written between slashes.</summary>
public sealed record TextExpectation(string Written, Regex? Pattern)
{
    /// <summary>
    /// Whether what the bot said holds the text (or matches the pattern), compared in Unicode's composed form (NFC):
    /// an "é" written as one character or as "e" and a combining accent is one text, shown alike on every channel.
    /// </summary>
    public bool IsFoundIn(string said)
    {
        var composed = Normal(said, NormalizationForm.FormC);
        return Pattern?.IsMatch(composed) ?? composed.Contains(Normal(Written, NormalizationForm.FormC), StringComparison.Ordinal);
    }

    /// <summary>
    /// The text in a Unicode normal form; as it is when it has none (a lone surrogate, which a script's output can
    /// hold: String.Normalize throws on it).
    /// </summary>
    internal static string Normal(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}

/// <summary>
/// What a turn expects; every part is optional. Integration fields are compared as text; a null in
/// <see cref="Integration"/> (written <c>none</c>) expects no request of that action in the turn.
/// </summary>
public sealed record TurnExpectation(
    string? Node,
    IReadOnlyList<TextExpectation> Says,
    IReadOnlyList<TextExpectation> NotSays,
    IReadOnlyDictionary<string, string> Entities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>?> Integration,
    SourceLocation Location)
{
    /// <summary>
    /// A script's own requests expected in the turn, by <c>METHOD URL</c> or URL (<c>expect: { http: … }</c>): the
    /// fields their JSON (or form) body sent, compared as text; null (written <c>none</c>) expects no such request.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>?> Http { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>?>();

    /// <summary>The FAQ that should answer the message (<c>expect: { faq: ID }</c>, its id without <c>faq:</c>), or null.</summary>
    public string? Faq { get; init; }
}

/// <param name="User">What the user writes.</param>
/// <param name="Expect">What the turn should do, when the test says.</param>
/// <param name="Location">Where the turn is written.</param>
public sealed record TestTurn(string User, TurnExpectation? Expect, SourceLocation Location)
{
    /// <summary>A file the user sends with the message (<c>attachment: damage.jpg</c>), or null.</summary>
    public Attachment? Attachment { get; init; }
}

public sealed record TestConversation(string Name, ConversationSettings Settings, IReadOnlyList<TestTurn> Turns, SourceLocation Location)
{
    /// <summary>Whether the test gives its <c>today:</c> (else it runs on <see cref="ConversationSettings.Today"/>'s default).</summary>
    public bool TodayWritten { get; init; }
}

/// <summary>
/// A held-out paraphrase: a message intent detection should send to <see cref="Intent"/> (<c>node:ID</c> of a
/// start node, <c>faq:ID</c>), or, for <see cref="None"/>, should not match at all (the bot breaks).
/// </summary>
public sealed record Paraphrase(string Intent, string Text, SourceLocation Location)
{
    public const string None = "none";

    /// <summary>The language it is written in, one of the bot's (<c>intents: { ID: { fr: [...] } }</c>); null for the first language (a plain list).</summary>
    public string? Language { get; init; }
}

/// <summary>Every conversation and paraphrase of a project's tests/*.yaml, in file order.</summary>
public sealed record TestSuite(IReadOnlyList<TestConversation> Conversations, IReadOnlyList<Paraphrase> Paraphrases);
