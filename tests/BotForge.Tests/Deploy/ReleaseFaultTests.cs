using BotForge.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace BotForge.Tests.Deploy;

/// <summary>
/// Releases under failure: a server that answers 503, a server that dies mid-upload, a client killed between
/// upload and activation (HTTP and dir:), and a second release while one is running. In every case the live
/// version is the old one or the new one, never anything else, and a re-run completes.
/// </summary>
public sealed class ReleaseFaultTests
{
    [Fact]
    public async Task Two_503s_on_the_upload_are_retried_and_the_deploy_completes()
    {
        await using var bench = new ReleaseBench();
        var uploads = 0;
        await bench.StartServerAsync(fault: async context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/versions", StringComparison.Ordinal) && Interlocked.Increment(ref uploads) <= 2)
            {
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("{\"error\": \"busy\"}");
                return true;
            }

            return false;
        });

        var run = bench.Cli("deploy", "bot", "--env", "staging", "--target", bench.Server!.ToString());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Released acme_support v1 to staging", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, uploads);
    }

    /// <summary>
    /// A server that says how long to wait (429 with Retry-After: 1) is given that time before the next attempt, where
    /// the client's own backoff (20 ms in the bench) would have asked again at once and hammered it.
    /// </summary>
    [Fact]
    public async Task A_retry_waits_as_long_as_the_server_asks()
    {
        await using var bench = new ReleaseBench();
        var seen = new List<DateTimeOffset>();
        await bench.StartServerAsync(fault: async context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/versions", StringComparison.Ordinal))
            {
                lock (seen)
                {
                    seen.Add(DateTimeOffset.UtcNow);
                    if (seen.Count > 1)
                    {
                        return false;
                    }
                }

                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsync("{\"error\": \"slow down\"}");
                return true;
            }

            return false;
        });

        var run = bench.Cli("deploy", "bot", "--env", "staging", "--target", bench.Server!.ToString());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, seen.Count);
        Assert.True(seen[1] - seen[0] >= TimeSpan.FromMilliseconds(950), $"asked again after {(seen[1] - seen[0]).TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("{}")]
    public async Task A_success_answer_with_a_body_outside_the_contract_fails_the_release_cleanly(string body)
    {
        await using var bench = new ReleaseBench();
        await bench.StartServerAsync(fault: async context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/versions", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 201;
                await context.Response.WriteAsync(body);
                return true;
            }

            return false;
        });

        var run = bench.Cli("deploy", "bot", "--env", "staging", "--target", bench.Server!.ToString());

        // A release that was refused or failed (4), never BotForge's own failure (70); nothing went live.
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("the platform API", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, bench.Cli("releases", "bot", "--env", "staging", "--target", bench.Server!.ToString()).ExitCode);
    }

    /// <summary>
    /// A rollback that fails is not tried again. The server's words in the error are data: in CI a line break would
    /// forge a line of the log (a workflow command such as ::error), an escape sequence would act on a terminal.
    /// </summary>
    [Theory]
    [InlineData("busy", "busy")]
    [InlineData("busy\\u001b[2J\\n::error file=bot.yaml::forged\\u202e", "busy\\e[2J\\n::error file=bot.yaml::forged\\u{202E}")]
    public async Task A_failed_rollback_is_not_retried_and_the_servers_words_are_printed_escaped(string error, string shown)
    {
        await using var bench = new ReleaseBench();

        var (run, rollbacks) = await RollbackRefusedAsync(bench, 503, $"{{\"error\": \"{error}\"}}");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal($"botforge: error: could not roll back staging: the server answered 503 Service Unavailable: {shown}\n", run.Error);
        Assert.Equal(1, rollbacks);
    }

    /// <summary>
    /// A release to staging, then a rollback the server refuses with <paramref name="status"/> and <paramref name="body"/>:
    /// the rollback's run, and how many rollbacks the server saw.
    /// </summary>
    private static async Task<(CliRun Run, int Rollbacks)> RollbackRefusedAsync(ReleaseBench bench, int status, string body)
    {
        var rollbacks = 0;
        await bench.StartServerAsync(fault: async context =>
        {
            if (context.Request.Path.Value!.EndsWith("/rollback", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref rollbacks);
                context.Response.StatusCode = status;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(body);
                return true;
            }

            return false;
        });
        var url = bench.Server!.ToString();
        Assert.Equal(0, bench.Cli("deploy", "bot", "--env", "staging", "--target", url).ExitCode);
        return (bench.Cli("rollback", "bot", "--env", "staging", "--to", "1", "--target", url), rollbacks);
    }

    /// <summary>
    /// A server that echoes what it was sent (a secret's value, part of one, the bearer token) in its error: the error
    /// line names them and shows none, so a CI log keeps no secret.
    /// </summary>
    [Fact]
    public async Task A_server_echoing_a_secret_in_its_error_has_it_printed_as_its_name()
    {
        await using var bench = new ReleaseBench();
        var username = bench.Secrets["SF_USERNAME"];
        var clientId = bench.Secrets["SF_CLIENT_ID"];
        await bench.StartServerAsync(fault: async context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/versions", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 422;
                await context.Response.WriteAsJsonAsync(new
                {
                    error = $"user {username} has no access; client {clientId[..12]}… unknown; sent by {context.Request.Headers.Authorization}",
                });
                return true;
            }

            return false;
        });

        var run = bench.Cli("deploy", "bot", "--env", "staging", "--target", bench.Server!.ToString());

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("botforge: error: could not upload the bundle to staging: the server answered 422 Unprocessable Entity: "
            + "user [secret SF_USERNAME] has no access; client [secret SF_CLIENT_ID]… unknown; sent by Bearer [secret BOTFORGE_TOKEN]\n", run.Error);
        foreach (var secret in bench.Secrets.Values.Append(bench.Token).Append(clientId[..12]))
        {
            Assert.DoesNotContain(secret, bench.Printed, StringComparison.Ordinal);
        }
    }

    /// <summary>A server's error of a page or more (an HTML error page in JSON, a stack trace) is quoted up to 1,000 characters.</summary>
    [Fact]
    public async Task A_long_server_error_is_cut_where_it_is_quoted()
    {
        await using var bench = new ReleaseBench();

        var (run, _) = await RollbackRefusedAsync(bench, 500, System.Text.Json.JsonSerializer.Serialize(new { error = new string('x', 999) + "😀" + new string('y', 100_000) }));

        Assert.Equal(4, run.ExitCode);
        Assert.Equal($"botforge: error: could not roll back staging: the server answered 500 Internal Server Error: {new string('x', 999)}… (100,002 more characters)\n", run.Error);
    }

    [Fact]
    public async Task A_server_that_dies_mid_upload_leaves_live_unchanged_and_a_rerun_completes()
    {
        await using var bench = new ReleaseBench();
        var dead = false;
        await bench.StartServerAsync(lockLease: TimeSpan.FromSeconds(1), fault: async context =>
        {
            if (!dead && context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/versions", StringComparison.Ordinal) && File.Exists(Path.Combine(bench.Root, "die")))
            {
                // Read part of the bundle, then go away: every later request fails too, until the "restart".
                await context.Request.Body.ReadExactlyAsync(new byte[4096]);
                dead = true;
            }

            if (dead)
            {
                context.Abort();
                return true;
            }

            return false;
        });
        var url = bench.Server!.ToString();
        Assert.Equal(0, bench.Cli("deploy", "bot", "--env", "staging", "--target", url).ExitCode);
        bench.Edit("stories/support/greeting.yaml", "      - hey\n", "      - hey\n      - hey there\n");
        await File.WriteAllTextAsync(Path.Combine(bench.Root, "die"), string.Empty);

        var failed = bench.Cli("deploy", "bot", "--env", "staging", "--target", url);

        Assert.Equal(4, failed.ExitCode);
        Assert.StartsWith("botforge: error: could not upload the bundle to staging: ", failed.Error, StringComparison.Ordinal);
        Assert.EndsWith("(tried 5 times)\n", failed.Error, StringComparison.Ordinal);
        File.Delete(Path.Combine(bench.Root, "die"));
        dead = false;
        await Task.Delay(TimeSpan.FromSeconds(1.2));   // the unlock failed too (the server was gone): its lease lapses
        Assert.Matches(@"^staging at .*:\n\* v1 ", bench.Cli("releases", "bot", "--env", "staging", "--target", url).Out);

        var rerun = bench.Cli("deploy", "bot", "--env", "staging", "--target", url);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains("Released acme_support v2 to staging", rerun.Out, StringComparison.Ordinal);
        Assert.Empty(bench.FilesHoldingSecrets());
    }

    [Theory]
    [InlineData("dir")]
    [InlineData("http")]
    public async Task A_client_killed_between_upload_and_activate_changes_nothing_and_a_rerun_completes(string kind)
    {
        await using var bench = new ReleaseBench();
        string[] target = [];
        if (kind == "http")
        {
            await bench.StartServerAsync(lockLease: TimeSpan.FromSeconds(2));
            target = ["--target", bench.Server!.ToString()];
        }

        Assert.Equal(0, bench.Cli(["deploy", "bot", "--env", "staging", .. target]).ExitCode);
        bench.Edit("stories/support/greeting.yaml", "      - hey\n", "      - hey\n      - hey there\n");

        using (var process = bench.Start(new Dictionary<string, string> { ["BOTFORGE_TEST_PAUSE"] = "before-activate" }, ["deploy", "bot", "--env", "staging", .. target]))
        {
            await bench.WaitForAsync(process, "botforge: paused before-activate");

            // Meanwhile the release lock is held: a second release is refused, and changes nothing.
            var concurrent = bench.Cli(["deploy", "bot", "--env", "staging", .. target]);
            Assert.Equal(4, concurrent.ExitCode);
            Assert.StartsWith("botforge: error: another release of staging is running", concurrent.Error, StringComparison.Ordinal);

            await bench.KillAsync(process);
        }

        var releases = bench.Cli(["releases", "bot", "--env", "staging", .. target]).Out;
        Assert.Matches(@"\n  v2 .*\n\* v1 ", releases);   // uploaded, never activated

        if (kind == "http")
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5));   // the killed client renewed its lock until killed; now it lapses (lease shortened for the test)
        }

        var rerun = bench.Cli(["deploy", "bot", "--env", "staging", .. target]);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains("Released acme_support v2 to staging (sha256:", rerun.Out, StringComparison.Ordinal);
        Assert.Contains(", a version already uploaded); it is live.", rerun.Out, StringComparison.Ordinal);
        Assert.Matches(@"^staging at .*:\n\* v2 .*\n  v1 ", bench.Cli(["releases", "bot", "--env", "staging", .. target]).Out);
        Assert.Empty(bench.FilesHoldingSecrets());
        Assert.All(bench.Secrets.Values, secret => Assert.DoesNotContain(secret, bench.Printed, StringComparison.Ordinal));
    }
}
