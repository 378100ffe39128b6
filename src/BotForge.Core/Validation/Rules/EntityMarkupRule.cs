using System.Text.RegularExpressions;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A user say, phrase or FAQ question written with Rasa's entity mark-up, <c>[Amazon](merchant)</c> or
/// <c>[Amazon]{"entity": "merchant"}</c>, as a port from Rasa keeps its training examples.
/// </summary>
public sealed partial class EntityMarkupRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2050", DiagnosticLevel.Warning, "User say written with entity mark-up");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entity-markup";

    public override string Why => """
        Rasa's training data tags an entity's value where it stands in an example: `I was charged by [Amazon](merchant)`, or `[Amazon]{"entity": "merchant"}`. A node's user say, a connection's phrase or an FAQ question is the text users type, read as it is written: the brackets and the entity's name are words the detector trains on, and no user types them, so the example teaches the node a phrase nobody sends. Write the text without the mark-up (`I was charged by Amazon`). The entity is found in a message by its own definition (a dictionary's values, a pattern); an entity of type `patterns` learns from tagged examples, which belong under its `examples:` in entities.yaml, where the mark-up is read.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: REFUND
            start: true
            end: true
            user_says: [refund my order, "I was charged by [Amazon](merchant)"]
            bot_says: Let me look into that charge.
        """, At: "stories/main/flow.yaml:5:34");

    public override RuleExample Fixed => Failing.Fix("[Amazon](merchant)", "Amazon");

    public override void Check(RuleContext context)
    {
        // Most bots have no ']' before '(' or '{' in any utterance: binding notes whether one does.
        if ((context.Bot.TextTraits & TextTraits.MarkedUp) == 0)
        {
            return;
        }

        foreach (var said in context.UserSays)
        {
            Check(context, said.Utterance, said.Kind.Name(), said.Owner);
        }

        foreach (var node in context.Bot.Nodes)
        {
            foreach (var utterance in node.NegativeUserSays.All)
            {
                Check(context, utterance, "negative user say", node.SystemName);
            }
        }
    }

    private static void Check(RuleContext context, Utterance utterance, string what, string owner)
    {
        if (Markup().IsMatch(utterance.Text))
        {
            var plain = Markup().Replace(utterance.Text, "${value}");
            context.Report(utterance.Location,
                $"the {what} {ModelText.Quote(utterance.Text)} of {owner} is written with an entity's mark-up, which is read as words users type",
                $"write it as users type it: '{plain}'; an entity of type patterns learns from tagged examples in entities.yaml");
        }
    }

    /// <summary>Rasa's mark-up: <c>[value](entity)</c>, <c>[value](entity:synonym)</c>, <c>[value]{"entity": …}</c>.</summary>
    [GeneratedRegex(@"\[(?<value>[^\[\]]+)\](?:\([A-Za-z_][A-Za-z0-9_.:-]*\)|\{\s*""entity""[^{}]*\})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Markup();
}
