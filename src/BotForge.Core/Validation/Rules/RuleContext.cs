using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>What a rule sees: the model, the shared graph analysis, and a way to report.</summary>
public sealed class RuleContext(BotModel bot, List<Diagnostic> sink)
{
    private readonly Lazy<BotGraph> _graph = new(() => new BotGraph(bot));

    private readonly Lazy<List<TrainingUtterance>> _userSays = new(() => Rules.UserSays.Collect(bot));

    private List<(TrainingUtterance Said, TrainingUtterance First)>? _collisions;

    public BotModel Bot => bot;

    public BotGraph Graph => _graph.Value;

    /// <summary>Every utterance that trains intent detection, normalised once for all rules.</summary>
    public IReadOnlyList<TrainingUtterance> UserSays => _userSays.Value;

    /// <summary>Utterances whose normal form an earlier utterance leading elsewhere has (BF1023, BF1032), found once.</summary>
    public IReadOnlyList<(TrainingUtterance Said, TrainingUtterance First)> UserSaysCollisions => _collisions ??= Rules.UserSays.Collisions(UserSays);

    /// <summary>The rule being run; set by <see cref="RuleRunner"/>.</summary>
    internal Rule? Current { get; set; }

    public void Report(SourceLocation? at, string message, string? hint = null) =>
        sink.Add(Current!.Descriptor.At(at, message, hint));
}
