using System.Globalization;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Diff;

/// <summary>
/// The changes a reviewer must not miss, from the two models and the change list: the bot's identity, default
/// language, languages or channels changed, start nodes removed, made inactive or losing user says, nodes no longer
/// reachable, ticket field mappings changed, env variables renamed, and validation findings NEW has that OLD did not.
/// </summary>
public static partial class RiskAnalysis
{
    public static IReadOnlyList<DiffRisk> Find(DiffInput old, DiffInput @new, IReadOnlyList<DiffChange> changes)
    {
        var newNodes = @new.Model.NodesBySystemName();

        // The passes are independent: they run side by side, and their risks are joined in this order.
        List<DiffRisk> bot = [], starts = [], reach = [], mapped = [], findings = [];
        Parallel.Invoke(
            () => Bot(old.Model, @new.Model, bot),
            () => StartNodes(old.Model, newNodes, starts),
            () => Reachability(old.Model, @new.Model, newNodes, reach),
            () => Changed(changes, newNodes, mapped),
            () => NewFindings(old, @new, findings));
        return [.. bot, .. starts, .. reach, .. mapped, .. findings];
    }

    /// <summary>
    /// What changes for every user at once: the bot's partner or id (the platform knows a bot by them, so a release
    /// makes another bot and leaves the live one as it is), its default language (every plain string is read in the
    /// new one), a language or a channel it no longer has.
    /// </summary>
    private static void Bot(BotModel old, BotModel @new, List<DiffRisk> risks)
    {
        if (old.Bot.Id != @new.Bot.Id || old.Bot.Partner != @new.Bot.Partner)
        {
            risks.Add(new("bot-id-changed", @new.Bot.Id,
                $"the bot is now {Address(@new.Bot)}, where it was {Address(old.Bot)}: the platform knows a bot by its partner and id, so a release makes another bot, and users keep the one live now"));
        }

        if (old.Bot.DefaultLanguage != @new.Bot.DefaultLanguage)
        {
            risks.Add(new("default-language-changed", @new.Bot.DefaultLanguage,
                $"the default language is now {@new.Bot.DefaultLanguage}, where it was {old.Bot.DefaultLanguage} (the first of bot.languages): every text written as a plain string is read as {@new.Bot.DefaultLanguage} now"));
        }

        foreach (var language in old.Bot.Languages.Where(l => !@new.Bot.Languages.Contains(l)))
        {
            risks.Add(new("language-removed", language,
                $"the bot no longer speaks {language} (bot.languages): its texts in {language} are not released, and users who chat in {language} lose them"));
        }

        foreach (var channel in old.Business.Channels.Where(c => !@new.Business.Channels.Contains(c)))
        {
            risks.Add(new("channel-removed", channel, $"the bot is no longer deployed on {channel} (business.channels): its users there lose it"));
        }
    }

    private static string Address(BotInfo bot) => bot.Partner is null ? bot.Id : $"{bot.Partner}/{bot.Id}";

    /// <summary>Ticket field mappings changed and env variables renamed, from the change list.</summary>
    private static void Changed(IReadOnlyList<DiffChange> changes, Dictionary<string, Node> newNodes, List<DiffRisk> risks)
    {
        foreach (var change in changes)
        {
            if (change.Area == DiffArea.Node && (change.Field.StartsWith("action.", StringComparison.Ordinal) || change.Field == "code")
                && newNodes.TryGetValue(change.Id, out var node) && node.Code is ActionStep action)
            {
                var field = change.Field == "code" ? "the action" : $"field {change.Field["action.".Length..]}";
                risks.Add(new("ticket-mapping-changed", change.Id,
                    $"{change.Id} ({action.Action.Name}): {field} changed from {Show(change.Old)} to {Show(change.New)}"));
            }
            else if (change.Area == DiffArea.Env && change.Kind == ChangeKind.Renamed)
            {
                risks.Add(new("env-renamed", change.New!,
                    $"env variable {change.Old} renamed to {change.New}: every environment (and the deploy's secrets) must provide the new name"));
            }
        }
    }

    private static string Show(string? value) => value is null ? "(none)" : $"'{value}'";

