namespace BotForge.Simulation.Nlu;

/// <summary>
/// The lexical half of intent detection: TF-IDF vectors of the examples and an inverted index over them. Messages
/// are read as their language's <see cref="Wording"/> reads them (normalised as the validation rules do, accents
/// dropped, each word cut to its stem: "refunds" → "refund", "reservas" → "reserv"), and each becomes word
/// unigrams, word bigrams and character trigrams of each word (with word-boundary marks, so "delivered" still shares
/// pieces with "delivery"); the language's function words count only a little. Weights are sub-linear term
/// frequency times smoothed inverse document frequency, L2-normalised.
/// </summary>
internal sealed class LexicalIndex
{
    private readonly Dictionary<long, int> _featureIds = new();
    private readonly double[] _idf;
    private readonly double _unknownIdf;
    private readonly (int[] Ids, float[] Weights)[] _vectors;

    /// <summary>
    /// Feature id → the examples that have it and its weight there: a message is scored against all examples at
    /// once. Weights are kept as floats (half the memory at a million examples); sums are doubles.
    /// </summary>
    private readonly (int[] Examples, float[] Weights)[] _postings;

    /// <summary>Examples from which the index is built on every core.</summary>
    internal const int ParallelFrom = 1_000;

    private readonly Wording _wording;

    /// <param name="texts">The examples.</param>
    /// <param name="wording">How words are read (function words, stems): the examples' language's.</param>
    public LexicalIndex(IReadOnlyList<string> texts, Wording wording)
    {
        _wording = wording;
        // Each example's features as two small arrays (a dictionary each would cost several times the memory).
        // In parallel only where it pays: for a small bot starting PLINQ costs more than the work.
        var parallel = texts.Count >= ParallelFrom;
        var features = (parallel ? texts.AsParallel().AsOrdered().Select(Features) : texts.Select(Features))
            .Select(f => (Keys: f.Keys.ToArray(), Counts: f.Values.ToArray())).ToArray();

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

        _idf = documentFrequency.Select(df => Math.Log((1.0 + texts.Count) / (1.0 + df)) + 1.0).ToArray();
        _unknownIdf = Math.Log(1.0 + texts.Count) + 1.0;
        _vectors = (parallel ? features.AsParallel().AsOrdered().Select(f => Weigh(f.Keys, f.Counts)) : features.Select(f => Weigh(f.Keys, f.Counts))).ToArray();

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

    /// <summary>A message's vector in this index's space (features no example has count in its norm only).</summary>
    public (int[] Ids, float[] Weights) Vector(string text) => Weigh(Features(text));

    /// <summary>The cosine similarity of the message to every example (an example sharing nothing gets 0).</summary>
    public double[] SimilarityToAll((int[] Ids, float[] Weights) message)
    {
        var scores = new double[_vectors.Length];
        var (ids, weights) = message;
        for (var f = 0; f < ids.Length; f++)
        {
            var (examples, exampleWeights) = _postings[ids[f]];
            for (var p = 0; p < examples.Length; p++)
            {
                scores[examples[p]] += (double)weights[f] * exampleWeights[p];
            }
        }

        return scores;
    }

    /// <summary>The squared length of the sum of some examples' vectors, summed in their order.</summary>
    public double SquaredLengthOfSum(IEnumerable<int> examples)
    {
        var sum = new Dictionary<int, double>();
        foreach (var e in examples)
        {
            var (ids, weights) = _vectors[e];
            for (var f = 0; f < ids.Length; f++)
            {
                sum[ids[f]] = sum.GetValueOrDefault(ids[f]) + weights[f];
            }
        }

        return sum.Values.Sum(w => w * w);
    }

    /// <summary>The cosine similarity of the message to one example.</summary>
    public double Similarity((int[] Ids, float[] Weights) message, int example) =>
        Dot(message.Ids, message.Weights, _vectors[example].Ids, _vectors[example].Weights);

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

    /// <summary>Feature kinds, kept in a feature key's low two bits (the rest is a 64-bit FNV-1a hash of its text).</summary>
    private const long Word = 0, Bigram = 1, Piece = 2, Function = 3;

    /// <summary>
    /// A message's features and their counts, each feature a 64-bit key: no string is built per feature, which
    /// matters at hundreds of thousands of examples (a collision between two features is vanishingly rare).
    /// </summary>
    private Dictionary<long, int> Features(string text)
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

        var words = _wording.Words(text);
        Span<char> marked = stackalloc char[66];
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? words[i + 1].AsSpan() : default;
            if (!next.IsEmpty)
            {
                Add(Bigram, words[i], next);
            }

            if (_wording.IsFunctionWord(words[i]))
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
