using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotForge.Tests.Deploy;

/// <summary>
/// A slow client stalls nobody: timed, so it runs alone (after the parallel tests), where a busy machine's other
/// tests cannot make the server look slow.
/// </summary>
[Collection(nameof(Validation.RunsAlone))]
public sealed class ServeSlowClientTests
{
    [Fact]
    public async Task A_client_sending_300_bytes_a_second_delays_neither_health_nor_other_requests()
    {
        await using var serve = await ContractClient.StartAsync();
        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, serve.Server.Address.Port);
        var stream = slow.GetStream();
        var headers = $"POST /{ServeContractTests.Bot}/environments/staging/versions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {ServeContractTests.Token}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
        using var stop = new CancellationTokenSource();
        var trickle = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(new string(' ', 30)), stop.Token);
                    await Task.Delay(100, stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // Closed by the server for its slowness, or by the test.
            }
        });

        await Task.Delay(1000);
        foreach (var path in new[] { "health", $"{ServeContractTests.Bot}/environments/staging", $"{ServeContractTests.Bot}/environments/staging/versions" })
        {
            var clock = Stopwatch.StartNew();
            var (status, _) = await serve.SendAsync("GET", path);
            Assert.Equal(200, status);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"GET {path} took {clock.ElapsedMilliseconds} ms while a client trickled");
        }

        var upload = Stopwatch.StartNew();
        Assert.Equal(201, (await serve.SendAsync("POST", $"{ServeContractTests.Bot}/environments/staging/versions", ServeContractTests.Upload("meanwhile"))).Status);
        Assert.True(upload.Elapsed < TimeSpan.FromSeconds(2), $"an upload took {upload.ElapsedMilliseconds} ms while a client trickled");
        await stop.CancelAsync();
        await trickle;
    }
}
