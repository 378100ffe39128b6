using System.Globalization;
using System.Text;
using System.Text.Json;
using BotForge.Project;

namespace BotForge.Deploy.Releases;

/// <summary>
/// A release store in a folder, one per environment:
/// <code>
/// ENV/versions/0001/version.json   the version: info, env (secrets sealed), bundle and sources (base64)
/// ENV/versions/0001/info.json      its info alone, so listing versions does not read every bundle
/// ENV/live                         the live version's number; replaced by an atomic rename
/// ENV/history.jsonl                activations, one JSON line each
/// ENV/business.json                the business settings
/// ENV/.lock                        held (an OS file lock) while a release runs
/// </code>
/// A version is written under a temporary name and renamed into place, so a half-written one is never seen.
/// </summary>
public sealed class DirStorage(string root) : IReleaseStorage
{
    public string Root { get; } = root;

    /// <summary>Takes the environment's lock: an exclusive OS lock, released when disposed or when the process dies.</summary>
    public IDisposable Lock(string env)
    {
        var folder = Folder(env);
        Directory.CreateDirectory(folder);
        try
        {
            return new FileStream(Path.Combine(folder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ConflictException($"another release of {env} is running (the lock {Path.Combine(folder, ".lock")} is held)");
        }
    }

    public int? ReadLive(string env)
    {
        var path = Path.Combine(Folder(env), "live");
        if (!File.Exists(path))
        {
            return null;
        }

        // Read as nothing live, a damaged file would make the plan say "first release" and the deploy activate anew.
        return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var live) ? live : throw Damaged(path, "not a version number");
    }

    public void WriteLive(string env, int version) => AtomicFile.WriteAllText(Path.Combine(Folder(env), "live"), version.ToString(CultureInfo.InvariantCulture) + "\n");

    public IReadOnlyList<VersionInfo> ListVersions(string env)
    {
        var folder = Path.Combine(Folder(env), "versions");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetDirectories(folder)
            .Select(Path.GetFileName)
            .Where(name => name!.Length == 4 && name.All(char.IsAsciiDigit))
            .Select(name => Path.Combine(folder, name!, "info.json"))
            .Where(File.Exists)
            .Select(info => Read<VersionInfo>(info, File.ReadAllText(info)))
            .OrderBy(v => v.Version)
            .ToList();
    }

    public VersionDetail? ReadVersion(string env, int version)
    {
        var path = Path.Combine(VersionFolder(env, version), "version.json");
        return File.Exists(path) ? Read<VersionDetail>(path, File.ReadAllText(path)) : null;
    }

    public int CreateVersion(string env, VersionUpload upload, DateTimeOffset at)
    {
        var versions = Path.Combine(Folder(env), "versions");
        Directory.CreateDirectory(versions);
        foreach (var stale in Directory.GetDirectories(versions, ".tmp-*"))
        {
            Directory.Delete(stale, recursive: true);   // left by a release killed while writing (we hold the lock)
        }

        var number = (ListVersions(env).LastOrDefault()?.Version ?? 0) + 1;
        var detail = new VersionDetail(new VersionInfo(number, upload.ContentHash, at, upload.CreatedBy, upload.Message), upload.Bundle, upload.Sources, upload.Env);
        var temporary = Path.Combine(versions, ".tmp-" + number.ToString("0000", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(temporary);
        File.WriteAllText(Path.Combine(temporary, "version.json"), JsonSerializer.Serialize(detail, Contract.Json), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(temporary, "info.json"), JsonSerializer.Serialize(detail.Info, Contract.Json), new UTF8Encoding(false));
        Directory.Move(temporary, VersionFolder(env, number));
        return number;
    }

    public IReadOnlyList<HistoryEntry> ReadHistory(string env)
    {
        var path = Path.Combine(Folder(env), "history.jsonl");
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => Read<HistoryEntry>(path, l)).ToList()
            : [];
    }

    public void AppendHistory(string env, HistoryEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, Contract.Line) + "\n";
        File.AppendAllText(Path.Combine(Folder(env), "history.jsonl"), line, new UTF8Encoding(false));
    }

    public string? ReadBusiness(string env)
    {
        var path = Path.Combine(Folder(env), "business.json");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public void WriteBusiness(string env, string settings)
    {
        Directory.CreateDirectory(Folder(env));
        AtomicFile.WriteAllText(Path.Combine(Folder(env), "business.json"), settings);
    }

    private string Folder(string env) => Path.Combine(Root, env);

    /// <summary>A file of the store as JSON; one edited by hand or cut short is a release failure that names it, never an internal error.</summary>
    private static T Read<T>(string path, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Contract.Json) ?? throw Damaged(path, "null");
        }
        catch (JsonException e)
        {
            throw Damaged(path, e.Message);
        }
    }

    private static ReleaseException Damaged(string path, string why) =>
        new($"the release store's {path} is damaged ({why}); restore it from a copy (git, a backup)");

    private string VersionFolder(string env, int version) => Path.Combine(Folder(env), "versions", version.ToString("0000", CultureInfo.InvariantCulture));
}
