using System.Globalization;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Diff;

/// <summary>One version of a bot to compare: where it came from, its model and what validation said.</summary>
/// <param name="Source">How the project is shown; its files' paths start with it (old/stories/..., main:bots/x/stories/...).</param>
/// <param name="Model">The bound bot.</param>
/// <param name="Diagnostics">Everything validation found in it.</param>
public sealed record DiffInput(string Source, BotModel Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the project's file paths start with ("SOURCE/"), or nothing when they are shown from its root.</summary>
    private string Root => Source.Length > 0 ? Source.TrimEnd('/') + "/" : string.Empty;

    /// <summary>A file's path inside the project: sources are shown under their own root, which differs per side.</summary>
    public string Relative(string path) => Root.Length > 0 && path.StartsWith(Root, StringComparison.Ordinal) ? path[Root.Length..] : path;

    /// <summary>A text with the project's root taken out of every file path in it, so the same message compares equal on both sides.</summary>
    public string WithoutRoot(string text) => Root.Length > 0 ? text.Replace(Root, string.Empty, StringComparison.Ordinal) : text;
}

/// <summary>
/// The semantic diff: parts are matched by identity (system names, story and sub-story ids, env names, FAQ ids,
/// entity names), never by line or position, so reordering is no change, a new display name is a rename, and a
/// sub-story whose file moved to another story folder is a move. Every pass is a dictionary lookup per part.
/// </summary>
public static partial class BotDiffer
{
    public static BotDiff Compare(DiffInput old, DiffInput @new)
    {
        var changes = new Changes();
        CompareBot(old.Model, @new.Model, changes);
        CompareEnv(old.Model.Env, @new.Model.Env, changes);
        CompareIntegration(old.Model.Salesforce, @new.Model.Salesforce, changes);
        var subStoryMap = CompareStories(old, @new, changes);
        CompareNodes(old.Model, @new.Model, subStoryMap, changes);
        CompareEntities(old.Model.Entities, @new.Model.Entities, changes);
        CompareTaskbox(old.Model.Taskbox, @new.Model.Taskbox, changes);
        CompareFaq(old.Model.Faq, @new.Model.Faq, changes);
        var risks = RiskAnalysis.Find(old, @new, changes.List);
        return new BotDiff(Side(old), Side(@new), risks, changes.List);
    }

    private static DiffSide Side(DiffInput input) =>
        new(input.Source, input.Model.Bot.Id, input.Diagnostics.Count(d => d.Level == DiagnosticLevel.Error), input.Diagnostics.Count(d => d.Level == DiagnosticLevel.Warning));

    private static void CompareBot(BotModel old, BotModel @new, Changes changes)
    {
        changes.Compare(DiffArea.Bot, @new.Bot.Id, "id", old.Bot.Id, @new.Bot.Id);
        changes.Compare(DiffArea.Bot, @new.Bot.Id, "name", old.Bot.Name, @new.Bot.Name);
        changes.Compare(DiffArea.Bot, @new.Bot.Id, "partner", old.Bot.Partner, @new.Bot.Partner);
        changes.Compare(DiffArea.Bot, @new.Bot.Id, "description", old.Bot.Description, @new.Bot.Description);
        changes.Compare(DiffArea.Bot, @new.Bot.Id, "languages", string.Join(", ", old.Bot.Languages), string.Join(", ", @new.Bot.Languages));
        var (o, n) = (old.Business, @new.Business);
        changes.Compare(DiffArea.Business, "business", "human_assistance", Describe.Flag(o.HumanAssistance), Describe.Flag(n.HumanAssistance));
        changes.Compare(DiffArea.Business, "business", "small_talk", Describe.Flag(o.SmallTalk), Describe.Flag(n.SmallTalk));
        changes.Compare(DiffArea.Business, "business", "channels", string.Join(", ", o.Channels), string.Join(", ", n.Channels));
        changes.Compare(DiffArea.Business, "business", "bot_break_message", Describe.Text(o.BotBreakMessage), Describe.Text(n.BotBreakMessage));
        changes.Compare(DiffArea.Business, "business", "lint", Lint(old.Lint), Lint(@new.Lint));
        changes.Compare(DiffArea.Business, "business", "nlu threshold", Threshold(old.NluThreshold), Threshold(@new.NluThreshold));
    }

    private static string Threshold(double? threshold) => threshold?.ToString(CultureInfo.InvariantCulture) ?? "(default)";

