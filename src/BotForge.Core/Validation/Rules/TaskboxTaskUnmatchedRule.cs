using System.Globalization;
using BotForge.Analysis.Similarity;
using BotForge.Analysis;
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

        // The tasks' normal forms are few: one pass over the utterances finds which of them some target has.
        var says = taskbox.Tasks.SelectMany(task => task.UserSays.Translations.Select(t => (Task: task, Says: t.Value, Key: UserSays.Normalize(t.Value.Raw)))).ToList();
        var wanted = says.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var targets = context.UserSays.Where(u => u.Kind != UtteranceKind.Node || u.Node!.IsStart).ToList();
        var present = targets.Select(u => u.Key).Where(wanted.Contains).ToHashSet(StringComparer.Ordinal);
        var unmatched = says.Where(s => !present.Contains(s.Key)).ToList();
        if (unmatched.Count == 0)
        {
            return;
        }

        var nearest = TrigramJoin.MostSimilar([.. unmatched.Select(s => s.Key)], [.. targets.Select(u => u.Key)]);
        foreach (var ((task, text, _), closest) in unmatched.Zip(nearest))
        {
            var near = closest is { } c ? $"; the closest is '{targets[c.Index].Utterance.Text}' of {targets[c.Index].Owner} ({((int)Math.Floor(c.Similarity * 100)).ToString(CultureInfo.InvariantCulture)}% similar)" : string.Empty;
            var which = task.Title.In(context.Bot.Bot.DefaultLanguage) is { } title ? $"the task '{title.Raw}'" : "a task without a title";
            context.Report(text.Location, $"{which} sends '{text.Raw}', which no start node, connection or FAQ has as a user say{near}",
                closest is null ? "add a start node with this user say" : "use that utterance as the task's user_says, or add this one to the node");
        }
    }
}
