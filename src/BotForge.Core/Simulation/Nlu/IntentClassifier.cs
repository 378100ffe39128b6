using System.Numerics.Tensors;
using BotForge.Analysis;

namespace BotForge.Simulation.Nlu;

/// <summary>One labelled example: the text and the intent it trains (a node's system name, <c>faq:ID</c>, …).</summary>
public sealed record Example(string Intent, string Text);

/// <summary>The best intent for a message, how sure the classifier is (0 to 1), and the intent's example nearest the message.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Confidence">How sure the classifier is, 0 to 1.</param>
/// <param name="NearestExample">The intent's example nearest the message.</param>
/// <param name="ByMeaningAlone">For a message the meaning half reads poorly (Hinglish), its figure before the wording confirmed it; null otherwise.</param>
public sealed record IntentMatch(string Intent, double Confidence, string NearestExample, double? ByMeaningAlone = null);

/// <summary>
/// Intent detection over the bot's own examples, in two halves that vote together:
/// <list type="bullet">
/// <item>meaning: each text's sentence embedding (<see cref="SentenceEncoder"/>, all-MiniLM-L6-v2), a linear
/// head fitted on the competing intents' examples (<see cref="RidgeHead"/>), and each intent's centroid (the
/// direction of its examples' sum);</item>
/// <item>wording: TF-IDF over words, word pairs and word pieces (<see cref="LexicalIndex"/>).</item>
/// </list>
/// A message is first read with its misspelt words corrected to the examples' (<see cref="SpellCorrector"/>, in English).
/// A message's similarity to an example is <see cref="MeaningShare"/> of the embeddings' cosine plus the rest of
/// the TF-IDF cosine; an intent's similarity is that of its nearest example. Detection ranks the competing intents
/// (start nodes and FAQ entries) by the head's score plus their similarity plus the cosine to their centroid. The
/// winner's confidence is the mean of two figures: the cosine to its centroid, and the mean of the head's score and
/// the embeddings' cosine to its nearest example. An exact example scores 1, an unrelated message near 0; the
/// centroid half keeps a threshold meaning about the same whatever the number of intents (the head's scores spread
/// lower as intents are added). For Hindi typed in Latin letters, which the model reads poorly, the wording must
/// confirm the figures (<see cref="Matched"/>). Below the threshold nothing matches (the bot breaks). A short yes is never matched
/// to an example that is a no, nor a no to a yes (<see cref="Polarity"/>), and detection matches a bare yes or no
/// ("yes please") only to an example that is itself a short answer. A connection's phrases and a
/// node's negative examples are judged by similarity alone. In a language the model does not cover
/// (<see cref="SentenceEncoder.Covers"/>) there is no meaning half: intents are ranked by the TF-IDF cosine of their
/// nearest example plus that of their centroid, and the confidence is the square root of the nearest example's cosine
/// (<see cref="WordingConfidence"/>), its words read by the language's rules (<see cref="Wording"/>).
/// Deterministic: no random start, no iteration, sums in a fixed order; the figures are in docs/testing.md.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>The default threshold, chosen on the benchmark bots of tools/nlu_benchmark.py (docs/testing.md).</summary>
    public const double DefaultThreshold = 0.4;

    /// <summary>The embeddings' share of a similarity (the rest is the TF-IDF cosine).</summary>
    internal const double MeaningShare = 0.7;

    /// <summary>The weight of the nearest-example similarity beside the head's score when ranking.</summary>
    internal const double SimilarityWeight = 1.0;

    /// <summary>The ridge penalty of the head.</summary>
    internal const double Lambda = 1.0;

    /// <summary>How many of the best intents by head score and centroid are compared by similarity too.</summary>
    private const int Candidates = 8;

    private readonly Example[] _examples;

    /// <summary>The normal forms of the examples with no letter or digit ("👍"): a message that is one of them has that to match.</summary>
    private readonly HashSet<string> _wordless;
    private readonly float[][] _vectors;

    /// <summary>Whether each example is a yes or a no (<see cref="Polarity"/>): never the nearest to a message of the other kind.</summary>
    private readonly AnswerPolarity[] _polarities;
    private readonly LexicalIndex _lexical;
    private readonly Wording _wording;
    private readonly SpellCorrector? _speller;
    private readonly Dictionary<string, int[]> _byIntent;
    private readonly Func<string, bool> _competes;
    private readonly string[] _competing;
    private readonly int[] _competingExamples;
    private readonly Lazy<RidgeHead?> _head;
    private readonly Lazy<(float[][] Sums, double[] Norms)> _centroids;
    private readonly bool _byMeaning;

    /// <summary>The squared length of the sum of each competing intent's TF-IDF vectors (the direction of their centroid), for ranking by wording alone.</summary>
    private readonly Lazy<double[]> _wordCentroids;

    /// <param name="examples">Every example of every intent.</param>
    /// <param name="encoder">Gives the examples' and messages' embeddings.</param>
    /// <param name="threshold">The least confidence that is a match.</param>
    /// <param name="competes">The intents <see cref="Classify"/> chooses among (the others are only <see cref="Score"/>d).</param>
    /// <param name="language">The examples' language: how their words are read (<see cref="Wording"/>), and whether the model covers it (when it does not, wording alone decides and no embeddings are made).</param>
    public IntentClassifier(IEnumerable<Example> examples, SentenceEncoder encoder, double threshold, Func<string, bool> competes, string language = "en")
    {
        var byMeaning = SentenceEncoder.Covers(language);
        Threshold = threshold;
        Encoder = encoder;
        _competes = competes;
        _byMeaning = byMeaning;
        var normal = examples.Select(e => (Example: e, Normal: UserSays.Normalize(e.Text))).Where(e => e.Normal.Length > 0).ToArray();
        _examples = [.. normal.Select(e => e.Example)];
        _wordless = [.. normal.Select(e => e.Normal).Where(n => !UserSays.HasWords(n))];
        _vectors = byMeaning ? encoder.Encode(_examples.Select(e => e.Text).ToArray()) : [.. _examples.Select(_ => NoMeaning)];
        _wording = Wording.For(language);
        _lexical = new LexicalIndex(_examples.Select(e => e.Text).ToArray(), _wording);
        _polarities = [.. _examples.Select(e => Polarity.Of(e.Text))];
        // Only where the model's vocabulary tells words from misspellings (English).
        _speller = byMeaning ? new SpellCorrector(_examples.Select(e => e.Text), SentenceEncoder.IsWord) : null;
        _byIntent = Enumerable.Range(0, _examples.Length).GroupBy(i => _examples[i].Intent, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _competing = _byIntent.Keys.Where(competes).Order(StringComparer.Ordinal).ToArray();
        _competingExamples = Enumerable.Range(0, _examples.Length).Where(i => competes(_examples[i].Intent)).ToArray();
        _head = new(() =>
        {
            if (_competing.Length == 0)
            {
                return null;
            }

            var label = _competing.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i, StringComparer.Ordinal);
            return new RidgeHead(_competingExamples.Select(i => _vectors[i]).ToArray(), _competingExamples.Select(i => label[_examples[i].Intent]).ToArray(), _competing.Length, Lambda);
        });
        _wordCentroids = new(() => [.. _competing.Select(intent => _lexical.SquaredLengthOfSum(_byIntent[intent]))]);
        // Each competing intent's examples summed, in the examples' order (the direction of their centroid), and the sum's length.
        _centroids = new(() =>
        {
            var sums = _competing.Select(intent =>
            {
                var sum = new float[SentenceEncoder.Dimensions];
                foreach (var i in _byIntent[intent])
                {
                    TensorPrimitives.Add(sum, _vectors[i], sum);
                }

                return sum;
            }).ToArray();
            return (sums, sums.Select(sum => Math.Sqrt(TensorPrimitives.Dot(sum, sum))).ToArray());
        });
    }

    public double Threshold { get; }

    public SentenceEncoder Encoder { get; }

    public int Count => _examples.Length;

    /// <summary>The best competing intent at or above the threshold, or null (with the best below it in <paramref name="nearest"/>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="nearest">The best competing intent, whatever its confidence.</param>
    /// <param name="excluded">Intents not considered for this message (null: none).</param>
    public IntentMatch? Classify(string message, out IntentMatch? nearest, Func<string, bool>? excluded = null)
    {
        nearest = HasSomethingToMatch(message) ? Best(Message(message, detection: true), skip: -1, excluded) : null;
        return nearest is { } top && top.Confidence >= Threshold ? top : null;
    }

    /// <summary>One intent's similarity to the message (its nearest example), over that intent's examples only; null when it has none a message can be near (every one a yes, for a no).</summary>
    public IntentMatch? Score(string message, string intent)
    {
        if (!_byIntent.TryGetValue(intent, out var members) || !HasSomethingToMatch(message))
        {
            return null;
        }

        var m = Message(message, detection: false);
        var (index, similarity) = Nearest(m, members, skip: -1);
        return index < 0 ? null : Matched(intent, similarity, _examples[index].Text, m, members, skip: -1);
    }

    /// <summary>
    /// Leave-one-out over the competing intents' examples: what each gets when classified as if it were not an
    /// example (the head's exact leave-one-out scores; its own similarity left out), in the examples' order.
    /// </summary>
    /// <param name="excluded">For an example's text, the intents not considered for it (null: none).</param>
    public IReadOnlyList<(Example Example, IntentMatch? Got)> LeaveOneOut(Func<string, Func<string, bool>?>? excluded = null) =>
        _competingExamples.AsParallel().AsOrdered().Select(i =>
        {
            var text = _examples[i].Text;
            var best = Best(new MessageVectors(_vectors[i], _lexical.Vector(text), _polarities[i], BareAnswer(text, _polarities[i], detection: true), ReadPoorly(text, _polarities[i])), skip: i, excluded?.Invoke(text));
            return (_examples[i], best is { } b && b.Confidence >= Threshold ? b : null);
        }).ToList();

    /// <summary>A message (or an example left out) as the classifier compares it.</summary>
    /// <param name="Meaning">Its embedding (zeros where there is no meaning half).</param>
    /// <param name="Wording">Its TF-IDF vector.</param>
    /// <param name="Polarity">Whether it is a short yes or no.</param>
    /// <param name="BareAnswer">A yes or a no and nothing else of substance ("no", "yes please", "no gracias"), which only a short answer can be near (<see cref="IntentClassifier.BareAnswer(string, AnswerPolarity, bool)"/>).</param>
    /// <param name="Hinglish">Hindi in Latin letters read with the meaning half, whose figures the wording must then confirm (<see cref="ReadPoorly"/>, <see cref="Matched"/>).</param>
    private readonly record struct MessageVectors(float[] Meaning, (int[] Ids, float[] Weights) Wording, AnswerPolarity Polarity, bool BareAnswer, bool Hinglish);

    /// <summary>The meaning of every text where there is none: a zero vector, so the meaning terms are all 0.</summary>
    private static readonly float[] NoMeaning = new float[SentenceEncoder.Dimensions];

    /// <summary>
    /// Whether a message has anything to match: one without words ("", "!!!", a file sent alone, an emoji alone)
    /// matches no intent, as no example without words trains one, where its embedding would still be near some
    /// short example (an emoji is no word the model knows). An emoji alone that an example is, as written ("👍" as a
    /// quick reply's phrase), has that example to match.
    /// </summary>
    private bool HasSomethingToMatch(string message)
    {
        var normal = UserSays.Normalize(message);
        return normal.Length > 0 && (UserSays.HasWords(normal) || _wordless.Contains(normal));
    }

    /// <summary>A message's vectors, read with its misspelt words corrected to the examples' (<see cref="SpellCorrector"/>), as the platform reads it.</summary>
    /// <param name="text">The message.</param>
    /// <param name="detection">Whether it is classified among the competing intents (start nodes and FAQs), rather than scored against one intent (a connection's phrases).</param>
    private MessageVectors Message(string text, bool detection)
    {
        text = _speller?.Correct(text) ?? text;
        var polarity = Polarity.Of(text);
        return new(_byMeaning ? Encoder.Encode([text])[0] : NoMeaning, _lexical.Vector(text), polarity, BareAnswer(text, polarity, detection), ReadPoorly(text, polarity));
    }

    /// <summary>
    /// The best competing intent for a message (an example's own index in <paramref name="skip"/> to leave it out),
    /// among those not <paramref name="excluded"/>.
    /// </summary>
    private IntentMatch? Best(MessageVectors message, int skip, Func<string, bool>? excluded)
    {
        if (!_byMeaning)
        {
            return ByWording(message, skip, excluded);
        }

        if (_head.Value is not { } head)
        {
            return null;
        }

        var position = skip < 0 ? -1 : Array.BinarySearch(_competingExamples, skip);
        var scores = position < 0 ? head.Scores(message.Meaning) : head.LeaveOneOutScores(position, message.Meaning);
        var centroids = CentroidCosines(message.Meaning, skip);
        IntentMatch? best = null;
        var bestRank = double.NegativeInfinity;
        // The best few by head score and centroid, compared again with their nearest examples; ties go to the
        // intent first in name order.
        foreach (var c in Enumerable.Range(0, scores.Length).Where(c => excluded?.Invoke(_competing[c]) != true)
                     .OrderByDescending(c => scores[c] + centroids[c]).ThenBy(c => c).Take(Candidates))
        {
            var (index, similarity) = Nearest(message, _byIntent[_competing[c]], skip);
            if (index < 0)
            {
                continue;
            }

            var rank = scores[c] + (SimilarityWeight * similarity) + centroids[c];
            if (rank > bestRank)
            {
                bestRank = rank;
                // Confidence, from meaning alone (wording helps choose among intents, but two unrelated messages
                // often share words: it judges out-of-scope messages worse): the mean of the cosine to the
                // intent's centroid, which does not fall as intents are added, and the mean of the head's score and
                // the cosine to the nearest example, which keep an intent with varied examples confident.
                var meaning = _byIntent[_competing[c]].Where(i => i != skip && !Excluded(message, i)).Max(i => (double)TensorPrimitives.Dot(message.Meaning, _vectors[i]));
                // A message written exactly as an example (to the embedding) is that example: confidence 1.
                var confidence = meaning >= 1 - 1e-6 ? 1 : Math.Clamp((centroids[c] + ((scores[c] + meaning) / 2)) / 2, 0, 1);
                best = Matched(_competing[c], confidence, _examples[index].Text, message, _byIntent[_competing[c]], skip);
            }
        }

        return best;
    }

    /// <summary>
    /// Without meaning: the competing intents ranked by the TF-IDF cosine of their nearest example plus the cosine to
    /// their examples' centroid (the words of all of them), the confidence that of the nearest example
    /// (<see cref="WordingConfidence"/>; ties to the first in name order).
    /// </summary>
    private IntentMatch? ByWording(MessageVectors message, int skip, Func<string, bool>? excluded)
    {
        var similarities = _lexical.SimilarityToAll(message.Wording);
        var centroids = _wordCentroids.Value;
        IntentMatch? best = null;
        var bestRank = double.NegativeInfinity;
        for (var c = 0; c < _competing.Length; c++)
        {
            if (excluded?.Invoke(_competing[c]) == true)
            {
                continue;
            }

            var (index, nearest, dot, squared) = (-1, double.NegativeInfinity, 0.0, centroids[c]);
            foreach (var i in _byIntent[_competing[c]])
            {
                if (i == skip)
                {
                    continue;
                }

                dot += similarities[i];
                if (!Excluded(message, i) && similarities[i] > nearest)
                {
                    (index, nearest) = (i, similarities[i]);
                }
            }

            if (index < 0)
            {
                continue;
            }

            if (skip >= 0 && _examples[skip].Intent == _competing[c])
            {
                // Without the example x (a unit vector, the message itself): |s − x|² = |s|² − 2 s·x + 1, and s·x is
                // the sum of its similarities to the intent's examples, itself included.
                squared += 1 - (2 * (dot + similarities[skip]));
            }

            var rank = nearest + (squared > 1e-9 ? dot / Math.Sqrt(squared) : 0);
            if (rank > bestRank)
            {
                bestRank = rank;
                best = new IntentMatch(_competing[c], WordingConfidence(nearest), _examples[index].Text);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the meaning half reads a text poorly, so that the wording must confirm its figures: Hindi typed in
    /// Latin letters (<see cref="Nlu.Wording.IsHinglish"/>), but for a short yes or no, which its first word decides
    /// (<see cref="Polarity"/>): "nhi" still meets a connection's "nahi", which their words alone do not.
    /// </summary>
    private bool ReadPoorly(string text, AnswerPolarity polarity) => _byMeaning && polarity == AnswerPolarity.None && Wording.IsHinglish(text);

    /// <summary>
    /// The match of an intent at a figure of the meaning half (a detection's confidence, a phrase's similarity): as it
    /// is, or for a message the meaning half reads poorly (<see cref="ReadPoorly"/>: Hindi typed in Latin letters) and
    /// that no example is, confirmed by the wording: the mean of the figure and the wording's confidence in the
    /// intent's nearest example by words (<see cref="WordingConfidence"/>), the figure kept as
    /// <see cref="IntentMatch.ByMeaningAlone"/>. The model knows English and cuts Hinglish words into pieces, so it puts any two Hinglish
    /// sentences close together ("bharat ki rajdhani kya hai" reached a store-hours intent by "kya dukaan abhi khuli
    /// hai", 0.68): on the Hinglish benchmark bot nearly every out-of-scope message reached an intent (6.1% broke the
    /// bot, 55.1% now) for 1.6 points of paraphrases (45.2% → 43.6%; docs/testing.md).
    /// </summary>
    private IntentMatch Matched(string intent, double figure, string nearest, MessageVectors message, int[] members, int skip)
    {
        if (!message.Hinglish || figure >= 1 - 1e-6)
        {
            return new IntentMatch(intent, figure, nearest);
        }

        var words = members.Where(i => i != skip && !Excluded(message, i)).Select(i => _lexical.Similarity(message.Wording, i)).DefaultIfEmpty(0).Max();
        return new IntentMatch(intent, (figure + WordingConfidence(words)) / 2, nearest, ByMeaningAlone: figure);
    }

    /// <summary>The cosine of the message to each competing intent's centroid (the example <paramref name="skip"/> left out of its own).</summary>
    private double[] CentroidCosines(float[] meaning, int skip)
    {
        var (sums, norms) = _centroids.Value;
        var cosines = new double[sums.Length];
        for (var c = 0; c < sums.Length; c++)
        {
            double dot = TensorPrimitives.Dot(meaning, sums[c]);
            var squared = norms[c] * norms[c];
            if (skip >= 0 && _competing[c] == _examples[skip].Intent)
            {
                // Without the example: (s − x)·m and |s − x|² = |s|² − 2 s·x + |x|².
                var x = _vectors[skip];
                dot -= TensorPrimitives.Dot(meaning, x);
                squared += TensorPrimitives.Dot(x, x) - (2.0 * TensorPrimitives.Dot(sums[c], x));
            }

            cosines[c] = squared > 1e-9 ? dot / Math.Sqrt(squared) : 0;
        }

        return cosines;
    }

    /// <summary>The example of <paramref name="members"/> most similar to the message, and the similarity; a yes is never the nearest to a no (index −1 when every member is of the other kind).</summary>
    private (int Index, double Similarity) Nearest(MessageVectors message, int[] members, int skip)
    {
        var (best, bestSimilarity) = (-1, double.NegativeInfinity);
        foreach (var i in members)
        {
            if (i == skip || Excluded(message, i))
            {
                continue;
            }

            var similarity = _byMeaning
                ? (MeaningShare * TensorPrimitives.Dot(message.Meaning, _vectors[i])) + ((1 - MeaningShare) * _lexical.Similarity(message.Wording, i))
                : _lexical.Similarity(message.Wording, i);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (i, similarity);
            }
        }

        return (best, _byMeaning ? Math.Clamp(bestSimilarity, 0, 1) : WordingConfidence(bestSimilarity));
    }

    /// <summary>
    /// Whether example <paramref name="i"/> can never be the nearest to the message: a yes is never near a no, nor a
    /// no near a yes; and a bare yes or no is near only a short answer, as its word says nothing of a topic
    /// (<see cref="BareAnswer(string, AnswerPolarity, bool)"/>).
    /// </summary>
    private bool Excluded(MessageVectors message, int i) =>
        Polarity.Opposite(message.Polarity, _polarities[i]) || (message.BareAnswer && _polarities[i] == AnswerPolarity.None);

    /// <summary>
    /// Whether a message is a short answer whose every word is a yes, a no or a function word ("yes please", "no
    /// gracias"; not "no funciona", "yes hello"), to be matched only to an example that is itself a short answer.
    /// In detection always: a bare answer names no start node or FAQ ("Yes" reached a greeting by meaning, nearest
    /// "hi"; "no" in Spanish a complaint node by "no estoy contento con mi habitación", the one word shared). Scored
    /// against a connection's phrases, only by wording alone: there the message answers the question the
    /// connection follows, and the meaning half knows "yes" from "go ahead"; words alone do not.
    /// </summary>
    private bool BareAnswer(string text, AnswerPolarity polarity, bool detection) =>
        (detection || !_byMeaning) && polarity != AnswerPolarity.None && _wording.IsBareAnswer(text);

    /// <summary>
    /// Confidence from wording alone: the square root of the TF-IDF cosine, so that the threshold means about what
    /// it means with the meaning half (0.40 stands at a cosine of 0.16, where the Spanish and French benchmark bots
    /// of docs/testing.md balance paraphrases taken against out-of-scope messages broken); an exact example is 1.
    /// </summary>
    private static double WordingConfidence(double cosine) => Math.Sqrt(Math.Clamp(cosine, 0, 1));
}