    private static string Lint(LintSettings lint) =>
        string.Join(", ", lint.Levels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}: {l.Value.Level}")
            .Concat(lint.MinUserSays is { } min ? [$"min_user_says: {min.ToString(CultureInfo.InvariantCulture)}"] : [])
            .Concat(lint.NearDuplicateSimilarity is { } s ? [$"near_duplicate_similarity: {s.ToString(CultureInfo.InvariantCulture)}"] : []));

    /// <summary>Env variables by name. A name that went away while another with the same settings appeared is a rename.</summary>
    private static void CompareEnv(IReadOnlyList<EnvVariable> old, IReadOnlyList<EnvVariable> @new, Changes changes)
    {
        var oldByName = ByKey(old, e => e.Name);
        var newByName = ByKey(@new, e => e.Name);
        var gone = old.Where(e => !newByName.ContainsKey(e.Name)).ToList();
        var renamedFrom = new Dictionary<string, EnvVariable>(StringComparer.Ordinal);
        foreach (var added in @new.Where(e => !oldByName.ContainsKey(e.Name)))
        {
            var same = gone.FirstOrDefault(g => EnvContent(g) == EnvContent(added));
            if (same is not null)
            {
                gone.Remove(same);
                renamedFrom[added.Name] = same;
            }
        }

        foreach (var variable in @new)
        {
            if (renamedFrom.TryGetValue(variable.Name, out var from))
            {
                changes.Add(DiffArea.Env, variable.Name, "name", ChangeKind.Renamed, from.Name, variable.Name);
            }
            else if (oldByName.TryGetValue(variable.Name, out var before))
            {
                changes.Compare(DiffArea.Env, variable.Name, "secret", Describe.Flag(before.Secret), Describe.Flag(variable.Secret));
                changes.Compare(DiffArea.Env, variable.Name, "staging", Value(before, before.Staging), Value(variable, variable.Staging));
                changes.Compare(DiffArea.Env, variable.Name, "production", Value(before, before.Production), Value(variable, variable.Production));
                changes.Compare(DiffArea.Env, variable.Name, "description", before.Description, variable.Description);
            }
            else
            {
                changes.Add(DiffArea.Env, variable.Name, string.Empty, ChangeKind.Added, null, EnvContent(variable));
            }
        }

        foreach (var variable in gone)
        {
            changes.Add(DiffArea.Env, variable.Name, string.Empty, ChangeKind.Removed, EnvContent(variable), null);
        }
    }

    /// <summary>A value as shown: secret variables never show one (sources hold none, but be sure).</summary>
    private static string? Value(EnvVariable variable, string? value) => variable.Secret ? null : value;

    private static string EnvContent(EnvVariable e) => e.Secret
        ? "secret" + (e.Description is null ? string.Empty : $"; {e.Description}")
        : $"staging: {e.Staging}; production: {e.Production}" + (e.Description is null ? string.Empty : $"; {e.Description}");

    private static void CompareIntegration(SalesforceIntegration? old, SalesforceIntegration? @new, Changes changes)
    {
        const string Id = "salesforce";
        if (old is null || @new is null)
        {
            changes.Compare(DiffArea.Integration, Id, string.Empty, old is null ? null : "salesforce", @new is null ? null : "salesforce");
            return;
        }

        changes.Compare(DiffArea.Integration, Id, "base_url", old.BaseUrl.Raw, @new.BaseUrl.Raw);
        changes.Compare(DiffArea.Integration, Id, "username", old.Username.Raw, @new.Username.Raw);
        changes.Compare(DiffArea.Integration, Id, "client_id", old.ClientId.Raw, @new.ClientId.Raw);
        changes.Compare(DiffArea.Integration, Id, "private_key", old.PrivateKey.Raw, @new.PrivateKey.Raw);
        changes.Compare(DiffArea.Integration, Id, "timeout_seconds",
            old.TimeoutSeconds.ToString(CultureInfo.InvariantCulture), @new.TimeoutSeconds.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Items by key, the first one winning (duplicates are a validation error reported elsewhere), in source order.</summary>
    private static Dictionary<string, T> ByKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(key(item), item);
        }

        return result;
    }

    /// <summary>The changes found so far, in report order.</summary>
    private sealed class Changes
    {
        public List<DiffChange> List { get; } = [];

        public void Add(DiffArea area, string id, string field, ChangeKind kind, string? old, string? @new) =>
            List.Add(new DiffChange(area, id, field, kind, old, @new));

        /// <summary>Added, removed or changed (<paramref name="kind"/>) when the texts differ; empty counts as absent.</summary>
        public void Compare(DiffArea area, string id, string field, string? old, string? @new, ChangeKind kind = ChangeKind.Changed)
        {
            old = string.IsNullOrEmpty(old) ? null : old;
            @new = string.IsNullOrEmpty(@new) ? null : @new;
            if (old == @new)
            {
                return;
            }

            Add(area, id, field, old is null ? ChangeKind.Added : @new is null ? ChangeKind.Removed : kind, old, @new);
        }

        /// <summary>One change per item added or removed (texts compared exactly; order does not matter).</summary>
        public void CompareSets(DiffArea area, string id, string field, IEnumerable<string> old, IEnumerable<string> @new)
        {
            var oldSet = old.ToList();
            var newSet = @new.ToList();
            if (oldSet.SequenceEqual(newSet, StringComparer.Ordinal))
            {
                return; // the usual case, decided without building two sets
            }

            var oldLookup = oldSet.ToHashSet(StringComparer.Ordinal);
            var newLookup = newSet.ToHashSet(StringComparer.Ordinal);
            foreach (var item in newSet.Where(i => !oldLookup.Contains(i)).Distinct(StringComparer.Ordinal))
            {
                Add(area, id, field, ChangeKind.Added, null, item);
            }

            foreach (var item in oldSet.Where(i => !newLookup.Contains(i)).Distinct(StringComparer.Ordinal))
            {
                Add(area, id, field, ChangeKind.Removed, item, null);
            }
        }
    }
}
