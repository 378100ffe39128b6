using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Simulation.Engine;

/// <summary>
/// Evaluates a <c>when</c> rule over a code node's final_response, as the platform's output rules do: with
/// <see cref="RuleSemantics"/>, the meaning the static checks (BF1008, BF2001) use too.
/// </summary>
public static class RuleEvaluator
{
    public static bool Matches(RuleExpression rule, JsonObject output) =>
        RuleSemantics.Holds(rule, variable => RuleInput.FromJson(Lookup(output, variable)));

    /// <summary>A variable by name; a dotted name reads into nested objects (<c>contact.Email</c>).</summary>
    private static JsonNode? Lookup(JsonObject output, string variable)
    {
        if (output.TryGetPropertyValue(variable, out var direct))
        {
            return direct;
        }

        JsonNode? node = output;
        foreach (var part in variable.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var next) ? next : null;
        }

        return node;
    }

    /// <summary>A value as text: strings as they are, other scalars in JSON form, objects and arrays as JSON.</summary>
    public static string? Text(JsonNode? value) => value?.GetValueKind() switch
    {
        null => null,
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        _ => value.ToJsonString(),
    };
}
