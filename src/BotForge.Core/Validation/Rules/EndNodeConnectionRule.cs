using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A connection out of an end node that only a later message could take.</summary>
public sealed class EndNodeConnectionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1035", DiagnosticLevel.Error, "Connection out of an end node that is never taken");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "end-node-connection";

    public override string Why => """
        An end node completes the conversation as soon as it rests there with nothing left to ask: the platform deletes the conversation's context (its entities, its details, and the node it was on), so the next message begins a new conversation at a start node. A connection that waits for that message (user says, or an entity condition read from it) is never taken. A node the conversation should continue from is not an end node.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says: Hi! Want to hear more?
            next:
              - to: MORE
                user_says: [yes please]
          - id: MORE
            end: true
            bot_says: Here is more.
        """, At: "stories/main/flow.yaml:8:9");

    public override RuleExample Fixed => Failing.Fix("    start: true\n    end: true", "    start: true");

    public override void Check(RuleContext context)
    {
        // With a mandatory entity, the node rests there only once it is known: until then its connections take messages.
        foreach (var (node, connection) in context.Graph.Connections.Where(p => BotGraph.EndsBefore(p.From, p.Connection)))
        {
            context.Report(connection.Location, $"{node.SystemName} is an end node: the conversation ends there and forgets where it was, so this connection to {connection.TargetName} is never taken",
                "remove 'end: true' if the conversation goes on from here, or remove the connection");
        }
    }
}
