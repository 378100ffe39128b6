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
                    node.Type == NodeType.Code ? "only static → code connections are taken automatically" : Hint(node, target));
            }
        }
    }

    /// <summary>
    /// Why a connection out of a static or output node needs a condition and, when its target is a question (a node
    /// that asks no entity and leads on by the user's answers), the usual way to ask it right away.
    /// </summary>
    private static string Hint(Node node, Node target)
    {
        var why = $"a connection out of {(node.Type == NodeType.Output ? "an output" : "a static")} node is taken on the user's next message, on what it says; "
            + "only static → code connections are taken automatically";
        var answers = target.Connections.Where(c => c.Target is not null && c.Target != target).ToList();
        if (target.Type != NodeType.Static || target.Entities.Count > 0 || answers.Count == 0 || !answers.All(c => c.Condition is UserSaysCondition))
        {
            return why;
        }

        var destinations = answers.Select(c => c.Target!.SystemName).Distinct().ToList();
        var to = destinations.Count == 1 ? destinations[0] : $"{string.Join(", ", destinations[..^1])} and {destinations[^1]}";
        return $"{why}. To ask {target.SystemName}'s question at once, ask it in {node.SystemName}'s bot says and connect {node.SystemName} to {to} on the answers";
    }
}
