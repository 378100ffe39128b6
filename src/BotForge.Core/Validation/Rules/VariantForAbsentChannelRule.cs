using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A variant limited to a channel the bot is not deployed on: never sent there.</summary>
public sealed class VariantForAbsentChannelRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2015", DiagnosticLevel.Warning, "Variant for a channel the bot is not on");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "variant-for-absent-channel";

    public override string Why => """
        A variant's `channels:` choose where it is sent among the channels the bot is on (`business.channels`, default web). A channel the bot is not deployed to never sees it: the text is dead, or the channel was left out of `business.channels` by mistake.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: GREETING
            start: true
            end: true
            user_says: [hello]
            bot_says:
              variants:
                - channels: [telegram]
                  messages: [Hi from Telegram!]
                - messages: [Hi!]
        """, At: "stories/main/flow.yaml:8:11");

    public override RuleExample Fixed => Failing.Fix("""
                - channels: [telegram]
                  messages: [Hi from Telegram!]
                - messages: [Hi!]
        """, """
                - messages: [Hi!]
        """);

    public override void Check(RuleContext context)
    {
        var deployed = context.Bot.Business.Channels;
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var variant in response.Variants.Where(v => v.Channels is not null))
            {
                var absent = variant.Channels!.Where(c => !deployed.Contains(c)).ToList();
                if (absent.Count > 0)
                {
                    var never = absent.Count == variant.Channels!.Count ? "this variant is never sent" : $"this variant is never sent on {string.Join(", ", absent)}";
                    context.Report(variant.Location, $"{owner}: the bot is not on {string.Join(", ", absent)} (business.channels: {string.Join(", ", deployed)}), so {never}",
                        $"add {string.Join(", ", absent)} to business.channels, or remove {(absent.Count == 1 ? "it" : "them")} from the variant");
                }
            }
        }
    }
}
