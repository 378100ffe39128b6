using System.Globalization;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A quick reply longer than the 27 characters the platform shows on one.</summary>
public sealed class LongQuickReplyRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2021", DiagnosticLevel.Warning, "Quick reply longer than the platform shows");

    /// <summary>What the platform shows on a quick reply ("you can show up to 27 characters on a QR").</summary>
    public const int MaxCharacters = 27;

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "long-quick-reply";

    public override string Why => """
        The platform shows at most 27 characters on a quick reply: a longer one is cut, and users tap a reply they cannot read in full. Characters are counted as users see them (an emoji is one); a placeholder's value is not known before the chat, so only the text around it is counted. A tap may send a longer message than its label: write `{ text: Track my order, send: I want to track my order }`.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says:
              - text: What can I do for you?
                quick_replies: [I would like to track my order, Talk to an agent]
        """, At: "stories/main/flow.yaml:8:25");

    public override RuleExample Fixed => Failing.Fix("[I would like to track my order,", "[{ text: Track my order, send: I would like to track my order },");

    public override void Check(RuleContext context)
    {
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var reply in response.Variants.SelectMany(v => v.Messages).OfType<TextMessage>().SelectMany(m => m.QuickReplies))
            {
                Check(context, owner, reply.Text, canSendOther: reply.Send is null);
            }
        }

        foreach (var entry in context.Bot.Faq)
        {
            foreach (var reply in entry.QuickReplies)
            {
                Check(context, $"the FAQ {entry.Id}", reply, canSendOther: false);   // faq.csv holds one text per quick reply
            }
        }
    }

    private static void Check(RuleContext context, string owner, LocalizedText label, bool canSendOther)
    {
        foreach (var (language, template) in label.Translations)
        {
            var literal = string.Concat(template.Parts.OfType<LiteralPart>().Select(p => p.Text));
            var length = new StringInfo(literal).LengthInTextElements;
            if (length > MaxCharacters)
            {
                var translation = label.Translations.Count > 1 ? $" ({language})" : string.Empty;
                var around = template.Parts.Any(p => p is PlaceholderPart) ? " without its placeholders" : string.Empty;
                context.Report(template.Location, $"the quick reply {ModelText.Quote(template.Raw)}{translation} of {owner} is {length} characters{around}: the platform shows {MaxCharacters}, the rest is cut",
                    canSendOther ? $"shorten it to {MaxCharacters} characters; for a longer message sent by the tap, write {{ text: <a short label>, send: <the message> }}"
                        : $"shorten it to {MaxCharacters} characters");
            }
        }
    }
}
