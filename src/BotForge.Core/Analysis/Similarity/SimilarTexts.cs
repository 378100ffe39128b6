namespace BotForge.Analysis.Similarity;

/// <summary>
/// The similar pairs of a list of texts in groups (<see cref="TrigramJoin"/>), found among its distinct texts: each
/// is sketched and compared once however often it occurs, and a pair of texts stands for every pair of their
/// occurrences in different groups. A join can start from an earlier one of another version of the list (the
/// other side of a diff): it takes over the earlier join's sketches and pairs, and signs and compares again only
/// the texts that are new or whose groups changed. Whether a pair is found depends on its two texts only, so
/// the result is exactly what a join from scratch gives.
/// </summary>
/// <typeparam name="TGroup">What the texts are grouped by (BF2006: where an utterance leads); compared with its default equality.</typeparam>
internal sealed partial class SimilarTexts<TGroup>
    where TGroup : notnull
{
    private static readonly EqualityComparer<TGroup> SameGroup = EqualityComparer<TGroup>.Default;

    private readonly DistinctTexts<TGroup> _texts;

    /// <summary>Pairs of distinct texts (<see cref="DistinctTexts{TGroup}.Texts"/> indexes) that are similar.</summary>
    private readonly List<TrigramJoin.Match> _pairs;

    private SimilarTexts(DistinctTexts<TGroup> texts, double threshold, TrigramJoin.Sketches? sketches, List<TrigramJoin.Match> pairs)
    {
        _texts = texts;
        Threshold = threshold;
        Sketches = sketches;
        _pairs = pairs;
    }

    public double Threshold { get; }

    /// <summary>True when this join started from an earlier one (it then keeps no sketches, and cannot be started from).</summary>
    public bool StartedFromEarlier => Sketches is null;

    /// <summary>The sketches of every distinct text, kept by a join made from scratch so later joins can start from it; null otherwise.</summary>
    private TrigramJoin.Sketches? Sketches { get; }

    /// <summary>The join of <paramref name="texts"/>, from scratch or from <paramref name="earlier"/> (see the other overload).</summary>
    public static SimilarTexts<TGroup> Find(IReadOnlyList<string> texts, IReadOnlyList<TGroup> groups, double threshold, SimilarTexts<TGroup>? earlier = null) =>
        Find(new DistinctTexts<TGroup>(texts, groups), threshold, earlier);

    /// <summary>
    /// The join of <paramref name="texts"/>. With <paramref name="earlier"/> (a join from scratch at the same
    /// threshold) only the texts it lacks or grouped otherwise are compared, unless they are many (more than one
    /// in eight), when starting from scratch is as quick.
    /// </summary>
    public static SimilarTexts<TGroup> Find(DistinctTexts<TGroup> texts, double threshold, SimilarTexts<TGroup>? earlier = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        if (earlier is { Sketches: { } } && earlier.Threshold == threshold && Delta.From(texts, earlier) is { } delta)
        {
            return new SimilarTexts<TGroup>(texts, threshold, null, delta.Pairs());
        }

        var sketches = new TrigramJoin.Sketches(texts.Texts, threshold);
        return new SimilarTexts<TGroup>(texts, threshold, sketches, TrigramJoin.Search(sketches, texts.GroupIds(), threshold));
    }

    /// <summary>Every pair of occurrences of two similar texts in different groups, by index into the list joined, sorted by first then second index.</summary>
    public List<TrigramJoin.Match> Matches()
    {
        var matches = new List<TrigramJoin.Match>();
        foreach (var pair in _pairs)
        {
            foreach (var i in _texts.Occurrences(pair.First))
            {
                foreach (var j in _texts.Occurrences(pair.Second))
                {
                    if (!SameGroup.Equals(_texts.Groups[i], _texts.Groups[j]))
                    {
                        matches.Add(new TrigramJoin.Match(Math.Min(i, j), Math.Max(i, j), pair.Similarity));
                    }
                }
            }
        }

        // A pair is handled once, on the first band where the two texts share a bucket; the search skips bands
        // whose fingerprints disagree, which a 64-bit band-key collision could make it see twice. Equal entries
        // are one match.
        matches.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Second.CompareTo(b.Second));
        var distinct = 0;
        for (var k = 0; k < matches.Count; k++)
        {
            if (distinct == 0 || matches[k] != matches[distinct - 1])
            {
                matches[distinct++] = matches[k];
            }
        }

        matches.RemoveRange(distinct, matches.Count - distinct);
        return matches;
    }
}
