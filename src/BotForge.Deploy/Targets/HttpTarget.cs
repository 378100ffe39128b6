using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BotForge.Deploy.Releases;
using BotForge.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BotForge.Deploy.Targets;

/// <summary>Who a release is for on the platform: partner → business → bot.</summary>
public sealed record BotAddress(string Partner, string Business, string Bot);

/// <summary>Timeouts and retries of the HTTP target (tests shorten the delays).</summary>
public sealed record HttpTargetOptions
{
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int Retries { get; init; } = 4;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait a server's Retry-After gets: a release does not wait minutes between attempts.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// The platform's HTTP API (schemas/platform-api.openapi.json), with a bearer token. Idempotent steps (reads, the
/// lock, business settings, a content-addressed upload, an activation guarded by the expected live version) are
/// retried with exponential backoff and jitter on connection errors, timeouts, 429 and 5xx, or after what a
/// Retry-After header asks instead (up to <see cref="HttpTargetOptions.MaxRetryAfter"/>); rollback and promote are
/// not retried. A failure names the step.
/// </summary>
public sealed class HttpTarget : IDeployTarget
{
    private readonly HttpClient _client;
    private readonly string _bot;
    private readonly string _business;
    private readonly ResiliencePipeline<HttpResponseMessage> _idempotent;
    private readonly ResiliencePipeline<HttpResponseMessage> _once;
    private readonly int _attempts;

    public HttpTarget(Uri baseUrl, string token, BotAddress address, HttpTargetOptions? options = null, HttpMessageHandler? handler = null)
    {
        options ??= new HttpTargetOptions();
        Name = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _client = handler is null ? new HttpClient() : new HttpClient(handler);
        _client.BaseAddress = new Uri(Name + "/");
        _client.Timeout = Timeout.InfiniteTimeSpan;   // per attempt, below
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _business = $"v1/partners/{Uri.EscapeDataString(address.Partner)}/businesses/{Uri.EscapeDataString(address.Business)}";
        _bot = $"{_business}/bots/{Uri.EscapeDataString(address.Bot)}";
        _attempts = options.Retries + 1;
        _idempotent = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                // A 429 or 503 may say how long to wait (Retry-After): that long, up to MaxRetryAfter; else the backoff.
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result?.Headers.RetryAfter, options.MaxRetryAfter)),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        _once = new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(options.AttemptTimeout).Build();
    }

    public string Name { get; }

