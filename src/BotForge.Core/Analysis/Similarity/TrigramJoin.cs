using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BotForge.Analysis.Similarity;

/// <summary>
/// Finds pairs of texts whose character-trigram sets (padded with a space at both ends) have a Jaccard similarity
/// of at least a threshold, without comparing all pairs: MinHash signatures split into bands (locality-sensitive
/// hashing). Texts that agree on a whole band become candidates, and every candidate is verified exactly, so no
/// reported pair is below the threshold. Rows and bands are chosen so a pair exactly at the threshold is found
/// with probability at least <see cref="Recall"/>, and more similar pairs more surely. Seeds are fixed, so the
/// result is the same on every run and machine, and whether a pair is found depends on its two texts only. Work
/// grows with the number of distinct texts and of similar pairs, not with the square of the number of texts.
/// </summary>
public static partial class TrigramJoin
{
    /// <summary>The least probability of finding a pair exactly at the threshold.</summary>
    public const double Recall = 0.995;

    /// <summary>How far below the threshold a signature estimate may be before the pair is dropped unverified (about five standard errors).</summary>
    private const double EstimateMargin = 0.17;

    /// <summary>At most this many hash functions per signature.</summary>
    private const int MaxHashes = 128;

    /// <summary>A pair of text indexes (<see cref="First"/> &lt; <see cref="Second"/>) and their similarity.</summary>
    public readonly record struct Match(int First, int Second, double Similarity);

    /// <summary>
    /// The pairs with similarity ≥ <paramref name="threshold"/> whose texts are in different <paramref name="groups"/>
    /// and are not equal, sorted by first then second index.
    /// </summary>
    public static List<Match> Similar<TGroup>(IReadOnlyList<string> texts, IReadOnlyList<TGroup> groups, double threshold)
        where TGroup : notnull =>
        SimilarTexts<TGroup>.Find(texts, groups, threshold).Matches();

    /// <summary>The similarity of two texts: Jaccard of their trigram sets (0 when either is empty).</summary>
    public static double Similarity(string a, string b) => Jaccard(Trigrams(a), Trigrams(b));

    /// <summary>
    /// For each of <paramref name="texts"/>, the candidate most similar to it (the first on ties), or null when none
    /// shares a trigram with it; a linear scan, each candidate's trigrams made once for all texts.
    /// </summary>
    public static List<(int Index, double Similarity)?> MostSimilar(IReadOnlyList<string> texts, IReadOnlyList<string> candidates)
    {
        var sets = candidates.Select(Trigrams).ToArray();
        var result = new List<(int Index, double Similarity)?>(texts.Count);
        foreach (var text in texts)
        {
            var own = Trigrams(text);
            (int Index, double Similarity)? best = null;
            for (var i = 0; i < sets.Length; i++)
            {
                var similarity = Jaccard(own, sets[i]);
                if (similarity > 0 && (best is null || similarity > best.Value.Similarity))
                {
                    best = (i, similarity);
                }
            }

            result.Add(best);
        }

        return result;
    }

    /// <summary>
    /// Rows per band and bands: the most rows (fewest chance candidates) for which enough bands to reach
    /// <see cref="Recall"/> at the threshold fit in <see cref="MaxHashes"/>.
    /// </summary>
    public static (int Rows, int Bands) Banding(double threshold)
    {
        for (var rows = 8; rows > 1; rows--)
        {
            var bandHit = Math.Pow(threshold, rows);
            var bands = bandHit >= 1 ? 1 : (int)Math.Ceiling(Math.Log(1 - Recall) / Math.Log(1 - bandHit));
            if (rows * bands <= MaxHashes)
            {
                return (rows, bands);
            }
        }

        return (1, MaxHashes);
    }

    /// <summary>The similar pairs of <paramref name="sketches"/>' texts (distinct) whose <paramref name="groups"/> differ, in a fixed order.</summary>
    internal static List<Match> Search(Sketches sketches, IReadOnlyList<int> groups, double threshold) => new Bands(sketches, groups, threshold).Search();

