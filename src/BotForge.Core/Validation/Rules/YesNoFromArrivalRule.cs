using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A node's mandatory yes-or-no entity that takes a value from a message that reaches the node: one of the node's
/// user says, or a phrase of a connection into it, holds a variant of the entity ("there is no electricity" gives
/// <c>hazard = no</c>, "submit PTO" <c>confirm = yes</c>), so a user who writes it is never asked the question.
/// </summary>
public sealed class YesNoFromArrivalRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2031", DiagnosticLevel.Warning, "Yes or no taken from the message that reaches the node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "yes-no-from-arrival";

    public override string Why => """
        A node takes the values of its entities from the message that reaches it, before it asks for any. For a dictionary entity that answers a yes-or-no question, a word of that message is taken as the answer: "there is no electricity", a user say of the outage node, gives `hazard = no`, and "submit PTO" gives a leave request's `confirm = yes`, so a user who writes them is never asked whether there is any danger, or whether to submit. Give the entity `previous_context:` with a word of its question (the platform's previous-context tags): it then takes a value only from a message that answers a bot message holding the word. Judged on the node's own user says and the phrases of connections into it, for a mandatory entity with a prompt that has a yes value and a no value (by their names or variants: "yes", "sure", "haan"; "no", "nope", "nahi"); one reported example stands for the node's others. The words protect the question only from messages that answer a bot message without them: a phrase of a connection into the node from a node whose last message holds one (a quick reply "Cancel it" before a confirmation whose words are `[cancel]`, the phrase "cancel it" also one of its yes variants) still gives the value, and is reported with the word. Where a value in the first message is meant (a user who writes "there are sparks" should hear the emergency number at once), silence the finding on that line.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: REPORT
            start: true
            end: true
            user_says: [report a power cut, there is no electricity]
            entities:
              - entity: hazard
                prompt: Is there any danger, like sparks or a burning smell?
              - entity: email
                prompt: Your email?
            bot_says:
              final: Thanks, we are on it.
        """, At: "stories/main/flow.yaml:5:37")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: hazard
                    type: dictionary
                    values: { 'yes': ['yes', sparks], 'no': ['no', nope] }
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("values: { 'yes': ['yes', sparks], 'no': ['no', nope] }", "values: { 'yes': ['yes', sparks], 'no': ['no', nope] }\n    previous_context: [danger]");

    public override void Check(RuleContext context)
    {
        // The yes-or-no entities, each judged once; the messages into a node are gathered only for a node that asks one.
        var yesOrNo = context.Bot.Entities.Where(d => d.Type == EntityType.Dictionary && IsYesOrNo(d)).ToHashSet(ReferenceEqualityComparer.Instance);
        if (yesOrNo.Count == 0)
        {
            return;
        }

        var bot = context.Bot;
        var extractor = new EntityExtractor(new DateOnly(2026, 1, 1));
        var phrasesInto = context.Graph.Connections
            .Where(c => c.Connection.Condition is UserSaysCondition && c.Connection.ActiveTarget is not null)
            .ToLookup(c => c.Connection.ActiveTarget!, c => (c.From, ((UserSaysCondition)c.Connection.Condition).UserSays), ReferenceEqualityComparer.Instance);
        foreach (var node in bot.Nodes.Where(n => n.IsActive && context.Graph.IsReachable(n)))
        {
            var asked = node.Entities.Where(u => u is { Mandatory: true, Prompt: not null } && u.Entity.Definition is { } d && yesOrNo.Contains(d)).ToList();
            foreach (var use in asked)
            {
                // Without previous-context words, every message that reaches the node may give the value. With them,
                // only a phrase of a connection whose node's message holds one of the words (its user says reach it
                // after any message at all: which one cannot be told).
                var tagged = use.Entity.Definition!.PreviousContext.Count > 0;
                var arriving = tagged
                    ? phrasesInto[node].Select(p => (p.From, p.UserSays, Word: ContextWord(p.From, use.Entity, bot))).Where(p => p.Word is not null)
                    : phrasesInto[node].Select(p => (p.From, p.UserSays, Word: (string?)null)).Prepend((From: node, node.UserSays, Word: null));
                var taken = arriving
                    .SelectMany(a => a.UserSays.All.Select(said => (Said: said, a.From, a.Word, Value: extractor.ExtractOn(node, use.Entity, said.Text, prompted: false))))
                    .Where(t => t.Value is not null)
                    .ToList();
                if (taken.Count == 0)
                {
                    continue;
                }

                var (said, from, word, found) = taken[0];
                var others = taken.Count > 1 ? $" (and {taken.Count - 1} more)" : string.Empty;
                var question = Question(use.Prompt!, bot.Bot.DefaultLanguage);
                if (word is null)
                {
                    context.Report(said.Location,
                        $"'{said.Text}'{others}, reaching {node.SystemName}, gives {use.Entity.Name} = '{found!.Value}' by its word '{found.OriginalText}': a user who writes it is never asked '{question}'",
                        $"give {use.Entity.Name} previous_context: with a word of that question, so only an answer to it sets {use.Entity.Name}");
                }
                else
                {
                    context.Report(said.Location,
                        $"'{said.Text}'{others}, reaching {node.SystemName} from {from.SystemName}, gives {use.Entity.Name} = '{found!.Value}' by its word '{found.OriginalText}', and {from.SystemName}'s last message holds '{word}', a previous_context word of {use.Entity.Name}: a user who writes it is never asked '{question}'",
                        $"keep the connection's phrases out of {use.Entity.Name}'s values, or give {use.Entity.Name} previous_context: words that only its question holds");
                }
            }
        }
    }

    /// <summary>
    /// The first of the entity's previous-context words that a last message of the node's surely holds (a message after
    /// which the conversation waits on it, in any of the bot's languages, with its quick replies and buttons, as the
    /// engine reads it; a word in a placeholder's value is not counted); null when none does.
    /// </summary>
    private static string? ContextWord(Node node, EntityRef entity, BotModel bot)
    {
        foreach (var (response, _) in BotGraph.WaitingAfter(node))
        {
            foreach (var variant in response.Variants.Where(v => v.Messages.Count > 0))
            {
                foreach (var language in bot.Bot.Languages)
                {
                    if (EntityExtractor.ContextWord(entity, PreviousContextMissingRule.ShownAround(variant.Messages[^1], language)) is { } word)
                    {
                        return word;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True for a dictionary entity that answers a yes-or-no question: one of its values is a yes (its name or a
    /// variant is a yes word: "yes", "sure", "haan") and another a no ("no", "nope", "nahi").
    /// </summary>
    private static bool IsYesOrNo(EntityDefinition entity)
    {
        bool Means(DictionaryValue value, AnswerPolarity polarity) =>
            Polarity.Of(value.Value) == polarity || value.Variants.Any(v => Polarity.Of(v.Text) == polarity);
        return entity.Values.Any(v => Means(v, AnswerPolarity.Yes)) && entity.Values.Any(v => Means(v, AnswerPolarity.No));
    }

    /// <summary>The question a prompt asks: its first variant's last text, as written (placeholders too; shortened).</summary>
    private static string Question(Response prompt, string language)
    {
        var text = prompt.Variants.FirstOrDefault()?.Messages.Select(m => PreviousContextMissingRule.Text(m, language, literalOnly: false)).OfType<string>().LastOrDefault() ?? "…";
        return text.Length > 60 ? text[..57] + "…" : text;
    }
}
