using System.Globalization;
using BotForge.Analysis.Similarity;
using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A taskbox task whose user says is none of the active start nodes' user says, the phrases of connections between active nodes or the FAQ questions.</summary>
public sealed class TaskboxTaskUnmatchedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2009", DiagnosticLevel.Warning, "Taskbox task that leads to no node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "taskbox-task-unmatched";

    public override string Why => """
        Tapping a taskbox task sends its `user_says` as if the user typed it. When that text is not one of an active start node's user says (or the phrases of a connection between active nodes, or an FAQ question), whether the tap leads anywhere depends on intent detection's guess, and it may end in the bot-break message. Texts are compared after normalising case, punctuation and spacing, each with the utterances of its own language (each language is matched by a model of its own); the finding names the most similar node, or the inactive node that has the text (an inactive node is never entered).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RAISE_TICKET
            start: true
            end: true
            user_says: [I want to raise a ticket, open a ticket]
            bot_says: Let's raise a ticket.
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

        // The tasks' normal forms are few: one pass over the utterances finds which of them some target has, in the
        // task's language (each language is matched by a model of its own).
        var says = taskbox.Tasks.SelectMany(task => task.UserSays.Translations.Select(t => (Task: task, Language: t.Key, Says: t.Value, Key: UserSays.Normalize(t.Value.Raw)))).ToList();
        var wanted = says.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        // What detection or a connection can lead to: an active start node, a connection of an active node into an
        // active one (an inactive node is never entered), an FAQ. Utterances of inactive nodes are named when a task
        // sends one.
        static bool Leads(TrainingUtterance u) => UserSays.TrainsDetection(u) || UserSays.IsWeighed(u);
        var targets = context.UserSays.Where(Leads).ToList();
        var present = targets.Where(u => wanted.Contains(u.Key)).Select(u => (u.Language, u.Key)).ToHashSet();
        var onlyInactive = context.UserSays.Where(u => u.Kind != UtteranceKind.Faq && wanted.Contains(u.Key) && !Leads(u) && (u.Kind == UtteranceKind.Connection ? u.Connection!.Target is not null : u.Node!.IsStart))
            .GroupBy(u => (u.Language, u.Key)).ToDictionary(g => g.Key, g => g.First());
        var several = context.Bot.Bot.Languages.Count > 1;
        foreach (var language in says.Select(s => s.Language).Distinct(StringComparer.Ordinal))
        {
            var unmatched = says.Where(s => s.Language == language && !present.Contains((s.Language, s.Key))).ToList();
            if (unmatched.Count == 0)
            {
                continue;
            }

            var candidates = targets.Where(u => u.Language == language).ToList();
            var nearest = TrigramJoin.MostSimilar([.. unmatched.Select(s => s.Key)], [.. candidates.Select(u => u.Key)]);
            foreach (var ((task, _, text, key), closest) in unmatched.Zip(nearest))
            {
                var which = task.Title.In(context.Bot.Bot.DefaultLanguage) is { } title ? $"the task '{title.Raw}'" : "a task without a title";
                var inLanguage = several ? $" in {language}" : string.Empty;
                if (onlyInactive.GetValueOrDefault((language, key)) is { } held)
                {
                    var where = held.Kind == UtteranceKind.Node ? $"the inactive start node {held.Owner}"
                        : $"{held.Owner}, {(held.Node!.IsActive ? $"into the inactive {held.Destination}" : $"out of the inactive {held.Node.SystemName}")},";
                    context.Report(text.Location, $"{which} sends '{text.Raw}', which only {where} has as a user say{inLanguage}: an inactive node is never entered",
                        "make the node active, or send a user say of an active node");
                    continue;
                }

                var near = closest is { } c ? $"; the closest is '{candidates[c.Index].Utterance.Text}' of {candidates[c.Index].Owner} ({((int)Math.Floor(c.Similarity * 100)).ToString(CultureInfo.InvariantCulture)}% similar)" : string.Empty;
                context.Report(text.Location, $"{which} sends '{text.Raw}', which no start node, connection or FAQ has as a user say{inLanguage}{near}",
                    closest is null ? "add a start node with this user say" : "use that utterance as the task's user_says, or add this one to the node");
            }
        }
    }
}
