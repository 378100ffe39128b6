using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A connection whose target is in another story.</summary>
public sealed class CrossStoryConnectionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1002", DiagnosticLevel.Error, "Connection into another story");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "cross-story-connection";

    public override string Why => """
        Connections join nodes of the same story; the platform's stories are separate graphs. To move the user into another story, let that story's start node catch the user's words.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi! How can I help?
            next:
              - to: BILLING
                user_says: [billing]
        """, At: "stories/main/flow.yaml:7:13")
    {
        Files = new Dictionary<string, string> { ["stories/billing/billing.yaml"] = "nodes:\n  - id: BILLING\n    start: true\n    end: true\n    user_says: [billing]\n" },
    };

    public override RuleExample Fixed => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            end: true
            bot_says: Hi! How can I help?
        """);

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Target is { } target && target.SubStory.StoryId != node.SubStory.StoryId)
            {
                context.Report(connection.TargetLocation, $"{node.SystemName} (story {node.SubStory.StoryId}) connects to {target.SystemName} in story {target.SubStory.StoryId}",
                    "make the target a start node and let its user says lead there instead");
            }
        }
    }
}
