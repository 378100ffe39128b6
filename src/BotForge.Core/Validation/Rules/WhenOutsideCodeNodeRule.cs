using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A <c>when</c> rule on a connection leaving a static or output node.</summary>
public sealed class WhenOutsideCodeNodeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1004", DiagnosticLevel.Error, "'when' rule on a connection that does not leave a code node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "when-outside-code-node";

    public override string Why => """
        A `when` rule reads the JSON a code node's script returns. Only connections leaving a code node have such a result to read; anywhere else the rule is never evaluated.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi! How can I help?
            next:
              - to: MENU
                when: status == true
          - id: MENU
            end: true
            bot_says: Here is the menu.
        """, At: "stories/main/flow.yaml:8:15");

    public override RuleExample Fixed => Failing.Fix("        when: status == true", "        user_says: [menu]");

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections.Where(p => p.From.Type != NodeType.Code && p.Connection.Condition is RuleCondition))
        {
            context.Report(connection.Condition.Location, $"'when' rules read a code node's output, but {node.SystemName} is {ForbiddenConnectionRule.AKind(node.Type)} node",
                "use 'user_says' or an 'entity' condition here");
        }
    }
}
