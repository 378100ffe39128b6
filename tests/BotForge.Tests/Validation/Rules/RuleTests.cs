using BotForge.Diagnostics;
using BotForge.Tests.Support;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Validation.Rules;

/// <summary>Every rule, through its own examples: the failing one reports it at the stated place, the fixed one is clean.</summary>
public sealed class RuleTests
{
    public static TheoryData<string> Codes => [.. RuleCatalog.All.Select(r => r.Descriptor.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Failing_example_reports_the_rule_at_its_place(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        using var project = RuleExamples.Write(rule.Failing);

        var diagnostics = Diagnose.Project(project.Root);

        var at = diagnostics.Where(d => d.Code == code).Select(d => $"{d.Location?.File.Path[2..]}:{d.Location?.Start.Line}:{d.Location?.Start.Column}").ToList();
        Assert.True(at.Contains(rule.Failing.At ?? "(no place given)"), $"{code} expected at {rule.Failing.At}, found at [{string.Join(", ", at)}]; all:\n{Diagnose.Describe(diagnostics)}");
        Assert.All(diagnostics.Where(d => d.Code == code), d => Assert.Equal(rule.Descriptor.Level, d.Level));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Fixed_example_has_no_errors_and_no_finding_of_the_rule(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        using var project = RuleExamples.Write(rule.Fixed);

        var diagnostics = Diagnose.Project(project.Root);

        Assert.True(!diagnostics.Any(d => d.Code == code || d.Level == DiagnosticLevel.Error), Diagnose.Describe(diagnostics));
    }

    [Fact]
    public void Rule_codes_ids_and_ranges_are_unique_and_well_formed()
    {
        var rules = RuleCatalog.All;

        Assert.Equal(rules.Count, rules.Select(r => r.Descriptor.Code).Distinct().Count());
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", r.Id));
        Assert.All(rules, r => Assert.Equal(r.Descriptor.Level == DiagnosticLevel.Error ? "BF1" : "BF2", r.Descriptor.Code[..3]));
        Assert.All(rules, r => Assert.True(r.GetType().IsSealed));
    }
}
