using System.Globalization;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A taskbox task whose user says is none of the start nodes' user says, the connections' phrases or the FAQ questions.</summary>
public sealed class TaskboxTaskUnmatchedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2009", DiagnosticLevel.Warning, "Taskbox task that leads to no node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "taskbox-task-unmatched";

    public override string Why => """
        Tapping a taskbox task sends its `user_says` as if the user typed it. When that text is not one of a start node's user says (or a connection's phrases, or an FAQ question), whether the tap leads anywhere depends on intent detection's guess, and it may end in the bot-break message. Texts are compared after normalising case, punctuation and spacing; the finding names the most similar node.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RAISE_TICKET
            start: true
            end: true
            user_says: [I want to raise a ticket, open a ticket]
        """, Project: """
        taskbox:
          tasks:
            - title: Raise a ticket
              user_says: raise a new ticket
        """, At: "botforge.yaml:7:18");

    public override RuleExample Fixed => Failing.Fix("user_says: raise a new ticket", "user_says: I want to raise a ticket");

    public override void Check(RuleContext context)
    {
        if (context.Bot.Taskbox is not { } taskbox)
        {
            return;
        }

        var targets = context.UserSays.Where(u => u.Kind != UtteranceKind.Node || u.Node!.IsStart).ToList();
        var keys = targets.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var task in taskbox.Tasks)
        {
            foreach (var (_, says) in task.UserSays.Translations)
            {
                var key = UserSays.Normalize(says.Raw);
                if (keys.Contains(key))
                {
                    continue;
                }

                var closest = Closest(key, targets);
                var near = closest is { } c ? $"; the closest is '{c.Said.Utterance.Text}' of {c.Said.Owner} ({((int)Math.Floor(c.Similarity * 100)).ToString(CultureInfo.InvariantCulture)}% similar)" : string.Empty;
                context.Report(says.Location, $"the task '{task.Title.Translations[0].Value.Raw}' sends '{says.Raw}', which no start node, connection or FAQ has as a user say{near}",
                    closest is null ? "add a start node with this user say" : "use that utterance as the task's user_says, or add this one to the node");
            }
        }
    }

    /// <summary>The most similar utterance (trigram Jaccard), first in source order on ties; a linear scan, as tasks are few.</summary>
    private static (TrainingUtterance Said, double Similarity)? Closest(string key, List<TrainingUtterance> targets)
    {
        (TrainingUtterance, double)? best = null;
        foreach (var target in targets)
        {
            var similarity = TrigramJoin.Similarity(key, target.Key);
            if (similarity > 0 && (best is null || similarity > best.Value.Item2))
            {
                best = (target, similarity);
            }
        }

        return best;
    }
}
