using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A response variant with more than four messages.</summary>
public sealed class TooManyMessagesRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2005", DiagnosticLevel.Warning, "More than four messages in one variant");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "too-many-messages";

    public override string Why => """
        The platform's guidance is three to four messages per variant: longer bursts scroll the question out of view, and on some channels arrive out of order. An FAQ's answer is held to the same.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says: [Hi!, Welcome to Acme., We sell shoes., And hats., Ask me anything.]
        """, At: "stories/main/flow.yaml:6:66");

    public override RuleExample Fixed => Failing.Fix("    bot_says: [Hi!, Welcome to Acme., We sell shoes., And hats., Ask me anything.]", "    bot_says: [Hi! Welcome to Acme., We sell shoes and hats., Ask me anything.]");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            foreach (var (response, _, _) in ModelText.Responses(node))
            {
                foreach (var variant in response.Variants.Where(v => v.Messages.Count > MaxMessages))
                {
                    context.Report(variant.Messages[MaxMessages].Location, $"a variant of {node.SystemName} has {variant.Messages.Count} messages; keep it to {MaxMessages}",
                        "merge short messages or move some into a follow-up node");
                }
            }
        }

        foreach (var entry in context.Bot.Faq)
        {
            foreach (var variant in entry.Answer.Variants.Where(v => v.Messages.Count > MaxMessages))
            {
                context.Report(variant.Messages[MaxMessages].Location, $"the answer of the FAQ {entry.Id} has {variant.Messages.Count} messages; keep it to {MaxMessages}",
                    "merge short messages, or link to a page for the rest (link:)");
            }
        }
    }

    private const int MaxMessages = 4;
}
