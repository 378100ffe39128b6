using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>An FAQ question that, normalised, is also a user say, a connection phrase or another FAQ's question.</summary>
public sealed class FaqQuestionCollisionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1032", DiagnosticLevel.Error, "FAQ question that is also another intent's utterance");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "faq-question-collision";

    public override string Why => """
        FAQ questions train the same intent detector as node user says. A question that is also a node's user say (or a connection's phrase, or another FAQ's question) is an intent collision: the user asking it gets the FAQ answer or the node at random. Only utterances of the same language compete.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RETURNS
            start: true
            end: true
            user_says: [return an item, what is your return policy]
            bot_says: You can return any item within 30 days.
        """, At: "faq.yaml:3:17")
    {
        Files = new Dictionary<string, string>
        {
            ["faq.yaml"] = """
                faq:
                  - id: RETURN_POLICY
                    questions: [What is your return policy?, how long do I have to return]
                    answer: You can return any item within 30 days.
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("what is your return policy]", "start a return]");

    public override void Check(RuleContext context)
    {
        foreach (var (said, seen) in context.UserSaysCollisions.Where(c => c.Said.Kind == UtteranceKind.Faq))
        {
            var what = seen.Kind == UtteranceKind.Faq ? "a question of" : "a user say of";
            context.Report(said.Utterance.Location, $"the question '{said.Utterance.Text}' of {said.Owner} is also {what} {seen.Owner} ({UserSays.Where(seen.Utterance.Location, said.Utterance.Location)}): an intent collision",
                seen.Kind == UtteranceKind.Faq
                    ? "keep it in one of the two FAQs: the one whose answer it asks for"
                    : "keep it in one place: either the FAQ answers it or the node handles it");
        }
    }
}
