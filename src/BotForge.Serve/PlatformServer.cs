using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotForge.Deploy.Releases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
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

    /// <summary>
    /// For tests: a copy of every answer sent in full, with the path template of the operation that gave it (null
    /// when none did), so a test can check each against the document. Answers are then buffered before they are
    /// sent. Answers <see cref="Fault"/> gave are not copied.
    /// </summary>
    public Action<ServedAnswer>? Answered { get; init; }

    /// <summary>How long a release lock lasts if its holder never releases it (a killed client); holders renew it at half-time.</summary>
    public TimeSpan LockLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest request body taken; a larger one is refused with 413 before it is read.</summary>
    public long MaxBodyBytes { get; init; } = 64L << 20;

    /// <summary>A client must send its headers within this time (Kestrel's RequestHeadersTimeout).</summary>
    public TimeSpan HeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A body must arrive at least this fast (bytes per second) after a 5 s grace, or the connection is closed.</summary>
    public double MinBodyBytesPerSecond { get; init; } = 16 * 1024;
}

/// <summary>
/// The reference implementation of the platform API (schemas/platform-api.openapi.json): ASP.NET Core minimal
/// API on 127.0.0.1, storage in SQLite, bearer-token auth. It stores and serves releases by the same rules as
/// the dir: target (<see cref="ReleaseLogic"/>); it does not run bots. Every request is checked against the
/// document at the edge (<see cref="ContractValidator"/>): parameters and body, the body read in full (at most
/// <see cref="ServeOptions.MaxBodyBytes"/>) before anything else waits on it; only then does it take its turn at
/// the store, one request at a time. /health never waits. Every error answer is a JSON Problem.
/// </summary>
public sealed class PlatformServer : IAsyncDisposable
{
    private const string Bot = "/v1/partners/{partner}/businesses/{business}/bots/{bot}";
    private const string Business = "/v1/partners/{partner}/businesses/{business}";

    private const string BodyKey = "botforge.body";
    private const string FaultKey = "botforge.fault";

    /// <summary>Bodies above this size are followed by a full, memory-returning collection.</summary>
    private const long LargeBody = 8L << 20;

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
            kestrel.Listen(IPAddress.Loopback, options.Port, JsonRejections.Use);
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = options.HeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(options.MinBodyBytesPerSecond, TimeSpan.FromSeconds(5));
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        var app = builder.Build();
        var gate = new SemaphoreSlim(1, 1);
        var bodies = new SemaphoreSlim(2, 2);
        var token = Encoding.UTF8.GetBytes(options.Token);

        if (options.Answered is { } answered)
        {
            app.Use(async (context, next) =>
            {
                var sending = context.Response.Body;
                using var copy = new MemoryStream();
                context.Response.Body = copy;
                try
                {
                    await next(context);
                }
                finally
                {
                    context.Response.Body = sending;
                }

                if (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }

                if (!context.Items.ContainsKey(FaultKey))
                {
                    var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                    answered(new ServedAnswer(context.Request.Method, context.Request.Path, template is null ? null : "/" + template.TrimStart('/'),
                        context.Response.StatusCode, Encoding.UTF8.GetString(copy.ToArray())));
                }

                copy.Position = 0;
                await copy.CopyToAsync(sending, context.RequestAborted);
            });
        }

