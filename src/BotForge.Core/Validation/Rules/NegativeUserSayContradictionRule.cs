using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A user say (of a node, or a connection's phrase) that is also a negative user say of the node it leads to.</summary>
public sealed class NegativeUserSayContradictionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2017", DiagnosticLevel.Warning, "User say that is also a negative user say of its node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "user-say-also-negative";

    public override string Why => """
        A node's `negative_user_says` filter it out, as on the platform: a message that holds one of them (its words in order, as whole words, case and punctuation ignored) is never taken to the node, by start-node detection or by a connection's phrases. A user say of the node, or a phrase of a connection into it, that holds one of its negative user says is therefore never taken there: the user who says it gets another node or the bot-break message. Usually a phrase was added to one list and not removed from the other, or a negative keyword is too short ('order' holds back 'where is my order'). Only utterances of the same language are compared.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRACK
            start: true
            end: true
            user_says: [track my parcel, where is my order]
            negative_user_says: [cancel my order, Where is my order?]
            bot_says: Let me look it up.
        """, At: "stories/main/flow.yaml:5:34");

    public override RuleExample Fixed => Failing.Fix("negative_user_says: [cancel my order, Where is my order?]", "negative_user_says: [cancel my order]");

    public override void Check(RuleContext context)
    {
        // Few nodes have negative user says: theirs by language, with their normal forms.
        var negatives = new Dictionary<string, List<(string Language, string Key, Utterance Utterance)>>(StringComparer.Ordinal);
        foreach (var node in context.Bot.Nodes.Where(n => !n.NegativeUserSays.IsEmpty))
        {
            negatives[node.SystemName] = [.. node.NegativeUserSays.ByLanguage.SelectMany(p => p.Value.Select(u => (p.Key, UserSays.Normalize(u.Text), u)))];
        }

        if (negatives.Count == 0)
        {
            return;
        }

        // A text of punctuation alone has no words to compare (an empty normal form).
        foreach (var said in context.UserSays.Where(u => u.Kind != UtteranceKind.Faq && u.Key.Length > 0))
        {
            if (negatives.GetValueOrDefault(said.Destination) is not { } own
                || own.FirstOrDefault(n => n.Language == said.Language && UserSays.Holds(said.Key, n.Key)) is not { Utterance: { } negative } found)
            {
                continue;
            }

            var whose = said.Kind == UtteranceKind.Node ? "its" : $"{said.Destination}'s";
            var where = UserSays.Where(negative.Location, said.Utterance.Location);
            context.Report(said.Utterance.Location, found.Key == said.Key
                ? $"'{said.Utterance.Text}' of {said.Owner} is also one of {whose} negative user says ('{negative.Text}', {where}): it never brings the conversation to {said.Destination}"
                : $"'{said.Utterance.Text}' of {said.Owner} holds {whose} negative user say '{negative.Text}' ({where}): it never brings the conversation to {said.Destination}",
                "keep it in one list: the user says if it should lead there, the negative user says if not");
        }
    }
}
