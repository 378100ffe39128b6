using System.Text;

namespace BotForge.Deploy.Releases;

/// <summary>The primitive reads and writes a release store offers; <see cref="ReleaseLogic"/> holds the rules.</summary>
public interface IReleaseStorage
{
    int? ReadLive(string env);

    /// <summary>Makes <paramref name="version"/> live in one atomic step.</summary>
    void WriteLive(string env, int version);

    IReadOnlyList<VersionInfo> ListVersions(string env);

    VersionDetail? ReadVersion(string env, int version);

    /// <summary>Stores a new immutable version (secrets already sealed); it becomes visible only once complete.</summary>
    int CreateVersion(string env, VersionUpload upload, DateTimeOffset at);

    IReadOnlyList<HistoryEntry> ReadHistory(string env);

    void AppendHistory(string env, HistoryEntry entry);

    string? ReadBusiness(string env);

    void WriteBusiness(string env, string settings);
}

/// <summary>
/// The release rules, the same for the dir: target and for <c>botforge serve</c>: versions are immutable and
/// numbered; an upload equal to an existing version (same bundle, same env) reuses it; activation is one atomic
/// switch guarded by the live version the caller planned against; rollback and promote are activations. Callers
/// hold the store's lock around these calls.
/// </summary>
public sealed class ReleaseLogic(IReleaseStorage storage, Func<DateTimeOffset> clock)
{
    public LiveState Live(string env)
    {
        Check(env);
        if (storage.ReadLive(env) is not { } live || storage.ReadVersion(env, live) is not { } version)
        {
            return new LiveState(null, [], null);
        }

        var manifest = version.Bundle.TryGetValue("manifest.json", out var encoded) && Contract.Decode(encoded) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        return new LiveState(version.Info, version.Env, manifest);
    }

    public IReadOnlyList<VersionInfo> Versions(string env)
    {
        Check(env);
        return storage.ListVersions(env);
    }

    public VersionDetail Version(string env, int version)
    {
        Check(env);
        return storage.ReadVersion(env, version) ?? throw new NotFoundException($"{env} has no version {version}");
    }

    public IReadOnlyList<HistoryEntry> History(string env)
    {
        Check(env);
        return storage.ReadHistory(env);
    }

    /// <summary>Stores the upload as a new version, or returns the existing version with the same bundle and env.</summary>
    public UploadResult Upload(string env, VersionUpload upload)
    {
        Check(env);
        if (upload.Env.Any(v => v.Secret && v.Value is null))
        {
            throw new ReleaseException($"secret {upload.Env.First(v => v.Secret && v.Value is null).Name} has no value");
        }

        // The hash is computed here, never trusted: a version is reused only for the bundle it really holds.
        var hash = Contract.ContentHash(upload.Bundle) ?? throw new ReleaseException("a bundle file is not base64");
        if (hash != upload.ContentHash)
        {
            throw new ReleaseException($"content_hash {upload.ContentHash} is not the hash of the bundle sent ({hash})");
        }

        if (upload.Sources.Values.Any(v => Contract.Decode(v) is null))
        {
            throw new ReleaseException("a source file is not base64");
        }

        foreach (var existing in storage.ListVersions(env).OrderByDescending(v => v.Version))
        {
            if (existing.ContentHash == upload.ContentHash && storage.ReadVersion(env, existing.Version) is { } detail
                && Contract.ContentHash(detail.Bundle) == hash && SameEnv(detail.Env, upload.Env))
            {
                return new UploadResult(existing.Version, Created: false);
            }
        }

        var sealedUpload = upload with { Env = upload.Env.Select(SecretHash.Seal).OrderBy(v => v.Name, StringComparer.Ordinal).ToList() };
        return new UploadResult(storage.CreateVersion(env, sealedUpload, clock()), Created: true);
    }

    /// <summary>True when every variable has the same name, kind and value (a secret's value checked against its hash).</summary>
    public static bool SameEnv(IReadOnlyList<EnvValue> stored, IReadOnlyList<EnvValue> local)
    {
        var byName = stored.ToDictionary(v => v.Name, StringComparer.Ordinal);
        return stored.Count == local.Count && local.All(v => byName.TryGetValue(v.Name, out var s) && s.Secret == v.Secret
            && (v.Secret ? v.Value is not null && SecretHash.Matches(s, v.Value) : s.Value == v.Value));
    }

    public void Activate(string env, ActivateRequest request, string action = "deploy")
    {
        Check(env);
        var live = storage.ReadLive(env) ?? 0;
        if (live == request.Version)
        {
            return;   // already live: a retried activation whose answer was lost succeeds again
        }

        Guard(env, live, request.ExpectedLive);
        if (storage.ReadVersion(env, request.Version) is null)
        {
            throw new NotFoundException($"{env} has no version {request.Version}");
        }

        storage.WriteLive(env, request.Version);
        storage.AppendHistory(env, new HistoryEntry(request.Version, clock(), request.By, action));
    }

    /// <summary>Activates <see cref="RollbackRequest.To"/>, or the version that was live before the current one; returns it.</summary>
    public int Rollback(string env, RollbackRequest request)
    {
        Check(env);
        var live = storage.ReadLive(env) ?? throw new NotFoundException($"nothing is live in {env}");
        Guard(env, live, request.ExpectedLive);
        var target = request.To ?? storage.ReadHistory(env).Reverse().Select(h => (int?)h.Version).FirstOrDefault(v => v != live)
            ?? throw new NotFoundException($"no version before v{live} was live in {env}");
        Activate(env, new ActivateRequest(target, live, request.By), "rollback");
        return target;
    }

    /// <summary>Business settings first, then the bot: the source's live version, with the target's env, made live there.</summary>
    public int Promote(PromoteRequest request)
    {
        Check(request.From);
        Check(request.To);
        var live = storage.ReadLive(request.From) ?? throw new NotFoundException($"nothing is live in {request.From} to promote");
        Guard(request.To, storage.ReadLive(request.To) ?? 0, request.ExpectedLive);
        var version = storage.ReadVersion(request.From, live)!;
        if (storage.ReadBusiness(request.From) is { } business)
        {
            storage.WriteBusiness(request.To, business);
        }

        var upload = new VersionUpload(version.Info.ContentHash, version.Bundle, version.Sources, request.Env, request.By, $"promoted from {request.From} v{live}", null);
        var result = Upload(request.To, upload);
        Activate(request.To, new ActivateRequest(result.Version, request.ExpectedLive, request.By), "promote");
        return result.Version;
    }

    /// <summary>Audits a lock removed by force (a killed release's): an "unlock" entry in the history, at the live version.</summary>
    public void RecordUnlock(string env, string by, string holder)
    {
        Check(env);
        storage.AppendHistory(env, new HistoryEntry(storage.ReadLive(env) ?? 0, clock(), $"{by} (lock of {holder})", "unlock"));
    }

    public void PutBusiness(string env, string settings)
    {
        Check(env);
        storage.WriteBusiness(env, settings);
    }

    private static void Guard(string env, int live, int expected)
    {
        if (live != expected)
        {
            throw new ConflictException(
                $"the live version of {env} is {(live == 0 ? "none" : "v" + live)}, not {(expected == 0 ? "none" : "v" + expected)} as planned: someone released in between; plan again", live);
        }
    }

    private static void Check(string env)
    {
        if (!Contract.Environments.Contains(env))
        {
            throw new NotFoundException($"no environment '{env}' (staging or production)");
        }
    }
}
