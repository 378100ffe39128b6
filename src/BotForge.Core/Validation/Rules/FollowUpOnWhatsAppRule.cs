using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A follow-up that may be sent on WhatsApp, where the platform advises against follow-ups.</summary>
public sealed class FollowUpOnWhatsAppRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2020", DiagnosticLevel.Warning, "Follow-up sent on WhatsApp");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "follow-up-on-whatsapp";

    public override string Why => """
        The platform's design guidance: do not use follow-up messages on WhatsApp. A message the user did not ask for is intrusive there, users can block or report the business, and WhatsApp then flags the business number. A follow-up's variant without `channels:` is sent on every channel the bot is on, so on a bot deployed to WhatsApp it reaches WhatsApp too. Limit the follow-up's variants to the other channels: WhatsApp users then get no follow-up (a follow-up may leave a channel out, BF1033 does not apply to it).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: ASK_ORDER
            start: true
            user_says: [where is my order]
            bot_says:
              initial: What's your order number?
              follow_up: { after: 2m, says: Are you still there? }
            next:
              - to: ASK_ORDER
                user_says: [check another order]
        """, Project: """
        business:
          channels: [web, whatsapp]
        """, At: "stories/main/flow.yaml:7:37");

    public override RuleExample Fixed => Failing.Fix("says: Are you still there? }", "says: { variants: [{ channels: [web], messages: [Are you still there?] }] } }");

    public override void Check(RuleContext context)
    {
        var business = context.Bot.Business;
        var others = business.Channels.Where(c => c != "whatsapp").ToList();
        foreach (var node in context.Bot.Nodes)
        {
            if (node.BotSays.FollowUp is not { } followUp)
            {
                continue;
            }

            foreach (var (variant, why) in WhatsAppElementRule.SentOnWhatsApp(followUp.Says, business))
            {
                context.Report(variant.Location, $"{node.SystemName}'s follow-up may be sent on WhatsApp ({why}): the platform advises against follow-ups there, which can get the business number flagged",
                    others.Count > 0 ? $"limit the follow-up's variants to {string.Join(", ", others)}: WhatsApp users then get none" : "remove the follow-up: the bot is only on WhatsApp");
            }
        }
    }
}
