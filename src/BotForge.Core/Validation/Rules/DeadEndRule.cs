using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A static node with no outgoing connection and no <c>end: true</c>.</summary>
public sealed class DeadEndRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2004", DiagnosticLevel.Warning, "Node with no way forward that is not marked as an end");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "dead-end";

    public override string Why => """
        When a static node has no connection, the conversation can only continue if the user happens to say something a start node catches. Mark nodes that are meant to finish a conversation with `end: true`; every other node needs a way forward.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi! What can I do for you?
        """, At: "stories/main/flow.yaml:2:9");

    public override RuleExample Fixed => Failing.Fix("    start: true", "    start: true\n    end: true");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.Type == NodeType.Static && n.IsActive && !n.IsEnd && n.Connections.Count == 0))
        {
            context.Report(node.IdLocation, $"{node.SystemName} has no connection and is not marked 'end: true'",
                "add a connection, or 'end: true' if the conversation finishes here");
        }
    }
}
