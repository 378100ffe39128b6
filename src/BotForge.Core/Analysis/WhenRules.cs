using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Reading a code node's <c>when</c> rules: their comparisons, the types of the outputs they read, and every
/// outcome worth trying with the connections it takes, judged by <see cref="RuleSemantics"/> (what the engine runs).
/// </summary>
/// <remarks>
/// The values tried stand for every value a variable can take as far as its rules can tell: each literal the rules
/// mention; for numbers also one below the least, one between each two neighbours and one above the greatest; for
/// texts compared with <c>contains</c>, a value holding each set of them and none of the others; one other value
/// (but for a variable compared only with numbers, which is taken to be a number); and absence (but for
/// <c>status</c>, always present).
/// </remarks>
internal static class WhenRules
{
    private const int MaxOutcomes = 4096;

    /// <summary>The most texts one variable is compared with by <c>contains</c>: every set of them is tried (2¹² = <see cref="MaxOutcomes"/>).</summary>
    private const int MaxContained = 12;

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
            _ when comparison.Operator is RuleOperator.GreaterThan or RuleOperator.GreaterThanOrEqual or RuleOperator.LessThan or RuleOperator.LessThanOrEqual
                && value.Number is null => value.Text is { } text ? $"'{op}' orders numbers, not the text \"{text}\"" : $"'{op}' orders numbers, not {value}",
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

        var domains = Comparisons(node).GroupBy(c => c.Variable, StringComparer.Ordinal).Select(g => (Name: g.Key, Values: Domain(node, g.Key, [.. g]))).ToList();
        if (domains.Any(d => d.Values is null))
        {
            yield break;
        }

        var variables = domains.Select(d => (d.Name, Values: d.Values!)).ToList();
        var total = variables.Aggregate(1L, (n, v) => Math.Min(n * v.Values.Count, MaxOutcomes + 1));
        if (total > MaxOutcomes)
        {
            yield break;
        }

        for (var index = 0L; index < total; index++)
        {
            var assignment = new Dictionary<string, RuleInput>(StringComparer.Ordinal);
            var rest = index;
            foreach (var (name, values) in variables)
            {
                assignment[name] = values[(int)(rest % values.Count)];
                rest /= values.Count;
            }

            var taken = rules.Where(c => RuleSemantics.Holds(((RuleCondition)c.Condition).Rule, name => assignment[name])).ToList();
            yield return new Outcome([.. variables.Select(v => (v.Name, assignment[v.Name]))], taken);
        }
    }

    private static IEnumerable<RuleComparison> Flatten(RuleExpression rule) => rule switch
    {
        RuleGroup group => group.Items.SelectMany(Flatten),
        RuleComparison comparison => [comparison],
        _ => [],
    };

    /// <summary>The values tried for one variable, or null when there are too many to try (more than <see cref="MaxContained"/> texts compared with <c>contains</c>).</summary>
    private static List<RuleInput>? Domain(Node node, string variable, IReadOnlyList<RuleComparison> comparisons)
    {
        var values = new List<RuleInput>();
        if (TypeOf(node, variable) == OutputType.Boolean)
        {
            values.Add(RuleInput.Of(true));
            values.Add(RuleInput.Of(false));
        }
        else
        {
            var literals = comparisons.Select(c => c.Value).OfType<RuleValue>().ToList();
            values.AddRange(literals.Where(l => l.Boolean is not null).Select(l => RuleInput.Of(l.Boolean!.Value)));
            var numbers = literals.Select(l => l.Number).OfType<double>().Distinct().Order().ToList();
            if (numbers.Count > 0)
            {
                values.Add(RuleInput.Of(numbers[0] - 1));
                for (var i = 0; i < numbers.Count; i++)
                {
                    values.Add(RuleInput.Of(numbers[i]));
                    values.Add(RuleInput.Of(i + 1 < numbers.Count ? (numbers[i] + numbers[i + 1]) / 2 : numbers[i] + 1));
                }
            }

            var texts = literals.Select(l => l.Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            values.AddRange(texts.Select(RuleInput.Of));
            // A value may contain any set of the texts compared with 'contains' and none of the others: a list of
            // exactly those texts (a text could not: one holding "a" and "b" side by side also holds "ab").
            var contained = comparisons.Where(c => c.Operator == RuleOperator.Contains && c.Value?.Text is not null)
                .Select(c => c.Value!.Text!).Distinct(StringComparer.Ordinal).ToList();
            if (contained.Count > MaxContained)
            {
                return null;
            }

            for (var subset = 1; subset < 1 << contained.Count; subset++)
            {
                values.Add(RuleInput.List([.. contained.Where((_, i) => (subset & (1 << i)) != 0)]));
            }

            // A variable the rules compare only with numbers is read as a number: a script that returns something
            // else for it (a word, an object) is wrong, which its tests show; it is not a gap in the rules.
            if (!ComparedAsNumber(comparisons))
            {
                values.Add(RuleInput.Other);
            }
        }

        // 'status' is always in final_response (docs/platform.md); any other output may be absent.
        if (variable != "status")
        {
            values.Add(RuleInput.Missing);
        }

        return [.. values.Distinct()];
    }

    /// <summary>True when every comparison of a variable but <c>exists</c> orders it or equates it with a number, and one does.</summary>
    private static bool ComparedAsNumber(IReadOnlyList<RuleComparison> comparisons) =>
        comparisons.Any(c => c.Value?.Number is not null)
        && comparisons.All(c => c.Operator is RuleOperator.Exists or RuleOperator.NotExists
            || (c.Value?.Number is not null && c.Operator is not RuleOperator.Contains));

    /// <summary>A combination of trial values and the rule connections true under it.</summary>
    internal sealed record Outcome(IReadOnlyList<(string Variable, RuleInput Value)> Values, IReadOnlyList<Connection> Taken)
    {
        public string Describe() => string.Join(" and ", Values.Select(v => v.Value.Describe(v.Variable)));
    }
}