    /// <summary>The exact similarity of a candidate pair when it reaches the threshold, else null: <see cref="Plausible"/>, then <see cref="Exact"/>.</summary>
    internal static double? Verify(ReadOnlySpan<byte> fingerprintA, ReadOnlySpan<byte> fingerprintB, ReadOnlySpan<ulong> setA, ReadOnlySpan<ulong> setB, double threshold) =>
        Plausible(Agreement(fingerprintA, fingerprintB), fingerprintA.Length, threshold) ? Exact(setA, setB, threshold) : null;

    /// <summary>
    /// Which hashes two texts' fingerprints agree on (bit h for hash h; at most <see cref="MaxHashes"/> of them):
    /// the similarity estimate and, band by band, whether the two can share a bucket.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UInt128 Agreement(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var block = Vector128<byte>.Count;
        UInt128 agree = 0;
        for (var i = 0; i < a.Length; i += block)
        {
            agree |= (UInt128)Vector128.Equals(Vector128.Create(a[i..]), Vector128.Create(b[i..])).ExtractMostSignificantBits() << i;
        }

        return agree;
    }

    /// <summary>
    /// False when a candidate pair's signatures estimate a similarity so far below the threshold that the exact
    /// comparison is not needed. The estimate is the share of the <paramref name="hashes"/> whose minimums agree in
    /// their low byte (<see cref="Agreement"/>, the padding hashes included). Its standard error is at most
    /// 0.5/√hashes (0.047 for 112); two different minimums share a low byte by chance one time in 256, which only
    /// raises the estimate. So a pair estimated below threshold − <see cref="EstimateMargin"/> is truly below the
    /// threshold with near certainty.
    /// </summary>
    private static bool Plausible(UInt128 agreement, int hashes, double threshold) =>
        (double)UInt128.PopCount(agreement) / hashes >= threshold - EstimateMargin;

    /// <summary>The exact similarity of a candidate pair when it reaches the threshold, else null.</summary>
    private static double? Exact(ReadOnlySpan<ulong> setA, ReadOnlySpan<ulong> setB, double threshold) =>
        Jaccard(setA, setB) is var similarity && similarity >= threshold - 1e-9 ? similarity : null;

    /// <summary>Jaccard similarity of two sorted sets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>The distinct trigrams of a text padded with a space at both ends, each packed into a number, sorted.</summary>
    private static ulong[] Trigrams(string text)
    {
        var rented = text.Length > 256 ? ArrayPool<ulong>.Shared.Rent(text.Length) : null;
        var buffer = rented is null ? stackalloc ulong[text.Length] : rented.AsSpan(0, text.Length);
        var set = buffer[..Trigrams(text, buffer)].ToArray();
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        return set;
    }

    /// <summary>Writes the distinct trigrams of a text into <paramref name="into"/> (as long as the text), sorted, and returns how many there are.</summary>
    private static int Trigrams(string text, Span<ulong> into)
    {
        Pack(text, into);
        return SortDistinct(into[..text.Length]);
    }

    /// <summary>Writes the trigrams of a text into <paramref name="into"/> (one per character, in text order, repeats included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Pack(string text, Span<ulong> into)
    {
        for (var i = -1; i < text.Length - 1; i++)
        {
            into[i + 1] = ((ulong)At(text, i) << 32) | ((ulong)At(text, i + 1) << 16) | At(text, i + 2);
        }
    }

    /// <summary>Sorts <paramref name="trigrams"/>, moves each distinct one to the front once, and returns how many there are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SortDistinct(Span<ulong> trigrams)
    {
        if (trigrams.IsEmpty)
        {
            return 0;
        }

        trigrams.Sort();
        var distinct = 1;
        for (var i = 1; i < trigrams.Length; i++)
        {
            if (trigrams[i] != trigrams[distinct - 1])
            {
                trigrams[distinct++] = trigrams[i];
            }
        }

        return distinct;
    }

    /// <summary>The character at <paramref name="i"/>, with a space before the start and after the end.</summary>
    private static char At(string text, int i) => i < 0 || i >= text.Length ? ' ' : text[i];
}
