using System.Globalization;
using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Reading a code node's <c>when</c> rules: their comparisons, the types of the outputs they read, and every
/// outcome worth trying (each value the rules mention, one other value, and absence) with the connections it takes.
/// </summary>
internal static class WhenRules
{
    private const int MaxOutcomes = 4096;

    public static IEnumerable<RuleComparison> Comparisons(Node node) =>
        node.Connections.Select(c => c.Condition).OfType<RuleCondition>().SelectMany(c => Flatten(c.Rule));

    public static OutputType TypeOf(Node node, string variable) => node.Code switch
    {
        ActionStep step => step.Action.Outputs.FirstOrDefault(o => o.Name == variable)?.Type ?? OutputType.Any,
        ScriptStep when variable == "status" => OutputType.Boolean,
        _ => OutputType.Any,
    };

    public static string Describe(OutputType type) => type switch
    {
        OutputType.Boolean => "a boolean",
        OutputType.String => "a text",
        _ => "any JSON value",
    };

    /// <summary>Why the comparison cannot work on a value of this type, or null when it can.</summary>
    public static string? Mismatch(OutputType type, RuleComparison comparison)
    {
        if (comparison.Operator is RuleOperator.Exists or RuleOperator.NotExists || comparison.Value is not { } value)
        {
            return null;
        }

        var op = comparison.Operator.Spelling();
        return type switch
        {
            OutputType.Boolean when comparison.Operator is not (RuleOperator.Equals or RuleOperator.NotEquals) => $"'{op}' does not apply to a boolean; use == or !=",
            OutputType.Boolean when value.Boolean is null => $"compare it with true or false, not '{value}'",
            OutputType.String when comparison.Operator is RuleOperator.GreaterThan or RuleOperator.GreaterThanOrEqual or RuleOperator.LessThan or RuleOperator.LessThanOrEqual
                => $"'{op}' orders numbers, not text",
            OutputType.String when value.Text is null => $"compare it with a text (in quotes), not {value}",
            _ => null,
        };
    }

    /// <summary>Every combination of the values worth trying, in a stable order, with the connections taken under it.</summary>
    public static IEnumerable<Outcome> Outcomes(Node node)
    {
        var rules = node.Connections.Where(c => c.Condition is RuleCondition).ToList();
        if (Comparisons(node).Any(c => node.Code?.Outputs.Contains(c.Variable) != true))
        {
            yield break; // an unknown variable is reported by unknown-output-variable; guessing its outcomes would only add noise
        }

        var variables = Comparisons(node).GroupBy(c => c.Variable, StringComparer.Ordinal).Select(g => (Name: g.Key, Values: Domain(node, g.Key, [.. g]))).ToList();
        var total = variables.Aggregate(1L, (n, v) => Math.Min(n * v.Values.Count, MaxOutcomes + 1));
        if (total > MaxOutcomes)
        {
            yield break;
        }

        for (var index = 0L; index < total; index++)
        {
            var assignment = new Dictionary<string, Value>(StringComparer.Ordinal);
            var rest = index;
            foreach (var (name, values) in variables)
            {
                assignment[name] = values[(int)(rest % values.Count)];
                rest /= values.Count;
            }

            var taken = rules.Where(c => Holds(((RuleCondition)c.Condition).Rule, assignment)).ToList();
            yield return new Outcome([.. variables.Select(v => (v.Name, assignment[v.Name]))], taken);
        }
    }

    private static IEnumerable<RuleComparison> Flatten(RuleExpression rule) => rule switch
    {
        RuleGroup group => group.Items.SelectMany(Flatten),
        RuleComparison comparison => [comparison],
        _ => [],
    };

    private static List<Value> Domain(Node node, string variable, IReadOnlyList<RuleComparison> comparisons)
    {
        var values = new List<Value>();
        if (TypeOf(node, variable) == OutputType.Boolean)
        {
            values.Add(Value.Of(true));
            values.Add(Value.Of(false));
        }
        else
        {
            foreach (var literal in comparisons.Select(c => c.Value).OfType<RuleValue>())
            {
                if (literal.Boolean is { } b)
                {
                    values.Add(Value.Of(b));
                }
                else if (literal.Number is { } n)
                {
                    values.AddRange([Value.Of(n - 0.5), Value.Of(n), Value.Of(n + 0.5)]);
                }
                else if (literal.Text is { } t)
                {
                    values.Add(Value.Of(t));
                }
            }

            values.Add(Value.Other);
        }

        // 'status' is always in final_response (docs/platform.md); any other output may be absent.
        if (variable != "status")
        {
            values.Add(Value.Missing);
        }

        return [.. values.Distinct()];
    }

    private static bool Holds(RuleExpression rule, IReadOnlyDictionary<string, Value> values) => rule switch
    {
        RuleGroup { Join: RuleJoin.All } group => group.Items.All(i => Holds(i, values)),
        RuleGroup group => group.Items.Any(i => Holds(i, values)),
        RuleComparison c => Compare(values[c.Variable], c.Operator, c.Value),
        _ => false,
    };

    private static bool Compare(Value value, RuleOperator op, RuleValue? literal)
    {
        if (op == RuleOperator.Exists || op == RuleOperator.NotExists)
        {
            return value.IsMissing == (op == RuleOperator.NotExists);
        }

        if (value.IsMissing || literal is null)
        {
            return false;
        }

        var equal = (value.Boolean is { } b && literal.Boolean == b) || (value.Number is { } n && literal.Number == n) || (value.Text is { } t && literal.Text == t);
        return op switch
        {
            RuleOperator.Equals => equal,
            RuleOperator.NotEquals => !equal,
            RuleOperator.Contains => value.Text is { } text && literal.Text is { } part && text.Contains(part, StringComparison.Ordinal),
            _ when value.Number is { } x && literal.Number is { } y => op switch
            {
                RuleOperator.GreaterThan => x > y,
                RuleOperator.GreaterThanOrEqual => x >= y,
                RuleOperator.LessThan => x < y,
                _ => x <= y,
            },
            _ => false,
        };
    }

    /// <summary>One trial value: a boolean, number or text, some other value, or absent.</summary>
    internal sealed record Value(bool IsMissing, bool? Boolean, double? Number, string? Text)
    {
        public static readonly Value Missing = new(true, null, null, null);

        public static readonly Value Other = new(false, null, null, null);

        public static Value Of(bool b) => new(false, b, null, null);

        public static Value Of(double n) => new(false, null, n, null);

        public static Value Of(string t) => new(false, null, null, t);

        public string Describe(string variable) => this switch
        {
            { IsMissing: true } => $"{variable} is missing",
            { Boolean: { } b } => $"{variable} == {(b ? "true" : "false")}",
            { Number: { } n } => $"{variable} == {n.ToString(CultureInfo.InvariantCulture)}",
            { Text: { } t } => $"{variable} == \"{t}\"",
            _ => $"{variable} has some other value",
        };
    }

    /// <summary>A combination of trial values and the rule connections true under it.</summary>
    internal sealed record Outcome(IReadOnlyList<(string Variable, Value Value)> Values, IReadOnlyList<Connection> Taken)
    {
        public string Describe() => string.Join(" and ", Values.Select(v => v.Value.Describe(v.Variable)));
    }
}
