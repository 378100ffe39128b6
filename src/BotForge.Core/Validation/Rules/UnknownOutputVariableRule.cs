using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A <c>when</c> comparison on a variable that is not an output of the code node's action or script.</summary>
public sealed class UnknownOutputVariableRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1006", DiagnosticLevel.Error, "'when' rule reads a variable the code node does not return");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unknown-output-variable";

    public override string Why => """
        A rule over a variable the script never returns is never true (or, with `not exists`, always true). The compiler knows every built-in action's outputs and the `outputs:` of hand-written scripts. The hint names the output meant, or the list to mend: a script's `outputs:` that misspell a key the script writes, or a Salesforce read's `fields` that list in lower case (BF2027) a field the rule spells as Salesforce does; a custom field listed in another case than the rule's is to be written one way in both, as Salesforce spells it.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("when: status == true", "when: sucess == true", StringComparison.Ordinal), At: "stories/main/flow.yaml:13:15");

    public override RuleExample Fixed => new(ExampleBots.CheckOrder);

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.Code is not null))
        {
            foreach (var comparison in WhenRules.Comparisons(node))
            {
                if (!node.Code!.MayReturn(comparison.Variable))
                {
                    context.Report(comparison.Location, $"{node.SystemName} does not return '{comparison.Variable}'; its outputs are {string.Join(", ", node.Code.Outputs)}",
                        MissingOutputHint(node.Code, comparison.Variable, null));
                }
            }
        }
    }

    /// <summary>
    /// The hint for a key a code node's outputs do not list: the output it is close to ('totl' for 'total'); but where
    /// a hand-written script writes the key itself and not that output, the list is what is misspelt (BF1006, BF1016);
    /// so is a Salesforce action's <c>fields</c> that lists the key in lower case where the key is spelt as Salesforce does.
    /// </summary>
    internal static string? MissingOutputHint(CodeStep code, string key, string? otherwise)
    {
        var close = Text.Suggestions.Closest(key, code.Outputs);
        if (code is ScriptStep script && script.Writes(key))
        {
            return $"{script.RelativePath} writes '{key}': add it to the node's outputs"
                + (close is not null && !script.Writes(close) ? $" (they list '{close}', which the script never writes)" : string.Empty);
        }

        if (SalesforceFieldCaseRule.Written(code, key) is { } written)
        {
            return $"the action's fields list '{written}', which Salesforce never returns (BF2027): write it '{key}' there";
        }

        // A custom field written in two cases: either may be its API name, but the record has one spelling only.
        if (SalesforceFieldCaseRule.OtherCase(code, key) is { } listed)
        {
            return $"the action's fields list it as '{listed}': Salesforce returns a field under its API name exactly as defined, so write it the same way here and in fields, as Salesforce spells it";
        }

        return close is not null ? $"did you mean '{close}'?" : otherwise;
    }
}
