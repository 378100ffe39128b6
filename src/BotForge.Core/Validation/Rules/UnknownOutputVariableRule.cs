using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A <c>when</c> comparison on a variable that is not an output of the code node's action or script.</summary>
public sealed class UnknownOutputVariableRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1006", DiagnosticLevel.Error, "'when' rule reads a variable the code node does not return");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unknown-output-variable";

    public override string Why => """
        A rule over a variable the script never returns is never true (or, with `not exists`, always true). The compiler knows every built-in action's outputs and the `outputs:` of hand-written scripts.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("when: status == true", "when: sucess == true", StringComparison.Ordinal), At: "stories/main/flow.yaml:13:15");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder);

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.Code is not null))
        {
            foreach (var comparison in WhenRules.Comparisons(node))
            {
                if (!node.Code!.Outputs.Contains(comparison.Variable))
                {
                    var close = Text.Suggestions.Closest(comparison.Variable, node.Code.Outputs);
                    context.Report(comparison.Location, $"{node.SystemName} does not return '{comparison.Variable}'; its outputs are {string.Join(", ", node.Code.Outputs)}",
                        close is null ? null : $"did you mean '{close}'?");
                }
            }
        }
    }
}
