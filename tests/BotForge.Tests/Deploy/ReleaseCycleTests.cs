using BotForge.Tests.Support;

namespace BotForge.Tests.Deploy;

/// <summary>
/// deploy, plan, promote, rollback and releases through the real CLI, against the dir: target and against
/// <c>botforge serve</c> over real HTTP on a loopback port; every byte BotForge printed or wrote is searched for
/// the secrets.
/// </summary>
public sealed class ReleaseCycleTests
{
    [Theory]
    [InlineData("dir")]
    [InlineData("http")]
    public async Task Deploy_plan_edit_apply_promote_and_roll_back(string kind)
    {
        await using var bench = new ReleaseBench();
        string[] target = [];
        if (kind == "http")
        {
            await bench.StartServerAsync();
            target = ["--target", bench.Server!.ToString()];
        }

        var first = bench.Cli(["deploy", "bot", "--env", "staging", .. target]);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Bot: first release to this environment.", first.Out, StringComparison.Ordinal);
        Assert.Contains("  SF_USERNAME: (secret, added)\n", first.Out, StringComparison.Ordinal);
        Assert.Matches(@"Released acme_support v1 to staging \(sha256:[0-9a-f]{12}\); it is live\.\n$", first.Out);

        var unchanged = bench.Cli(["deploy", "bot", "--env", "staging", "--plan", .. target]);
        Assert.Equal(0, unchanged.ExitCode);
        Assert.Contains("Bot: unchanged.", unchanged.Out, StringComparison.Ordinal);
        Assert.Contains("  SF_USERNAME: (secret, unchanged)\n", unchanged.Out, StringComparison.Ordinal);
        Assert.EndsWith("No changes: v1 stays live in staging.\n", unchanged.Out, StringComparison.Ordinal);
        var again = bench.Cli(["deploy", "bot", "--env", "staging", .. target]);
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("Released", again.Out, StringComparison.Ordinal);

        bench.Edit("stories/support/raise_ticket.yaml", "Let me raise a ticket for you.", "Let me open a ticket for you.");
        bench.Secrets["SF_CLIENT_ID"] += "-rotated";
        var plan = bench.Cli(["deploy", "bot", "--env", "staging", "--plan", .. target]);
        Assert.Equal(3, plan.ExitCode);
        Assert.Contains("    bot_says.initial: I'm sorry to hear that. Let me [-raise-]{+open+} a ticket for you.\n", plan.Out, StringComparison.Ordinal);
        Assert.Contains("  SF_CLIENT_ID: (secret, changed)\n  SF_PRIVATE_KEY: (secret, unchanged)\n", plan.Out, StringComparison.Ordinal);
        Assert.Contains("live: v1, sha256:", plan.Out, StringComparison.Ordinal);

        var apply = bench.Cli(["deploy", "bot", "--env", "staging", "-m", "open, not raise", .. target]);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Contains("Released acme_support v2 to staging", apply.Out, StringComparison.Ordinal);

        var unconfirmed = bench.Cli(["promote", "bot", "--from", "staging", "--to", "production", .. target]);
        Assert.Equal(2, unconfirmed.ExitCode);
        Assert.Contains("This promotion changes production: pass --yes", unconfirmed.Error, StringComparison.Ordinal);
        var promote = bench.Cli(["promote", "bot", "--from", "staging", "--to", "production", "--yes", .. target]);
        Assert.True(promote.ExitCode == 0, promote.Error);
        Assert.EndsWith("Promoted staging v2 to production as v1; it is live.\n", promote.Out, StringComparison.Ordinal);

        var rollback = bench.Cli(["rollback", "bot", "--env", "staging", .. target]);
        Assert.True(rollback.ExitCode == 0, rollback.Error);
        Assert.Matches(@"^Rolled back staging from v2 to v1 \(sha256:[0-9a-f]{12}\); it is live\.\n$", rollback.Out);

        var releases = bench.Cli(["releases", "bot", "--env", "staging", .. target]);
        Assert.Equal(0, releases.ExitCode);
        var lines = releases.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^  v2 +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  ada +sha256:[0-9a-f]{12}  open, not raise$", lines[1]);
        Assert.Matches(@"^\* v1 +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  ada +sha256:[0-9a-f]{12}$", lines[2]);
        var production = bench.Cli(["releases", "bot", "--env", "production", .. target]);
        Assert.Matches(@"\* v1 .* promoted from staging v2\n$", production.Out);

        Assert.Empty(bench.FilesHoldingSecrets());
        Assert.All(bench.Secrets.Values, secret => Assert.DoesNotContain(secret, bench.Printed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_store_is_said_in_the_plan_and_the_release_goes_on()
    {
        await using var bench = new ReleaseBench();
        var first = bench.Cli("deploy", "bot", "--env", "staging");
        Assert.True(first.ExitCode == 0, first.Error);
        var stored = Path.Combine(bench.Bot, ".botforge", "releases", "staging", "versions", "0001", "version.json");
        var detail = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(stored))!;
        detail["sources"]!["botforge.yaml"] = "!!! not base64 !!!";
        File.WriteAllText(stored, detail.ToJsonString());
        bench.Edit("stories/support/raise_ticket.yaml", "Let me raise a ticket for you.", "Let me open a ticket for you.");

        var run = bench.Cli("deploy", "bot", "--env", "staging");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("(the live version's stored source botforge.yaml is not base64, so its sources could not be read; its bundle differs)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Released acme_support v2 to staging", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("versions/0001/version.json", "{")]
    [InlineData("versions/0001/info.json", "{\"version\": 1}")]
    [InlineData("live", "garbage")]
    [InlineData("history.jsonl", "not json\n")]
    public async Task A_damaged_store_file_is_a_release_failure_that_names_it(string file, string text)
    {
        await using var bench = new ReleaseBench();
        var first = bench.Cli("deploy", "bot", "--env", "staging");
        Assert.True(first.ExitCode == 0, first.Error);
        File.WriteAllText(Path.Combine(bench.Bot, ".botforge", "releases", "staging", file), text);
        bench.Edit("stories/support/raise_ticket.yaml", "Let me raise a ticket for you.", "Let me open a ticket for you.");

        // The plan reads the live version; the list of versions and the history are read by releases.
        var run = file.EndsWith("version.json", StringComparison.Ordinal) || file == "live" ? bench.Cli("deploy", "bot", "--env", "staging", "--plan") : bench.Cli("releases", "bot", "--env", "staging");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains($"the release store's {Path.Combine(bench.Bot, ".botforge", "releases", "staging", file)} is damaged", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dir_target_that_is_no_folder_or_cannot_be_written_is_refused_never_an_internal_error()
    {
        // Each was BotForge's own failure (exit 70, "DirectoryNotFoundException"), after a plan that said "first release".
        await using var bench = new ReleaseBench();
        var file = Path.Combine(bench.Bot, "notes.txt");
        File.WriteAllText(file, "not a store\n");

        var onFile = bench.Cli("deploy", "bot", "--env", "staging", "--target", "dir:" + file, "--plan");
        var empty = bench.Cli("deploy", "bot", "--env", "staging", "--target", "dir:");
        var beneathFile = bench.Cli("deploy", "bot", "--env", "staging", "--target", "dir:" + Path.Combine(file, "store"));

        Assert.Equal(2, onFile.ExitCode);
        Assert.Equal($"botforge: error: 'dir:{file}' names a file: a release store is a folder (dir:PATH)\n", onFile.Error);
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal("botforge: error: 'dir:' names no folder: write dir:PATH, the release store's folder\n", empty.Error);
        Assert.Equal(4, beneathFile.ExitCode);
        Assert.StartsWith($"botforge: error: the release store dir:{Path.Combine(file, "store")} cannot be read or written: ", beneathFile.Error, StringComparison.Ordinal);
        Assert.Equal("not a store\n", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_no_token_sends_nothing()
    {
        await using var bench = new ReleaseBench();
        await bench.StartServerAsync();
        var url = bench.Server!.ToString();

        var wrong = bench.CliWith(new Dictionary<string, string> { ["BOTFORGE_TOKEN"] = "not-the-token-at-all" }, "deploy", "bot", "--env", "staging", "--target", url);
        Assert.Equal(4, wrong.ExitCode);
        Assert.Equal($"botforge: error: could not read what is live in staging: {url.TrimEnd('/')} refused the token (401); check BOTFORGE_TOKEN\n", wrong.Error);

        var none = bench.CliWith(new Dictionary<string, string> { ["BOTFORGE_TOKEN"] = "" }, "deploy", "bot", "--env", "staging", "--target", url);
        Assert.Equal(2, none.ExitCode);
        Assert.StartsWith("botforge: error: BOTFORGE_TOKEN is not set", none.Error, StringComparison.Ordinal);

        var plain = bench.Cli("deploy", "bot", "--env", "staging", "--target", "http://platform.example.com");
        Assert.Equal(2, plain.ExitCode);
        Assert.Contains("would send the token unencrypted", plain.Error, StringComparison.Ordinal);

        var inUrl = bench.Cli("deploy", "bot", "--env", "staging", "--target", "https://ada:hunter2@platform.example.com");
        Assert.Equal(2, inUrl.ExitCode);
        Assert.Equal("botforge: error: a target URL carries no credentials or query: give the API's base URL and the token in BOTFORGE_TOKEN\n", inUrl.Error);
        Assert.DoesNotContain("hunter2", inUrl.Out + inUrl.Error, StringComparison.Ordinal);
    }

    /// <summary>A deploy to staging with SF_PRIVATE_KEY set to <paramref name="value"/>, and how many requests the platform got.</summary>
    private static async Task<(CliRun Run, int Requests)> DeployWithPrivateKey(string value)
    {
        await using var bench = new ReleaseBench();
        var requests = 0;
        await bench.StartServerAsync(fault: _ =>
        {
            Interlocked.Increment(ref requests);
            return Task.FromResult(false);
        });

        var run = bench.CliWith(new Dictionary<string, string> { ["BOTFORGE_SECRET_SF_PRIVATE_KEY"] = value }, "deploy", "bot", "--env", "staging", "--target", bench.Server!.ToString());
        return (run, requests);
    }

    [Fact]
    public async Task A_missing_secret_stops_the_deploy_before_any_request()
    {
        var (run, requests) = await DeployWithPrivateKey(string.Empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "botforge: error: the secret env variable SF_PRIVATE_KEY has no value for staging: set BOTFORGE_SECRET_SF_PRIVATE_KEY (or BOTFORGE_SECRET_STAGING_SF_PRIVATE_KEY) or put it in a --secrets file\n" +
            "botforge: 1 secret(s) missing; nothing was sent\n",
            run.Error);
        Assert.Empty(run.Out);
        Assert.Equal(0, requests);
    }

    /// <summary>
    /// Found deploying the reservations port: a Salesforce private key of 1,652 characters went out as a secret, where
    /// the platform stores an env value of 50 characters at most (BF1025 checks only the values botforge.yaml holds).
    /// </summary>
    [Fact]
    public async Task A_secret_longer_than_the_platform_stores_stops_the_deploy_before_any_request_without_showing_it()
    {
        var (run, requests) = await DeployWithPrivateKey("-----BEGIN PRIVATE KEY-----" + new string('Q', 1600) + "-----END PRIVATE KEY-----");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "botforge: error: the secret env variable SF_PRIVATE_KEY has 1,652 characters for staging; the platform stores 50 at most (BF1025), so it would be rejected or cut\n" +
            "botforge: 1 secret(s) too long; nothing was sent\n",
            run.Error);
        Assert.DoesNotContain("QQQQ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Equal(0, requests);
    }

    [Fact]
    public async Task Secrets_can_come_from_a_dotenv_file_that_git_ignores()
    {
        await using var bench = new ReleaseBench();
        var file = Path.Combine(bench.Root, "secrets.env");
        await File.WriteAllTextAsync(file, string.Join("\n", bench.Secrets.Select(s => $"{s.Key}=\"{s.Value}\"")) + "\n");
        var noSecretsInEnvironment = bench.Secrets.Keys.ToDictionary(k => "BOTFORGE_SECRET_" + k, _ => string.Empty);

        var run = bench.CliWith(noSecretsInEnvironment, "deploy", "bot", "--env", "staging", "--secrets", "secrets.env");
        Assert.True(run.ExitCode == 0, run.Error);

        await Support.Tool.GitAsync(bench.Root, "init", "-q");
        var tracked = bench.CliWith(noSecretsInEnvironment, "deploy", "bot", "--env", "staging", "--secrets", "secrets.env");
        Assert.Equal(2, tracked.ExitCode);
        Assert.Equal("botforge: error: the secrets file 'secrets.env' is not ignored by git; add it to .gitignore before using it (nothing was sent)\n", tracked.Error);

        await File.WriteAllTextAsync(Path.Combine(bench.Root, ".gitignore"), "secrets.env\n");
        var ignored = bench.CliWith(noSecretsInEnvironment, "deploy", "bot", "--env", "staging", "--secrets", "secrets.env");
        Assert.True(ignored.ExitCode == 0, ignored.Error);
        Assert.EndsWith("No changes: v1 stays live in staging.\n", ignored.Out, StringComparison.Ordinal);
        Assert.Equal([file], bench.FilesHoldingSecrets());
    }

    [Fact]
    public async Task Production_needs_yes_and_nothing_is_released_without_it()
    {
        await using var bench = new ReleaseBench();

        var run = bench.Cli("deploy", "bot", "--env", "production");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Apply: a new version, made live in production.", run.Out, StringComparison.Ordinal);
        Assert.Equal("botforge: error: This deploy changes production: pass --yes (or run it in a terminal to confirm); nothing was released\n", run.Error);
        Assert.Contains("no versions yet", bench.Cli("releases", "bot", "--env", "production").Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_and_releases_work_while_the_working_copy_has_errors()
    {
        await using var bench = new ReleaseBench();
        Assert.Equal(0, bench.Cli("deploy", "bot", "--env", "staging").ExitCode);
        bench.Edit("stories/support/greeting.yaml", "      - hey\n", "      - hey\n      - hey there\n");
        Assert.Equal(0, bench.Cli("deploy", "bot", "--env", "staging").ExitCode);
        bench.Edit("stories/support/greeting.yaml", "      - to: WHO_AM_I\n", "      - to: WHO_AM\n");

        var deploy = bench.Cli("deploy", "bot", "--env", "staging");
        var rollback = bench.Cli("rollback", "bot", "--env", "staging");
        var releases = bench.Cli("releases", "bot", "--env", "staging");

        Assert.Equal(1, deploy.ExitCode);
        Assert.EndsWith("botforge: the bot has errors; nothing was released\n", deploy.Error, StringComparison.Ordinal);
        Assert.True(rollback.ExitCode == 0, rollback.Error);
        Assert.StartsWith("Rolled back staging from v2 to v1", rollback.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  v2 .*\n\* v1 ", releases.Out);
    }
}