    /// <summary>How long a Retry-After header asks to wait (seconds, or a date from now), at most <paramref name="limit"/>; null without one.</summary>
    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeSpan limit)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } asked ? TimeSpan.FromTicks(Math.Clamp(asked.Ticks, 0, limit.Ticks)) : null;
    }

    public Task<LiveState> LiveAsync(string env, CancellationToken cancel) =>
        SendAsync<LiveState>($"read what is live in {env}", HttpMethod.Get, Env(env), null, idempotent: true, cancel);

    public Task<IReadOnlyList<VersionInfo>> VersionsAsync(string env, CancellationToken cancel) =>
        SendAsync<IReadOnlyList<VersionInfo>>($"list the versions of {env}", HttpMethod.Get, Env(env) + "/versions", null, idempotent: true, cancel);

    public Task<VersionDetail> VersionAsync(string env, int version, CancellationToken cancel) =>
        SendAsync<VersionDetail>($"read v{version} of {env}", HttpMethod.Get, $"{Env(env)}/versions/{version}", null, idempotent: true, cancel);

    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string env, CancellationToken cancel) =>
        SendAsync<IReadOnlyList<HistoryEntry>>($"read the history of {env}", HttpMethod.Get, Env(env) + "/history", null, idempotent: true, cancel);

    public async Task<IAsyncDisposable> LockAsync(string env, string owner, CancellationToken cancel)
    {
        var granted = await SendAsync<LockGranted>($"lock {env}", HttpMethod.Put, Env(env) + "/lock", new LockRequest(owner), idempotent: true, cancel);
        return new Held(this, env, owner, TimeSpan.FromSeconds(Math.Max(granted.LeaseSeconds / 2, 0.05)));
    }

    public Task ForceUnlockAsync(string env, string by, CancellationToken cancel) =>
        SendAsync<object>($"unlock {env}", HttpMethod.Delete, $"{Env(env)}/lock?owner={Uri.EscapeDataString(by)}&force=true", null, idempotent: true, cancel);

    public Task PutBusinessAsync(string env, string settings, CancellationToken cancel) =>
        SendAsync<object>($"set the business settings of {env}", HttpMethod.Put, $"{_business}/environments/{env}/settings",
            new StringContent(settings, System.Text.Encoding.UTF8, "application/json"), idempotent: true, cancel);

    public Task<UploadResult> UploadAsync(string env, VersionUpload upload, CancellationToken cancel) =>
        SendAsync<UploadResult>($"upload the bundle to {env}", HttpMethod.Post, Env(env) + "/versions", upload, idempotent: true, cancel);

    public Task ActivateAsync(string env, ActivateRequest request, CancellationToken cancel) =>
        SendAsync<LiveState>($"activate v{request.Version} in {env}", HttpMethod.Post, Env(env) + "/activate", request, idempotent: true, cancel);

    public async Task<int> RollbackAsync(string env, RollbackRequest request, CancellationToken cancel) =>
        LiveVersion(await SendAsync<LiveState>($"roll back {env}", HttpMethod.Post, Env(env) + "/rollback", request, idempotent: false, cancel), $"roll back {env}");

    public async Task<int> PromoteAsync(PromoteRequest request, CancellationToken cancel) =>
        LiveVersion(await SendAsync<LiveState>($"promote {request.From} to {request.To}", HttpMethod.Post, _bot + "/promote", request, idempotent: false, cancel),
            $"promote {request.From} to {request.To}");

    /// <summary>The version a rollback or promotion made live; an answer that names none breaks the contract.</summary>
    private int LiveVersion(LiveState state, string step) =>
        state.Live?.Version ?? throw new ReleaseException($"could not {step}: {Name} answered that nothing is live, which the platform API does not document for this step");

    public void Dispose() => _client.Dispose();

    /// <summary>A JSON body with its length known, so the server can judge its size from the headers.</summary>
    private static ByteArrayContent Json(object body)
    {
        var content = new ByteArrayContent(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Contract.Json));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return content;
    }

    private string Env(string env) => $"{_bot}/environments/{Uri.EscapeDataString(env)}";

    private async Task<T> SendAsync<T>(string step, HttpMethod method, string path, object? body, bool idempotent, CancellationToken cancel)
    {
        HttpResponseMessage response;
        try
        {
            response = await (idempotent ? _idempotent : _once).ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(method, path)
                    {
                        Content = body switch
                        {
                            null => null,
                            HttpContent content => await Clone(content, token),
                            _ => Json(body),
                        },
                    };
                    // A large body waits for the server's go-ahead: a server that refuses its size (413) says so before it is sent.
                    request.Headers.ExpectContinue = request.Content?.Headers.ContentLength > 1 << 20;
                    return await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
                },
                cancel);
        }
        catch (HttpRequestException e)
        {
            throw new ReleaseException($"could not {step}: {e.Message}{(idempotent ? $" (tried {_attempts} times)" : string.Empty)}");
        }
        catch (TimeoutRejectedException)
        {
            throw new ReleaseException($"could not {step}: no answer within the timeout{(idempotent ? $" (tried {_attempts} times)" : string.Empty)}");
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                if (typeof(T) == typeof(object) || response.StatusCode == HttpStatusCode.NoContent)
                {
                    return default!;
                }

                try
                {
                    return await response.Content.ReadFromJsonAsync<T>(Contract.Json, cancel)
                        ?? throw new ReleaseException($"could not {step}: {Name} answered {(int)response.StatusCode} with no content where the platform API documents one");
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
                {
                    throw new ReleaseException($"could not {step}: {Name} answered {(int)response.StatusCode} with a body the platform API does not document ({e.Message})");
                }
            }

            var problem = await Problem(response, cancel);
            throw response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                    new ReleaseException($"could not {step}: {Name} refused the token ({(int)response.StatusCode}); check BOTFORGE_TOKEN"),
                HttpStatusCode.Conflict => new ConflictException(problem?.Error ?? $"could not {step}: conflict", problem?.Live),
                HttpStatusCode.NotFound => new NotFoundException(problem?.Error ?? $"could not {step}: not found"),
                _ => new ReleaseException($"could not {step}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}"
                    + (problem?.Error is { } error ? $": {error}" : string.Empty) + (idempotent && (int)response.StatusCode >= 500 ? $" (tried {_attempts} times)" : string.Empty)),
            };
        }
    }

    /// <summary>The most characters of a server's error quoted in a message: a page of text is not a line of a log.</summary>
    public const int QuotedErrorLength = 1_000;

    private static async Task<ProblemBody?> Problem(HttpResponseMessage response, CancellationToken cancel)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Contract.Json, cancel);
            if (problem is not { Error.Length: > QuotedErrorLength })
            {
                return problem;
            }

            var cut = Printable.CutBefore(problem.Error, QuotedErrorLength);
            return problem with
            {
                Error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{problem.Error[..cut]}… ({problem.Error.Length - cut:N0} more characters)"),
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<HttpContent> Clone(HttpContent content, CancellationToken cancel)
    {
        var copy = new ByteArrayContent(await content.ReadAsByteArrayAsync(cancel));
        copy.Headers.ContentType = content.Headers.ContentType;
        return copy;
    }

    /// <summary>A held server lock: renewed at half its lease while the release runs, released when disposed.</summary>
    private sealed class Held : IAsyncDisposable
    {
        private readonly HttpTarget _target;
        private readonly string _env;
        private readonly string _owner;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public Held(HttpTarget target, string env, string owner, TimeSpan every)
        {
            _target = target;
            _env = env;
            _owner = owner;
            _renewal = RenewAsync(every, _stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewal;
            _stop.Dispose();
            try
            {
                await _target.SendAsync<object>($"unlock {_env}", HttpMethod.Delete, $"{_target.Env(_env)}/lock?owner={Uri.EscapeDataString(_owner)}", null, idempotent: true, CancellationToken.None);
            }
            catch (ReleaseException)
            {
                // The lock lapses on the server; a failed unlock must not hide the release's own outcome.
            }
        }

        private async Task RenewAsync(TimeSpan every, CancellationToken stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(every, stop);
                    await _target.SendAsync<LockGranted>($"renew the lock of {_env}", HttpMethod.Put, _target.Env(_env) + "/lock", new LockRequest(_owner), idempotent: true, stop);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ReleaseException)
            {
                // Stopped, or the server is unreachable: the release's own steps will report that.
            }
        }
    }
}
