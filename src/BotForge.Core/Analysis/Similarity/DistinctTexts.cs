namespace BotForge.Analysis.Similarity;

/// <summary>
/// The distinct texts of a list of texts in groups, in order of first occurrence, with where each occurs and its
/// group: the one group of all its occurrences, or mixed when they are in several.
/// </summary>
internal sealed class DistinctTexts<TGroup>
    where TGroup : notnull
{
    private readonly int[] _firstOccurrence;
    private readonly int[] _occurrences;

    public DistinctTexts(IReadOnlyList<string> texts, IReadOnlyList<TGroup> groups)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(groups.Count, texts.Count);
        Groups = groups;
        Ids = new Dictionary<string, int>(texts.Count, StringComparer.Ordinal);
        var textOf = new int[texts.Count];
        var distinct = new List<string>(texts.Count);
        var labels = new List<GroupLabel>(texts.Count);
        var comparer = EqualityComparer<TGroup>.Default;
        for (var i = 0; i < texts.Count; i++)
        {
            if (!Ids.TryGetValue(texts[i], out var id))
            {
                id = Ids[texts[i]] = distinct.Count;
                distinct.Add(texts[i]);
                labels.Add(new GroupLabel(groups[i], Mixed: false));
            }
            else if (!labels[id].Mixed && !comparer.Equals(labels[id].Only, groups[i]))
            {
                labels[id] = new GroupLabel(default!, Mixed: true);
            }

            textOf[i] = id;
        }

        Texts = [.. distinct];
        Labels = [.. labels];

        // Occurrences text by text, each text's in index order (a counting sort).
        _firstOccurrence = new int[Texts.Length + 1];
        foreach (var id in textOf)
        {
            _firstOccurrence[id + 1]++;
        }

        for (var t = 1; t <= Texts.Length; t++)
        {
            _firstOccurrence[t] += _firstOccurrence[t - 1];
        }

        _occurrences = new int[texts.Count];
        var next = _firstOccurrence[..^1];
        for (var i = 0; i < texts.Count; i++)
        {
            _occurrences[next[textOf[i]]++] = i;
        }
    }

    /// <summary>The group of each text of the list (by index into the list, not into <see cref="Texts"/>).</summary>
    public IReadOnlyList<TGroup> Groups { get; }

    /// <summary>Each distinct text once, in order of first occurrence.</summary>
    public string[] Texts { get; }

    /// <summary>Each distinct text's index in <see cref="Texts"/>.</summary>
    public Dictionary<string, int> Ids { get; }

    /// <summary>Each distinct text's group: the one its occurrences share, or mixed.</summary>
    public GroupLabel[] Labels { get; }

    /// <summary>Where a distinct text occurs in the list, in index order.</summary>
    public ReadOnlySpan<int> Occurrences(int text) => _occurrences.AsSpan(_firstOccurrence[text], _firstOccurrence[text + 1] - _firstOccurrence[text]);

    /// <summary>True when every occurrence of both texts is in one and the same group, so no pair of them counts.</summary>
    public bool SameGroup(int a, int b) => !Labels[a].Mixed && Labels[a].Equals(Labels[b]);

    /// <summary>
    /// A number per distinct text such that two texts have equal numbers exactly when <see cref="SameGroup"/>: a
    /// number per group for texts in one group, and a number of its own for each mixed text.
    /// </summary>
    public int[] GroupIds()
    {
        var numbers = new Dictionary<TGroup, int>();
        var ids = new int[Texts.Length];
        for (var t = 0; t < Texts.Length; t++)
        {
            ids[t] = Labels[t].Mixed ? -1 - t : numbers.TryGetValue(Labels[t].Only, out var n) ? n : numbers[Labels[t].Only] = numbers.Count;
        }

        return ids;
    }

    /// <summary>A distinct text's group: <see cref="Only"/> when all its occurrences are in it, else mixed (and no group).</summary>
    public readonly record struct GroupLabel(TGroup Only, bool Mixed);
}
