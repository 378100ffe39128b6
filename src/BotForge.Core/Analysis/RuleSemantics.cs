using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>What kind of value a <c>when</c> rule reads.</summary>
public enum RuleInputKind
{
    /// <summary>Not in the output (or JSON null).</summary>
    Missing,
    Boolean,
    Number,
    String,
    Array,

    /// <summary>An object, or (in the static enumeration) "some other value" that equals no literal.</summary>
    Other,
}

/// <summary>
/// One value of a code node's output as a <c>when</c> rule reads it. The engine makes one from the JSON the script
/// returned (<see cref="FromJson"/>); the static checks (BF1008, BF2001) make the few that stand for every possible
/// value (<see cref="WhenRules"/>). Both then ask <see cref="RuleSemantics"/>, so they cannot disagree on what a rule
/// means.
/// </summary>
public sealed record RuleInput(RuleInputKind Kind, bool Boolean = false, double Number = 0, string? Text = null, IReadOnlyList<RuleInput>? Items = null)
{
    public static readonly RuleInput Missing = new(RuleInputKind.Missing);

    /// <summary>A value equal to no literal, not a number, containing no text.</summary>
    public static readonly RuleInput Other = new(RuleInputKind.Other);

    public static RuleInput Of(bool value) => new(RuleInputKind.Boolean, Boolean: value, Text: value ? "true" : "false");

    public static RuleInput Of(double value) => new(RuleInputKind.Number, Number: value, Text: value.ToString("R", CultureInfo.InvariantCulture));

    public static RuleInput Of(string value) => new(RuleInputKind.String, Text: value);

    /// <summary>A number as a script may write it (1.0 is 1, and its text is "1.0").</summary>
    public static RuleInput Written(double value, string text) => new(RuleInputKind.Number, Number: value, Text: text);

    /// <summary>A list of these values: it contains exactly these and equals no literal.</summary>
    public static RuleInput List(IReadOnlyList<RuleInput> items) =>
        new(RuleInputKind.Array, Text: "[" + string.Join(",", items.Select(i => i.Json)) + "]", Items: items);

    /// <summary>The value as JSON (a text quoted, a number as written).</summary>
    private string Json => Kind switch
    {
        RuleInputKind.String => JsonSerializer.Serialize(Text),
        RuleInputKind.Missing => "null",
        _ => Text ?? "{}",
    };

    /// <summary>A JSON value as a rule reads it: null is missing; a number keeps the text it was written with.</summary>
    public static RuleInput FromJson(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null or JsonValueKind.Undefined => Missing,
        JsonValueKind.True => Of(true),
        JsonValueKind.False => Of(false),
        JsonValueKind.Number => new(RuleInputKind.Number, Number: node.GetValue<double>(), Text: node.ToJsonString()),
        JsonValueKind.String => Of(node.GetValue<string>()),
        JsonValueKind.Array => new(RuleInputKind.Array, Text: node.ToJsonString(), Items: [.. node.AsArray().Select(FromJson)]),
        _ => new(RuleInputKind.Other, Text: node.ToJsonString()),
    };

    /// <summary>The value as a number: a number, or a string that reads as one.</summary>
    public double? AsNumber => Kind switch
    {
        RuleInputKind.Number => Number,
        RuleInputKind.String when double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public string Describe(string variable) => Kind switch
    {
        RuleInputKind.Missing => $"{variable} is missing",
        RuleInputKind.Boolean or RuleInputKind.Number => $"{variable} == {Text}",
        RuleInputKind.String => $"{variable} == \"{Text}\"",
        RuleInputKind.Array when Items!.All(i => i.Kind == RuleInputKind.String) => $"{variable} contains {string.Join(" and ", Items!.Select(i => $"\"{i.Text}\""))} (and no other text compared)",
        RuleInputKind.Array => $"{variable} is the list {Text} (holding no other value compared)",
        _ => $"{variable} has some other value",
    };
}

/// <summary>
/// The one meaning of a <c>when</c> rule, used by the engine and the static checks alike: <c>exists</c> is true
/// for any value present (JSON null counts as absent); every other comparison is false on an absent value;
/// <c>==</c> compares with a boolean literal only a boolean, with a number literal any value that reads as a
/// number (<c>"3"</c> equals 3), with a text literal the value's text (a boolean as <c>true</c>/<c>false</c>, a
/// number as written); <c>!=</c> is its negation; the orderings compare numbers only; <c>contains</c> asks whether a
/// list has an item equal to the literal, or else whether the value's text contains the literal's text.
/// </summary>
public static class RuleSemantics
{
    public static bool Holds(RuleExpression rule, Func<string, RuleInput> read) => rule switch
    {
        RuleGroup { Join: RuleJoin.All } group => group.Items.All(i => Holds(i, read)),
        RuleGroup group => group.Items.Any(i => Holds(i, read)),
        RuleComparison comparison => Compare(read(comparison.Variable), comparison.Operator, comparison.Value),
        _ => false,
    };

    public static bool Compare(RuleInput value, RuleOperator op, RuleValue? literal)
    {
        if (op is RuleOperator.Exists or RuleOperator.NotExists)
        {
            return (value.Kind != RuleInputKind.Missing) == (op == RuleOperator.Exists);
        }

        if (value.Kind == RuleInputKind.Missing || literal is null)
        {
            return false;
        }

        return op switch
        {
            RuleOperator.Equals => AreEqual(value, literal),
            RuleOperator.NotEquals => !AreEqual(value, literal),
            RuleOperator.GreaterThan => value.AsNumber is { } a && literal.Number is { } b && a > b,
            RuleOperator.GreaterThanOrEqual => value.AsNumber is { } a && literal.Number is { } b && a >= b,
            RuleOperator.LessThan => value.AsNumber is { } a && literal.Number is { } b && a < b,
            RuleOperator.LessThanOrEqual => value.AsNumber is { } a && literal.Number is { } b && a <= b,
            RuleOperator.Contains => value.Kind == RuleInputKind.Array
                ? value.Items!.Any(item => item.Kind != RuleInputKind.Missing && AreEqual(item, literal))
                : value.Text is { } text && text.Contains(literal.ToString(), StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool AreEqual(RuleInput value, RuleValue literal) =>
        literal.Boolean is { } flag ? value.Kind == RuleInputKind.Boolean && value.Boolean == flag
        : literal.Number is { } number ? value.AsNumber == number
        : value.Kind != RuleInputKind.Array && value.Text == literal.Text;
}
