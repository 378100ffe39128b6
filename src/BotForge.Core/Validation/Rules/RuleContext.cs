using BotForge.Simulation.Nlu;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// What one rule sees: the model, the analyses several rules share, and a way to report. Rules run at the same
/// time, each with its own context; the shared analyses are computed once, by whichever rule asks first.
/// </summary>
public sealed class RuleContext
{
    private readonly SharedAnalyses _shared;

    internal RuleContext(SharedAnalyses shared, Rule rule)
    {
        _shared = shared;
        Rule = rule;
    }

    /// <summary>The rule this context is for.</summary>
    internal Rule Rule { get; }

    public BotModel Bot => _shared.Bot;

    public BotGraph Graph => _shared.Graph.Value;

    /// <summary>Every utterance that trains intent detection, normalised once for all rules.</summary>
    public IReadOnlyList<TrainingUtterance> UserSays => _shared.UserSays.Value;

    /// <summary>Utterances whose normal form an earlier utterance leading elsewhere has (BF1023, BF1032), found once.</summary>
    public IReadOnlyList<(TrainingUtterance Said, TrainingUtterance First)> UserSaysCollisions => _shared.Collisions.Value;

    /// <summary>Entity placeholders whose entity is not collected on every path into their node by then (BF1014, BF1015), found once.</summary>
    internal IReadOnlyList<(Node Node, PlaceholderPart Placeholder, bool InAction)> EntityUsesNotCollected => _shared.EntityUsesNotCollected.Value;

    /// <summary>The outcomes of a code node's rules, with the connections each takes (BF1008, BF2001, BF1039), found once per node.</summary>
    internal IReadOnlyList<WhenRules.Outcome> Outcomes(Node code) =>
        _shared.Outcomes.GetOrAdd(code, node => new Lazy<IReadOnlyList<WhenRules.Outcome>>(() => [.. WhenRules.Outcomes(node)])).Value;

    /// <summary>Work shared with other compilations in this process (the other side of a diff), if any.</summary>
    internal SharedWork? Work => _shared.Work;

    /// <summary>Sentence embeddings, for a rule that detects intents as the engine does (<see cref="Intents"/>).</summary>
    public SentenceEncoder Encoder => _shared.Encoder;

    /// <summary>
    /// The engine's intent detection in <paramref name="language"/>, built once for the rules that ask (BF2013, BF2032)
    /// when they first need it; null on a bot of more than <see cref="UnhandledReplyRule.ClassifierLimit"/> utterances,
    /// where building it would double the time of a validate.
    /// </summary>
    internal Lazy<Intents>? Intents(string language) => UserSays.Count > UnhandledReplyRule.ClassifierLimit ? null
        : _shared.Classifiers.GetOrAdd(language, l => new Lazy<Intents>(() => new Intents(_shared.Bot, _shared.Encoder, language: l)));

    /// <summary>What this rule reported, in the order it reported it.</summary>
    internal List<Diagnostic> Found { get; } = [];

    public void Report(SourceLocation? at, string message, string? hint = null) =>
        Found.Add(Rule.Descriptor.At(at, message, hint));

    /// <summary>The analyses of one model that rules share; each <see cref="Lazy{T}"/> runs its computation once even when rules ask together.</summary>
    internal sealed class SharedAnalyses
    {
        public SharedAnalyses(BotModel bot, SharedWork? work, SentenceEncoder encoder)
        {
            Bot = bot;
            Work = work;
            Encoder = encoder;
            Graph = new(() => new BotGraph(bot));
            UserSays = new(() => Analysis.UserSays.Collect(bot));
            Collisions = new(() => Analysis.UserSays.Collisions(UserSays.Value));
            EntityUsesNotCollected = new(() => EntityFlow.NotCollected(bot, Graph.Value));
        }

        public BotModel Bot { get; }

        public SharedWork? Work { get; }

        public SentenceEncoder Encoder { get; }

        public Lazy<BotGraph> Graph { get; }

        public Lazy<List<TrainingUtterance>> UserSays { get; }

        public Lazy<List<(TrainingUtterance Said, TrainingUtterance First)>> Collisions { get; }

        public Lazy<List<(Node Node, PlaceholderPart Placeholder, bool InAction)>> EntityUsesNotCollected { get; }

        public System.Collections.Concurrent.ConcurrentDictionary<Node, Lazy<IReadOnlyList<WhenRules.Outcome>>> Outcomes { get; } = new(ReferenceEqualityComparer.Instance);

        public System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Intents>> Classifiers { get; } = new(StringComparer.Ordinal);
    }
}
