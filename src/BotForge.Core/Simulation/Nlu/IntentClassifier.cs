using BotForge.Validation.Rules;

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

    private readonly List<(Example Example, Dictionary<string, double> Vector)> _examples = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _unknownIdf;

    public IntentClassifier(IEnumerable<Example> examples, double threshold)
    {
        Threshold = threshold;
        var all = examples.Where(e => UserSays.Normalize(e.Text).Length > 0).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var features = all.Select(e => Features(e.Text)).ToList();
        foreach (var counts in features)
        {
            foreach (var feature in counts.Keys)
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }
        }

        foreach (var (feature, df) in documentFrequency)
        {
            _idf[feature] = Math.Log((1.0 + all.Count) / (1.0 + df)) + 1.0;
        }

        _unknownIdf = Math.Log(1.0 + all.Count) + 1.0;
        for (var i = 0; i < all.Count; i++)
        {
            _examples.Add((all[i], Weigh(features[i])));
        }
    }

    public double Threshold { get; }


    /// <summary>Intents ranked by score (best first), each once; only intents that <paramref name="allowed"/> accepts.</summary>
    public IReadOnlyList<IntentMatch> Rank(string message, Func<string, bool>? allowed = null, Func<Example, bool>? skip = null)
    {
        var query = Weigh(Features(message));
        var best = new Dictionary<string, IntentMatch>(StringComparer.Ordinal);
        foreach (var (example, vector) in _examples)
        {
            if ((allowed is not null && !allowed(example.Intent)) || (skip is not null && skip(example)))
            {
                continue;
            }

            var score = Cosine(query, vector);
            if (!best.TryGetValue(example.Intent, out var current) || score > current.Confidence)
            {
                best[example.Intent] = new IntentMatch(example.Intent, score, example.Text);
            }
        }

        return best.Values.OrderByDescending(m => m.Confidence).ThenBy(m => m.Intent, StringComparer.Ordinal).ToList();
    }

    /// <summary>The best intent above the threshold, or null (with the best below it in <paramref name="nearest"/>).</summary>
    public IntentMatch? Classify(string message, out IntentMatch? nearest, Func<string, bool>? allowed = null)
    {
        var ranked = Rank(message, allowed);
        nearest = ranked.Count > 0 ? ranked[0] : null;
        return nearest is { } top && top.Confidence >= Threshold ? top : null;
    }

    /// <summary>Leave-one-out: each example classified by all the others; the share classified as its own intent.</summary>
    public (int Correct, int Total, IReadOnlyList<(Example Example, IntentMatch? Got)> Misses) LeaveOneOut(Func<string, bool>? allowed = null)
    {
        var misses = new List<(Example, IntentMatch?)>();
        var correct = 0;
        var total = 0;
        foreach (var (example, _) in _examples)
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

    private static Dictionary<string, int> Features(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string feature) => counts[feature] = counts.GetValueOrDefault(feature) + 1;
        var words = UserSays.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stem).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (StopWords.Contains(words[i]))
            {
                // Function words say little about intent: they count only as part of a bigram.
                Add("s:" + words[i]);
                if (i + 1 < words.Length)
                {
                    Add("b:" + words[i] + " " + words[i + 1]);
                }

                continue;
            }

            Add("w:" + words[i]);
            if (i + 1 < words.Length)
            {
                Add("b:" + words[i] + " " + words[i + 1]);
            }

            var marked = "<" + words[i] + ">";
            for (var c = 0; c + 3 <= marked.Length; c++)
            {
                Add("c:" + marked.Substring(c, 3));
            }
        }

        return counts;
    }

    private Dictionary<string, double> Weigh(Dictionary<string, int> counts)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (feature, count) in counts)
        {
            // Words count double a word piece; function words a third of a piece.
            var kind = feature[0] switch { 'c' => 1.0, 's' => 0.3, _ => 2.0 };
            var weight = kind * (1.0 + Math.Log(count)) * _idf.GetValueOrDefault(feature, _unknownIdf);
            vector[feature] = weight;
            norm += weight * weight;
        }

        norm = Math.Sqrt(norm);
        if (norm == 0)
        {
            return vector;
        }

        foreach (var feature in vector.Keys.ToList())
        {
            vector[feature] /= norm;
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (feature, weight) in small)
        {
            if (large.TryGetValue(feature, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }
}
