using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>The same utterance (after normalising case, punctuation and spacing) twice in one node's user says, one connection's phrases or one FAQ entry's questions.</summary>
public sealed class RepeatedUtteranceRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2012", DiagnosticLevel.Warning, "Same utterance twice in one node, connection or FAQ entry");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "repeated-utterance";

    public override string Why => """
        A repeat trains nothing more: it only makes a list look longer than it is (and a start node's count of user says, BF2007, higher). The bundle and faq.csv keep the first of each; remove the others, or replace them with a phrasing users really write. Each language's list counts on its own: the same words in two languages are no repeat.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: THANKS
            start: true
            end: true
            user_says: [thank you, thanks a lot, Thank you!]
            bot_says: You're welcome!
        """, At: "stories/main/flow.yaml:5:42");

    public override RuleExample Fixed => Failing.Fix("[thank you, thanks a lot, Thank you!]", "[thank you, thanks a lot, much appreciated]");

    public override void Check(RuleContext context)
    {
        // Per language: each language's list is its own training set (the same words in two of them repeat nothing).
        var first = new Dictionary<(string Owner, string Language, string Key), TrainingUtterance>(context.UserSays.Count);
        foreach (var said in context.UserSays.Where(u => u.Key.Length > 0))
        {
            if (!first.TryAdd((said.Owner, said.Language, said.Key), said))
            {
                var earlier = first[(said.Owner, said.Language, said.Key)];
                context.Report(said.Utterance.Location, $"'{said.Utterance.Text}' repeats '{earlier.Utterance.Text}' of {said.Owner} ({UserSays.Where(earlier.Utterance.Location, said.Utterance.Location)})",
                    "remove the repeat (the bundle keeps the first), or write another phrasing");
            }
        }
    }
}
