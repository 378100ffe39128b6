using System.Text.Json.Nodes;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A carousel or a form in a variant that may be sent on WhatsApp, which shows neither.</summary>
public sealed class WhatsAppElementRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1031", DiagnosticLevel.Error, "Carousel or form in a variant sent on WhatsApp");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "whatsapp-unsupported-element";

    public override string Why => """
        WhatsApp shows text, images and a few buttons, but no carousels and no forms: a message with either is dropped or arrives empty. A variant without `channels:` goes to every channel the bot is on, so on a bot deployed to WhatsApp a carousel or form needs a variant limited to other channels, and WhatsApp a variant of its own.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: PLANS
            start: true
            end: true
            user_says: [show me your plans]
            bot_says:
              - carousel:
                  items:
                    - { title: Basic, subtitle: 5 GB }
                    - { title: Pro, subtitle: 50 GB }
        """, Project: """
        business:
          channels: [whatsapp]
        """, At: "stories/main/flow.yaml:7:9");

    public override RuleExample Fixed => Failing.Fix("""
              - carousel:
                  items:
                    - { title: Basic, subtitle: 5 GB }
                    - { title: Pro, subtitle: 50 GB }
        """, """
              - "Basic: 5 GB. Pro: 50 GB. Reply with the plan you want."
        """);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var (variant, why) in SentOnWhatsApp(response, context.Bot.Business))
            {
                foreach (var message in variant.Messages)
                {
                    if (Element(message) is { } element)
                    {
                        context.Report(message.Location, $"{owner} sends a {element}, which WhatsApp cannot show: {why}",
                            "limit the variant to other channels and give whatsapp a variant with text and buttons");
                    }
                }
            }
        }
    }

    /// <summary>The variants of <paramref name="response"/> that may be sent on WhatsApp, each with why (for a finding's message).</summary>
    internal static IEnumerable<(Variant Variant, string Why)> SentOnWhatsApp(Response response, Business business) =>
        response.Variants.Where(v => v.SentOn(business).Contains("whatsapp"))
            .Select(v => (v, v.Channels is null ? "the bot is on WhatsApp and this variant has no 'channels:'" : "this variant is sent on WhatsApp"));

    private static string? Element(Message message) => message switch
    {
        CarouselMessage => "carousel",
        FormMessage => "form",
        RawHslMessage raw when (raw.Hsl["type"] as JsonValue)?.ToString() is "CAROUSEL" or "FORM" => ((JsonValue)raw.Hsl["type"]!).ToString().ToLowerInvariant(),
        _ => null,
    };
}
