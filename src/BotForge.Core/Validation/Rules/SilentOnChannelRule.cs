using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A response whose variants are all limited to other channels than one the bot is on: there it sends nothing. A
/// follow-up is exempt: leaving a channel out is how it is kept off that channel.
/// </summary>
public sealed class SilentOnChannelRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1033", DiagnosticLevel.Error, "Response with no variant for one of the bot's channels");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "no-variant-for-channel";

    public override string Why => """
        The platform sends one of the variants of a response meant for the channel the user is on; a variant without `channels:` is meant for every channel the bot is on (`business.channels`). When every variant is limited to other channels, a user on one of the bot's channels gets nothing at all from that response, and the conversation seems stuck. A follow-up is the exception: it is a reminder sent after the user has gone quiet, and giving a channel no variant of it is how it is kept off that channel (the platform advises against follow-ups on WhatsApp, BF2020).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: GREETING
            start: true
            end: true
            user_says: [hello]
            bot_says:
              variants:
                - channels: [whatsapp]
                  messages: [Hi! Reply MENU to see what I can do.]
        """, Project: """
        business:
          channels: [web, whatsapp]
        """, At: "stories/main/flow.yaml:7:7");

    public override RuleExample Fixed => Failing.Fix("""
                - channels: [whatsapp]
                  messages: [Hi! Reply MENU to see what I can do.]
        """, """
                - channels: [whatsapp]
                  messages: [Hi! Reply MENU to see what I can do.]
                - channels: [web]
                  messages: [Hi! How can I help?]
        """);

    public override void Check(RuleContext context)
    {
        var business = context.Bot.Business;
        var followUps = context.Bot.Nodes.Select(n => n.BotSays.FollowUp?.Says).OfType<Response>().ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var (owner, response) in ModelText.Responses(context.Bot).Where(r => !followUps.Contains(r.Response)))
        {
            var silent = business.Channels.Where(channel => !response.Variants.Any(v => v.SentOn(business).Contains(channel))).ToList();
            if (silent.Count > 0)
            {
                var limited = response.Variants.SelectMany(v => v.Channels ?? []).Distinct().Order(StringComparer.Ordinal);
                context.Report(response.Location, $"{owner} sends nothing on {string.Join(", ", silent)}: every variant of this response is limited to {string.Join(", ", limited)}",
                    $"add a variant for {string.Join(", ", silent)}, or one without 'channels:' (it may be sent on every channel)");
            }
        }
    }
}
