using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A comparison whose operator or value does not fit the output's type (e.g. <c>status &gt; 1</c>, <c>status == "yes"</c>).</summary>
public sealed class OperatorTypeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1007", DiagnosticLevel.Error, "'when' operator or value does not fit the variable's type");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "operator-type-mismatch";

    public override string Why => """
        `status` is a boolean and `case_id`, `error` are text. Ordering a boolean, comparing it with text, or looking for a number in a text never behaves as the author means: the platform compares the JSON values as they are.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("when: status == true", "when: status == \"yes\"", StringComparison.Ordinal), At: "stories/main/flow.yaml:13:15");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder);

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.Code is not null))
        {
            foreach (var comparison in WhenRules.Comparisons(node))
            {
                var type = WhenRules.TypeOf(node, comparison.Variable);
                if (WhenRules.Mismatch(type, comparison) is { } problem)
                {
                    context.Report(comparison.Location, $"'{comparison.Variable}' of {node.SystemName} is {WhenRules.Describe(type)}: {problem}");
                }
            }
        }
    }
}
