using System.Net;
using System.Text.Json;
using BotForge.Serve;
using BotForge.Tests.Support;

namespace BotForge.Tests.Deploy;

/// <summary>The OpenAPI contract and <c>botforge serve</c> as a process.</summary>
public sealed class PlatformApiTests
{
    [Fact]
    public void The_openapi_document_lists_exactly_the_routes_the_server_maps()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repo.Path_("schemas", "platform-api.openapi.json")));
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (op.Name.ToUpperInvariant(), path.Name)))
            .Order().ToList();
        var mapped = PlatformServer.Routes.Select(r => (r.Method, r.Path.Replace("{version:int}", "{version}", StringComparison.Ordinal))).Order().ToList();

        Assert.Equal(mapped, documented);
        var notRetried = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => !op.Value.GetProperty("x-idempotent").GetBoolean()).Select(op => op.Value.GetProperty("operationId").GetString()))
            .Order().ToList();
        Assert.Equal(["promote", "rollback"], notRetried);
    }

    /// <summary>A --data that is a file, or under one: said so (exit 2), where it was "cannot listen on 127.0.0.1".</summary>
    [Theory]
    [InlineData("taken", "botforge: error: --data 'taken' is a file, not a folder")]
    [InlineData("taken/sub/data", "botforge: error: --data 'taken/sub/data' cannot be made: '{root}/taken' is a file, not a folder")]
    public async Task Serve_with_a_data_folder_that_is_a_file_says_so(string data, string message)
    {
        await using var bench = new ReleaseBench();
        File.WriteAllText(Path.Combine(bench.Root, "taken"), "mine\n");

        using var server = bench.Start(null, "serve", "--port", "0", "--data", data);

        Assert.Equal(message.Replace("{root}", bench.Root, StringComparison.Ordinal), await server.StandardError.ReadLineAsync());
        await server.WaitForExitAsync();
        Assert.Equal(2, server.ExitCode);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(bench.Root, "taken")));
    }

    [Fact]
    public async Task Serve_runs_as_a_process_and_needs_a_token()
    {
        await using var bench = new ReleaseBench();
        using (var noToken = bench.Start(new Dictionary<string, string> { ["BOTFORGE_TOKEN"] = "" }, "serve", "--port", "0"))
        {
            Assert.Equal("botforge: error: set BOTFORGE_TOKEN to the bearer token clients must send (16 characters or more)", await noToken.StandardError.ReadLineAsync());
            await noToken.WaitForExitAsync();
            Assert.Equal(2, noToken.ExitCode);
        }

        using var server = bench.Start(null, "serve", "--port", "0", "--data", "serve-data");
        try
        {
            var banner = await server.StandardOutput.ReadLineAsync();
            Assert.Matches(@"^BotForge platform API on http://127\.0\.0\.1:\d+/ \(data: serve-data\); Ctrl\+C stops it$", banner);
            var url = banner!.Split(' ')[4];
            using var http = new HttpClient();
            Assert.Equal("ok\n", await http.GetStringAsync(url + "health"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(url + "v1/partners/acme/businesses/b/bots/b/environments/staging")).StatusCode);

            var deploy = bench.Cli("deploy", "bot", "--env", "staging", "--target", url);

            Assert.True(deploy.ExitCode == 0, deploy.Error);
            Assert.Contains("Released acme_support v1 to staging", deploy.Out, StringComparison.Ordinal);
            Assert.StartsWith("GET /health 200 ", await server.StandardOutput.ReadLineAsync(), StringComparison.Ordinal);

            // SIGTERM (what a service manager or `timeout` sends) stops it cleanly.
            Assert.Equal(0, (await Tool.RunAsync("kill", bench.Root, null, "-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ExitCode);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await server.WaitForExitAsync(wait.Token);
            Assert.Equal(0, server.ExitCode);
        }
        finally
        {
            if (!server.HasExited)
            {
                await bench.KillAsync(server);
            }
        }

        Assert.True(File.Exists(Path.Combine(bench.Root, "serve-data", "platform.db")));
        Assert.Empty(bench.FilesHoldingSecrets());
        Assert.All(bench.Secrets.Values, secret => Assert.DoesNotContain(secret, bench.Printed, StringComparison.Ordinal));
    }
}
