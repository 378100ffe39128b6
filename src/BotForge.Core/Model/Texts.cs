using BotForge.Text;

namespace BotForge.Model;

/// <summary>A piece of author text with its placeholders parsed.</summary>
public sealed record TextTemplate(string Raw, IReadOnlyList<TextPart> Parts, SourceLocation Location)
{
    /// <summary>Placeholders the text writes as text with the escape <c>$${</c> (<c>$${output.balance}</c>), as written.</summary>
    public IReadOnlyList<string> Escaped { get; init; } = [];

    /// <summary>The text, when it has no placeholder (what a quick reply sends whatever the conversation); null otherwise.</summary>
    public string? Literal => Parts.All(p => p is LiteralPart) ? string.Concat(Parts.Cast<LiteralPart>().Select(p => p.Text)) : null;
}

/// <summary>A part of a <see cref="TextTemplate"/>.</summary>
public abstract record TextPart;

/// <summary>Literal text (after <c>$${</c> escapes are undone).</summary>
public sealed record LiteralPart(string Text) : TextPart;

/// <summary>A <c>${namespace.key}</c> placeholder.</summary>
public sealed record PlaceholderPart(PlaceholderKind Kind, string Key, SourceLocation Location) : TextPart;

/// <summary>What a placeholder reads.</summary>
public enum PlaceholderKind
{
    Entity,
    Output,
    User,
    UserDetails,
    Conversation,
    Env,
}

/// <summary>The names placeholders are written with: <c>${entity.x}</c>, <c>${user_details.k}</c>….</summary>
public static class PlaceholderNamespaces
{
    /// <summary>Each kind by its name.</summary>
    public static readonly IReadOnlyDictionary<string, PlaceholderKind> ByName = new Dictionary<string, PlaceholderKind>(StringComparer.Ordinal)
    {
        ["entity"] = PlaceholderKind.Entity,
        ["output"] = PlaceholderKind.Output,
        ["user"] = PlaceholderKind.User,
        ["user_details"] = PlaceholderKind.UserDetails,
        ["conversation"] = PlaceholderKind.Conversation,
        ["env"] = PlaceholderKind.Env,
    };

    /// <summary>The name a kind is written with.</summary>
    public static string Of(PlaceholderKind kind) => ByName.First(p => p.Value == kind).Key;
}

/// <summary>
/// A text per language, in the bot's language order. A plain string is the default language's. A map whose keys
/// are no language of the bot (reported when bound) has no translation at all.
/// </summary>
public sealed record LocalizedText(IReadOnlyList<KeyValuePair<string, TextTemplate>> Translations, SourceLocation Location)
{
    public IEnumerable<PlaceholderPart> Placeholders => Translations.SelectMany(t => t.Value.Parts.OfType<PlaceholderPart>());

    /// <summary>The text in <paramref name="language"/>, else in the first language it has; null when it has none.</summary>
    /// <remarks>Asked for every text of the bot by several rules: a loop, which allocates nothing.</remarks>
    public TextTemplate? In(string language)
    {
        foreach (var (key, text) in Translations)
        {
            if (key == language)
            {
                return text;
            }
        }

        return Translations.Count > 0 ? Translations[0].Value : null;
    }
}

/// <summary>One example utterance.</summary>
public sealed record Utterance(string Text, SourceLocation Location);

/// <summary>Utterances per language (user says, questions).</summary>
public sealed record UtteranceSet(IReadOnlyList<KeyValuePair<string, IReadOnlyList<Utterance>>> ByLanguage, SourceLocation Location)
{
    public static readonly UtteranceSet Empty = new([], new SourceLocation(new SourceFile(string.Empty, string.Empty), default));

    public IEnumerable<Utterance> All => ByLanguage.SelectMany(l => l.Value);

    /// <summary>The utterances in <paramref name="language"/> (each language trains a model of its own); none when it has no list.</summary>
    /// <remarks>Asked for every utterance of the bot by several rules: a loop, which allocates nothing.</remarks>
    public IReadOnlyList<Utterance> In(string language)
    {
        foreach (var (key, utterances) in ByLanguage)
        {
            if (key == language)
            {
                return utterances;
            }
        }

        return [];
    }

    public bool IsEmpty => ByLanguage.All(l => l.Value.Count == 0);
}
