using BotForge.Deploy.Releases;

namespace BotForge.Deploy.Targets;

/// <summary>Where releases go: a local release store (<c>dir:PATH</c>) or the platform's HTTP API. One interface, same rules.</summary>
public interface IDeployTarget : IDisposable
{
    /// <summary>How messages name the target (never with a token).</summary>
    string Name { get; }

    Task<LiveState> LiveAsync(string env, CancellationToken cancel);

    Task<IReadOnlyList<VersionInfo>> VersionsAsync(string env, CancellationToken cancel);

    Task<VersionDetail> VersionAsync(string env, int version, CancellationToken cancel);

    Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string env, CancellationToken cancel);

    /// <summary>Takes the environment's release lock; <see cref="ConflictException"/> when another release holds it.</summary>
    Task<IAsyncDisposable> LockAsync(string env, string owner, CancellationToken cancel);

    /// <summary>
    /// Removes the environment's release lock whoever holds it (a killed release's), recorded in the history as an
    /// unlock by <paramref name="by"/>; <see cref="ReleaseException"/> where a lock cannot outlive its holder.
    /// </summary>
    Task ForceUnlockAsync(string env, string by, CancellationToken cancel);

    Task PutBusinessAsync(string env, string settings, CancellationToken cancel);

    Task<UploadResult> UploadAsync(string env, VersionUpload upload, CancellationToken cancel);

    Task ActivateAsync(string env, ActivateRequest request, CancellationToken cancel);

    Task<int> RollbackAsync(string env, RollbackRequest request, CancellationToken cancel);

    Task<int> PromoteAsync(PromoteRequest request, CancellationToken cancel);
}
