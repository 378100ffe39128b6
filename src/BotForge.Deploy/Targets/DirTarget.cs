using BotForge.Deploy.Releases;

namespace BotForge.Deploy.Targets;

/// <summary><c>dir:PATH</c>: the release store in a local folder (<see cref="DirStorage"/>), with an OS file lock per environment.</summary>
public sealed class DirTarget : IDeployTarget
{
    private readonly DirStorage _storage;
    private readonly ReleaseLogic _logic;

    public DirTarget(string path, string name, Func<DateTimeOffset> clock)
    {
        _storage = new DirStorage(path);
        _logic = new ReleaseLogic(_storage, clock);
        Name = name;
    }

    public string Name { get; }

    public Task<LiveState> LiveAsync(string env, CancellationToken cancel) => Task.FromResult(Io(() => _logic.Live(env)));

    public Task<IReadOnlyList<VersionInfo>> VersionsAsync(string env, CancellationToken cancel) => Task.FromResult(Io(() => _logic.Versions(env)));

    public Task<VersionDetail> VersionAsync(string env, int version, CancellationToken cancel) => Task.FromResult(Io(() => _logic.Version(env, version)));

    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string env, CancellationToken cancel) => Task.FromResult(Io(() => _logic.History(env)));

    public Task<IAsyncDisposable> LockAsync(string env, string owner, CancellationToken cancel)
    {
        _ = Io(() => _logic.Versions(env));   // refuses an unknown environment before creating anything
        return Task.FromResult<IAsyncDisposable>(new Held(Io(() => _storage.Lock(env))));
    }

    public Task ForceUnlockAsync(string env, string by, CancellationToken cancel) =>
        throw new ReleaseException($"{Name}'s lock is an operating-system file lock, released when the release holding it ends (even killed): there is nothing to remove");

    public Task PutBusinessAsync(string env, string settings, CancellationToken cancel)
    {
        Io(() => _logic.PutBusiness(env, settings));
        return Task.CompletedTask;
    }

    public Task<UploadResult> UploadAsync(string env, VersionUpload upload, CancellationToken cancel) => Task.FromResult(Io(() => _logic.Upload(env, upload)));

    public Task ActivateAsync(string env, ActivateRequest request, CancellationToken cancel)
    {
        Io(() => _logic.Activate(env, request));
        return Task.CompletedTask;
    }

    public Task<int> RollbackAsync(string env, RollbackRequest request, CancellationToken cancel) => Task.FromResult(Io(() => _logic.Rollback(env, request)));

    public Task<int> PromoteAsync(PromoteRequest request, CancellationToken cancel) => Task.FromResult(Io(() => _logic.Promote(request)));

    /// <summary>
    /// A step on the store's folder: one the file system refuses (no permission, a read-only disk, a file where a
    /// folder should be, a full disk) is a release failure naming the store, never BotForge's own failure.
    /// </summary>
    private T Io<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReleaseException($"the release store {Name} cannot be read or written: {e.Message}");
        }
    }

    private void Io(Action step) => Io(() =>
    {
        step();
        return 0;
    });

    public void Dispose()
    {
    }

    private sealed class Held(IDisposable lockFile) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            lockFile.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
