using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A sub-story none of whose nodes is reachable from an active start node.</summary>
public sealed class UnreachableSubStoryRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2003", DiagnosticLevel.Warning, "No node of the sub-story can be reached");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unreachable-sub-story";

    public override string Why => """
        A sub-story with no start node and no connection into it from a reachable node is dead weight: users can never get there.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            end: true
            bot_says: Hi! How can I help?
        """, At: "stories/main/orphan.yaml:2:9")
    {
        Files = new Dictionary<string, string> { ["stories/main/orphan.yaml"] = "nodes:\n  - id: ORPHAN\n    user_says: [orphan]\n    end: true\n    bot_says: Nobody gets here.\n" },
    };

    public override RuleExample Fixed => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            end: true
            bot_says: Hi! How can I help?
        """)
    {
        Files = new Dictionary<string, string> { ["stories/main/orphan.yaml"] = "nodes:\n  - id: ORPHAN\n    start: true\n    user_says: [orphan]\n    end: true\n    bot_says: Now you can get here.\n" },
    };

    public override void Check(RuleContext context)
    {
        if (!context.Graph.Nodes.Any(n => n.IsStart && n.IsActive))
        {
            return;
        }

        foreach (var subStory in context.Bot.Stories.SelectMany(s => s.SubStories))
        {
            if (subStory.Nodes.Count > 0 && !subStory.Nodes.Any(context.Graph.IsReachable))
            {
                context.Report(subStory.Nodes[0].IdLocation, $"no node of sub-story {subStory.StoryId}/{subStory.Id} can be reached from a start node",
                    "mark its first node 'start: true' or connect to it from a reachable node");
            }
        }
    }
}
