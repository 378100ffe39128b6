using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A <c>{taskbox}</c> or <c>{feedback}</c> message in a variant that can be sent on a channel other than <c>web</c>.</summary>
public sealed class SmartActionChannelRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1022", DiagnosticLevel.Error, "'{taskbox}' or '{feedback}' may be sent outside the web SDK");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "smart-action-channel";

    public override string Why => """
        The taskbox and feedback smart actions work only on the web SDK. A variant without `channels:` is sent on every channel the bot is deployed to; limit it to `web` and give other channels their own variant.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [menu]
            bot_says: ["{taskbox}"]
        """, Project: """
        business:
          channels: [web, whatsapp]
        """, At: "stories/main/flow.yaml:6:16");

    public override RuleExample Fixed => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [menu]
            bot_says:
              variants:
                - channels: [web]
                  messages: ["{taskbox}"]
                - channels: [whatsapp]
                  messages: [Reply with "ticket" or "account".]
        """, Project: """
        business:
          channels: [web, whatsapp]
        """);

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            foreach (var (response, _, _) in ModelText.Responses(node))
            {
                foreach (var variant in response.Variants)
                {
                    var channels = variant.SentOn(context.Bot.Business);
                    var others = channels.Where(c => c != "web").ToList();
                    foreach (var message in variant.Messages.OfType<SmartActionMessage>().Where(m => m.Action is "{taskbox}" or "{feedback}"))
                    {
                        if (others.Count > 0)
                        {
                            context.Report(message.Location, $"{message.Action} works only on the web SDK, but this variant of {node.SystemName} may be sent on {string.Join(", ", others)}",
                                "limit the variant to channels: [web] and add a variant for the other channels");
                        }
                    }
                }
            }
        }
    }
}
