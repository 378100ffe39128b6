using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotForge.Deploy.Releases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BotForge.Serve;

/// <summary>How <c>botforge serve</c> runs.</summary>
public sealed record ServeOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = 8787;

    public required string DataDirectory { get; init; }

    /// <summary>The bearer token every request but /health must carry.</summary>
    public required string Token { get; init; }

    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>One line per request (method, path, status, time): never headers or bodies.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Fault injection for tests: runs first; returning true means it answered (or aborted) the request.</summary>
    public Func<HttpContext, Task<bool>>? Fault { get; init; }

    /// <summary>How long a release lock lasts if its holder never releases it (a killed client).</summary>
    public TimeSpan LockLease { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// The reference implementation of the platform API (schemas/platform-api.openapi.json): ASP.NET Core minimal
/// API on 127.0.0.1, storage in SQLite, bearer-token auth. It stores and serves releases by the same rules as
/// the dir: target (<see cref="ReleaseLogic"/>); it does not run bots. Requests are handled one at a time.
/// </summary>
public sealed class PlatformServer : IAsyncDisposable
{
    private const string Bot = "/v1/partners/{partner}/businesses/{business}/bots/{bot}";
    private const string Business = "/v1/partners/{partner}/businesses/{business}";

    private readonly WebApplication _app;

    private PlatformServer(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    /// <summary>Cancelled when the host begins to stop (SIGTERM or SIGINT, which the host handles itself).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The routes, as (method, path template): the OpenAPI document must list exactly these.</summary>
    public static IReadOnlyList<(string Method, string Path)> Routes =>
    [
        ("GET", "/health"),
        ("GET", Bot + "/environments/{env}"),
        ("GET", Bot + "/environments/{env}/versions"),
        ("GET", Bot + "/environments/{env}/versions/{version}"),
        ("GET", Bot + "/environments/{env}/history"),
        ("POST", Bot + "/environments/{env}/versions"),
        ("POST", Bot + "/environments/{env}/activate"),
        ("POST", Bot + "/environments/{env}/rollback"),
        ("PUT", Bot + "/environments/{env}/lock"),
        ("DELETE", Bot + "/environments/{env}/lock"),
        ("POST", Bot + "/promote"),
        ("GET", Business + "/environments/{env}/settings"),
        ("PUT", Business + "/environments/{env}/settings"),
    ];

    public static async Task<PlatformServer> StartAsync(ServeOptions options, CancellationToken cancel = default)
    {
        var database = SqliteStorage.Open(options.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = 1L << 30;
        });
        var app = builder.Build();
        var gate = new SemaphoreSlim(1, 1);
        var token = Encoding.UTF8.GetBytes("Bearer " + options.Token);

        app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            var failed = false;
            try
            {
                if (options.Fault is { } fault && await fault(context))
                {
                    return;
                }

                if (context.Request.Path != "/health")
                {
                    var given = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
                    if (!CryptographicOperations.FixedTimeEquals(given, token))
                    {
                        await Write(context, 401, new ProblemBody("a valid bearer token is required"));
                        return;
                    }
                }

                await gate.WaitAsync(context.RequestAborted);
                try
                {
                    await next(context);
                }
                finally
                {
                    gate.Release();
                }
            }
            catch
            {
                failed = true;
                throw;
            }
            finally
            {
                // The status actually sent: an exception before the answer started is a 500 (Kestrel sends it), after
                // it started, or a client gone, the answer was cut off.
                var sent = context.RequestAborted.IsCancellationRequested || (failed && context.Response.HasStarted) ? "aborted"
                    : failed ? "500"
                    : context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
                options.Log?.Invoke($"{context.Request.Method} {context.Request.Path} {sent} {clock.ElapsedMilliseconds} ms");
            }
        });

        ReleaseLogic Logic(HttpContext c) => new(Storage(c), options.Clock);
        SqliteStorage Storage(HttpContext c) => SqliteStorage.For(database, Route(c, "partner"), Route(c, "business"), Route(c, "bot"));

        app.MapGet("/health", () => Results.Text("ok\n"));
        app.MapGet(Bot + "/environments/{env}", (HttpContext c, string env) => Handle(() => Logic(c).Live(env)));
        app.MapGet(Bot + "/environments/{env}/versions", (HttpContext c, string env) => Handle(() => Logic(c).Versions(env)));
        app.MapGet(Bot + "/environments/{env}/versions/{version:int}", (HttpContext c, string env, int version) => Handle(() => Logic(c).Version(env, version)));
        app.MapGet(Bot + "/environments/{env}/history", (HttpContext c, string env) => Handle(() => Logic(c).History(env)));
        app.MapPost(Bot + "/environments/{env}/versions", async (HttpContext c, string env) =>
        {
            var upload = await Read<VersionUpload>(c);
            return upload is null ? Bad() : Handle(() =>
            {
                var result = Logic(c).Upload(env, upload);
                return (result, result.Created ? 201 : 200);
            });
        });
        app.MapPost(Bot + "/environments/{env}/activate", async (HttpContext c, string env) =>
        {
            var request = await Read<ActivateRequest>(c);
            return request is null ? Bad() : Handle(() =>
            {
                var logic = Logic(c);
                logic.Activate(env, request);
                return logic.Live(env);
            });
        });
        app.MapPost(Bot + "/environments/{env}/rollback", async (HttpContext c, string env) =>
        {
            var request = await Read<RollbackRequest>(c);
            return request is null ? Bad() : Handle(() =>
            {
                var logic = Logic(c);
                logic.Rollback(env, request);
                return logic.Live(env);
            });
        });
        app.MapPost(Bot + "/promote", async (HttpContext c) =>
        {
            var request = await Read<PromoteRequest>(c);
            return request is null ? Bad() : Handle(() =>
            {
                var logic = Logic(c);
                logic.Promote(request);
                return logic.Live(request.To);
            });
        });
        app.MapPut(Bot + "/environments/{env}/lock", async (HttpContext c, string env) =>
        {
            var request = await Read<LockRequest>(c);
            if (request is null)
            {
                return Bad();
            }

            _ = Logic(c).Versions(env);
            return Storage(c).TryLock(env, request.Owner, options.Clock(), options.LockLease, out var heldBy)
                ? Results.Json(new LockGranted(request.Owner, options.LockLease.TotalSeconds), Contract.Json)
                : Results.Json(new ProblemBody($"another release of {env} is running (held by {heldBy})", HeldBy: heldBy), Contract.Json, statusCode: 409);
        });
        app.MapDelete(Bot + "/environments/{env}/lock", (HttpContext c, string env, string owner) =>
        {
            Storage(c).Unlock(env, owner);
            return Results.NoContent();
        });
        app.MapGet(Business + "/environments/{env}/settings", (HttpContext c, string env) =>
            Storage(c).ReadBusiness(env) is { } settings ? Results.Text(settings, "application/json") : Results.Json(new ProblemBody($"no business settings in {env}"), Contract.Json, statusCode: 404));
        app.MapPut(Business + "/environments/{env}/settings", async (HttpContext c, string env) =>
        {
            using var reader = new StreamReader(c.Request.Body);
            var settings = await reader.ReadToEndAsync(c.RequestAborted);
            try
            {
                using var _ = JsonDocument.Parse(settings);
            }
            catch (JsonException)
            {
                return Bad();
            }

            return Handle(() =>
            {
                Logic(c).PutBusiness(env, settings);
                return (object?)null;
            });
        });

        await app.StartAsync(cancel);
        return new PlatformServer(app);
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    private static IResult Handle<T>(Func<T> action)
    {
        try
        {
            var result = action();
            return result switch
            {
                null => Results.NoContent(),
                ValueTuple<UploadResult, int> (var upload, var status) => Results.Json(upload, Contract.Json, statusCode: status),
                _ => Results.Json(result, Contract.Json),
            };
        }
        catch (ConflictException e)
        {
            return Results.Json(new ProblemBody(e.Message, e.Live), Contract.Json, statusCode: 409);
        }
        catch (NotFoundException e)
        {
            return Results.Json(new ProblemBody(e.Message), Contract.Json, statusCode: 404);
        }
        catch (ReleaseException e)
        {
            return Results.Json(new ProblemBody(e.Message), Contract.Json, statusCode: 400);
        }
    }

    private static IResult Bad() => Results.Json(new ProblemBody("the request body is not what this endpoint takes"), Contract.Json, statusCode: 400);

    private static async Task<T?> Read<T>(HttpContext context)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Contract.Json, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task Write(HttpContext context, int status, ProblemBody body)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(body, Contract.Json);
    }
}
