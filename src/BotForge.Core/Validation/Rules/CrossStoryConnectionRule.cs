using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A connection whose target is in another story.</summary>
public sealed class CrossStoryConnectionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1002", DiagnosticLevel.Error, "Connection into another story");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "cross-story-connection";

    public override string Why => """
        Connections join nodes of the same story; the platform's stories are separate graphs. To move the user into another story, let that story's start node catch the user's words. A code node's outcomes lead to output nodes of its own story, and a node runs a code node of its own story: the hint says which.
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

    /// <summary>What to do instead, by what the connection is: a code node's outcome, the step a node runs, or a way the user goes on.</summary>
    private static string Hint(Node node, Node target) => (node.Type, target.Type) switch
    {
        (NodeType.Code, _) => $"a code node's outcomes lead to output nodes of its own story: add one to story {node.SubStory.StoryId} for this outcome (it may say what {target.SystemName} says)",
        (_, NodeType.Code) => $"a node runs a code node of its own story: give story {node.SubStory.StoryId} a code node for this step (the same action, or script, as {target.SystemName})",
        _ when target.IsStart => $"{target.SystemName} is a start node: its user says reach it from anywhere, so remove this connection (or move {target.SystemName} into story {node.SubStory.StoryId})",
        _ => "make the target a start node and let its user says lead there instead",
    };

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Target is { } target && target.SubStory.StoryId != node.SubStory.StoryId)
            {
                context.Report(connection.TargetLocation, $"{node.SystemName} (story {node.SubStory.StoryId}) connects to {target.SystemName} in story {target.SubStory.StoryId}",
                    Hint(node, target));
            }
        }
    }
}
