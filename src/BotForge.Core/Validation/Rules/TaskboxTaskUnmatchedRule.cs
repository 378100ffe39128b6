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
        var targetKeys = targets.Select(u => u.Key).ToList();
        var keys = targetKeys.ToHashSet(StringComparer.Ordinal);
        foreach (var task in taskbox.Tasks)
        {
            foreach (var (_, says) in task.UserSays.Translations)
            {
                var key = UserSays.Normalize(says.Raw);
                if (keys.Contains(key))
                {
                    continue;
                }

                var closest = TrigramJoin.MostSimilar(key, targetKeys);
                var near = closest is { } c ? $"; the closest is '{targets[c.Index].Utterance.Text}' of {targets[c.Index].Owner} ({((int)Math.Floor(c.Similarity * 100)).ToString(CultureInfo.InvariantCulture)}% similar)" : string.Empty;
                context.Report(says.Location, $"the task '{task.Title.Translations[0].Value.Raw}' sends '{says.Raw}', which no start node, connection or FAQ has as a user say{near}",
                    closest is null ? "add a start node with this user say" : "use that utterance as the task's user_says, or add this one to the node");
            }
        }
    }
}
