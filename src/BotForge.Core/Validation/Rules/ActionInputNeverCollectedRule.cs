using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A built-in action's input that reads an entity no node on any path into the code node collects (since the last
/// context clear): the placeholder never has a value there, so the field is never sent.
/// </summary>
public sealed class ActionInputNeverCollectedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2033", DiagnosticLevel.Warning, "Action input from an entity no path collects");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "action-input-never-collected";

    public override string Why => """
        A field of a built-in action whose placeholder has no value when the step runs is left out of the request (an entity that some path collects as mandatory must be known instead, BF1015). When no node on any path into the code node collects the entity at all, mandatory or optional, since the last context clear, the placeholder never has a value: the field is never sent, and the case is created without the email or description the author wrote it for. Paths are followed from the start nodes as the engine routes them; an entity collected in another flow does not count, as a conversation reaches the step without it. Collect the entity on a node leading to the step (optional is enough for a field that may be left out), or remove the placeholder.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RAISE
            start: true
            user_says: [raise a ticket]
            entities:
              - entity: person_name
                prompt: May I have your name?
            next:
              - to: CREATE_CASE
          - id: CREATE_CASE
            type: code
            action:
              salesforce.create_case:
                subject: Support request
                SuppliedName: ${entity.person_name}
                SuppliedEmail: ${entity.email}
            next:
              - to: DONE
                when: status == true
              - to: FAILED
                when: status == false
          - id: DONE
            type: output
            end: true
            bot_says: Your case ${output.case_id} is open.
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry, the case could not be created.
        """, At: "stories/main/flow.yaml:16:24", Project: ExampleBots.SalesforceProject);

    public override RuleExample Fixed => Failing.Fix(
        "        prompt: May I have your name?\n",
        "        prompt: May I have your name?\n      - entity: email\n        mandatory: false\n");

    public override void Check(RuleContext context)
    {
        var exists = EntityFlow.Exists(context.Bot);
        foreach (var node in context.Graph.Nodes.Where(n => n.Code is ActionStep && context.Graph.IsEntered(n)))
        {
            // Mandatory on some path (BF1015's question, answered for every bot) is collected on some path: the wider
            // flow is computed only for the rest.
            foreach (var (input, placeholder) in BotGraph.ActionEntityPlaceholders(node).Where(p => exists(p.Placeholder.Key)
                         && !context.Graph.IsMandatoryOnSomePath(node, p.Placeholder.Key) && !context.Graph.IsCollectedOnSomePath(node, p.Placeholder.Key)))
            {
                context.Report(placeholder.Location,
                    $"no node on any path into {node.SystemName} collects '{placeholder.Key}': the input {input.Name} never has its value, and is never sent",
                    $"collect '{placeholder.Key}' on a node leading to {node.SystemName} (mandatory: false is enough for a field that may be left out), or remove the placeholder");
            }
        }
    }
}
