using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// The bot's intents for the engine, in one <see cref="IntentClassifier"/> (one vocabulary, one IDF):
/// <c>node:ID</c> for each active start node's user says, <c>faq:ID</c> for FAQ questions,
/// <c>conn:ID:i</c> for the phrases of connection i of node ID (plus its target's own user says). Trained on one
/// language's utterances, as the platform trains a model per language. A node's negative user says are not
/// learned: they filter the node out of a message that holds one (<see cref="IsNegative"/>).
/// </summary>
public sealed class Intents
{
    private readonly IntentClassifier _classifier;
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FaqEntry> _faq = new(StringComparer.Ordinal);

    /// <summary>Each node's negative user says in this language, normalised.</summary>
    private readonly Dictionary<string, string[]> _negatives = new(StringComparer.Ordinal);

    /// <param name="bot">The bound bot.</param>
    /// <param name="encoder">Sentence embeddings.</param>
    /// <param name="threshold">The confidence detection needs (default: the bot's <c>nlu.threshold</c>, else <see cref="IntentClassifier.DefaultThreshold"/>).</param>
    /// <param name="language">Whose utterances train it (default: the bot's first language).</param>
    public Intents(BotModel bot, SentenceEncoder encoder, double? threshold = null, string? language = null)
    {
        var examples = new List<Example>();
        language ??= bot.Bot.DefaultLanguage;
        Language = language;
        IEnumerable<string> Texts(UtteranceSet set) => set.In(language).Select(u => u.Text);
        foreach (var node in bot.Nodes)
        {
            if (node.IsStart && node.IsActive && _nodes.TryAdd("node:" + node.SystemName, node))
            {
                examples.AddRange(Texts(node.UserSays).Select(t => new Example("node:" + node.SystemName, t)));
            }

            if (Texts(node.NegativeUserSays).Select(UserSays.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } negatives)
            {
                _negatives[node.SystemName] = negatives;
            }

            for (var i = 0; i < node.Connections.Count; i++)
            {
                if (node.Connections[i].Condition is UserSaysCondition phrases)
                {
                    var intent = $"conn:{node.SystemName}:{i}";
                    examples.AddRange(Texts(phrases.UserSays).Select(t => new Example(intent, t)));
                    if (node.Connections[i].ActiveTarget is { IsStart: false } target)
                    {
                        examples.AddRange(Texts(target.UserSays).Select(t => new Example(intent, t)));
                    }
                }
            }
        }

        foreach (var entry in bot.Faq)
        {
            if (_faq.TryAdd("faq:" + entry.Id, entry))
            {
                examples.AddRange(Texts(entry.Questions).Select(t => new Example("faq:" + entry.Id, t)));
            }
        }

        _classifier = new IntentClassifier(examples, encoder, threshold ?? bot.NluThreshold ?? IntentClassifier.DefaultThreshold, IsGlobal, language);
    }

    /// <summary>How sure detection must be to change the subject while an entity is being asked for (the engine and BF2013 use it).</summary>
    public const double ClearMatch = 0.5;

    public double Threshold => _classifier.Threshold;

    /// <summary>The language whose utterances it was trained on.</summary>
    public string Language { get; }

    /// <summary>
    /// Start-node and FAQ detection: the best above the threshold, or null (<paramref name="nearest"/>: the best at
    /// all). A start node whose negative user says the message holds is not considered (<see cref="IsNegative"/>).
    /// </summary>
    public IntentMatch? Detect(string message, out IntentMatch? nearest) =>
        _classifier.Classify(message, out nearest, FilteredOut(message));

    /// <summary>The phrase connection <paramref name="index"/> of <paramref name="node"/>, when the message matches it well enough.</summary>
    public IntentMatch? Connection(Node node, int index, string message) =>
        _classifier.Score(message, $"conn:{node.SystemName}:{index}") is { } match && match.Confidence >= _classifier.Threshold ? match : null;

    /// <summary>
    /// True when the message holds one of <paramref name="target"/>'s negative user says of this language: its words,
    /// in order and next to each other, as whole words, case and punctuation ignored ("bad" holds back "your service
    /// was bad"). As on the platform, such a message is never taken to the node, by detection or by a connection.
    /// </summary>
    public bool IsNegative(Node target, string message) =>
        _negatives.TryGetValue(target.SystemName, out var negatives) && Holds(UserSays.Normalize(message), negatives);

    /// <summary>
    /// The start nodes a message holds a negative user say of, as intents for detection to pass over (null when
    /// there are none): the message normalised once, not once per intent weighed.
    /// </summary>
    private Func<string, bool>? FilteredOut(string message)
    {
        if (_negatives.Count == 0)
        {
            return null;
        }

        var text = UserSays.Normalize(message);
        var held = _negatives.Where(n => Holds(text, n.Value)).Select(n => "node:" + n.Key).ToHashSet(StringComparer.Ordinal);
        return held.Count == 0 ? null : held.Contains;
    }

    /// <summary>True when the normal form <paramref name="text"/> holds one of <paramref name="negatives"/> (normal forms).</summary>
    private static bool Holds(string text, string[] negatives) => negatives.Any(n => UserSays.Holds(text, n));

    public Node? Node(string intent) => _nodes.GetValueOrDefault(intent);

    public FaqEntry? Faq(string intent) => _faq.GetValueOrDefault(intent);

    /// <summary>
    /// Leave-one-out over the start nodes' user says and the FAQ questions (what detection chooses among): what each
    /// gets, as <see cref="Detect"/> decides, so a start node's negative user says hold it back here too.
    /// </summary>
    public IReadOnlyList<(Example Example, IntentMatch? Got)> LeaveOneOut() => _classifier.LeaveOneOut(FilteredOut);

    private static bool IsGlobal(string intent) => intent.StartsWith("node:", StringComparison.Ordinal) || intent.StartsWith("faq:", StringComparison.Ordinal);
}

/// <summary>
/// Intent detection in each language conversations are held in: the first language's given, any other trained once,
/// when a conversation in it first needs it (conversations run side by side).
/// </summary>
public sealed class IntentsByLanguage(BotModel bot, SentenceEncoder encoder, Intents first)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Intents>> _others = new(StringComparer.Ordinal);

    /// <summary>Intents trained on <paramref name="language"/> (null: the bot's first language).</summary>
    public Intents For(string? language) => language is null || language == first.Language
        ? first
        : _others.GetOrAdd(language, l => new Lazy<Intents>(() => new Intents(bot, encoder, language: l))).Value;
}
