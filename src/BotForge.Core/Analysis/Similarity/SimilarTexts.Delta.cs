using System.Collections.Concurrent;

namespace BotForge.Analysis.Similarity;

internal sealed partial class SimilarTexts<TGroup>
{
    /// <summary>
    /// A join that starts from an earlier one. Texts the earlier join had with the same groups ("kept") keep its
    /// sketches and its pairs among them: a kept pair it skipped was in one group there, and still is. Every pair
    /// with a changed text is found anew: the changed texts' band keys are looked up while going once through
    /// every text's keys, and candidates in different groups are verified as the full search would.
    /// </summary>
    private sealed class Delta
    {
        private readonly DistinctTexts<TGroup> _texts;
        private readonly SimilarTexts<TGroup> _earlier;
        private readonly TrigramJoin.Sketches _old;

        /// <summary>Each text's index in the earlier join's sketches, or ~(its index in <see cref="_fresh"/>) when the earlier join lacks it.</summary>
        private readonly int[] _at;

        /// <summary>The distinct texts that are new, or grouped otherwise than in the earlier join, in index order.</summary>
        private readonly List<int> _changed;

        private readonly TrigramJoin.Sketches _fresh;

        private Delta(DistinctTexts<TGroup> texts, SimilarTexts<TGroup> earlier, int[] at, List<int> changed, List<int> unseen)
        {
            _texts = texts;
            _earlier = earlier;
            _old = earlier.Sketches!;
            _at = at;
            _changed = changed;
            _fresh = new TrigramJoin.Sketches([.. unseen.Select(t => texts.Texts[t])], earlier.Threshold);
        }

        public static Delta? From(DistinctTexts<TGroup> texts, SimilarTexts<TGroup> earlier)
        {
            // Looked up in parallel (the earlier join's dictionary is only read), then numbered in order.
            const int Missing = int.MinValue;
            var count = texts.Texts.Length;
            var at = new int[count];
            var changedHere = new bool[count];
            var before = earlier._texts.Texts;
            // A range partitioner refuses an empty range: a version with no texts (every user say deleted, or a
            // file that no longer parses) has nothing to look up.
            if (count > 0)
            {
                Parallel.ForEach(Partitioner.Create(0, count), range =>
                {
                    // The two versions' texts from unchanged files are the same strings, in the same order: the text
                    // after the last one found is checked by reference first, which spares hashing the text.
                    var guess = range.Item1;
                    for (var t = range.Item1; t < range.Item2; t++)
                    {
                        var e = guess;
                        var known = (e < before.Length && ReferenceEquals(texts.Texts[t], before[e])) || earlier._texts.Ids.TryGetValue(texts.Texts[t], out e);
                        guess = known ? e + 1 : guess;
                        at[t] = known ? e : Missing;
                        changedHere[t] = !known || !texts.Labels[t].Equals(earlier._texts.Labels[e]);
                    }
                });
            }

            var changed = new List<int>();
            var unseen = new List<int>();
            for (var t = 0; t < count; t++)
            {
                if (at[t] == Missing)
                {
                    at[t] = ~unseen.Count;
                    unseen.Add(t);
                }

                if (changedHere[t])
                {
                    changed.Add(t);
                }
            }

            return changed.Count > count / 8 + 16 ? null : new Delta(texts, earlier, at, changed, unseen);
        }

        public List<TrigramJoin.Match> Pairs()
        {
            var count = _texts.Texts.Length;
            var isChanged = new bool[count];
            _changed.ForEach(t => isChanged[t] = true);

            // The earlier join's pairs of kept texts, renumbered.
            var now = new int[_old.Count];
            Array.Fill(now, -1);
            for (var t = 0; t < count; t++)
            {
                if (_at[t] >= 0 && !isChanged[t])
                {
                    now[_at[t]] = t;
                }
            }

            var pairs = new List<TrigramJoin.Match>();
            foreach (var pair in _earlier._pairs)
            {
                if (now[pair.First] is var a and >= 0 && now[pair.Second] is var b and >= 0)
                {
                    pairs.Add(new TrigramJoin.Match(Math.Min(a, b), Math.Max(a, b), pair.Similarity));
                }
            }

            pairs.AddRange(Changed(isChanged));
            return pairs;
        }

        /// <summary>
        /// The similar pairs with at least one changed text, in a fixed order: every text's band keys are looked up
        /// among the changed texts', in parallel over ranges of texts. As in the full search, a pair is handled on
        /// the first band where the two share a key, and a pair of two changed texts from the later one's side.
        /// </summary>
        private List<TrigramJoin.Match> Changed(bool[] isChanged)
        {
            var bands = _old.Bands;
            var changedByKey = new Dictionary<ulong, List<int>>[bands];

            // A bit per value of a key's low 16 bits, set for the changed texts' keys: nearly every key looked up
            // is no changed text's, and one bit says so without a dictionary lookup.
            var maybe = new ulong[1 << 10];
            for (var band = 0; band < bands; band++)
            {
                changedByKey[band] = [];
                foreach (var c in _changed.Where(c => !IsEmpty(c)))
                {
                    var key = BandKey(c, band);
                    maybe[(key & 0xFFFF) >> 6] |= 1UL << (int)(key & 63);
                    if (!changedByKey[band].TryGetValue(key, out var list))
                    {
                        changedByKey[band][key] = list = [];
                    }

                    list.Add(c);
                }
            }

            const int Chunk = 4096;
            var count = _texts.Texts.Length;
            var found = new List<TrigramJoin.Match>[(count + Chunk - 1) / Chunk];
            Parallel.For(0, found.Length, chunk =>
            {
                var mine = found[chunk] = [];
                for (var u = chunk * Chunk; u < Math.Min(count, (chunk + 1) * Chunk); u++)
                {
                    if (IsEmpty(u))
                    {
                        continue;
                    }

                    for (var band = 0; band < bands; band++)
                    {
                        var key = BandKey(u, band);
                        if ((maybe[(key & 0xFFFF) >> 6] & (1UL << (int)(key & 63))) == 0 || !changedByKey[band].TryGetValue(key, out var candidates))
                        {
                            continue;
                        }

                        foreach (var c in candidates)
                        {
                            if (c == u || (isChanged[u] && u < c) || SharedEarlierBand(c, u, band) || _texts.SameGroup(c, u))
                            {
                                continue;
                            }

                            if (TrigramJoin.Verify(Fingerprint(c), Fingerprint(u), Set(c), Set(u), _earlier.Threshold) is { } similarity)
                            {
                                mine.Add(new TrigramJoin.Match(Math.Min(c, u), Math.Max(c, u), similarity));
                            }
                        }
                    }
                }
            });

            return [.. found.SelectMany(f => f)];
        }

        private bool SharedEarlierBand(int a, int b, int band)
        {
            for (var earlier = 0; earlier < band; earlier++)
            {
                if (BandKey(a, earlier) == BandKey(b, earlier))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsEmpty(int t) => _at[t] >= 0 ? _old.IsEmpty(_at[t]) : _fresh.IsEmpty(~_at[t]);

        private ReadOnlySpan<ulong> Set(int t) => _at[t] >= 0 ? _old.Set(_at[t]) : _fresh.Set(~_at[t]);

        private ReadOnlySpan<byte> Fingerprint(int t) => _at[t] >= 0 ? _old.Fingerprint(_at[t]) : _fresh.Fingerprint(~_at[t]);

        private ulong BandKey(int t, int band) => _at[t] >= 0 ? _old.BandKey(_at[t], band) : _fresh.BandKey(~_at[t], band);
    }
}
