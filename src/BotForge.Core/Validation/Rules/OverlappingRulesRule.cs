using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>Connections of one code node to different targets whose rules can be true for the same outcome.</summary>
public sealed class OverlappingRulesRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2001", DiagnosticLevel.Warning, "Two 'when' rules of a code node can be true at once");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "overlapping-rules";

    public override string Why => """
        When two rules hold for the same result, which connection the platform takes depends on their order — an accident waiting to happen when someone reorders the YAML. Make the rules exclusive.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("when: status == false", "when: status exists", StringComparison.Ordinal), At: "stories/main/flow.yaml:15:15");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder);

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.Type == NodeType.Code && n.Code is not null))
        {
            if (context.Outcomes(node).FirstOrDefault(o => o.Taken.Select(c => c.Target).Distinct<Node?>(ReferenceEqualityComparer.Instance).Count() > 1) is { } overlap)
            {
                var targets = overlap.Taken.Select(c => c.TargetName).Distinct().ToList();
                context.Report(overlap.Taken[1].Condition.Location, $"when {overlap.Describe()}, the rules to {string.Join(" and ", targets)} are both true",
                    "make the rules exclusive, e.g. status == true / status == false");
            }
        }
    }
}
