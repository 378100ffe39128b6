using System.Collections.Concurrent;
using System.Net;
using BotForge.Serve;
using BotForge.Tests.Support;

namespace BotForge.Tests.Deploy;

/// <summary><c>botforge serve</c> logs the status it actually sent, and keeps its database readable by its owner only.</summary>
public sealed class ServeLogAndFilesTests
{
    [Fact]
    public async Task The_request_log_says_500_for_a_failure_and_aborted_for_a_cut_answer()
    {
        using var data = new TempProject();
        var log = new ConcurrentQueue<string>();
        await using var server = await PlatformServer.StartAsync(new ServeOptions
        {
            Port = 0,
            DataDirectory = Path.Combine(data.Root, "serve"),
            Token = "a-token-of-sixteen-or-more",
            Log = log.Enqueue,
            Fault = context => context.Request.Path.Value switch
            {
                "/boom" => throw new InvalidOperationException("injected"),
                "/cut" => CutAsync(context),
                _ => Task.FromResult(false),
            },
        });
        using var http = new HttpClient { BaseAddress = server.Address };

        var boom = await http.GetAsync("boom");
        using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.GetAsync("cut", giveUp.Token));
        }

        var health = await http.GetAsync("health");
        Assert.Equal(HttpStatusCode.InternalServerError, boom.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        // The cut answer is logged once the server has seen the client go (at most CutAsync's wait on a slow machine),
        // and an answer's line once it is sent, which may be just after the client has read it.
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (!(log.Any(l => l.StartsWith("GET /cut ", StringComparison.Ordinal)) && log.Any(l => l.StartsWith("GET /health ", StringComparison.Ordinal))) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(log, l => l.StartsWith("GET /boom 500 ", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("GET /cut aborted ", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("GET /health 200 ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A slow answer the client gives up on: it is written once the server has seen the client go (waiting a fixed time
    /// instead raced the server's noticing on a loaded machine: the late write could still land in the socket's buffer
    /// before the close was read). Should the server never notice, the answer is written after 30 s and the log says
    /// 200: the test then fails, as it should.
    /// </summary>
    private static async Task<bool> CutAsync(Microsoft.AspNetCore.Http.HttpContext context)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client is gone.
        }

        context.Response.StatusCode = 200;
        try
        {
            await context.Response.Body.WriteAsync("late"u8.ToArray(), CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is gone: what the log must then say.
        }

        return true;
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_database_and_its_folder_are_the_owners_alone()
    {
        using var data = new TempProject();
        var folder = Path.Combine(data.Root, "serve");

        await using (await PlatformServer.StartAsync(new ServeOptions { Port = 0, DataDirectory = folder, Token = "a-token-of-sixteen-or-more" }))
        {
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.All(Directory.EnumerateFiles(folder, "platform.db*"), f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }
}
