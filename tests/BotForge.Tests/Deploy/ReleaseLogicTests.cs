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
    [InlineData("not base64!", null)]
    [InlineData(null, "not base64!")]
    [InlineData(null, null)]
    public void A_stored_secret_whose_salt_or_hash_is_not_base64_matches_nothing(string? salt, string? hash)
    {
        var stored = SecretHash.Seal(new("KEY", true, "s3cret"));
        var damaged = stored with { Salt = salt ?? stored.Salt, Hash = hash ?? stored.Hash };

        Assert.Equal(salt is null && hash is null, SecretHash.Matches(damaged, "s3cret"));
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
        Assert.Equal(Upload("sha256:aa", "x").ContentHash, logic.Live("production").Live!.ContentHash);
        Assert.Equal("promoted from staging v1", logic.Live("production").Live!.Message);
        Assert.Throws<NotFoundException>(() => logic.Live("qa"));
    }

    [Theory]
    [InlineData("dir")]
    [InlineData("sqlite")]
    public void The_content_hash_is_computed_not_trusted_and_a_version_stored_under_a_false_one_is_not_reused(string store)
    {
        using var folder = new TempProject();
        var storage = Storage(store, folder.Root);
        var logic = new ReleaseLogic(storage, () => At);
        var honest = Upload("honest", "x");

        var lie = Assert.Throws<ReleaseException>(() => logic.Upload("staging", honest with { ContentHash = Upload("other", "x").ContentHash }));
        Assert.Contains("is not the hash of the bundle sent", lie.Message, StringComparison.Ordinal);
        Assert.Throws<ReleaseException>(() => logic.Upload("staging", honest with { Bundle = new Dictionary<string, string> { ["manifest.json"] = "not base64!" } }));
        Assert.Throws<ReleaseException>(() => logic.Upload("staging", honest with { Sources = new Dictionary<string, string> { ["bot.yaml"] = "%%%" } }));
        Assert.Empty(logic.Versions("staging"));

        // A version stored (by an older server, say) under the honest bundle's hash but holding other files.
        storage.CreateVersion("staging", Upload("poison", "x") with { ContentHash = honest.ContentHash, Env = [new("BASE_URL", false, "https://x.example.com"), SecretHash.Seal(new("KEY", true, "x"))] }, At);
        var result = logic.Upload("staging", honest);

        Assert.True(result.Created);
        Assert.Equal(2, result.Version);
    }

    private static IReleaseStorage Storage(string kind, string folder) =>
        kind == "dir" ? new DirStorage(folder) : SqliteStorage.For(SqliteStorage.Open(folder), "acme", "bot", "bot");

    /// <summary>An upload whose bundle is a manifest naming <paramref name="label"/>, under its true content hash.</summary>
    private static VersionUpload Upload(string label, string secret)
    {
        var bundle = new Dictionary<string, string> { ["manifest.json"] = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { label })) };
        return new(Contract.ContentHash(bundle)!, bundle, new Dictionary<string, string>(),
            [new EnvValue("BASE_URL", false, "https://x.example.com"), new EnvValue("KEY", true, secret)], "ada", null, null);
    }
}
