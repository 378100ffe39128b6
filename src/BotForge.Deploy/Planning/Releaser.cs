using BotForge.Deploy.Releases;
using BotForge.Deploy.Targets;

namespace BotForge.Deploy.Planning;

/// <summary>
/// Applies releases under the environment's lock. A deploy uploads the version (staged, not live), sets the
/// business settings, then activates it in one guarded step: if the live version is no longer the one planned
/// against, nothing is activated. <paramref name="pause"/> is a fault-injection point for tests (named steps).
/// </summary>
public sealed class Releaser(IDeployTarget target, string by, Func<string, Task> pause)
{
    private readonly string _owner = $"{by}:{Environment.ProcessId}:{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6))}";

    public async Task<UploadResult> DeployAsync(LocalRelease local, ReleasePlan plan, IReadOnlyList<EnvValue> env, string? message, CancellationToken cancel)
    {
        await using var held = await target.LockAsync(plan.Env, _owner, cancel);
        var live = await target.LiveAsync(plan.Env, cancel);
        if ((live.Live?.Version ?? 0) != plan.ExpectedLive)
        {
            throw new ConflictException($"the live version of {plan.Env} changed since the plan (v{plan.ExpectedLive} → v{live.Live?.Version ?? 0}); nothing was released, plan again", live.Live?.Version);
        }

        var upload = await target.UploadAsync(plan.Env, new VersionUpload(local.ContentHash, local.Bundle, local.Sources, env, by, message, local.Business), cancel);
        if (!upload.Created)
        {
            // Reusing a version: make sure it holds this bundle, whatever hash it was stored under.
            var reused = await target.VersionAsync(plan.Env, upload.Version, cancel);
            if (Contract.ContentHash(reused.Bundle) != local.ContentHash || !reused.Bundle.OrderBy(f => f.Key, StringComparer.Ordinal).SequenceEqual(local.Bundle.OrderBy(f => f.Key, StringComparer.Ordinal)))
            {
                throw new ReleaseException($"{target.Name} offered v{upload.Version} as this bundle ({LocalRelease.Short(local.ContentHash)}), but it holds other files; nothing was released");
            }
        }

        await pause("before-activate");
        await target.PutBusinessAsync(plan.Env, local.Business, cancel);

        await target.ActivateAsync(plan.Env, new ActivateRequest(upload.Version, plan.ExpectedLive, by), cancel);
        return upload;
    }

    public async Task<int> RollbackAsync(string env, int? to, CancellationToken cancel)
    {
        await using var held = await target.LockAsync(env, _owner, cancel);
        var live = await target.LiveAsync(env, cancel);
        return await target.RollbackAsync(env, new RollbackRequest(to, live.Live?.Version ?? 0, by), cancel);
    }

    public async Task<int> PromoteAsync(string from, string to, int expectedLive, IReadOnlyList<EnvValue> env, CancellationToken cancel)
    {
        await using var held = await target.LockAsync(to, _owner, cancel);
        return await target.PromoteAsync(new PromoteRequest(from, to, expectedLive, env, by), cancel);
    }
}
