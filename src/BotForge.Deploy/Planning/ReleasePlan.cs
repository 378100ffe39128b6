using System.Globalization;
using System.Text;
using BotForge.Deploy.Releases;
using BotForge.Deploy.Targets;
using BotForge.Diff;
using BotForge.Parsing;
using BotForge.Project;
using BotForge.Text;

namespace BotForge.Deploy.Planning;

/// <summary>One env variable's change: its name and how it changes, never a secret's value.</summary>
public sealed record EnvChange(string Name, string Change);

/// <summary>
/// What a release would change in one environment: the semantic diff of the bot against the live version's
/// sources, and the env variables (secrets compared by hash: "(secret, changed)" / "(secret, unchanged)").
/// </summary>
public sealed record ReleasePlan(string Env, string Target, VersionInfo? Live, string ContentHash, string? DiffText, IReadOnlyList<EnvChange> EnvChanges, bool BundleChanged)
{
    public bool HasChanges => Live is null || BundleChanged || EnvChanges.Any(c => !c.Change.EndsWith("unchanged)", StringComparison.Ordinal));

    public int ExpectedLive => Live?.Version ?? 0;

    public static async Task<ReleasePlan> MakeAsync(IDeployTarget target, LocalRelease local, string env, IReadOnlyList<EnvValue> envValues, Limits limits, CancellationToken cancel)
    {
        var live = await target.LiveAsync(env, cancel);
        string? diffText = null;
        if (live.Live is { } info && info.ContentHash != local.ContentHash)
        {
            var detail = await target.VersionAsync(env, info.Version, cancel);
            diffText = Diff(detail, local, $"{env} v{info.Version}", limits);
        }

        return new ReleasePlan(env, target.Name, live.Live, local.ContentHash, diffText, CompareEnv(live.Env, envValues), live.Live?.ContentHash != local.ContentHash);
    }

    /// <summary>The live sources compiled from a private temporary folder, compared with the local bot.</summary>
    private static string Diff(VersionDetail live, LocalRelease local, string name, Limits limits)
    {
        var folder = Directory.CreateTempSubdirectory("botforge-live-").FullName;
        try
        {
            foreach (var (path, content) in live.Sources)
            {
                if (FolderPath.Inside(folder, path) is not { } file)
                {
                    continue;   // a stored path that leaves the folder is ignored, never written
                }

                if (Contract.Decode(content) is not { } bytes)
                {
                    // A store edited by hand or damaged: the plan says so; the release itself does not need the old sources.
                    return $"  (the live version's stored source {path} is not base64, so its sources could not be read; its bundle differs)\n";
                }

                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }

            var compilation = Compilation.Create(folder, name, limits: limits);
            var diagnostics = compilation.Validate();
            if (compilation.Model is not { } model)
            {
                return "  (the live version's sources could not be read; its bundle differs)\n";
            }

            var diff = BotDiffer.Compare(new DiffInput(name, model, diagnostics), new DiffInput(local.Source, local.Model, local.Diagnostics));
            return DiffReport.Write(diff, model, local.Model, DiffReportFormat.Text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<EnvChange> CompareEnv(IReadOnlyList<EnvValue> live, IReadOnlyList<EnvValue> local)
    {
        var liveByName = live.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var changes = new List<EnvChange>();
        foreach (var variable in local)
        {
            if (!liveByName.TryGetValue(variable.Name, out var before))
            {
                changes.Add(new(variable.Name, variable.Secret ? "(secret, added)" : $"added: {variable.Value}"));
            }
            else if (variable.Secret)
            {
                changes.Add(new(variable.Name, before.Secret && SecretHash.Matches(before, variable.Value!) ? "(secret, unchanged)" : "(secret, changed)"));
            }
            else
            {
                changes.Add(new(variable.Name, before.Secret ? $"(secret, now a plain value: {variable.Value})"
                    : before.Value == variable.Value ? $"{variable.Value} (unchanged)" : $"{before.Value} → {variable.Value}"));
            }
        }

        var localNames = local.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(live.Where(v => !localNames.Contains(v.Name)).Select(v => new EnvChange(v.Name, "removed")));
        return changes.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    public string Render(string botId)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Plan for {botId} in {Env} ({Printable.Escape(Target)})\n");
        text.Append(Live is { } live
            ? string.Create(CultureInfo.InvariantCulture, $"  live: v{live.Version}, {LocalRelease.Short(live.ContentHash)}, {live.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {Printable.Escape(live.CreatedBy)}\n")
            : "  live: nothing yet\n");
        text.Append(CultureInfo.InvariantCulture, $"  this: {LocalRelease.Short(ContentHash)}\n\n");
        if (Live is null)
        {
            text.Append("Bot: first release to this environment.\n");
        }
        else if (!BundleChanged)
        {
            text.Append("Bot: unchanged.\n");
        }
        else
        {
            text.Append(DiffText ?? string.Empty);
        }

        text.Append("\nEnv variables:\n");
        foreach (var change in EnvChanges)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {change.Name}: {Printable.Escape(change.Change)}\n");
        }

        text.Append(HasChanges
            ? $"\nApply: a new version, made live in {Env}.\n"
            : $"\nNo changes: v{Live!.Version} stays live in {Env}.\n");
        return text.ToString();
    }
}
