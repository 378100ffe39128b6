namespace BotForge.Analysis;

/// <summary>Every combination of one choice per variable, for checks that try them all.</summary>
internal static class Combinations
{
    /// <summary>
    /// Each combination of one choice per variable, in a stable order (the first variable's choice changing
    /// fastest), or null when there are more than <paramref name="max"/>.
    /// </summary>
    public static IEnumerable<Dictionary<string, T>>? Of<T>(IReadOnlyList<(string Name, IReadOnlyList<T> Choices)> variables, int max)
    {
        var total = variables.Aggregate(1L, (n, v) => Math.Min(n * v.Choices.Count, max + 1L));
        return total > max ? null : Each(variables, total);
    }

    private static IEnumerable<Dictionary<string, T>> Each<T>(IReadOnlyList<(string Name, IReadOnlyList<T> Choices)> variables, long total)
    {
        for (var index = 0L; index < total; index++)
        {
            var combination = new Dictionary<string, T>(StringComparer.Ordinal);
            var rest = index;
            foreach (var (name, choices) in variables)
            {
                combination[name] = choices[(int)(rest % choices.Count)];
                rest /= choices.Count;
            }

            yield return combination;
        }
    }
}
