using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Python;

namespace BotForge.Validation.Rules;

/// <summary>An output a script node lists that its script's final responses never hold: every read of it finds nothing.</summary>
public sealed class ScriptOutputNeverReturnedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2054", DiagnosticLevel.Warning, "Script never returns an output its node lists");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "script-output-never-returned";

    public override string Why => """
        A script node's `outputs:` tell the compiler which keys the script's final response holds, and the compiler checks every `when` rule and `${output.…}` against that list. When the script writes its final responses so that each key is named (`json.dumps({'status': True, 'arrival': eta})`, or a name assigned such dicts and set further only by `final['key'] = …`), a listed output none of them holds is never there: `${output.eta}` shows nothing, a rule on it never holds (and `eta not exists` always does). It is nearly always one key spelt two ways, in the script and in the list. A script that builds its response another way (a call, `**`, `.update(…)`, a dict passed to a helper) is not judged.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrder.Replace("outputs: [status]", "outputs: [status, eta]", StringComparison.Ordinal)
        .Replace("bot_says: All good.", "bot_says: Your order arrives ${output.eta}.", StringComparison.Ordinal), At: "stories/main/flow.yaml:10:23")
    {
        Files = new Dictionary<string, string> { ["scripts/check.py"] = Script("arrival") },
    };

    public override RuleExample Fixed => Failing with { Files = new Dictionary<string, string> { ["scripts/check.py"] = Script("eta") } };

    private static string Script(string key) => $$$"""
        import json


        def main(event, context):
            final_response = {'status': True, '{{{key}}}': 'tomorrow'}
            return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {'Content-Type': 'application/json'}}

        """;

    public override void Check(RuleContext context)
    {
        var returned = new Dictionary<ScriptStep, IReadOnlySet<string>?>(ReferenceEqualityComparer.Instance);
        foreach (var node in context.Graph.Nodes)
        {
            if (node.Code is not ScriptStep script)
            {
                continue;
            }

            if (!returned.TryGetValue(script, out var keys))
            {
                returned[script] = keys = ScriptChecker.FinalResponseKeys(script.Source)?.All;
            }

            if (keys is null)
            {
                continue;
            }

            foreach (var output in script.Outputs.Where(o => o != "status" && !keys.Contains(o)))
            {
                var unlisted = keys.Where(k => !script.Outputs.Contains(k)).ToList();
                var close = Text.Suggestions.Closest(output, unlisted);
                context.Report(script.OutputLocations.GetValueOrDefault(output) ?? script.Location,
                    $"{node.SystemName} lists '{output}' among its outputs, but {script.RelativePath} never returns it (its final responses hold {string.Join(", ", keys.Where(k => k is not ("conversation_details" or "user_details")).Order(StringComparer.Ordinal))}): "
                    + $"${{output.{output}}} shows nothing and a rule on it never holds",
                    close is not null
                        ? $"the script returns '{close}': write the key one way in both"
                        : $"return '{output}' in the script's final response, or take it out of outputs:");
            }
        }
    }
}
