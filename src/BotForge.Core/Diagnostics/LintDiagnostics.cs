using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>Codes of the lint settings themselves (BF20xx is reserved for the rules; this is BF0230).</summary>
public static class LintDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownRuleCode = new("BF0230", DiagnosticLevel.Warning, "Lint setting for a rule that does not exist");

    public static Diagnostic UnknownRule(SourceLocation at, string key, string? suggestion) =>
        UnknownRuleCode.At(at, $"lint.rules names '{key}', which is neither a rule id nor a rule code", suggestion is null ? "see docs/rules/ for the list" : $"did you mean '{suggestion}'?");
}
