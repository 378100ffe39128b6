using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// An action input that writes text (or other placeholders) around an entity no path collects as mandatory: when the
/// entity has no value, the generated script leaves the whole input out of the request, the rest of its text with it.
/// </summary>
public sealed class ActionInputLeftOutWholeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2055", DiagnosticLevel.Warning, "Action input left out whole for an optional entity");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "action-input-left-out-whole";

    public override string Why => """
        A built-in action leaves out of its request an input one of whose placeholders has no value: it never sends "None" or a half-written text. An entity no path into the code node collects as mandatory may have no value there (an optional entity the user did not give), and an input that writes other text around it (`Description: "Incident on ${entity.date}. Estimate: ${entity.repair_estimate}"`) is then left out whole: the case is created without the date and everything else that input held, and only a test where the user skips the entity shows it. Make the entity mandatory on the node that collects it, or take its placeholder out of the longer text (an input that is only `${entity.repair_estimate}` is left out alone, as meant).
        """;

    // BF2033's fixed example, whose optional email now also goes into the description.
    public override RuleExample Failing => new ActionInputNeverCollectedRule().Fixed
        .Fix("SuppliedEmail: ${entity.email}", "Description: Raised by ${entity.person_name}, reachable at ${entity.email}") with { At = "stories/main/flow.yaml:18:68" };

    public override RuleExample Fixed => Failing.Fix(
        "Description: Raised by ${entity.person_name}, reachable at ${entity.email}",
        "Description: Raised by ${entity.person_name}\n        SuppliedEmail: ${entity.email}");

    public override void Check(RuleContext context)
    {
        var exists = EntityFlow.Exists(context.Bot);
        foreach (var node in context.Graph.Nodes.Where(n => n.Code is ActionStep && context.Graph.IsEntered(n)))
        {
            foreach (var (input, placeholder) in BotGraph.ActionEntityPlaceholders(node))
            {
                var holdsMore = input.Template?.Parts.Any(p => p is LiteralPart { Text: var text } ? !string.IsNullOrWhiteSpace(text) : p != placeholder) == true;
                if (!holdsMore || !exists(placeholder.Key)
                    || context.Graph.IsMandatoryOnSomePath(node, placeholder.Key) || !context.Graph.IsCollectedOnSomePath(node, placeholder.Key))
                {
                    continue;
                }

                context.Report(placeholder.Location,
                    $"no path into {node.SystemName} collects '{placeholder.Key}' as mandatory: when the user gives none, the input {input.Name} is left out of the request whole, with the rest of its text",
                    $"make '{placeholder.Key}' mandatory on the node that collects it, or take ${{entity.{placeholder.Key}}} out of {input.Name} (an input that is only the placeholder is left out alone)");
            }
        }
    }
}
