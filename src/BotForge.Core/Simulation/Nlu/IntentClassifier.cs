using BotForge.Analysis;

namespace BotForge.Simulation.Nlu;

/// <summary>One labelled example: the text and the intent it trains (a node's system name, <c>faq:ID</c>, …).</summary>
public sealed record Example(string Intent, string Text);

/// <summary>The best intent for a message and how sure the classifier is (cosine similarity, 0 to 1).</summary>
public sealed record IntentMatch(string Intent, double Confidence, string NearestExample);

/// <summary>
/// A TF-IDF nearest-neighbour classifier over the bot's own examples. Messages are normalised as the validation
/// rules do (lower case, punctuation dropped, NFKC), English suffixes are stripped lightly ("refunds" →
/// "refund"), and each message becomes word unigrams, word bigrams and character trigrams of each word (with
/// word-boundary marks, so "delivered" still shares pieces with "delivery"); English function words count only
/// a little. Weights are sub-linear term frequency times smoothed inverse document frequency, L2-normalised. An
/// intent's score is its best cosine similarity to the message over its examples; below the threshold
/// (<see cref="DefaultThreshold"/>) nothing matches and the bot breaks. It is not the platform's model: it needs
/// no training run and is deterministic; it is good at paraphrases that share words or word pieces, and weak at
/// synonyms that share neither ("package" for "parcel"). docs/testing.md has its measured accuracy.
/// </summary>
public sealed class IntentClassifier
{
    public const double DefaultThreshold = 0.2;

    private readonly Example[] _examples;
    private readonly Dictionary<long, int> _featureIds = new();
    private readonly double[] _idf;
    private readonly double _unknownIdf;
    private readonly (int[] Ids, float[] Weights)[] _vectors;
    private readonly Dictionary<string, int[]> _byIntent;

    /// <summary>
    /// Feature id → the examples that have it and its weight there: a message is scored against all examples at
    /// once. Weights are kept as floats (half the memory at a million examples); sums are doubles.
    /// </summary>
    private readonly (int[] Examples, float[] Weights)[] _postings;

