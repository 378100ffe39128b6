using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A <c>follow_up.after</c> shorter than 20 s or longer than 20 min.</summary>
public sealed class FollowUpDelayRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1021", DiagnosticLevel.Error, "Follow-up delay outside 20 seconds to 20 minutes");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "follow-up-delay";

    public override string Why => """
        The platform sends a follow-up after 20 seconds to 20 minutes of inactivity and rejects other delays.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says:
              initial: Hi!
              follow_up: { after: 5s, says: Still there? }
        """, At: "stories/main/flow.yaml:8:27");

    public override RuleExample Fixed => Failing.Fix("      follow_up: { after: 5s, says: Still there? }", "      follow_up: { after: 30s, says: Still there? }");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.BotSays.FollowUp is { DelaySeconds: < MinSeconds or > MaxSeconds }))
        {
            var followUp = node.BotSays.FollowUp!;
            context.Report(followUp.DelayLocation, $"follow-up delay of {node.SystemName} is {followUp.DelaySeconds} s; the platform allows 20 s to 20 min",
                "e.g. after: 2m");
        }
    }

    private const int MinSeconds = 20;
    private const int MaxSeconds = 20 * 60;
}
