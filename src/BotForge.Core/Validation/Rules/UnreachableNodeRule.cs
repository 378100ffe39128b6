using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A node of a reachable sub-story that no path from an active start node leads to.</summary>
public sealed class UnreachableNodeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2002", DiagnosticLevel.Warning, "Node cannot be reached");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unreachable-node";

    public override string Why => """
        A node no conversation can reach never runs; usually a connection was forgotten or points elsewhere by mistake. A node a connection that is an error already was meant to reach is not reported, nor are the nodes it leads to: the target of a connection whose rule cannot be read (BF0212), and the name BF0203 suggests for a target that does not exist (`to: BYEE`, did you mean 'BYE'?).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            end: true
            bot_says: Hi! How can I help?
          - id: LOST
            end: true
            bot_says: Nobody sees this.
        """, At: "stories/main/flow.yaml:7:9");

    public override RuleExample Fixed => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi! How can I help?
            next:
              - to: FOUND
                user_says: [more]
          - id: FOUND
            end: true
            bot_says: Now reachable.
        """);

    public override void Check(RuleContext context)
    {
        if (!context.Graph.Nodes.Any(n => n.IsStart && n.IsActive))
        {
            return;
        }

        var meant = MeantTargets(context);
        foreach (var subStory in context.Bot.Stories.SelectMany(s => s.SubStories).Where(s => s.Nodes.Any(context.Graph.IsReachable)))
        {
            foreach (var node in subStory.Nodes.Where(n => n.IsActive && !context.Graph.IsReachable(n) && !meant.Contains(n.SystemName)))
            {
                context.Report(node.IdLocation, $"no path from a start node reaches {node.SystemName}",
                    "connect to it from a reachable node, or mark it 'start: true'");
            }
        }
    }

    /// <summary>
    /// Nodes a connection that is an error already was meant to reach: the target of one whose rule could not be read
    /// (BF0212), and the name BF0203 suggests for a target that does not exist ('BYEE': did you mean 'BYE'?). That
    /// such a node is unreached follows from that error, and is not reported again.
    /// </summary>
    /// <remarks>So are the nodes such a node leads to: a confirmation's yes and no after a code node whose rule to it cannot be read.</remarks>
    private static HashSet<string> MeantTargets(RuleContext context)
    {
        var meant = context.Graph.Nodes.SelectMany(n => n.UnreadConnections.Concat(n.Connections.Select(c => c.Meant).OfType<string>())).ToHashSet(StringComparer.Ordinal);
        if (meant.Count == 0)
        {
            return meant;
        }

        var byName = context.Graph.Nodes.GroupBy(n => n.SystemName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pending = new Queue<string>(meant);
        while (pending.TryDequeue(out var name))
        {
            foreach (var target in byName.TryGetValue(name, out var node) ? BotGraph.Targets(node) : [])
            {
                if (meant.Add(target.SystemName))
                {
                    pending.Enqueue(target.SystemName);
                }
            }
        }

        return meant;
    }
}
