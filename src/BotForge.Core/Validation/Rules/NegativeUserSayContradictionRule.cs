using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>A user say (of a node, or a connection's phrase) that is also a negative user say of the node it leads to.</summary>
public sealed class NegativeUserSayContradictionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2017", DiagnosticLevel.Warning, "User say that is also a negative user say of its node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "user-say-also-negative";

    public override string Why => """
        A node's `negative_user_says` are what must not bring the conversation to it: a message at least as close to one of them as to the way in is refused, by start-node detection and by a connection's phrases alike. A user say written as one of the negative user says of the node it leads to (but for case and spacing) is therefore never taken: the user who says it gets another node or the bot-break message. Written alike but for punctuation, the two split the messages between them by punctuation alone ('where is my order' reaches the node, 'Where is my order?' does not). Usually a phrase was added to one list and not removed from the other. Only utterances of the same language are compared.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRACK
            start: true
            end: true
            user_says: [track my parcel, where is my order]
            negative_user_says: [cancel my order, Where is my order]
            bot_says: Let me look it up.
        """, At: "stories/main/flow.yaml:5:34");

    public override RuleExample Fixed => Failing.Fix("negative_user_says: [cancel my order, Where is my order]", "negative_user_says: [cancel my order]");

    public override void Check(RuleContext context)
    {
        // Few nodes have negative user says: theirs by language and normal form.
        var negatives = new Dictionary<string, Dictionary<(string Language, string Key), List<Utterance>>>(StringComparer.Ordinal);
        foreach (var node in context.Bot.Nodes.Where(n => !n.NegativeUserSays.IsEmpty))
        {
            var own = negatives[node.SystemName] = [];
            foreach (var (language, utterances) in node.NegativeUserSays.ByLanguage)
            {
                foreach (var utterance in utterances)
                {
                    var key = (language, UserSays.Normalize(utterance.Text));
                    (own.TryGetValue(key, out var same) ? same : own[key] = []).Add(utterance);
                }
            }
        }

        if (negatives.Count == 0)
        {
            return;
        }

        // A text of punctuation alone has no words to compare (an empty normal form).
        foreach (var said in context.UserSays.Where(u => u.Kind != UtteranceKind.Faq && u.Key.Length > 0))
        {
            if (negatives.GetValueOrDefault(said.Destination)?.GetValueOrDefault((said.Language, said.Key)) is not { } alike)
            {
                continue;
            }

            // Written the same but for case and spacing, the engine sees one text: the negative always wins. Otherwise
            // they differ in punctuation, which the sentence model reads (each message goes to the nearer of the two);
            // in a language the model does not cover, only the words count, so the negative always wins too.
            var same = SentenceEncoder.Covers(said.Language) ? alike.FirstOrDefault(n => Words(n.Text) == Words(said.Utterance.Text)) : alike[0];
            var negative = same ?? alike[0];
            var whose = said.Kind == UtteranceKind.Node ? "one of its" : $"one of {said.Destination}'s";
            var where = UserSays.Where(negative.Location, said.Utterance.Location);
            context.Report(said.Utterance.Location, same is not null
                ? $"'{said.Utterance.Text}' of {said.Owner} is also {whose} negative user says ({where}): it never brings the conversation to {said.Destination}"
                : $"'{said.Utterance.Text}' of {said.Owner} is also {whose} negative user says but for punctuation ('{negative.Text}', {where}): whether a message reaches {said.Destination} turns on its punctuation",
                "keep it in one list: the user says if it should lead there, the negative user says if not");
        }
    }

    /// <summary>The text in lower case with its spacing collapsed: two texts alike this way are one text to intent detection.</summary>
    private static string Words(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
