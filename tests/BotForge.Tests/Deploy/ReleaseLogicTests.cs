using System.Text.Json;
using BotForge.Deploy.Releases;
using BotForge.Serve;
using BotForge.Tests.Support;

namespace BotForge.Tests.Deploy;

/// <summary>The release rules (<see cref="ReleaseLogic"/>) on both stores: the dir: folder and the server's SQLite.</summary>
public sealed class ReleaseLogicTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Stores() => ["dir", "sqlite"];

    [Theory]
    [MemberData(nameof(Stores))]
    public void An_equal_upload_reuses_its_version_and_a_different_secret_makes_a_new_one(string store)
    {
        using var folder = new TempProject();
        var logic = new ReleaseLogic(Storage(store, folder.Root), () => At);

        var first = logic.Upload("staging", Upload("sha256:aa", "s3cret"));
        var same = logic.Upload("staging", Upload("sha256:aa", "s3cret"));
        var rotated = logic.Upload("staging", Upload("sha256:aa", "rotated"));

        Assert.Equal(new UploadResult(1, true), first);
        Assert.Equal(new UploadResult(1, false), same);
        Assert.Equal(new UploadResult(2, true), rotated);
        var stored = logic.Version("staging", 1).Env.Single(v => v.Secret);
        Assert.Null(stored.Value);
        Assert.True(SecretHash.Matches(stored, "s3cret"));
        Assert.False(SecretHash.Matches(stored, "rotated"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Activation_is_guarded_by_the_expected_live_version_and_repeatable(string store)
    {
        using var folder = new TempProject();
        var logic = new ReleaseLogic(Storage(store, folder.Root), () => At);
        logic.Upload("staging", Upload("sha256:aa", "x"));
        logic.Upload("staging", Upload("sha256:bb", "x"));

        logic.Activate("staging", new ActivateRequest(1, 0, "ada"));
        logic.Activate("staging", new ActivateRequest(1, 0, "ada"));   // a retry after a lost answer
        var stale = Assert.Throws<ConflictException>(() => logic.Activate("staging", new ActivateRequest(2, 0, "bob")));
        logic.Activate("staging", new ActivateRequest(2, 1, "ada"));

        Assert.Equal("the live version of staging is v1, not none as planned: someone released in between; plan again", stale.Message);
        Assert.Equal(1, stale.Live);
        Assert.Equal(2, logic.Live("staging").Live!.Version);
        Assert.Equal([(1, "deploy"), (2, "deploy")], logic.History("staging").Select(h => (h.Version, h.Action)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Rollback_goes_to_the_previous_live_version_and_promote_carries_business_first(string store)
    {
        using var folder = new TempProject();
        var storage = Storage(store, folder.Root);
        var logic = new ReleaseLogic(storage, () => At);
        logic.Upload("staging", Upload("sha256:aa", "x"));
        logic.Upload("staging", Upload("sha256:bb", "x"));
        logic.Activate("staging", new ActivateRequest(1, 0, "ada"));
        logic.Activate("staging", new ActivateRequest(2, 1, "ada"));
        logic.PutBusiness("staging", """{"small_talk":true}""");

        Assert.Equal(1, logic.Rollback("staging", new RollbackRequest(null, 2, "ada")));
        Assert.Throws<ConflictException>(() => logic.Promote(new PromoteRequest("staging", "production", 5, [new EnvValue("KEY", true, "prod")], "ada")));
        Assert.Null(storage.ReadBusiness("production"));
        var promoted = logic.Promote(new PromoteRequest("staging", "production", 0, [new EnvValue("KEY", true, "prod")], "ada"));

        Assert.Equal(1, promoted);
        Assert.Equal("""{"small_talk":true}""", storage.ReadBusiness("production"));
        Assert.Equal("sha256:aa", logic.Live("production").Live!.ContentHash);
        Assert.Equal("promoted from staging v1", logic.Live("production").Live!.Message);
        Assert.Throws<NotFoundException>(() => logic.Live("qa"));
    }

    private static IReleaseStorage Storage(string kind, string folder) =>
        kind == "dir" ? new DirStorage(folder) : SqliteStorage.For(SqliteStorage.Open(folder), "acme", "bot", "bot");

    private static VersionUpload Upload(string hash, string secret) => new(
        hash,
        new Dictionary<string, string> { ["manifest.json"] = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { hash })) },
        new Dictionary<string, string>(),
        [new EnvValue("BASE_URL", false, "https://x.example.com"), new EnvValue("KEY", true, secret)],
        "ada",
        null,
        null);
}
