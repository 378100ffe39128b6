using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Model;

namespace BotForge.Simulation.Engine;

/// <summary>Evaluates a <c>when</c> rule over a code node's final_response, as the platform's output rules do.</summary>
public static class RuleEvaluator
{
    public static bool Matches(RuleExpression rule, JsonObject output) => rule switch
    {
        RuleGroup { Join: RuleJoin.All } g => g.Items.All(i => Matches(i, output)),
        RuleGroup g => g.Items.Any(i => Matches(i, output)),
        RuleComparison c => Compare(c, Lookup(output, c.Variable)),
        _ => false,
    };

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

    private static bool Compare(RuleComparison c, JsonNode? value)
    {
        if (c.Operator == RuleOperator.Exists)
        {
            return value is not null;
        }

        if (c.Operator == RuleOperator.NotExists)
        {
            return value is null;
        }

        if (value is null || c.Value is null)
        {
            return false;
        }

        return c.Operator switch
        {
            RuleOperator.Equals => AreEqual(value, c.Value),
            RuleOperator.NotEquals => !AreEqual(value, c.Value),
            RuleOperator.GreaterThan => Number(value) is { } a && c.Value.Number is { } b && a > b,
            RuleOperator.GreaterThanOrEqual => Number(value) is { } a && c.Value.Number is { } b && a >= b,
            RuleOperator.LessThan => Number(value) is { } a && c.Value.Number is { } b && a < b,
            RuleOperator.LessThanOrEqual => Number(value) is { } a && c.Value.Number is { } b && a <= b,
            RuleOperator.Contains => value is JsonArray array
                ? array.Any(item => item is not null && AreEqual(item, c.Value))
                : Text(value) is { } text && text.Contains(c.Value.ToString(), StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool AreEqual(JsonNode value, RuleValue expected)
    {
        if (expected.Boolean is { } flag)
        {
            return value.GetValueKind() is JsonValueKind.True or JsonValueKind.False && value.GetValue<bool>() == flag;
        }

        if (expected.Number is { } number)
        {
            return Number(value) is { } actual && actual == number;
        }

        return Text(value) == expected.Text;
    }

    private static double? Number(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => value.GetValue<double>(),
        JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

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
