using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>An utterance that, after normalising case, punctuation and spacing, also trains another node or connection.</summary>
public sealed class DuplicateUserSaysRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1023", DiagnosticLevel.Error, "Same utterance on two nodes or connections");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "duplicate-user-says";

    public override string Why => """
        Intent detection learns each node from its user says. The same utterance leading to two different nodes where both compete for one message is an intent collision: the detector cannot tell them apart, and users land on either one at random. They compete as the engine matches them: start-node detection weighs the active start nodes' user says and the FAQ questions together; at one node, its phrase connections are weighed against each other, each with its target's user says (when the target is not a start node); a connection into an inactive node, or of one, is never weighed. So `yes` on two connections of one node collides; `yes` on connections of two different nodes does not, as each is only matched at its own node. Phrases of a connection that match its own target's user says are fine. Each language is matched by a model of its own, so the same words in two languages' lists do not collide.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRACK
            start: true
            end: true
            user_says: [where is my order, track my parcel]
            bot_says: Your order is on its way.
          - id: CANCEL
            start: true
            end: true
            user_says: [cancel my order, Where is my order?]
            bot_says: Your order is cancelled.
        """, At: "stories/main/flow.yaml:10:34");

    public override RuleExample Fixed => Failing.Fix("    user_says: [cancel my order, Where is my order?]", "    user_says: [cancel my order, stop my order]");

    public override void Check(RuleContext context)
    {
        foreach (var (said, seen) in context.UserSaysCollisions.Where(c => c.Said.Kind != UtteranceKind.Faq))
        {
            context.Report(said.Utterance.Location, $"'{said.Utterance.Text}' on {said.Owner} is also a user say of {seen.Owner} ({UserSays.Where(seen.Utterance.Location, said.Utterance.Location)}): an intent collision",
                "keep the utterance on one of them, or make each more specific");
        }
    }
}
