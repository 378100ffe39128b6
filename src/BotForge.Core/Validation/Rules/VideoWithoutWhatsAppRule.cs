using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A node collecting a video attachment on a bot not deployed to WhatsApp, the only channel that takes videos.</summary>
public sealed class VideoWithoutWhatsAppRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1030", DiagnosticLevel.Error, "Video attachment on a bot not on WhatsApp");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "video-without-whatsapp";

    public override string Why => """
        The platform receives video attachments only on WhatsApp. On a bot deployed to other channels only, a node collecting a video entity can never get its value: users are prompted and reprompted and cannot go on.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: REPORT_DAMAGE
            start: true
            end: true
            user_says: [my item arrived damaged]
            entities:
              - entity: damage_video
                prompt: Please send a short video of the damage.
        """, At: "stories/main/flow.yaml:7:9")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: damage_video
                    type: attachment
                    kind: video
                """,
        },
    };

    public override RuleExample Fixed => Failing with { Project = "business:\n  channels: [web, whatsapp]\n", At = null };

    public override void Check(RuleContext context)
    {
        var channels = context.Bot.Business.Channels;
        if (channels.Contains("whatsapp"))
        {
            return;
        }

        foreach (var node in context.Graph.Nodes)
        {
            foreach (var use in node.Entities.Where(e => e.Entity.Definition is { Type: EntityType.Attachment, AttachmentKind: "video" }))
            {
                context.Report(use.Location, $"{node.SystemName} collects {use.Entity.Name}, a video, but only WhatsApp takes videos and the bot is on {string.Join(", ", channels)}",
                    "add whatsapp to business.channels, or ask for an image or document instead");
            }
        }
    }
}
