using BotForge.Text;

namespace BotForge.Model;

public enum NodeType
{
    Static,
    Code,
    Output,
}

/// <summary>A graph node of a sub-story.</summary>
public sealed record Node
{
    public required string SystemName { get; init; }

    public required string Name { get; init; }

    /// <summary>The system name, and the display name after it when it is another ("RAISE_TICKET (Raise a ticket)").</summary>
    public string Title => Name == SystemName ? SystemName : $"{SystemName} ({Name})";

    public required NodeType Type { get; init; }

    public required SubStory SubStory { get; init; }

    public bool IsStart { get; init; }

    public bool IsContextClear { get; init; }

    public bool IsEnd { get; init; }

    public bool IsActive { get; init; } = true;

    public UtteranceSet UserSays { get; init; } = UtteranceSet.Empty;

    public UtteranceSet NegativeUserSays { get; init; } = UtteranceSet.Empty;

    public IReadOnlyList<EntityUse> Entities { get; init; } = [];

    public BotSays BotSays { get; init; } = BotSays.None;

    public CodeStep? Code { get; init; }

    public IReadOnlyList<Connection> Connections { get; init; } = [];

    /// <summary>
    /// The targets named by connections left out of <see cref="Connections"/> because their condition could not be
    /// read (a <c>when</c> that is no rule: its error is reported when bound). Rules that judge a node's connections
    /// as a whole (every outcome covered, every node reached) say nothing where one is missing this way.
    /// </summary>
    public IReadOnlyList<string> UnreadConnections { get; init; } = [];

    public required SourceLocation Location { get; init; }

    /// <summary>Where the system name is written (the value of <c>id:</c>).</summary>
    public required SourceLocation IdLocation { get; init; }

    /// <summary>
    /// Whether the node's one entity is mandatory, so its prompt takes the place of the initial response on the
    /// platform. An optional entity has no prompt: a node whose one entity is optional sends its initial response.
    /// </summary>
    public bool PromptReplacesInitial => Entities is [{ Mandatory: true }];
}

/// <summary>An entity collected on a node.</summary>
public sealed record EntityUse(EntityRef Entity, bool Mandatory, Response? Prompt, Response? Reprompt, SourceLocation Location);

/// <summary>A reference to an entity by name; <see cref="Definition"/> is null for public entities and unresolved names.</summary>
public sealed record EntityRef(string Name, EntityDefinition? Definition, bool IsPublic, SourceLocation Location)
{
    /// <summary>For a name that is no entity, the entity BF0204's hint suggests ('plans': 'plan'), which rules take as the one meant; else null.</summary>
    public string? Meant { get; init; }
}

/// <summary>The node's responses by kind. Entity responses live on <see cref="EntityUse"/>.</summary>
public sealed record BotSays(Response? Initial, Response? Final, FollowUp? FollowUp)
{
    public static readonly BotSays None = new(null, null, null);
}

/// <summary>A follow-up sent after <see cref="DelaySeconds"/> of user inactivity (null when <c>after:</c> is no duration, BF0104).</summary>
public sealed record FollowUp(int? DelaySeconds, Response Says, SourceLocation DelayLocation);

/// <summary>What a code node runs.</summary>
public abstract record CodeStep(IReadOnlyList<string> Outputs, SourceLocation Location)
{
    /// <summary>
    /// False when <see cref="Outputs"/> may lack some the author meant, because what lists them could not be read
    /// (reported where it is written): a key read that is not among them is then not reported again.
    /// </summary>
    public bool OutputsKnown { get; init; } = true;

    /// <summary>True when the step may return <paramref name="key"/>: among its outputs, or its outputs are not all known.</summary>
    public bool MayReturn(string key) => !OutputsKnown || Outputs.Contains(key);
}

/// <summary>A built-in action whose script BotForge generates.</summary>
public sealed record ActionStep(ActionDefinition Action, IReadOnlyList<ActionArgument> Arguments, IReadOnlyList<string> Outputs, SourceLocation Location)
    : CodeStep(Outputs, Location);

/// <summary>An input of an action as written: a text template or a list of plain values.</summary>
public sealed record ActionArgument(string Name, TextTemplate? Template, IReadOnlyList<string>? List, SourceLocation Location)
{
    /// <summary>Where each value of <see cref="List"/> is written (the input's key's location for a single name).</summary>
    public IReadOnlyList<SourceLocation> ListLocations { get; init; } = [];
}

/// <summary>A hand-written script in the project, read and checked once at binding; its text has LF line ends.</summary>
public sealed record ScriptStep(string RelativePath, SourceFile File, IReadOnlyList<string> Outputs, SourceLocation Location)
    : CodeStep(Outputs, Location)
{
    public string Source => File.Text;

    /// <summary>Where each output listed under <c>outputs:</c> is written ('status', always an output, may be unlisted).</summary>
    public IReadOnlyDictionary<string, SourceLocation> OutputLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Whether the script's text holds <paramref name="key"/> as a string literal ('total', "total"): the evidence that it may return that key.</summary>
    public bool Writes(string key) => Source.Contains($"'{key}'", StringComparison.Ordinal) || Source.Contains($"\"{key}\"", StringComparison.Ordinal);
}
