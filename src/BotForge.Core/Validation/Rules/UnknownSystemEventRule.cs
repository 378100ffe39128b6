using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A raw HSL SYSTEM message whose event is neither of the platform's (chat_pinned, chat_complete).</summary>
public sealed class UnknownSystemEventRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2034", DiagnosticLevel.Warning, "SYSTEM message with an event the platform does not know");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unknown-system-event";

    /// <summary>The events a SYSTEM message carries on the platform.</summary>
    private static readonly string[] Events = ["chat_pinned", "chat_complete"];

    public override string Why => """
        Raw HSL is sent as written, unchecked. A SYSTEM message tells the platform to do something rather than show text, and its `data.event` is one of two: `chat_pinned` (pin the chat for an agent) or `chat_complete` (close the conversation). Any other event, a typo such as `chat_pined` or a missing one, does nothing on the platform, silently: the chat is never pinned or closed. Write one of the two.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: HANDOFF
            start: true
            end: true
            user_says: [talk to a person]
            bot_says:
              - I'm connecting you with an agent.
              - hsl: { type: SYSTEM, text: "", data: { event: chat_pined } }
        """, At: "stories/main/flow.yaml:8:9");

    public override RuleExample Fixed => Failing.Fix("event: chat_pined", "event: chat_pinned");

    public override void Check(RuleContext context)
    {
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var message in response.Variants.SelectMany(v => v.Messages).OfType<RawHslMessage>().Where(m => m.IsSystem))
            {
                var written = message.Event;
                if (written is not null && Events.Contains(written, StringComparer.Ordinal))
                {
                    continue;
                }

                var meant = written is null ? null : BotForge.Text.Suggestions.Closest(written, Events);
                context.Report(message.Location,
                    written is null
                        ? $"this SYSTEM message of {owner} has no data.event: the platform does nothing with it"
                        : $"'{written}' in this SYSTEM message of {owner} is no event the platform knows ({string.Join(", ", Events)}): it does nothing",
                    meant is not null ? $"did you mean '{meant}'?" : $"write data: {{ event: {Events[0]} }} or {{ event: {Events[1]} }}");
            }
        }
    }
}
