using System.Numerics;
using System.Runtime.CompilerServices;

namespace BotForge.Analysis.Similarity;

public static partial class TrigramJoin
{
    /// <summary>
    /// The pair search over distinct texts, one band at a time: texts with equal keys on a band are a bucket, and
    /// the pairs of a bucket in different groups are verified. A pair is handled only on the first band where it
    /// shares a bucket, so each is seen once.
    /// </summary>
    private sealed class Bands(Sketches sketches, IReadOnlyList<int> groups, double threshold)
    {
        /// <summary>The texts with at least one trigram, in index order: the only ones that can match.</summary>
        private readonly int[] _members = [.. Enumerable.Range(0, sketches.Count).Where(i => !sketches.IsEmpty(i))];

        /// <summary>The verified pairs of texts in different groups, band by band (each list in a fixed order).</summary>
        public List<Match> Search()
        {
            var perBand = new List<Match>[sketches.Bands];
            Parallel.For(0, sketches.Bands, () => new Grouping(_members.Length), (band, _, grouping) =>
            {
                perBand[band] = Band(band, grouping);
                return grouping;
            }, _ => { });
            return [.. perBand.SelectMany(m => m)];
        }

        /// <summary>The verified pairs whose band keys are equal on this band and on no earlier one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private List<Match> Band(int band, Grouping grouping)
        {
            var (keys, members) = Grouped(band, grouping);
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
                    if (local.Length < bucket.Count * sketches.Stride)
                    {
                        local = new byte[Math.Max(bucket.Count * sketches.Stride, local.Length * 2)];
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
        private (ulong[] Keys, int[] Members) Grouped(int band, Grouping grouping)
        {
            var bandKeys = sketches.BandKeys.AsSpan(band * sketches.Count, sketches.Count);
            var bits = grouping.Bits;
            var shift = 64 - bits;
            var starts = grouping.Starts;
            Array.Clear(starts);
            foreach (var member in _members)
            {
                starts[(int)(bandKeys[member] >> shift) + 1]++;
            }

            for (var bin = 1; bin < starts.Length; bin++)
            {
                starts[bin] += starts[bin - 1];
            }

            var (keys, members, next) = (grouping.Keys, grouping.Members, grouping.Next);
            starts.AsSpan(0, 1 << bits).CopyTo(next);
            foreach (var member in _members)
            {
                var key = bandKeys[member];
                var at = next[(int)(key >> shift)]++;
                keys[at] = key;
                members[at] = member;
            }

            for (var bin = 0; bin < 1 << bits; bin++)
            {
                if (starts[bin + 1] - starts[bin] > 32)
                {
                    // Many members in one bin: many that share top bits (equal keys are one text each here).
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

        /// <summary>
        /// One worker's arrays for grouping a band (about 4 MB at 200,000 texts), used again for each band it takes:
        /// arrays made per band were 60 MB of large objects per join, each such allocation bringing the collector's
        /// next full collection nearer.
        /// </summary>
        private sealed class Grouping
        {
            public Grouping(int count)
            {
                Bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(count, 1)) + 1, 8, 24);
                Keys = new ulong[count];
                Members = new int[count];
                Starts = new int[(1 << Bits) + 1];
                Next = new int[1 << Bits];
            }

            /// <summary>The top bits of a key that pick its bin: about one bin per member.</summary>
            public int Bits { get; }

            public ulong[] Keys { get; }

            public int[] Members { get; }

            /// <summary>Where each bin starts, and one more for the end.</summary>
            public int[] Starts { get; }

            /// <summary>Where each bin's next member goes while they are placed.</summary>
            public int[] Next { get; }
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
            var stride = sketches.Stride;
            bucket.Sort((a, b) => groups[a] != groups[b] ? groups[a].CompareTo(groups[b]) : a.CompareTo(b));
            for (var i = 0; i < bucket.Count; i++)
            {
                sketches.Fingerprint(bucket[i]).CopyTo(local.AsSpan(i * stride));
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
                    var agreement = Agreement(own, local.AsSpan(j * stride, stride));
                    if (!Plausible(agreement, stride, threshold)
                        || SharedEarlierBucket(x, y, band, agreement)
                        || Exact(sketches.Set(x), sketches.Set(y), threshold) is not { } similarity)
                    {
                        continue;
                    }

                    found.Add(new Match(Math.Min(x, y), Math.Max(x, y), similarity));
                }
            }
        }

        /// <summary>
        /// True when the pair was in one bucket of an earlier band, so it has been handled there. Two texts can
        /// share a band's bucket only if their fingerprints agree on all its rows, so the keys (scattered in memory)
        /// are compared only for such bands.
        /// </summary>
        private bool SharedEarlierBucket(int x, int y, int band, UInt128 agreement)
        {
            var rows = sketches.Rows;
            var bandRows = (UInt128.One << rows) - 1;
            for (var earlier = 0; earlier < band; earlier++)
            {
                var mask = bandRows << (earlier * rows);
                if ((agreement & mask) == mask && sketches.BandKey(x, earlier) == sketches.BandKey(y, earlier))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
