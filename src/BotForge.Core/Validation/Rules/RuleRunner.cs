using BotForge.Simulation.Nlu;
using System.Collections.Concurrent;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;

namespace BotForge.Validation.Rules;

/// <summary>
/// Runs every rule on the model, then applies <c>lint.rules</c> levels (error, warning, info, off) and
/// <c># botforge-disable CODE</c> comments on the reported line.
/// </summary>
public static class RuleRunner
{
    public const string DisableMarker = "botforge-disable";

    /// <param name="bot">The bound model.</param>
    /// <param name="diagnostics">Where findings go.</param>
    /// <param name="work">Work shared with other compilations in this process: BF2006 starts from another version's similarity join.</param>
    /// <param name="encoder">Sentence embeddings for the rules that detect intents as the engine does (no disk cache when null).</param>
    public static void Run(BotModel bot, DiagnosticBag diagnostics, SharedWork? work = null, SentenceEncoder? encoder = null)
    {
        foreach (var (key, setting) in bot.Lint.Levels)
        {
            if (RuleCatalog.Find(key) is null)
            {
                diagnostics.Add(LintDiagnostics.UnknownRule(setting.Location, key,
                    Text.Suggestions.Closest(key, RuleCatalog.All.SelectMany(r => new[] { r.Id, r.Descriptor.Code }))));
            }
        }

        var shared = new RuleContext.SharedAnalyses(bot, work, encoder ?? SentenceEncoder.For(null));
        var enabled = RuleCatalog.All
            .Select(rule => (Context: new RuleContext(shared, rule), Level: Level(bot.Lint, rule)))
            .Where(run => run.Level is not null)
            .ToArray();

        // The normal forms of the user says are computed here, in parallel, before the rules start: a parallel loop
        // inside a Lazy that rules on other pool threads block on starved the thread pool for about a second.
        _ = shared.UserSays.Value;

        // Rules are independent: run them on every core, taking the next rule as a core frees up, the long ones
        // first. Findings are joined in catalog order afterwards, so the output never depends on scheduling.
        var longFirst = enabled.Select(run => run.Context).OrderByDescending(context => context.Rule.RunsLong);
        Parallel.ForEach(Partitioner.Create(longFirst, EnumerablePartitionerOptions.NoBuffering), context => context.Rule.Check(context));

        var found = enabled.SelectMany(run => run.Context.Found.Select(d => d with { Level = run.Level!.Value }));
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
