using System.Globalization;
using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Reading a code node's <c>when</c> rules: their comparisons, the types of the outputs they read, and every
/// outcome worth trying with the connections it takes, judged by <see cref="RuleSemantics"/> (what the engine runs).
/// </summary>
/// <remarks>
/// The values tried stand for every value a variable can take as far as its rules can tell: each literal the rules
/// mention; for numbers also one below the least, one between each two neighbours and one above the greatest, and
/// more in each interval written with other digits; numbers written another way and texts that read as numbers;
/// texts and numbers holding a literal without being it; lists holding each set of the values compared with
/// <c>contains</c> and none of the others; one other value (but for a variable compared only with numbers, which
/// is taken to be a number, and for a boolean output); and absence (but for <c>status</c>, always present). Values
/// that every comparison of the variable judges alike are one: only the first is kept, so an outcome is described
/// with the plainest value that gives it.
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
        var rules = node.Connections.Where(c => c.ActiveRule is not null).ToList();
        if (Comparisons(node).Any(c => node.Code?.Outputs.Contains(c.Variable) != true))
        {
            yield break; // an unknown variable is reported by unknown-output-variable; guessing its outcomes would only add noise
        }

        var domains = Comparisons(node).GroupBy(c => c.Variable, StringComparer.Ordinal).Select(g => (Name: g.Key, Values: Domain(node, g.Key, [.. g]))).ToList();
        if (domains.Any(d => d.Values is null))
        {
            yield break;
        }

        var variables = domains.Select(d => (d.Name, (IReadOnlyList<RuleInput>)d.Values!)).ToList();
        if (Combinations.Of(variables, MaxOutcomes) is not { } assignments)
        {
            yield break;
        }

        foreach (var assignment in assignments)
        {
            var taken = rules.Where(c => RuleSemantics.Holds(c.ActiveRule!.Rule, name => assignment[name])).ToList();
            yield return new Outcome([.. variables.Select(v => (v.Name, assignment[v.Name]))], taken);
        }
    }

    private static IEnumerable<RuleComparison> Flatten(RuleExpression rule) => rule switch
    {
        RuleGroup group => group.Items.SelectMany(Flatten),
        RuleComparison comparison => [comparison],
        _ => [],
    };

    /// <summary>
    /// The values tried for one variable, one for each way the variable's comparisons can come out together (values
    /// no comparison tells apart are one), or null when there are too many to try (more than <see cref="MaxContained"/>
    /// values compared with <c>contains</c>).
    /// </summary>
    private static List<RuleInput>? Domain(Node node, string variable, IReadOnlyList<RuleComparison> comparisons)
    {
        var type = TypeOf(node, variable);
        var literals = comparisons.Select(c => c.Value).OfType<RuleValue>().ToList();
        var values = type == OutputType.Boolean ? [RuleInput.Of(true), RuleInput.Of(false)]
            // A variable the rules compare only with numbers is read as a number: a script that returns something
            // else for it (a word, an object) is wrong, which its tests show; it is not a gap in the rules.
            : ComparedAsNumber(comparisons) ? Numbers(Named(literals))
            : AnyValue(comparisons, literals);
        if (values is null)
        {
            return null;
        }

        if (type == OutputType.String)
        {
            values.RemoveAll(v => v.Kind is not (RuleInputKind.String or RuleInputKind.Other));
        }

        // 'status' is always in final_response (docs/platform.md); any other output may be absent.
        if (variable != "status")
        {
            values.Add(RuleInput.Missing);
        }

        // Values every comparison answers alike are one outcome, but for absence, kept apart: the rule offered for
        // a value (BF1008's hint: days == -1) never takes it, so it would surface only once that rule is written.
        var tests = comparisons.Select(c => (c.Operator, c.Value)).Distinct().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. values.Where(v => v.Kind == RuleInputKind.Missing || seen.Add(string.Create(tests.Count, v, (answers, value) =>
        {
            for (var i = 0; i < answers.Length; i++)
            {
                answers[i] = RuleSemantics.Compare(value, tests[i].Operator, tests[i].Value) ? '1' : '0';
            }
        })))];
    }

    /// <summary>Each number the rules name (<paramref name="numbers"/>, in order), one below the least, one between each two neighbours and one above the greatest.</summary>
    private static List<RuleInput> Numbers(IReadOnlyList<double> numbers)
    {
        var values = new List<RuleInput>();
        if (numbers.Count > 0)
        {
            values.Add(RuleInput.Of(numbers[0] - 1));
            for (var i = 0; i < numbers.Count; i++)
            {
                values.Add(RuleInput.Of(numbers[i]));
                values.Add(RuleInput.Of(i + 1 < numbers.Count ? (numbers[i] + numbers[i + 1]) / 2 : numbers[i] + 1));
            }
        }

        return values;
    }

    /// <summary>The numbers the rules name, each once, in order.</summary>
    private static List<double> Named(IReadOnlyList<RuleValue> literals) => [.. literals.Select(l => l.Number).OfType<double>().Distinct().Order()];

    /// <summary>
    /// More numbers in each interval the numbers named leave, written with other digits: <c>contains</c> reads a
    /// number's digits, so the interval below 2 holds numbers with a 1 in them and numbers without.
    /// </summary>
    private static IEnumerable<RuleInput> OtherDigits(IReadOnlyList<double> numbers)
    {
        if (numbers.Count == 0)
        {
            yield break;
        }

        foreach (var step in new[] { 2, 10, 0.25, 0.01 })
        {
            yield return RuleInput.Of(numbers[0] - step);
            yield return RuleInput.Of(numbers[^1] + step);
        }

        for (var i = 0; i + 1 < numbers.Count; i++)
        {
            var (low, high) = (numbers[i], numbers[i + 1]);
            foreach (var share in new[] { 0.25, 0.75, 0.01, 0.99 })
            {
                yield return RuleInput.Of(low + ((high - low) * share));
            }
        }
    }

    /// <summary>
    /// Values of any JSON type that stand for every value as far as the comparisons can tell: first the values the
    /// rules name (so outcomes are described with them), then the ones only the rules' finer points tell apart. A
    /// number is also written another way ("1.0"), and a text may read as a number (" 1" equals 1 but not "1"); a
    /// text may hold a literal without being it ("_a_"), and a number's digits may hold one (-1 contains 1); a
    /// list may hold any set of the values compared with <c>contains</c> and none of the others (a text could
    /// not: one holding "a" and "b" side by side also holds "ab"), its items of any type (a list holding 1.0
    /// contains 1 but not "1"). Null when more than <see cref="MaxContained"/> values are compared with <c>contains</c>.
    /// </summary>
    private static List<RuleInput>? AnyValue(IReadOnlyList<RuleComparison> comparisons, IReadOnlyList<RuleValue> literals)
    {
        var contained = comparisons.Where(c => c.Operator == RuleOperator.Contains && c.Value is not null).Select(c => c.Value!).Distinct().ToList();
        if (contained.Count > MaxContained)
        {
            return null;
        }

        var points = Named(literals);
        var numbers = Numbers(points);
        var texts = literals.Select(l => l.Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var named = new List<RuleInput>();
        named.AddRange(literals.Where(l => l.Boolean is not null).Select(l => RuleInput.Of(l.Boolean!.Value)));
        named.AddRange(numbers);
        named.AddRange(texts.Select(RuleInput.Of));

        var scalars = new List<RuleInput>(named) { RuleInput.Of(true), RuleInput.Of(false) };
        scalars.AddRange(OtherDigits(points));
        // Texts that read as numbers no interval holds, or as numbers with letters in them.
        scalars.AddRange(new[] { "NaN", "Infinity", "-Infinity" }.Select(RuleInput.Of));
        foreach (var number in numbers)
        {
            // A number keeps the text it was written with: 1.0 is how Python writes a float that is whole (it equals 1,
            // but its text is not "1"), and JSON allows an exponent on any number (0.5e0, 1.5E+0, as Python writes
            // 1e+16), so a number of any interval may hold "e", "E" or "+".
            if (!number.Text!.Contains('E', StringComparison.Ordinal))
            {
                if (!number.Text.Contains('.', StringComparison.Ordinal))
                {
                    scalars.Add(RuleInput.Written(number.Number, number.Text + ".0"));
                }

                scalars.Add(RuleInput.Written(number.Number, number.Text + "e0"));
                scalars.Add(RuleInput.Written(number.Number, number.Text + "E+0"));
                scalars.Add(RuleInput.Of(number.Text + "e0"));
            }

            scalars.Add(RuleInput.Of(number.Text));
            scalars.Add(RuleInput.Of(" " + number.Text));
            scalars.Add(RuleInput.Of("+" + number.Text));
        }

        foreach (var text in contained.Select(c => c.ToString()).Concat(texts).Distinct(StringComparer.Ordinal))
        {
            scalars.Add(RuleInput.Of(text));
            scalars.Add(RuleInput.Of("_" + text + "_"));
            if (text.Length > 0 && text.All(char.IsAsciiDigit))
            {
                // A number near each one tried whose digits hold the text (4 → 4.0000007 holds "7").
                foreach (var number in numbers.Where(n => !n.Text!.Contains('E', StringComparison.Ordinal)))
                {
                    var written = number.Text + (number.Text!.Contains('.', StringComparison.Ordinal) ? "000000" : ".000000") + text;
                    if (double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var near))
                    {
                        scalars.Add(RuleInput.Written(near, written));
                        scalars.Add(RuleInput.Of(written));
                    }
                }
            }
        }

        var values = new List<RuleInput>(named);
        values.AddRange(Lists(contained, scalars));
        values.Add(RuleInput.Other);
        values.AddRange(scalars);
        return values;
    }

    /// <summary>
    /// Lists holding every set of the values compared with <c>contains</c> that some list can hold: first lists of
    /// exactly the texts named (in the order of the subsets of them), then of any item that holds others together.
    /// </summary>
    private static IEnumerable<RuleInput> Lists(IReadOnlyList<RuleValue> contained, IReadOnlyList<RuleInput> items)
    {
        if (contained.Count == 0)
        {
            yield break;
        }

        var texts = contained.Where(c => c.Text is not null).Select(c => c.Text!).ToList();
        for (var subset = 1; subset < 1 << texts.Count; subset++)
        {
            yield return RuleInput.List([.. texts.Where((_, i) => (subset & (1 << i)) != 0).Select(RuleInput.Of)]);
        }

        // Which of the values compared each item holds, once per different set; then every union of those sets.
        var held = new Dictionary<int, List<RuleInput>>();
        foreach (var item in items)
        {
            var mask = 0;
            for (var i = 0; i < contained.Count; i++)
            {
                mask |= RuleSemantics.Compare(RuleInput.List([item]), RuleOperator.Contains, contained[i]) ? 1 << i : 0;
            }

            if (mask != 0 && !held.ContainsKey(mask))
            {
                foreach (var (union, list) in held.ToList())
                {
                    held.TryAdd(union | mask, [.. list, item]);
                }

                held.TryAdd(mask, [item]);
            }
        }

        foreach (var list in held.Values)
        {
            yield return RuleInput.List(list);
        }
    }

    /// <summary>True when every comparison of a variable but <c>exists</c> orders it or equates it with a number, and one does.</summary>
    private static bool ComparedAsNumber(IReadOnlyList<RuleComparison> comparisons) =>
        comparisons.Any(c => c.Value?.Number is not null)
        && comparisons.All(c => c.Operator is RuleOperator.Exists or RuleOperator.NotExists
            || (c.Value?.Number is not null && c.Operator is not RuleOperator.Contains));

    /// <summary>
    /// A rule true for this outcome's values, for a connection that takes it (BF1008's hint): each value as a
    /// comparison, "some other value" as different from every literal the node compares that variable with. Null
    /// where none can be written (a variable also ordered or searched with contains: "no number" has no rule), and
    /// offered only when the rules' own meaning says it holds for the outcome.
    /// </summary>
    internal static string? RuleFor(Node node, Outcome outcome) => RuleTaking(node, outcome) is { } rule ? Analysis.Describe.Rule(rule, top: true) : null;

    /// <summary>True when <paramref name="rule"/> holds for <paramref name="outcome"/>'s values.</summary>
    internal static bool Holds(RuleExpression rule, Outcome outcome)
    {
        var values = outcome.Values.ToDictionary(v => v.Variable, v => v.Value, StringComparer.Ordinal);
        return RuleSemantics.Holds(rule, v => values.GetValueOrDefault(v, RuleInput.Missing));
    }

    /// <summary><see cref="RuleFor"/>'s rule, as an expression.</summary>
    internal static RuleExpression? RuleTaking(Node node, Outcome outcome)
    {
        var at = node.IdLocation;
        var items = new List<RuleExpression>();
        foreach (var (variable, value) in outcome.Values)
        {
            switch (value.Kind)
            {
                case RuleInputKind.Missing:
                    items.Add(new RuleComparison(variable, RuleOperator.NotExists, null, at));
                    break;
                case RuleInputKind.Boolean:
                    items.Add(new RuleComparison(variable, RuleOperator.Equals, new RuleValue(null, null, value.Boolean), at));
                    break;
                case RuleInputKind.Number:
                    items.Add(new RuleComparison(variable, RuleOperator.Equals, new RuleValue(null, value.Number, null), at));
                    break;
                case RuleInputKind.String:
                    items.Add(new RuleComparison(variable, RuleOperator.Equals, new RuleValue(value.Text, null, null), at));
                    break;
                case RuleInputKind.Other:
                    var compared = Comparisons(node).Where(c => c.Variable == variable).ToList();
                    if (compared.Any(c => c.Operator is not (RuleOperator.Equals or RuleOperator.NotEquals or RuleOperator.Exists or RuleOperator.NotExists)))
                    {
                        return null;
                    }

                    var literals = compared.Select(c => c.Value).OfType<RuleValue>().Distinct().ToList();
                    items.AddRange(literals.Count == 0
                        ? [new RuleComparison(variable, RuleOperator.Exists, null, at)]
                        : literals.Select(v => new RuleComparison(variable, RuleOperator.NotEquals, v, at)));
                    break;
                default:
                    return null;
            }
        }

        var rule = new RuleGroup(RuleJoin.All, items, at);
        return Holds(rule, outcome) ? rule : null;
    }

    /// <summary>A combination of trial values and the rule connections true under it.</summary>
    internal sealed record Outcome(IReadOnlyList<(string Variable, RuleInput Value)> Values, IReadOnlyList<Connection> Taken)
    {
        public string Describe() => string.Join(" and ", Values.Select(v => v.Value.Describe(v.Variable)));
    }
}
