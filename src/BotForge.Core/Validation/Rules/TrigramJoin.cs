using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BotForge.Validation.Rules;

/// <summary>
/// Finds pairs of texts whose character-trigram sets (padded with a space at both ends) have a Jaccard similarity
/// of at least a threshold, without comparing all pairs: MinHash signatures split into bands (locality-sensitive
/// hashing). Texts that agree on a whole band become candidates, and every candidate is verified exactly, so no
/// reported pair is below the threshold. Rows and bands are chosen so a pair exactly at the threshold is found
/// with probability at least <see cref="Recall"/>, and more similar pairs more surely. Seeds are fixed, so the
/// result is the same on every run and machine. Work grows with the number of texts and of similar pairs, not
/// with the square of the number of texts.
/// </summary>
public static class TrigramJoin
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
    public static List<Match> Similar(IReadOnlyList<string> texts, IReadOnlyList<int> groups, double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        var (rows, bands) = Banding(threshold);
        var hashes = rows * bands;
        var width = Vector<uint>.Count;
        var block = Math.Max(width, Vector128<byte>.Count);
        var stride = (hashes + block - 1) / block * block;
        var (multipliers, offsets) = HashFunctions(stride);

        var sets = new ulong[texts.Count][];
        var fingerprints = new byte[texts.Count * stride];
        var bandKeys = new ulong[texts.Count * bands];
        Parallel.For(0, texts.Count, () => new Scratch(stride), (i, _, scratch) =>
        {
            sets[i] = Trigrams(texts[i]);
            var signature = scratch.Signature;
            Sign(sets[i], multipliers, offsets, scratch.Mins, signature);
            for (var band = 0; band < bands; band++)
            {
                bandKeys[i * bands + band] = BandKey(signature.AsSpan(band * rows, rows));
            }

            var fingerprint = fingerprints.AsSpan(i * stride, stride);
            for (var h = 0; h < stride; h++)
            {
                fingerprint[h] = (byte)signature[h];
            }

            return scratch;
        }, _ => { });

        var join = new Join(texts, groups, sets, fingerprints, bandKeys, bands, stride, threshold);
        var perBand = new List<Match>[bands];
        Parallel.For(0, bands, band => perBand[band] = join.Band(band));

        var matches = perBand.SelectMany(m => m).ToList();
        matches.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Second.CompareTo(b.Second));
        return matches;
    }

    /// <summary>One worker's space for signing: the running minimums and the finished signature.</summary>
    private sealed class Scratch(int stride)
    {
        public Vector<uint>[] Mins { get; } = new Vector<uint>[stride / Vector<uint>.Count];

        public uint[] Signature { get; } = new uint[stride];
    }

    /// <summary>The similarity of two texts: Jaccard of their trigram sets (0 when either is empty).</summary>
    public static double Similarity(string a, string b) => Jaccard(Trigrams(a), Trigrams(b));

    /// <summary>The candidate most similar to <paramref name="text"/> (the first on ties), or null when none shares a trigram with it; a linear scan.</summary>
    public static (int Index, double Similarity)? MostSimilar(string text, IReadOnlyList<string> candidates)
    {
        var own = Trigrams(text);
        (int Index, double Similarity)? best = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var similarity = Jaccard(own, Trigrams(candidates[i]));
            if (similarity > 0 && (best is null || similarity > best.Value.Similarity))
            {
                best = (i, similarity);
            }
        }

        return best;
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

    /// <summary>The texts' trigram sets, signature fingerprints and band keys, and the pair search over one band at a time.</summary>
    private sealed class Join(IReadOnlyList<string> texts, IReadOnlyList<int> groups, ulong[][] sets, byte[] fingerprints, ulong[] bandKeys, int bands, int stride, double threshold)
    {
        /// <summary>The texts with at least one trigram, in index order: the only ones that can match.</summary>
        private readonly int[] _members = [.. Enumerable.Range(0, texts.Count).Where(i => sets[i].Length > 0)];

        /// <summary>The verified pairs whose band keys are equal on this band and on no earlier one (so each pair is seen once).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public List<Match> Band(int band)
        {
            var (keys, members) = Grouped(band);
            var found = new List<Match>();
            var bucket = new List<int>();
            var local = Array.Empty<byte>();
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1 && MixedGroups(members.AsSpan(start, end - start)))
                {
                    bucket.Clear();
                    bucket.AddRange(members.AsSpan(start, end - start));
                    if (local.Length < bucket.Count * stride)
                    {
                        local = new byte[Math.Max(bucket.Count * stride, local.Length * 2)];
                    }

                    Pairs(bucket, band, local, found);
                }

                start = end;
            }

            return found;
        }

        /// <summary>
        /// The members' keys on one band with equal keys side by side (and the members in the same order): one
        /// counting-sort pass on the keys' top bits, about one bin per member, then a sort inside each (nearly always
        /// tiny) bin. The order among equal keys does not matter, as <see cref="Pairs"/> sorts each bucket. Linear
        /// in the members, where a comparison sort of them on every band was most of the check's time.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private (ulong[] Keys, int[] Members) Grouped(int band)
        {
            var count = _members.Length;
            var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(count, 1)) + 1, 8, 24);
            var shift = 64 - bits;
            var starts = new int[(1 << bits) + 1];
            foreach (var member in _members)
            {
                starts[(int)(bandKeys[member * bands + band] >> shift) + 1]++;
            }

            for (var bin = 1; bin < starts.Length; bin++)
            {
                starts[bin] += starts[bin - 1];
            }

            var keys = new ulong[count];
            var members = new int[count];
            var next = starts.AsSpan(0, 1 << bits).ToArray();
            foreach (var member in _members)
            {
                var key = bandKeys[member * bands + band];
                var at = next[(int)(key >> shift)]++;
                keys[at] = key;
                members[at] = member;
            }

            for (var bin = 0; bin < 1 << bits; bin++)
            {
                if (starts[bin + 1] - starts[bin] > 32)
                {
                    // Many members in one bin: equal keys (identical texts) or, rarely, many that share top bits.
                    Array.Sort(keys, members, starts[bin], starts[bin + 1] - starts[bin]);
                    continue;
                }

                for (var i = starts[bin] + 1; i < starts[bin + 1]; i++)
                {
                    var (key, member) = (keys[i], members[i]);
                    var j = i - 1;
                    for (; j >= starts[bin] && keys[j] > key; j--)
                    {
                        keys[j + 1] = keys[j];
                        members[j + 1] = members[j];
                    }

                    keys[j + 1] = key;
                    members[j + 1] = member;
                }
            }

            return (keys, members);
        }

        private bool MixedGroups(ReadOnlySpan<int> members)
        {
            var first = groups[members[0]];
            foreach (var member in members[1..])
            {
                if (groups[member] != first)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Verifies the pairs of one bucket that are in different groups: members are sorted by group so same-group
        /// runs are skipped whole, and their fingerprints are first copied side by side into <paramref name="local"/>,
        /// so the quadratic part of a large bucket reads memory that stays in the cache.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Pairs(List<int> bucket, int band, byte[] local, List<Match> found)
        {
            bucket.Sort((a, b) => groups[a] != groups[b] ? groups[a].CompareTo(groups[b]) : a.CompareTo(b));
            for (var i = 0; i < bucket.Count; i++)
            {
                fingerprints.AsSpan(bucket[i] * stride, stride).CopyTo(local.AsSpan(i * stride));
            }

            for (var i = 0; i < bucket.Count; i++)
            {
                var x = bucket[i];
                var next = i + 1;
                while (next < bucket.Count && groups[bucket[next]] == groups[x])
                {
                    next++;
                }

                var own = local.AsSpan(i * stride, stride);
                for (var j = next; j < bucket.Count; j++)
                {
                    var y = bucket[j];
                    if (Estimate(own, local.AsSpan(j * stride, stride)) < threshold - EstimateMargin
                        || string.Equals(texts[x], texts[y], StringComparison.Ordinal)
                        || SharedEarlierBucket(x, y, band))
                    {
                        continue;
                    }

                    var similarity = Jaccard(sets[x], sets[y]);
                    if (similarity >= threshold - 1e-9)
                    {
                        found.Add(new Match(Math.Min(x, y), Math.Max(x, y), similarity));
                    }
                }
            }
        }

        /// <summary>
        /// The similarity the signatures estimate: the share of hash functions whose minimums agree in their low
        /// byte (the padding hashes included). Its standard error is at most 0.5/√hashes (0.047 for 112); two
        /// different minimums share a low byte by chance one time in 256, which only raises the estimate. So a pair
        /// estimated below threshold − <see cref="EstimateMargin"/> is truly below the threshold with near
        /// certainty, and is dropped without the exact comparison.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static double Estimate(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
        {
            var block = Vector128<byte>.Count;
            var agree = 0;
            for (var i = 0; i < a.Length; i += block)
            {
                agree += BitOperations.PopCount(Vector128.Equals(Vector128.Create(a[i..]), Vector128.Create(b[i..])).ExtractMostSignificantBits());
            }

            return (double)agree / a.Length;
        }

        /// <summary>True when the pair was in one bucket of an earlier band, so it has been handled there.</summary>
        private bool SharedEarlierBucket(int x, int y, int band)
        {
            for (var earlier = 0; earlier < band; earlier++)
            {
                if (bandKeys[x * bands + earlier] == bandKeys[y * bands + earlier])
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The second multiplier of the hash functions' mixing step.</summary>
    private static readonly Vector<uint> Multiplier2 = new(0x846CA68Bu);

    /// <summary>The MinHash signature: for each hash function, the least hash of any trigram. <paramref name="mins"/> is scratch space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sign(ulong[] set, Vector<uint>[] multipliers, Vector<uint>[] offsets, Vector<uint>[] mins, uint[] signature)
    {
        Array.Fill(mins, new Vector<uint>(uint.MaxValue));
        foreach (var trigram in set)
        {
            var h = new Vector<uint>(Mix(trigram));
            for (var i = 0; i < mins.Length; i++)
            {
                var value = (h ^ offsets[i]) * multipliers[i];
                value ^= Vector.ShiftRightLogical(value, 15);
                value *= Multiplier2;
                value ^= Vector.ShiftRightLogical(value, 13);
                mins[i] = Vector.Min(mins[i], value);
            }
        }

        for (var i = 0; i < mins.Length; i++)
        {
            mins[i].CopyTo(signature, i * Vector<uint>.Count);
        }
    }

    /// <summary>
    /// Fixed seeds of the hash functions h(x) = mix((x ⊕ b) · a), where mix is a multiply–xorshift finaliser:
    /// plain a·x + b (mod 2³²) hashes are too correlated for MinHash and make large chance buckets.
    /// </summary>
    private static (Vector<uint>[] Multipliers, Vector<uint>[] Offsets) HashFunctions(int count)
    {
        var multipliers = new uint[count];
        var offsets = new uint[count];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < count; i++)
        {
            multipliers[i] = (uint)Mix64(ref state) | 1;
            offsets[i] = (uint)Mix64(ref state);
        }

        var width = Vector<uint>.Count;
        return ([.. Enumerable.Range(0, count / width).Select(v => new Vector<uint>(multipliers, v * width))],
                [.. Enumerable.Range(0, count / width).Select(v => new Vector<uint>(offsets, v * width))]);
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows)
    {
        var key = 0xCBF29CE484222325UL;
        foreach (var value in rows)
        {
            key = (key ^ value) * 0x100000001B3UL;
        }

        return key;
    }

    /// <summary>A 32-bit hash of a packed trigram (the finaliser of MurmurHash3).</summary>
    private static uint Mix(ulong trigram)
    {
        var h = trigram ^ (trigram >> 33);
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (uint)h;
    }

    /// <summary>SplitMix64: the next number of a fixed sequence.</summary>
    private static ulong Mix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Jaccard similarity of two sorted sets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Jaccard(ulong[] a, ulong[] b)
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] Trigrams(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var length = text.Length;
        var rented = length > 256 ? ArrayPool<ulong>.Shared.Rent(length) : null;
        var trigrams = rented is null ? stackalloc ulong[length] : rented.AsSpan(0, length);
        for (var i = -1; i < length - 1; i++)
        {
            trigrams[i + 1] = ((ulong)At(text, i) << 32) | ((ulong)At(text, i + 1) << 16) | At(text, i + 2);
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

        var set = trigrams[..distinct].ToArray();
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        return set;
    }

    /// <summary>The character at <paramref name="i"/>, with a space before the start and after the end.</summary>
    private static char At(string text, int i) => i < 0 || i >= text.Length ? ' ' : text[i];
}
