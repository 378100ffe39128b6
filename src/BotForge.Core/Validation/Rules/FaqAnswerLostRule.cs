using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A part of an FAQ answer that faq.csv, the platform's only way in for FAQ nodes, cannot hold.</summary>
public sealed class FaqAnswerLostRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1036", DiagnosticLevel.Error, "FAQ answer that faq.csv cannot hold");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "faq-answer-lost";

    public override string Why => """
        FAQ nodes reach the platform through its bulk import, faq.csv: one answer per FAQ, made of text messages (joined by `<m>`), then the FAQ's own quick replies and link. Whatever else an answer is written with never reaches the platform: buttons, a carousel, an image, a form or raw HSL; quick replies inside one of its messages; variants after the first; a variant's channels (the answer is sent on every channel). The bot would build, and users would not see what was written. Quick replies and a link go in the FAQ's `quick_replies:` and `link:`; anything richer, or an answer that differs by channel, needs a start node.
        """;

    public override RuleExample Failing => new(ExampleBots.Hello, At: "faq.yaml:6:9")
    {
        Files = new Dictionary<string, string>
        {
            ["faq.yaml"] = """
                faq:
                  - id: RETURNS
                    questions: [what is your return policy, can I return an item]
                    answer:
                      - Any item, within 30 days.
                      - { text: Anything else?, quick_replies: [Raise a ticket] }
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("      - { text: Anything else?, quick_replies: [Raise a ticket] }", "      - Anything else?\n    quick_replies: [Raise a ticket]");

    public override void Check(RuleContext context)
    {
        foreach (var entry in context.Bot.Faq)
        {
            var variants = entry.Answer.Variants;
            if (variants is [{ Channels: { } channels } first, ..])
            {
                context.Report(first.Location, $"the answer of {entry.Id} is sent on {string.Join(", ", channels)} only here, but faq.csv holds no channels: the platform sends it on every channel",
                    "remove 'channels', or answer with a start node whose variants are limited to channels");
            }

            foreach (var message in entry.CsvMessages)
            {
                if (message is TextMessage { QuickReplies.Count: > 0 })
                {
                    context.Report(message.Location, $"the quick replies inside the answer of {entry.Id} are lost: faq.csv holds the FAQ's own quick_replies only",
                        "move them to the FAQ's 'quick_replies:', beside 'answer:'");
                }
                else if (Kind(message) is { } kind)
                {
                    context.Report(message.Location, $"the {kind} in the answer of {entry.Id} {(kind == "buttons" ? "are" : "is")} lost: faq.csv holds text messages only",
                        kind == "buttons" ? "use the FAQ's 'quick_replies:' or 'link:', or answer with a start node" : "answer with a start node, which can send it");
                }
            }

            if (variants.Count > 1)
            {
                context.Report(variants[1].Location, $"the answer of {entry.Id} has {variants.Count} variants, but faq.csv holds one answer: the variants after the first are never sent",
                    "keep one answer, or answer with a start node");
            }
        }
    }

    /// <summary>What a message faq.csv cannot hold is, for the message; null for a text or a smart action.</summary>
    private static string? Kind(Message message) => message switch
    {
        ButtonsMessage => "buttons",
        CarouselMessage => "carousel",
        ImageMessage => "image",
        FormMessage => "form",
        RawHslMessage => "raw HSL",
        _ => null,
    };
}
