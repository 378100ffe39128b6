namespace BotForge.Simulation.Engine;

/// <summary>The trace being written for the current turn.</summary>
internal sealed class Turn(string user)
{
    private readonly List<string> _says = [];

    public Detection How { get; set; } = Detection.BotBreak;

    public string? Detected { get; set; }

    public double? Confidence { get; set; }

    public string? Nearest { get; set; }

    public string? Note { get; set; }

    /// <summary>How the message was understood before a bot break further on (see <see cref="TurnTrace.BrokeAfter"/>).</summary>
    public (Detection How, string? Note)? BrokeAfter { get; set; }

    public int Steps { get; set; }

    public Dictionary<string, string> Found { get; } = new(StringComparer.Ordinal);

    public List<string> Path { get; } = [];

    public List<CodeTrace> Code { get; } = [];

    /// <summary>What the trace should say beyond the standard lines: a form left unfinished, entities not taken.</summary>
    public List<string> Notes { get; } = [];

    public void Says(IEnumerable<string> lines) => _says.AddRange(lines);

    /// <summary>The last message the bot sent in this turn, or null when it sent none.</summary>
    public string? LastSaid => _says.Count > 0 ? _says[^1] : null;

    public TurnTrace Finish(string? node, IReadOnlyDictionary<string, string> entities) =>
        new(user, How, Detected, Confidence, Nearest, Found, Path, Code, _says, node, entities, Note, Notes) { BrokeAfter = BrokeAfter };
}
