using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A code node whose <c>when</c> rules leave an outcome uncovered, or that has no connection at all.</summary>
public sealed class CodeOutcomeGapRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1008", DiagnosticLevel.Error, "Some outcome of a code node reaches no output node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "code-outcome-gap";

    public override string Why => """
        When no rule of a code node's connections is true for what the script returned, the conversation stops there: a bot break. BotForge tries every combination of values that the rules can tell apart (true and false for booleans; each compared value and one other for texts; for numbers each compared value and one on either side of it; the finer cases rules that mix types can meet, such as the text " 1", which equals 1 but not "1", or the number -1, whose digits contain 1; lists holding each set of the values compared with `contains`; and absence) and reports the ones no connection takes, each described with the plainest value that gives it. An output the rules compare only with numbers is taken to be a number, so `count > 0` and `count <= 0` cover it (but for its absence). The hint gives a rule that takes each outcome (`when: status == true and count not exists`; "some other value" as different from every value compared), where one can be written: a value that is no number, beside orderings, has none. Outcomes a rule of the hint also takes are not named again, and at most three are named, so one run shows what to add: `count > 0` and `count == 0` leave two, `count == -1` and `count is missing` (`==` and `!=` are false on a missing value). A code node with a connection whose rule cannot be read (BF0212) is not judged until it is mended: the outcomes that rule was meant for would be reported as gaps.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("      - to: FAILED\n        when: status == false\n", string.Empty, StringComparison.Ordinal), At: "stories/main/flow.yaml:7:9");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder);

    public override void Check(RuleContext context)
    {
        // A node with a connection whose rule could not be read (BF0212 says so) has outcomes that rule was meant to take.
        foreach (var node in context.Graph.Nodes.Where(n => n.Type == NodeType.Code && n.Code is not null && n.UnreadConnections.Count == 0))
        {
            var rules = node.Connections.Where(c => c.Condition is RuleCondition).ToList();
            if (rules.Count == 0)
            {
                context.Report(node.IdLocation, $"no connection leaves code node {node.SystemName}: every outcome of its script is a bot break",
                    "add connections to output nodes with 'when' rules, e.g. status == true and status == false");
                continue;
            }

            var gaps = Gaps(context, node);
            if (gaps.Count > 0)
            {
                var taking = gaps.Select(g => g.Rule).OfType<RuleExpression>().Select(r => $"when: {Describe.Rule(r, top: true)}").ToList();
                var what = gaps.Count == 1 ? "a connection for that outcome" : "connections for those outcomes";
                context.Report(node.IdLocation, $"no connection of {node.SystemName} is taken when {string.Join(", nor when ", gaps.Select(g => g.Outcome.Describe()))}",
                    $"add {what}{(taking.Count == 0 ? string.Empty : $" ({string.Join("; ", taking)})")}, e.g. to an output node that apologises");
            }
        }
    }

    /// <summary>
    /// The outcomes no connection takes, as an author would mend them: the first, with a rule that takes it (when one
    /// can be written), then the first that rule does not take too, and so on; at most <see cref="MostGaps"/>, so one
    /// run of validate names what one connection each would cover (a rule offered for one gap often covers others).
    /// </summary>
    private static List<(WhenRules.Outcome Outcome, RuleExpression? Rule)> Gaps(RuleContext context, Node node)
    {
        var left = context.Outcomes(node).Where(o => !o.Taken.Any()).ToList();
        var gaps = new List<(WhenRules.Outcome, RuleExpression?)>();
        while (left.Count > 0 && gaps.Count < MostGaps)
        {
            var rule = WhenRules.RuleTaking(node, left[0]);
            gaps.Add((left[0], rule));
            left = [.. left.Skip(1).Where(o => rule is null || !WhenRules.Holds(rule, o))];
        }

        return gaps;
    }

    private const int MostGaps = 3;
}
