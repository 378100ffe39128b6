using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Python;

namespace BotForge.Validation.Rules;

/// <summary>
/// An output node that shows an output of a built-in action which that action never returns on the branch leading
/// there: <c>${output.case_id}</c> where the node is reached only when <c>status</c> is false (the case was not
/// created), or <c>${output.error}</c> where it is reached only on success. Which outcomes take the connection is
/// judged by the engine's meaning of the rules (<see cref="WhenRules"/>). So is an output a hand-written script returns
/// with the other status only, where its responses name their keys and status (<see cref="ScriptChecker.FinalResponseKeys"/>).
/// </summary>
public sealed class OutputNotOnBranchRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1039", DiagnosticLevel.Error, "Output never returned on the branch that shows it");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "output-not-on-branch";

    public override string Why => """
        A built-in action returns `status` and, with it, the outputs of its outcome: on success the case's `case_id` or the fields a read lists, on failure the `error`. An output node reached only when `status` is false therefore never has a `case_id` to show ("Sorry, case  could not be created"), and one reached only on success never has an `error`. Which outcomes take a connection is judged as the engine reads its `when` rule (`status == false`, `status != true`, or a rule that does not read `status` at all and so is taken on either). Show the output on the branch that has it, or leave it out. A hand-written script is judged where its final responses name their keys and write `status` as `True` or `False` (`json.dumps({'status': False, 'error': str(e)})`): an output it returns with the other status only is never shown; a script that builds its responses otherwise is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RAISE
            start: true
            user_says: [raise a ticket]
            next:
              - to: CREATE_CASE
          - id: CREATE_CASE
            type: code
            action:
              salesforce.create_case:
                subject: Support request
            next:
              - to: CREATED
                when: status == true
              - to: FAILED
                when: status == false
          - id: CREATED
            type: output
            end: true
            bot_says: Your case ${output.case_id} is open.
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry, case ${output.case_id} could not be created.
        """, At: "stories/main/flow.yaml:24:27", Project: ExampleBots.SalesforceProject);

    public override RuleExample Fixed => Failing.Fix("Sorry, case ${output.case_id} could not be created.", "Sorry, the case could not be created (${output.error}).");

    public override void Check(RuleContext context)
    {
        var outcomes = new Dictionary<ScriptStep, ScriptOutcomes?>(ReferenceEqualityComparer.Instance);
        foreach (var node in context.Graph.Nodes.Where(n => n.Type == NodeType.Output))
        {
            var placeholders = context.Graph.Placeholders(node).Select(p => p.Placeholder).Where(p => p.Kind == PlaceholderKind.Output).ToList();
            if (placeholders.Count == 0)
            {
                continue;
            }

            foreach (var code in context.Graph.Predecessors(node).Where(p => p.Code is ActionStep or ScriptStep).Distinct())
            {
                if (Statuses(context, code, node) is not { Count: 1 } statuses)
                {
                    continue;
                }

                var status = statuses.Single();
                if (code.Code is ScriptStep script)
                {
                    // A script whose responses name their keys and status: a listed output it returns with the other status only.
                    if (!outcomes.TryGetValue(script, out var known))
                    {
                        outcomes[script] = known = ScriptChecker.FinalResponseKeys(script.Source);
                    }

                    var (here, other) = known is null ? (null, null) : status ? (known.WithTrue, known.WithFalse) : (known.WithFalse, known.WithTrue);
                    foreach (var placeholder in placeholders.Where(p => script.Outputs.Contains(p.Key) && here?.Contains(p.Key) == false && other?.Contains(p.Key) == true))
                    {
                        context.Report(placeholder.Location,
                            $"{code.SystemName} leads to {node.SystemName} only when status is {(status ? "true" : "false")}, and {script.RelativePath} returns '{placeholder.Key}' only with status {(status ? "False" : "True")}: it is never shown here",
                            $"show '{placeholder.Key}' on the node reached when status is {(status ? "false" : "true")}, or return it with status {(status ? "True" : "False")} too");
                    }

                    continue;
                }

                var step = (ActionStep)code.Code!;
                foreach (var placeholder in placeholders.Where(p => step.Outputs.Contains(p.Key) && step.Action.OnlyWhenStatus(p.Key) == !status))
                {
                    var returned = status ? "on failure only" : step.Action.Outputs.Any(o => o.Name == placeholder.Key) ? "on success only" : "on success only, as the fields a read lists";
                    context.Report(placeholder.Location,
                        $"{code.SystemName} leads to {node.SystemName} only when status is {(status ? "true" : "false")}, and returns '{placeholder.Key}' {returned}: it is never shown here",
                        status ? "show the error on the node reached when status is false" : $"show '{placeholder.Key}' on the node reached when status is true, or leave it out here");
                }
            }
        }
    }

    /// <summary>The values of <c>status</c> under which <paramref name="code"/> goes on to <paramref name="target"/>, or null when they cannot be told.</summary>
    private static HashSet<bool>? Statuses(RuleContext context, Node code, Node target)
    {
        var statuses = new HashSet<bool>();
        var any = false;
        foreach (var outcome in context.Outcomes(code))
        {
            any = true;
            if (outcome.Taken.Count == 0 || outcome.Taken[0].Target != target)
            {
                continue;
            }

            var status = outcome.Values.FirstOrDefault(v => v.Variable == "status").Value;
            if (status is not { Kind: RuleInputKind.Boolean })
            {
                return null;   // the rules do not read status (or read it as something else): either outcome may lead here
            }

            statuses.Add(status.Boolean);
        }

        return any ? statuses : null;
    }
}
