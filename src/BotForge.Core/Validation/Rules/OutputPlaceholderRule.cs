using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary><c>${output.k}</c> outside an output node, or not returned by every code node leading to it.</summary>
public sealed class OutputPlaceholderRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1016", DiagnosticLevel.Error, "Output placeholder that no code node provides");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "output-placeholder";

    public override string Why => """
        Output variables come from the code node that leads to an output node. Elsewhere there is no output to read, and a key the code node does not return renders as nothing. The hint names the output meant; where a hand-written script writes the key (as a string in its text) and the node's `outputs:` list misspells it, it says to mend the list, as it does where a Salesforce read's `fields` lists in lower case (BF2027) a field the text spells as Salesforce does (BF1006 does the same for a rule); a custom field listed in another case than the text's is to be written one way in both, as Salesforce spells it.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("bot_says: All good.", "bot_says: Order ${output.order_status}.", StringComparison.Ordinal), At: "stories/main/flow.yaml:19:21");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder
        .Replace("outputs: [status]", "outputs: [status, order_status]", StringComparison.Ordinal)
        .Replace("bot_says: All good.", "bot_says: Order ${output.order_status}.", StringComparison.Ordinal));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            var codeNodes = node.Type == NodeType.Output ? context.Graph.Predecessors(node).Where(p => p.Code is not null).ToList() : [];
            foreach (var (placeholder, _) in context.Graph.Placeholders(node).Where(p => p.Placeholder.Kind == PlaceholderKind.Output))
            {
                if (node.Type != NodeType.Output)
                {
                    context.Report(placeholder.Location, $"${{output.{placeholder.Key}}} is only available on output nodes; {node.SystemName} is {ForbiddenConnectionRule.AKind(node.Type)} node",
                        "show code results on the output nodes the code node connects to");
                }
                else if (codeNodes.FirstOrDefault(c => !c.Code!.MayReturn(placeholder.Key)) is { } code)
                {
                    context.Report(placeholder.Location, $"{code.SystemName}, which leads to {node.SystemName}, does not return '{placeholder.Key}' (outputs: {string.Join(", ", code.Code!.Outputs)})",
                        UnknownOutputVariableRule.MissingOutputHint(code.Code!, placeholder.Key, "add it to the script's outputs or use one of them"));
                }
            }
        }
    }
}
