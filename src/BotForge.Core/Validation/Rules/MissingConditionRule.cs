using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A connection with no condition that is not static → code.</summary>
public sealed class MissingConditionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1003", DiagnosticLevel.Error, "Connection without the condition it needs");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "missing-condition";

    public override string Why => """
        Only a static → code connection is taken automatically (once the static node's mandatory entities are known). Every other connection needs a condition — user says or an entity condition between static and output nodes, a `when` rule out of a code node — or the platform cannot tell when to take it.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi! How can I help?
            next:
              - to: MENU
          - id: MENU
            end: true
            bot_says: Here is the menu.
        """, At: "stories/main/flow.yaml:7:13");

    public override RuleExample Fixed => Failing.Fix("      - to: MENU", "      - to: MENU\n        user_says: [menu, show the menu]");

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Condition is AutomaticCondition && connection.Target is { } target && target != node
                && !(node.Type == NodeType.Static && target.Type == NodeType.Code))
            {
                var needed = node.Type == NodeType.Code ? "a 'when' rule over the code node's output" : "'user_says' or an 'entity' condition";
                context.Report(connection.TargetLocation, $"the connection {node.SystemName} → {target.SystemName} has no condition; it needs {needed}",
                    "only static → code connections are taken automatically");
            }
        }
    }
}
