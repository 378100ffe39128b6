using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A prompt or reprompt for an entity with previous-context tags whose last message holds none of them: the answer
/// to it follows a bot message without the tags, so the platform takes no value from it, and the node can never
/// collect the entity.
/// </summary>
public sealed class PreviousContextMissingRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1040", DiagnosticLevel.Error, "Question without its entity's previous-context words");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "previous-context-missing";

    public override string Why => """
        An entity's `previous_context:` words (the platform's previous-context tags) let it take a value only from a message that answers a bot message holding one of them, so a "no" is a value only as the answer to the question it belongs to. The question is the entity's prompt, or its reprompt after a bad answer: when the last message of one of their variants holds none of the words (as whole words, in a language of the bot; its quick replies and buttons count), the user's answer to it is never taken, and the node asks and reprompts in vain. Put one of the words in the question, or add a word of the question to `previous_context:`. A text with a placeholder, or a last message with no text (a carousel, raw HSL), is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: REPORT
            start: true
            end: true
            user_says: [report a power cut]
            entities:
              - entity: hazard
                prompt: Any sparks or a burning smell?
              - entity: email
                prompt: Your email?
            bot_says:
              final: Thanks, we are on it.
        """, At: "stories/main/flow.yaml:8:17")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: hazard
                    type: dictionary
                    values: { 'yes': ['yes', sparks], 'no': ['no', nope] }
                    previous_context: [danger]
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("prompt: Any sparks or a burning smell?", "prompt: Is there any danger, like sparks or a burning smell?");

    public override void Check(RuleContext context)
    {
        // An entity's own reprompt serves every node that collects it: reported once.
        var reported = new HashSet<Message>(ReferenceEqualityComparer.Instance);
        foreach (var node in context.Bot.Nodes)
        {
            foreach (var use in node.Entities.Where(u => u.Mandatory && u.Entity.Definition is { PreviousContext.Count: > 0 }))
            {
                var definition = use.Entity.Definition!;
                var tags = definition.PreviousContext.Select(t => t.Text).ToList();
                foreach (var (response, what) in new[] { (use.Prompt, "prompt"), (use.Reprompt ?? definition.Reprompt, "reprompt") })
                {
                    foreach (var variant in response?.Variants ?? [])
                    {
                        if (variant.Messages.Count == 0)
                        {
                            continue;
                        }

                        var last = variant.Messages[^1];
                        var lacking = context.Bot.Bot.Languages.FirstOrDefault(language => Shown(last, language) is { } shown && !EntityExtractor.InContext(use.Entity, shown));
                        if (lacking is not null && reported.Add(last))
                        {
                            context.Report(last.Location,
                                $"{use.Entity.Name} takes a value only after a bot message with {Quoted(tags)} (previous_context), and this {what} of {node.SystemName} has none{(context.Bot.Bot.Languages.Count > 1 ? $" in '{lacking}'" : string.Empty)}: the answer to it is never taken",
                                $"put {(tags.Count == 1 ? "the word" : "one of the words")} in the {what}, or add a word of the {what} to {use.Entity.Name}'s previous_context");
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The message as the engine shows it in <paramref name="language"/>, its text with its quick replies' and buttons'
    /// texts; null when that cannot be told (a text with a placeholder, a message with no text).
    /// </summary>
    public static string? Shown(Message message, string language)
    {
        var (text, choices) = Parts(message);
        var shown = new[] { text }.Concat(choices).Select(t => Literal(t, language)).ToList();
        return shown.Any(s => s is null) ? null : string.Join(" ", shown);
    }

    /// <summary>
    /// The text of a message in <paramref name="language"/> (without its choices): when it has one without placeholders,
    /// or, unless <paramref name="literalOnly"/>, with its placeholders as written.
    /// </summary>
    public static string? Text(Message message, string language, bool literalOnly = true) =>
        literalOnly ? Literal(Parts(message).Text, language) : Parts(message).Text?.In(language)?.Raw;

    private static (LocalizedText? Text, IEnumerable<LocalizedText> Choices) Parts(Message message) => message switch
    {
        TextMessage t => (t.Text, t.QuickReplies.Select(b => b.Text)),
        ButtonsMessage b => (b.Text, b.Buttons.Select(x => x.Text)),
        ImageMessage { Text: { } caption } => (caption, []),
        _ => (null, []),
    };

    private static string? Literal(LocalizedText? text, string language) =>
        text?.In(language) is { } template && template.Parts.All(p => p is LiteralPart) ? string.Concat(template.Parts.Cast<LiteralPart>().Select(p => p.Text)) : null;

    private static string Quoted(IReadOnlyList<string> tags) =>
        tags.Count == 1 ? $"'{tags[0]}'" : "one of " + string.Join(", ", tags.Select(t => $"'{t}'"));
}