    private static void StartNodes(BotModel old, Dictionary<string, Node> newNodes, List<DiffRisk> risks)
    {
        foreach (var start in old.Nodes.Where(n => n.IsStart && n.IsActive))
        {
            var id = start.SystemName;
            if (!newNodes.TryGetValue(id, out var now))
            {
                risks.Add(new("start-node-removed", id, $"start node {start.Title} was removed: what users said to begin it now gets the bot-break message or another node"));
                continue;
            }

            if (!now.IsActive)
            {
                risks.Add(new("start-node-inactive", id, $"start node {now.Title} was made inactive"));
            }
            else if (!now.IsStart)
            {
                risks.Add(new("start-node-demoted", id, $"{now.Title} is no longer a start node"));
            }

            if (start.UserSays.All.Select(u => u.Text).SequenceEqual(now.UserSays.All.Select(u => u.Text), StringComparer.Ordinal))
            {
                continue; // the usual case, decided without building two sets
            }

            var before = start.UserSays.All.Select(u => u.Text).ToHashSet(StringComparer.Ordinal);
            var after = now.UserSays.All.Select(u => u.Text).ToHashSet(StringComparer.Ordinal);
            var lost = before.Count(u => !after.Contains(u));
            if (lost > 0 && now.IsStart)
            {
                risks.Add(new("start-user-says-removed", id,
                    string.Create(CultureInfo.InvariantCulture, $"start node {id} lost {lost} of its {before.Count} user says ({after.Count} now)")));
            }
        }
    }

    private static void Reachability(BotModel old, BotModel @new, Dictionary<string, Node> newNodes, List<DiffRisk> risks)
    {
        var oldGraph = new BotGraph(old);
        var newGraph = new BotGraph(@new);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in oldGraph.Nodes.Where(oldGraph.IsReachable))
        {
            if (seen.Add(node.SystemName) && newNodes.TryGetValue(node.SystemName, out var now) && now.IsActive && !newGraph.IsReachable(now))
            {
                risks.Add(new("node-unreachable", now.SystemName, $"{now.Title} can no longer be reached from any start node"));
            }
        }
    }

    /// <summary>
    /// Findings of NEW that OLD has fewer of, compared by level, code and message (locations move with edits), with
    /// each side's root taken out of the message: some name another file (BF2006), and the roots differ. A finding
    /// left over is then matched, in the same file, to one of OLD whose message differs only in its numbers: the same
    /// finding with a new count ("has 6 user says" where it had 5) is not a new one.
    /// </summary>
    private static void NewFindings(DiffInput old, DiffInput @new, List<DiffRisk> risks)
    {
        var before = old.Diagnostics.Where(d => d.Level is DiagnosticLevel.Error or DiagnosticLevel.Warning).ToList();
        var exact = Counts(before, d => Key(d, old));
        var unmatched = new List<Diagnostic>();
        foreach (var diagnostic in @new.Diagnostics.Where(d => d.Level is DiagnosticLevel.Error or DiagnosticLevel.Warning))
        {
            if (!Take(exact, Key(diagnostic, @new)))
            {
                unmatched.Add(diagnostic);
            }
        }

        // OLD's findings no finding of NEW matched exactly, by file and message without numbers.
        var left = Counts(before.Where(d => Take(exact, Key(d, old))), d => Loose(d, old));
        foreach (var diagnostic in unmatched)
        {
            if (Take(left, Loose(diagnostic, @new)))
            {
                continue;
            }

            var where = diagnostic.Location is { } location
                ? string.Create(CultureInfo.InvariantCulture, $"{location.File.Path}:{location.Start.Line}:{location.Start.Column}: ")
                : string.Empty;
            // BF2013 (a quick reply or button nothing takes) is named: a change that orphans a reply breaks a tap users rely on.
            var kind = diagnostic.Code == "BF2013" ? "quick-reply-orphaned" : diagnostic.IsError ? "new-error" : "new-warning";
            risks.Add(new(kind, diagnostic.Code, $"{where}{diagnostic.Code}: {diagnostic.Message}"));
        }
    }

    private static Dictionary<string, int> Counts(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> key) =>
        diagnostics.GroupBy(key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Takes one finding of <paramref name="key"/> out of <paramref name="counts"/>; false when none is left.</summary>
    private static bool Take(Dictionary<string, int> counts, string key)
    {
        if (counts.TryGetValue(key, out var count) && count > 0)
        {
            counts[key] = count - 1;
            return true;
        }

        return false;
    }

    private static string Key(Diagnostic d, DiffInput side) => $"{d.Level}\u0000{d.Code}\u0000{side.WithoutRoot(d.Message)}";

    /// <summary>Level, code, file and message with every run of digits as '#'.</summary>
    private static string Loose(Diagnostic d, DiffInput side) =>
        $"{d.Level}\u0000{d.Code}\u0000{(d.Location is { } at ? side.Relative(at.File.Path) : string.Empty)}\u0000{Digits().Replace(side.WithoutRoot(d.Message), "#")}";

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Digits();
}
