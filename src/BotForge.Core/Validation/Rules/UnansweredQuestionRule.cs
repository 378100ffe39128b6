using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A node whose last message asks a yes-or-no question in English, Spanish, Portuguese or French ("Would you like to
/// try other dates?", "¿Desea intentar otras fechas?"), with no quick replies, and where neither "yes" nor "no" (the
/// language's) would be taken: not by a connection of the node, a start node or an
/// FAQ. The user answers, and gets the bot-break message.
/// </summary>
public sealed class UnansweredQuestionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2032", DiagnosticLevel.Warning, "Yes-or-no question that nothing answers");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unanswered-question";

    public override string Why => """
        A question the conversation waits on invites an answer: after "Would you like to try other dates?", a user writes "yes" or "no". When neither is taken — no connection of the node has it among its phrases (or holds its entity), and no start node or FAQ detects it — the answer gets the bot-break message, the conversation's worst moment. The check reads the last message of a response after which the conversation waits on the node (not an entity's prompt, whose answer goes to the entity; messages that show nothing after it, "{}" or a SYSTEM event such as chat_pinned, passed over), in English, Spanish, Portuguese and French: a text that ends with a question mark whose last sentence begins as a yes-or-no question does (would, do, shall, can, is, are…; desea, quiere, puede…; deseja, quer, pode…; voulez-vous, pouvez-vous, est-ce que…) and offers no alternative ("… a delivery or a payment?"), with no quick replies or buttons (BF2013 judges those). "Yes" and "no" (sí and no, sim and não, oui and non) are judged as BF2013 judges a reply, with the engine's own matching. Give the answers connections (`user_says: [yes, sure, …]` to the node that goes on, `[no, …]` to one that closes), offer quick replies that a connection takes, or end with a statement. On a bot of more than 2,000 utterances the answers are judged by the connections' phrases only, unless written exactly as an utterance.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: NO_ROOMS
            start: true
            user_says: [book a room]
            bot_says: Sorry, we're full on those dates. Would you like to try other dates?
        """, At: "stories/main/flow.yaml:5:15");

    public override RuleExample Fixed => Failing.Fix(
        "    bot_says: Sorry, we're full on those dates. Would you like to try other dates?",
        """
            bot_says: Sorry, we're full on those dates. Would you like to try other dates?
            next:
              - to: NEW_DATES
                user_says: [yes, sure, yes please]
              - to: GOODBYE
                user_says: [no, no thanks]
          - id: NEW_DATES
            end: true
            bot_says: Great, tell me the new dates when you're ready.
          - id: GOODBYE
            end: true
            bot_says: No problem. Thanks for visiting!
        """);

    /// <summary>How a language writes a yes-or-no question: the words one begins with, its "or", and its yes and no.</summary>
    private sealed record QuestionWords(HashSet<string> Starters, string Or, string Yes, string No);

    private static QuestionWords Words(string starters, string or, string yes, string no) =>
        new(new HashSet<string>(starters.Split(' '), StringComparer.OrdinalIgnoreCase), or, yes, no);

    /// <summary>The languages whose questions are read, by code without region.</summary>
    private static readonly Dictionary<string, QuestionWords> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Words("would do does did shall should can could will is are was were may have has want wanna need", " or ", "yes", "no"),
        ["es"] = Words("desea deseas quiere quieres quisiera puedo puede puedes podemos necesita necesitas tiene tienes le te confirma confirmas prefiere prefieres está estás es hay", " o ", "sí", "no"),
        ["pt"] = Words("deseja desejas quer queres gostaria posso pode podemos precisa tem confirma prefere está é há vai você", " ou ", "sim", "não"),
        ["fr"] = Words("voulez veux souhaitez souhaites puis pouvez peux est-ce avez as êtes es confirmez aimeriez désirez faut", " ou ", "oui", "non"),
    };

    /// <summary>How <paramref name="language"/> writes a yes-or-no question, when it is one of those read.</summary>
    private static QuestionWords? WordsOf(string language) => Languages.GetValueOrDefault(BotInfo.BaseLanguage(language));

    public override void Check(RuleContext context)
    {
        var bot = context.Bot;
        var entityStarts = BotGraph.EntityStartNodes(bot.Nodes);
        foreach (var language in bot.Bot.Languages)
        {
            if (WordsOf(language) is not { } words)
            {
                continue;
            }

            var extractor = new EntityExtractor(new DateOnly(2026, 1, 1), language);
            var intents = context.Intents(language);
            var detections = new Dictionary<string, IntentMatch?>(StringComparer.Ordinal);
            foreach (var node in context.Graph.Nodes.Where(n => n.IsActive && context.Graph.IsReachable(n)))
            {
                foreach (var (response, asking) in BotGraph.WaitingAfter(node).Where(r => r.Asking is null))
                {
                    foreach (var variant in response.Variants.Where(v => v.Messages.Count > 0))
                    {
                        if (LastShown(variant.Messages) is not TextMessage { QuickReplies.Count: 0 } last || Question(last.Text, language) is not { } question)
                        {
                            continue;
                        }

                        bool? Answers(string answer) => UnhandledReplyRule.Handled(bot, node, asking, _ => true, answer, language, intents, extractor, detections, entityStarts);
                        if (Answers(words.Yes) == false && Answers(words.No) == false)
                        {
                            context.Report(last.Text.In(language)?.Location ?? last.Location,
                                $"'{question}' on {node.SystemName} asks yes or no, but neither '{words.Yes}' nor '{words.No}' would be taken: not a connection of {node.SystemName}, a start node or an FAQ, so the answer gets the bot-break message",
                                $"give the answers connections (user_says: [{words.Yes}, …] and [{words.No}, …]), offer quick replies a connection takes, or end with a statement");
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The last message that shows the user something: messages that show nothing after it ("{}", a SYSTEM event
    /// such as chat_pinned) are passed over, so a question before them is what the user answers. Null when none shows anything.
    /// </summary>
    private static Message? LastShown(IReadOnlyList<Message> messages)
    {
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i] is not (SmartActionMessage { Action: "{}" } or RawHslMessage { IsSystem: true }))
            {
                return messages[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The last sentence of the text, when it is a yes-or-no question: it ends with a question mark, begins as the
    /// language begins one ("Would you like…?", "Is there anything else…?", "¿Desea…?", "Voulez-vous…?") and offers
    /// no alternative (" or ", " o ", " ou "); else null.
    /// </summary>
    internal static string? Question(LocalizedText text, string language)
    {
        if (text.In(language) is not { } template || WordsOf(language) is not { } words)
        {
            return null;
        }

        var written = template.Raw.Trim();
        if (!written.EndsWith('?'))
        {
            return null;
        }

        var start = written.LastIndexOfAny(['.', '!', '?', '\n'], written.Length - 2) + 1;
        var sentence = written[start..].Trim();
        var first = sentence.Split(' ', 2)[0].Trim('"', '\'', '(', '¿');
        // French asks by inversion: "voulez-vous", "est-ce que".
        var starts = words.Starters.Contains(first) || (first.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash && words.Starters.Contains(first[..dash]))
            || words.Starters.Contains(first.Replace("-", string.Empty, StringComparison.Ordinal));
        return starts && !sentence.Contains(words.Or, StringComparison.OrdinalIgnoreCase) ? sentence : null;
    }
}
