using System.Globalization;
using System.Text;
using BotForge.Tests.Support;

namespace BotForge.Tests.Validation.Rules;

/// <summary>Rules run in parallel; what they report must not depend on which finished first.</summary>
public sealed class RuleRunnerTests
{
    [Fact]
    public void Findings_are_the_same_on_every_run_though_rules_run_in_parallel()
    {
        // Forty files, each with findings of several rules: duplicate and near-duplicate user says across
        // files (BF1023, BF2006), unreachable nodes (BF1017), dead ends (BF1019), unknown entities in placeholders.
        var files = new List<(string, string)>();
        for (var i = 0; i < 40; i++)
        {
            var flow = new StringBuilder();
            flow.Append("nodes:\n");
            flow.Append(CultureInfo.InvariantCulture, $"  - id: START_{i}\n    start: true\n    user_says: [track my parcel, track my parcel {i}, where is order {i % 3}]\n");
            flow.Append(CultureInfo.InvariantCulture, $"    bot_says: Hello ${{entity.nothing_{i}}}\n");
            flow.Append(CultureInfo.InvariantCulture, $"  - id: LOST_{i}\n    bot_says: nobody comes here\n");
            files.Add(($"stories/s{i:D2}/flow.yaml", flow.ToString()));
        }

        using var project = TempProject.With([.. files]);
        var first = Render(Diagnose.Project(project.Root));
        Assert.True(first.Split('\n').Select(line => line.Split(' ').ElementAtOrDefault(2)).Distinct().Count() >= 4,
            "the fixture should make several rules report:\n" + first);

        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(first, Render(Diagnose.Project(project.Root)));
        }
    }

    private static string Render(IEnumerable<BotForge.Diagnostics.Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => $"{d.Location?.File.Path}:{d.Location?.Start.Line} {d.Level} {d.Code} {d.Message}"));
}