    public IntentClassifier(IEnumerable<Example> examples, double threshold)
    {
        Threshold = threshold;
        _examples = examples.Where(e => UserSays.Normalize(e.Text).Length > 0).ToArray();
        // Each example's features as two small arrays (a dictionary each would cost several times the memory).
        var features = _examples.AsParallel().AsOrdered().Select(e => Features(e.Text)).Select(f => (Keys: f.Keys.ToArray(), Counts: f.Values.ToArray())).ToArray();

        // Ids in order of first appearance, so the same examples always give the same ids.
        var documentFrequency = new List<int>();
        foreach (var (keys, _) in features)
        {
            foreach (var feature in keys)
            {
                if (_featureIds.TryAdd(feature, _featureIds.Count))
                {
                    documentFrequency.Add(0);
                }

                documentFrequency[_featureIds[feature]]++;
            }
        }

        _idf = documentFrequency.Select(df => Math.Log((1.0 + _examples.Length) / (1.0 + df)) + 1.0).ToArray();
        _unknownIdf = Math.Log(1.0 + _examples.Length) + 1.0;
        _vectors = features.AsParallel().AsOrdered().Select(f => Weigh(f.Keys, f.Counts)).ToArray();
        _byIntent = Enumerable.Range(0, _examples.Length).GroupBy(i => _examples[i].Intent, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        var sizes = new int[_idf.Length];
        foreach (var (ids, _) in _vectors)
        {
            foreach (var id in ids)
            {
                sizes[id]++;
            }
        }

        _postings = sizes.Select(n => (new int[n], new float[n])).ToArray();
        Array.Clear(sizes);
        for (var e = 0; e < _vectors.Length; e++)
        {
            var (ids, weights) = _vectors[e];
            for (var f = 0; f < ids.Length; f++)
            {
                var slot = sizes[ids[f]]++;
                _postings[ids[f]].Examples[slot] = e;
                _postings[ids[f]].Weights[slot] = weights[f];
            }
        }
    }

    public double Threshold { get; }

    public int Count => _examples.Length;

    /// <summary>Intents ranked by score (best first), each once; only intents that <paramref name="allowed"/> accepts.</summary>
    public IReadOnlyList<IntentMatch> Rank(string message, Func<string, bool>? allowed = null, Func<Example, bool>? skip = null)
    {
        var (ids, weights) = Weigh(Features(message));
        var scores = new Dictionary<int, double>();
        for (var f = 0; f < ids.Length; f++)
        {
            var (examples, exampleWeights) = _postings[ids[f]];
            for (var p = 0; p < examples.Length; p++)
            {
                scores[examples[p]] = scores.GetValueOrDefault(examples[p]) + (double)weights[f] * exampleWeights[p];
            }
        }

        // Per intent, its best example; between equal scores, the one written first.
        var best = new Dictionary<string, (int Index, double Score)>(StringComparer.Ordinal);
        foreach (var (index, score) in scores)
        {
            var example = _examples[index];
            if ((allowed is not null && !allowed(example.Intent)) || (skip is not null && skip(example)))
            {
                continue;
            }

            if (!best.TryGetValue(example.Intent, out var current) || score > current.Score || (score == current.Score && index < current.Index))
            {
                best[example.Intent] = (index, score);
            }
        }

        return best.Select(b => new IntentMatch(b.Key, b.Value.Score, _examples[b.Value.Index].Text))
            .OrderByDescending(m => m.Confidence).ThenBy(m => m.Intent, StringComparer.Ordinal).ToList();
    }

    /// <summary>The best intent above the threshold, or null (with the best below it in <paramref name="nearest"/>).</summary>
    public IntentMatch? Classify(string message, out IntentMatch? nearest, Func<string, bool>? allowed = null)
    {
        var ranked = Rank(message, allowed);
        nearest = ranked.Count > 0 ? ranked[0] : null;
        return nearest is { } top && top.Confidence >= Threshold ? top : null;
    }

    /// <summary>One intent's score for the message (its best example), computed over that intent's examples only.</summary>
    public IntentMatch? Score(string message, string intent)
    {
        if (!_byIntent.TryGetValue(intent, out var members))
        {
            return null;
        }

        var (ids, weights) = Weigh(Features(message));
        IntentMatch? best = null;
        foreach (var index in members)
        {
            var score = Dot(ids, weights, _vectors[index].Ids, _vectors[index].Weights);
            if (best is null || score > best.Confidence)
            {
                best = new IntentMatch(intent, score, _examples[index].Text);
            }
        }

        return best;
    }

    /// <summary>Leave-one-out: each example classified by all the others; the share classified as its own intent.</summary>
    public (int Correct, int Total, IReadOnlyList<(Example Example, IntentMatch? Got)> Misses) LeaveOneOut(Func<string, bool>? allowed = null)
    {
        var misses = new List<(Example, IntentMatch?)>();
        var correct = 0;
        var total = 0;
        foreach (var example in _examples)
        {
            if (allowed is not null && !allowed(example.Intent))
            {
                continue;
            }

            total++;
            var ranked = Rank(example.Text, allowed, skip: e => ReferenceEquals(e, example));
            var got = ranked.Count > 0 && ranked[0].Confidence >= Threshold ? ranked[0] : null;
            if (got?.Intent == example.Intent)
            {
                correct++;
            }
            else
            {
                misses.Add((example, got));
            }
        }

        return (correct, total, misses);
    }

    /// <summary>Weights of a message's features (known ones by id, sorted; unknown ones count in the norm only), L2-normalised.</summary>
    private (int[] Ids, float[] Weights) Weigh(Dictionary<long, int> counts) => Weigh([.. counts.Keys], [.. counts.Values]);

    private (int[] Ids, float[] Weights) Weigh(long[] keys, int[] counts)
    {
        var known = new List<(int Id, double Weight)>(keys.Length);
        var norm = 0.0;
        for (var k = 0; k < keys.Length; k++)
        {
            var (feature, count) = (keys[k], counts[k]);
            // Words count double a word piece; function words a third of a piece.
            var kind = (feature & 3) switch { Piece => 1.0, Function => 0.3, _ => 2.0 };
            var id = _featureIds.TryGetValue(feature, out var found) ? found : -1;
            var weight = kind * (1.0 + Math.Log(count)) * (id >= 0 ? _idf[id] : _unknownIdf);
            norm += weight * weight;
            if (id >= 0)
            {
                known.Add((id, weight));
            }
        }

        norm = Math.Sqrt(norm);
        known.Sort((a, b) => a.Id.CompareTo(b.Id));
        return (known.Select(k => k.Id).ToArray(), known.Select(k => norm == 0 ? 0f : (float)(k.Weight / norm)).ToArray());
    }

    private static double Dot(int[] aIds, float[] aWeights, int[] bIds, float[] bWeights)
    {
        var sum = 0.0;
        for (int i = 0, j = 0; i < aIds.Length && j < bIds.Length;)
        {
            if (aIds[i] == bIds[j])
            {
                sum += (double)aWeights[i++] * bWeights[j++];
            }
            else if (aIds[i] < bIds[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>English function words (and contractions as normalisation leaves them).</summary>
    private static readonly HashSet<string> StopWords = new(
        ("a an the i me my mine we our you your yours he she it its they them their this that these those am is are was were be been being " +
         "do does did have has had having will would shall should can could may might must to of in on at by for with about from into " +
         "over after before as and or but if so than too very just not no nor what whats which who whom whose when where why how " +
         "there here all any some such own same s t d ll m re ve don doesn didn isn wasn aren weren haven hasn won wouldn can cannot " +
         "please").Split(' '),
        StringComparer.Ordinal);

    /// <summary>A light English suffix strip ("refunds", "charged", "returning" → "refund", "charg", "return").</summary>
    private static string Stem(string word)
    {
        if (word.Length <= 4 || StopWords.Contains(word))
        {
            return word;
        }

        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3 && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>Feature kinds, kept in a feature key's low two bits (the rest is a 64-bit FNV-1a hash of its text).</summary>
    private const long Word = 0, Bigram = 1, Piece = 2, Function = 3;

    /// <summary>
    /// A message's features and their counts, each feature a 64-bit key: no string is built per feature, which
    /// matters at hundreds of thousands of examples (a collision between two features is vanishingly rare).
    /// </summary>
    private static Dictionary<long, int> Features(string text)
    {
        var counts = new Dictionary<long, int>();
        void Add(long kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second = default)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in first)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            if (!second.IsEmpty)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
                foreach (var c in second)
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }
            }

            var key = (long)(hash & ~3UL) | kind;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var words = UserSays.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stem).ToArray();
        Span<char> marked = stackalloc char[66];
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? words[i + 1].AsSpan() : default;
            if (!next.IsEmpty)
            {
                Add(Bigram, words[i], next);
            }

            if (StopWords.Contains(words[i]))
            {
                // Function words say little about intent: alone they count a little; in a bigram, fully.
                Add(Function, words[i]);
                continue;
            }

            Add(Word, words[i]);
            var word = words[i].AsSpan(0, Math.Min(words[i].Length, 64));
            marked[0] = '<';
            word.CopyTo(marked[1..]);
            marked[word.Length + 1] = '>';
            for (var c = 0; c + 3 <= word.Length + 2; c++)
            {
                Add(Piece, marked.Slice(c, 3));
            }
        }

        return counts;
    }

}
