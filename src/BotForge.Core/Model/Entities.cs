using BotForge.Text;

namespace BotForge.Model;

public enum EntityType
{
    Dictionary,
    Patterns,
    Number,
    Regex,
    Currency,
    Attachment,
}

/// <summary>A private entity defined by the bot.</summary>
public sealed record EntityDefinition
{
    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    public string? Description { get; init; }

    /// <summary>Dictionary values with their variants, in source order.</summary>
    public IReadOnlyList<DictionaryValue> Values { get; init; } = [];

    public string? Pattern { get; init; }

    public SourceLocation? PatternLocation { get; init; }

    public int? MinDigits { get; init; }

    public int? MaxDigits { get; init; }

    /// <summary>Where <c>digits:</c> is written, when it is.</summary>
    public SourceLocation? DigitsLocation { get; init; }

    public string? AttachmentKind { get; init; }

    public IReadOnlyList<Utterance> Examples { get; init; } = [];

    public IReadOnlyList<Utterance> Negative { get; init; } = [];

    public Response? Reprompt { get; init; }

    public required SourceLocation Location { get; init; }

    public required SourceLocation NameLocation { get; init; }
}

/// <summary>A dictionary value and the words or phrases (variants) that mean it.</summary>
public sealed record DictionaryValue(string Value, IReadOnlyList<Utterance> Variants, SourceLocation Location);

/// <summary>The platform's public (system) entities, usable without a definition.</summary>
public static class PublicEntities
{
    public static readonly IReadOnlyList<string> Names =
    [
        "city", "country", "date", "email", "number", "person_name", "phone_number", "pincode", "state", "time",
    ];

    private static readonly HashSet<string> Set = new(Names, StringComparer.Ordinal);

    public static bool Contains(string name) => Set.Contains(name);
}
