using BotForge.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Validation.Rules;

/// <summary>lint.rules levels by code or id, and '# botforge-disable' on the reported line.</summary>
public sealed class LintSettingsTests
{
    private const string DeadEnd = "nodes:\n  - id: START\n    start: true\n    user_says: [hello]\n    bot_says: Hi! How can I help?\n";

    private static IReadOnlyList<Diagnostic> Validate(string lint, string flow = DeadEnd)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", flow));
        File.AppendAllText(Path.Combine(project.Root, "botforge.yaml"), lint);
        return Diagnose.Project(project.Root);
    }

    [Theory]
    [InlineData("dead-end", "error", DiagnosticLevel.Error)]
    [InlineData("BF2004", "error", DiagnosticLevel.Error)]
    [InlineData("BF2004", "info", DiagnosticLevel.Info)]
    [InlineData("dead-end", "warning", DiagnosticLevel.Warning)]
    public void Level_is_set_by_code_or_id(string key, string level, DiagnosticLevel expected)
    {
        var diagnostics = Validate($"lint:\n  rules:\n    {key}: {{ level: {level} }}\n");

        Assert.Equal(expected, Assert.Single(diagnostics, d => d.Code == "BF2004").Level);
    }

    [Theory]
    [InlineData("off", 0)]
    [InlineData("error", 1)]
    public void A_level_may_be_written_alone(string level, int errors)
    {
        // "BF2004: off" was BF0103 ("expected a mapping"): only { level: off } was read.
        var diagnostics = Validate($"lint:\n  rules:\n    BF2004: {level}\n  min_user_says: 1\n");

        Assert.Equal(errors, diagnostics.Count(d => d.Code == "BF2004" && d.IsError));
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("BF01", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ levle: off }")]     // was taken silently, and the rule left on
    [InlineData("{}")]
    [InlineData("{ level: off, why: legacy }")]
    [InlineData("of")]
    [InlineData("{ level: of }")]
    public void A_level_misspelt_or_missing_is_an_error(string setting)
    {
        var diagnostics = Validate($"lint:\n  rules:\n    BF2004: {setting}\n");

        // A misspelt key is two findings: the key unknown, 'level' missing.
        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.StartsWith("BF01", error.Code, StringComparison.Ordinal));
        Assert.All(errors, error => Assert.Equal(6, error.Location!.Start.Line));
    }

    [Fact]
    public void Off_disables_the_rule_and_min_user_says_sets_the_threshold()
    {
        var diagnostics = Validate("lint:\n  rules:\n    dead-end: { level: off }\n  min_user_says: 1\n");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("  - id: START   # botforge-disable BF2004 BF2007\n", 0)]
    [InlineData("  - id: START   # botforge-disable dead-end, min-user-says\n", 0)]
    [InlineData("  - id: START   # botforge-disable\n", 0)]
    [InlineData("  - id: START   # botforge-disable BF2007\n", 1)]
    public void Comment_on_the_line_silences_the_named_rules(string idLine, int left)
    {
        var diagnostics = Validate(string.Empty, DeadEnd.Replace("  - id: START\n", idLine, StringComparison.Ordinal));

        Assert.Equal(left, diagnostics.Count);
    }

    [Fact]
    public void Unknown_rule_in_lint_settings_is_a_warning_with_a_suggestion()
    {
        var diagnostics = Validate("lint:\n  rules:\n    dead-ends: { level: off }\n");

        var unknown = Assert.Single(diagnostics, d => d.Code == "BF0230");
        Assert.Equal((6, 5), unknown.Location!.Start);
        Assert.Equal("did you mean 'dead-end'?", unknown.Hint);
    }
}
