using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using System.Text.Json;

namespace BotForge.Tests.Deploy;

/// <summary>The release client's side of the lock and of reuse: <c>botforge unlock</c>, and a reused version checked before it goes live.</summary>
public sealed class UnlockAndReuseTests
{
    [Fact]
    public async Task Unlock_names_the_holder_removes_its_lock_with_yes_and_releases_lists_it()
    {
        await using var bench = new ReleaseBench();
        await bench.StartServerAsync();
        var url = bench.Server!.ToString();
        using var http = new HttpClient { BaseAddress = bench.Server };
        http.DefaultRequestHeaders.Authorization = new("Bearer", bench.Token);
        // A release that was killed while it held the lock.
        var held = await http.PutAsJsonAsync("v1/partners/acme/businesses/acme_support/bots/acme_support/environments/staging/lock", new { owner = "ci:4242:killed" });
        Assert.True(held.IsSuccessStatusCode, await held.Content.ReadAsStringAsync());

        var blocked = bench.Cli("deploy", "bot", "--env", "staging", "--target", url);
        Assert.Equal(4, blocked.ExitCode);
        Assert.Contains("ci:4242:killed holds its lock until", blocked.Error, StringComparison.Ordinal);

        var shown = bench.Cli("unlock", "bot", "--env", "staging", "--target", url);
        Assert.Equal(4, shown.ExitCode);
        Assert.Contains("ci:4242:killed holds its lock until", shown.Out, StringComparison.Ordinal);
        Assert.Contains("--env staging --yes", shown.Out, StringComparison.Ordinal);

        var removed = bench.Cli("unlock", "bot", "--env", "staging", "--target", url, "--yes");
        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.StartsWith("another release of staging is running", removed.Out, StringComparison.Ordinal);
        Assert.Contains("Removed the release lock of staging", removed.Out, StringComparison.Ordinal);

        var free = bench.Cli("unlock", "bot", "--env", "staging", "--target", url);
        Assert.Equal(0, free.ExitCode);
        Assert.Contains("No release holds the lock of staging", free.Out, StringComparison.Ordinal);

        var deploy = bench.Cli("deploy", "bot", "--env", "staging", "--target", url);
        Assert.True(deploy.ExitCode == 0, deploy.Error);
        var releases = bench.Cli("releases", "bot", "--env", "staging", "--target", url);
        Assert.Matches(@"\n  unlock \d{4}-\d\d-\d\d \d\d:\d\d:\d\d  by .+ \(lock of ci:4242:killed\)\n", releases.Out);
    }

    [Fact]
    public async Task A_reused_version_that_holds_other_files_is_not_activated()
    {
        await using var bench = new ReleaseBench();
        var lying = false;
        await bench.StartServerAsync(async context =>
        {
            // A platform that answers every upload with "v1 already holds this" (once v1 exists).
            if (lying && context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/versions", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 200;
                await context.Response.WriteAsJsonAsync(new { version = 1, created = false });
                return true;
            }

            return false;
        });
        var url = bench.Server!.ToString();
        Assert.Equal(0, bench.Cli("deploy", "bot", "--env", "staging", "--target", url).ExitCode);
        bench.Edit("stories/support/raise_ticket.yaml", "Let me raise a ticket for you.", "Let me open a ticket for you.");
        lying = true;

        var refused = bench.Cli("deploy", "bot", "--env", "staging", "--target", url);

        Assert.Equal(4, refused.ExitCode);
        Assert.Matches(@"offered v1 as this bundle \(sha256:[0-9a-f]{12}\), but it holds other files; nothing was released", refused.Error);
        using var http = new HttpClient { BaseAddress = bench.Server };
        http.DefaultRequestHeaders.Authorization = new("Bearer", bench.Token);
        var history = JsonDocument.Parse(await http.GetStringAsync("v1/partners/acme/businesses/acme_support/bots/acme_support/environments/staging/history")).RootElement;
        Assert.Single(history.EnumerateArray());
    }
}