        app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            var failed = false;
            try
            {
                if (options.Fault is { } fault && await fault(context))
                {
                    context.Items[FaultKey] = true;
                    return;
                }

                if (context.Request.Path != "/health")
                {
                    // "Bearer TOKEN", the scheme in any letter case (RFC 9110 11.1); a refusal names the scheme to use (RFC 6750 3).
                    var (scheme, credentials) = context.Request.Headers.Authorization.ToString() is var header && header.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                        ? (header[..space], header[(space + 1)..].TrimStart(' '))
                        : (string.Empty, string.Empty);
                    if (!scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credentials), token))
                    {
                        context.Response.Headers.WWWAuthenticate = scheme.Length == 0 ? "Bearer realm=\"botforge\"" : "Bearer realm=\"botforge\", error=\"invalid_token\"";
                        await Write(context, 401, new ProblemBody("a valid bearer token is required"));
                        return;
                    }
                }

                await next(context);
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
                if (context.Request.ContentLength > LargeBody)
                {
                    // A large body cost a few times its size while it was read and checked: give that memory back to
                    // the system now rather than keep it for the next one (a reference server idles between releases).
                    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                }
            }
        });

        app.UseRouting();
        var contract = ContractValidator.Shipped;
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/health")
            {
                await next(context);
                return;
            }

            var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            if (template is null || contract.Find(context.Request.Method, "/" + template.TrimStart('/')) is not { } operation)
            {
                await Write(context, 404, new ProblemBody($"no {context.Request.Method} operation at this path in the platform API"));
                return;
            }

            if (ContractValidator.CheckParameters(operation, name => context.Request.RouteValues[name]?.ToString(), name => context.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null) is { } wrong)
            {
                await Write(context, 400, new ProblemBody(wrong));
                return;
            }

            if (operation.Body is not null)
            {
                // Two bodies at a time are read and checked (a body costs a few times its size while it is), so
                // memory stays bounded however many uploads arrive at once; /health and reads never wait for this.
                await bodies.WaitAsync(context.RequestAborted);
                try
                {
                    string body;
                    try
                    {
                        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                        body = await reader.ReadToEndAsync(context.RequestAborted);
                    }
                    catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
                    {
                        // Too large (413), or too slow or cut off: Kestrel closes such a connection; say why if it can still hear.
                        await Write(context, e.StatusCode == 413 ? 413 : 400, new ProblemBody(e.StatusCode == 413
                            ? $"the body is larger than this server takes ({options.MaxBodyBytes} bytes)"
                            : $"the body did not arrive in full or in time ({e.Message})"));
                        return;
                    }

                    if (ContractValidator.CheckBody(operation, body) is { } bad)
                    {
                        await Write(context, 400, new ProblemBody(bad));
                        return;
                    }

                    context.Items[BodyKey] = body;
                }
                finally
                {
                    bodies.Release();
                }
            }

            // The store: one request at a time, each with its body already read and checked.
            await gate.WaitAsync(context.RequestAborted);
            try
            {
                await next(context);
            }
            finally
            {
                gate.Release();
            }
        });

        ReleaseLogic Logic(HttpContext c) => new(Storage(c), options.Clock);
        SqliteStorage Storage(HttpContext c) => SqliteStorage.For(database, Route(c, "partner"), Route(c, "business"), Route(c, "bot"));

        app.MapGet("/health", () => Results.Text("ok\n"));
        app.MapGet(Bot + "/environments/{env}", (HttpContext c, string env) => Handle(() => Logic(c).Live(env)));
        app.MapGet(Bot + "/environments/{env}/versions", (HttpContext c, string env) => Handle(() => Logic(c).Versions(env)));
        app.MapGet(Bot + "/environments/{env}/versions/{version}", (HttpContext c, string env, string version) =>
            Handle(() => Logic(c).Version(env, int.Parse(version, CultureInfo.InvariantCulture))));
        app.MapGet(Bot + "/environments/{env}/history", (HttpContext c, string env) => Handle(() => Logic(c).History(env)));
        app.MapPost(Bot + "/environments/{env}/versions", (HttpContext c, string env) =>
        {
            var upload = Read<VersionUpload>(c);
            return Handle(() =>
            {
                var result = Logic(c).Upload(env, upload);
                return (result, result.Created ? 201 : 200);
            });
        });
        app.MapPost(Bot + "/environments/{env}/activate", (HttpContext c, string env) =>
        {
            var request = Read<ActivateRequest>(c);
            return Handle(() =>
            {
                var logic = Logic(c);
                logic.Activate(env, request);
                return logic.Live(env);
            });
        });
        app.MapPost(Bot + "/environments/{env}/rollback", (HttpContext c, string env) =>
        {
            var request = Read<RollbackRequest>(c);
            return Handle(() =>
            {
                var logic = Logic(c);
                logic.Rollback(env, request);
                return logic.Live(env);
            });
        });
        app.MapPost(Bot + "/promote", (HttpContext c) =>
        {
            var request = Read<PromoteRequest>(c);
            return Handle(() =>
            {
                var logic = Logic(c);
                logic.Promote(request);
                return logic.Live(request.To);
            });
        });
        app.MapPut(Bot + "/environments/{env}/lock", (HttpContext c, string env) =>
        {
            var request = Read<LockRequest>(c);

            var now = options.Clock();
            return Storage(c).TryLock(env, request.Owner, now, options.LockLease, out var held)
                ? Results.Json(new LockGranted(request.Owner, options.LockLease.TotalSeconds, now + options.LockLease), Contract.Json)
                : Results.Json(new ProblemBody($"another release of {env} is running: {held.Owner} holds its lock until {held.Expires.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC unless renewed (`botforge unlock --env {env} --yes` removes it if that release is dead)",
                    HeldBy: held.Owner, ExpiresAt: held.Expires), Contract.Json, statusCode: 409);
        });
        app.MapDelete(Bot + "/environments/{env}/lock", (HttpContext c, string env) =>
        {
            var owner = c.Request.Query["owner"].ToString();
            if (c.Request.Query["force"] == "true")
            {
                return Handle(() =>
                {
                    var logic = Logic(c);
                    if (Storage(c).ForceUnlock(env) is { } holder)
                    {
                        logic.RecordUnlock(env, owner, holder);
                    }

                    return (object?)null;
                });
            }

            Storage(c).Unlock(env, owner);
            return Results.NoContent();
        });
        app.MapGet(Business + "/environments/{env}/settings", (HttpContext c, string env) =>
            Storage(c).ReadBusiness(env) is { } settings ? Results.Text(settings, "application/json") : Results.Json(new ProblemBody($"no business settings in {env}"), Contract.Json, statusCode: 404));
        app.MapPut(Business + "/environments/{env}/settings", (HttpContext c, string env) =>
        {
            var settings = (string)c.Items[BodyKey]!;
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

    /// <summary>The request body as the edge read and checked it against the contract.</summary>
    private static T Read<T>(HttpContext context) => JsonSerializer.Deserialize<T>((string)context.Items[BodyKey]!, Contract.Json)!;

    private static async Task Write(HttpContext context, int status, ProblemBody body)
    {
        context.Response.StatusCode = status;
        try
        {
            await context.Response.WriteAsJsonAsync(body, Contract.Json, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client is gone (or Kestrel closed a connection too slow to keep): nobody to tell.
        }
    }
}

/// <summary>An answer the server sent (<see cref="ServeOptions.Answered"/>): the operation's path template, or null when no operation gave it.</summary>
public sealed record ServedAnswer(string Method, string Path, string? Template, int Status, string Body);
