namespace BotForge.Diff;

/// <summary>What happened to one part of the bot.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,

    /// <summary>A node or sub-story now lives elsewhere (another sub-story, story or file); Old and New say where.</summary>
    Moved,

    /// <summary>The display name (or, for env variables, the name) changed; identity is kept.</summary>
    Renamed,

    /// <summary>A connection now leads to another node; Old and New are the targets.</summary>
    Retargeted,
}

/// <summary>The part of the bot a change belongs to, in the order reports list them.</summary>
public enum DiffArea
{
    Bot,
    Business,
    Env,
    Integration,
    Story,
    SubStory,
    Node,
    Entity,
    Taskbox,
    Faq,
}

/// <summary>
/// One change. <see cref="Id"/> names the thing (a system name, a story id, an env name, an FAQ id);
/// <see cref="Field"/> the part of it (empty for the thing as a whole), e.g. <c>user_says</c>,
/// <c>bot_says.initial</c>, <c>entity email.prompt</c>, <c>connection → CASE_FAILED</c>, <c>action.subject</c>.
/// Old and New are canonical texts (<see cref="Analysis.Describe"/>); null when there is nothing on that side.
/// </summary>
public sealed record DiffChange(DiffArea Area, string Id, string Field, ChangeKind Kind, string? Old, string? New);

/// <summary>Something a reviewer should look at twice, listed first.</summary>
public sealed record DiffRisk(string Kind, string Subject, string Message);

/// <summary>One side of the comparison: where it came from and how it validated.</summary>
public sealed record DiffSide(string Source, string BotId, int Errors, int Warnings);

/// <summary>The semantic difference between two versions of a bot.</summary>
public sealed record BotDiff(DiffSide Old, DiffSide New, IReadOnlyList<DiffRisk> Risks, IReadOnlyList<DiffChange> Changes)
{
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>The system names of nodes with any change (added, removed or edited), in order of first change.</summary>
    public IReadOnlyList<string> ChangedNodes => Changes.Where(c => c.Area == DiffArea.Node).Select(c => c.Id).Distinct().ToList();

    public int NodesAdded => Changes.Count(c => c.Area == DiffArea.Node && c.Field.Length == 0 && c.Kind == ChangeKind.Added);

    public int NodesRemoved => Changes.Count(c => c.Area == DiffArea.Node && c.Field.Length == 0 && c.Kind == ChangeKind.Removed);

    public int NodesChanged => ChangedNodes.Count - NodesAdded - NodesRemoved;

    /// <summary>One line: node counts, other changes, and the validation counts of both sides.</summary>
    public string Summary()
    {
        var other = Changes.Count(c => c.Area != DiffArea.Node);
        var parts = new List<string>();
        if (NodesAdded > 0)
        {
            parts.Add(Count(NodesAdded, "node") + " added");
        }

        if (NodesRemoved > 0)
        {
            parts.Add(Count(NodesRemoved, "node") + " removed");
        }

        if (NodesChanged > 0)
        {
            parts.Add(Count(NodesChanged, "node") + " changed");
        }

        if (other > 0)
        {
            parts.Add(Count(other, "other change"));
        }

        var changes = parts.Count == 0 ? "no changes" : string.Join(", ", parts);
        return $"{changes}; errors {Old.Errors} → {New.Errors}, warnings {Old.Warnings} → {New.Warnings}";
    }

    private static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
