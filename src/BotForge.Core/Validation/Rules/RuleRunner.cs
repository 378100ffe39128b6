using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// Runs every rule on the model, then applies <c>lint.rules</c> levels (error, warning, info, off) and
/// <c># botforge-disable CODE</c> comments on the reported line.
/// </summary>
public static class RuleRunner
{
    public const string DisableMarker = "botforge-disable";

    public static void Run(BotModel bot, DiagnosticBag diagnostics)
    {
        foreach (var (key, setting) in bot.Lint.Levels)
        {
            if (RuleCatalog.Find(key) is null)
            {
                diagnostics.Add(LintDiagnostics.UnknownRule(setting.Location, key,
                    Text.Suggestions.Closest(key, RuleCatalog.All.SelectMany(r => new[] { r.Id, r.Descriptor.Code }))));
            }
        }

        var found = new List<Diagnostic>();
        var context = new RuleContext(bot, found);
        foreach (var rule in RuleCatalog.All)
        {
            var level = Level(bot.Lint, rule);
            if (level is null)
            {
                continue;
            }

            var start = found.Count;
            context.Current = rule;
            rule.Check(context);
            for (var i = start; i < found.Count; i++)
            {
                found[i] = found[i] with { Level = level.Value };
            }
        }

        diagnostics.AddRange(found.Where(d => !Suppressed(d)));
    }

    /// <summary>The configured level, the rule's default, or null when the rule is off.</summary>
    private static DiagnosticLevel? Level(LintSettings lint, Rule rule)
    {
        var setting = lint.Levels.GetValueOrDefault(rule.Descriptor.Code) ?? lint.Levels.GetValueOrDefault(rule.Id);
        return setting?.Level switch
        {
            null => rule.Descriptor.Level,
            "off" => null,
            "error" => DiagnosticLevel.Error,
            "warning" => DiagnosticLevel.Warning,
            _ => DiagnosticLevel.Info,
        };
    }

    /// <summary>True when the finding's line carries <c># botforge-disable</c> naming its code (or no code: all).</summary>
    private static bool Suppressed(Diagnostic diagnostic)
    {
        if (diagnostic.Location is not { } location)
        {
            return false;
        }

        var line = location.File.GetLineText(location.Start.Line);
        var marker = line.IndexOf("# " + DisableMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return false;
        }

        var codes = line[(marker + DisableMarker.Length + 2)..].Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var rule = RuleCatalog.Find(diagnostic.Code);
        return codes.Length == 0 || codes.Any(c => c == diagnostic.Code || c == rule?.Id);
    }
}
