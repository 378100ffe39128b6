using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>User says or entity conditions on a connection leaving or entering a code node.</summary>
public sealed class ChatConditionOnCodeNodeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1005", DiagnosticLevel.Error, "User-says or entity condition on a code node's connection");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "chat-condition-on-code-node";

    public override string Why => """
        A code node runs without waiting for the user, so its outgoing connections are chosen by `when` rules over the script's output, never by user says or entities. Likewise a static → code connection is automatic: a user-says or entity condition on it is never read.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [check my order]
            next:
              - to: CHECK
          - id: CHECK
            type: code
            script: scripts/check.py
            outputs: [status]
            next:
              - to: OK
                user_says: [yes]
          - id: OK
            type: output
            end: true
            bot_says: All good.
        """, At: "stories/main/flow.yaml:13:20");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder);

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Condition is not (UserSaysCondition or EntityPresenceCondition or EntityValueCondition))
            {
                continue;
            }

            if (node.Type == NodeType.Code)
            {
                context.Report(connection.Condition.Location, $"code node {node.SystemName} does not wait for the user: its connections take 'when' rules, not user says or entities",
                    "e.g. when: status == true");
            }
            else if (node.Type == NodeType.Static && connection.Target?.Type == NodeType.Code)
            {
                // (output → code is not a connection at all: BF1001 says so, and only that.)
                context.Report(connection.Condition.Location, $"the connection {node.SystemName} → {connection.Target.SystemName} is taken automatically once {node.SystemName}'s mandatory entities are known; this condition is never read",
                    "remove the condition, or collect what it checks as an entity of the static node");
            }
        }
    }
}
