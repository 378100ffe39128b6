using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Serve;
using CsCheck;
using static BotForge.Tests.Deploy.ServeContractTests;

namespace BotForge.Tests.Deploy;

/// <summary>
/// Requests generated from the OpenAPI document, valid and broken (CsCheck): whatever arrives, <c>botforge serve</c>
/// never answers 5xx, every answer is documented for its operation and matches its schema (checked by
/// <see cref="ContractClient"/>), and afterwards it still serves /health and a normal release.
/// </summary>
public sealed class ServeFuzzTests
{
    private sealed record Request(string Method, string Path, string? Body);

    /// <summary>A valid body per operation (the fuzzer breaks copies of it).</summary>
    private static readonly Dictionary<string, JsonNode> ValidBodies = new()
    {
        ["uploadVersion"] = JsonSerializer.SerializeToNode(Upload("fuzz"))!,
        ["activate"] = JsonNode.Parse("""{"version": 1, "expected_live": 0, "by": "ada"}""")!,
        ["rollback"] = JsonNode.Parse("""{"to": null, "expected_live": 1, "by": "ada"}""")!,
        ["promote"] = JsonNode.Parse("""{"from": "staging", "to": "production", "expected_live": 0, "env": [], "by": "ada"}""")!,
        ["lock"] = JsonNode.Parse("""{"owner": "fuzz:1"}""")!,
        ["putBusinessSettings"] = JsonNode.Parse("""{"small_talk": true}""")!,
    };

    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.OneOf("", "0", "-1", "2147483648", "99999999999999999999", "1.5", "true", "null", "a\u0000b", "\u0001", "ü", "😀", "%", "..", new string('x', 300)),
        Gen.String[Gen.Char, 0, 12]);

    private static readonly Gen<JsonNode?> AnyValue = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
        Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(0.5))),
        Hostile.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const<JsonNode?>(new JsonArray()),
        Gen.Const<JsonNode?>(new JsonObject()));

    private static Gen<string?> Body(string operation) =>
        ValidBodies.TryGetValue(operation, out var valid)
            ? Gen.Frequency(
                (3, Gen.Const<string?>(valid.ToJsonString())),
                (4, Gen.Select(Gen.Int[0, 20], AnyValue, Gen.Int[0, 2]).Select(m => (string?)Mutate(valid, m.Item1, m.Item2, m.Item3))),
                (1, Hostile.Select(s => (string?)s)),
                (1, AnyValue.Select(v => (string?)(v?.ToJsonString() ?? "null"))))
            : Gen.Const((string?)null);

    /// <summary>A copy of the body with one property changed: set to another value (0), removed (1), or an unknown one added (2).</summary>
    private static string Mutate(JsonNode valid, int which, JsonNode? value, int how)
    {
        var copy = valid.DeepClone().AsObject();
        var keys = copy.Select(p => p.Key).ToList();
        var key = keys[which % keys.Count];
        switch (how)
        {
            case 0:
                copy[key] = value?.DeepClone();
                break;
            case 1:
                copy.Remove(key);
                break;
            default:
                copy["unexpected_" + which] = value?.DeepClone();
                break;
        }

        return copy.ToJsonString();
    }

    private static readonly Gen<Request> Requests = Gen.OneOf(PlatformServer.Routes.Where(r => r.Path != "/health").ToArray()).SelectMany(route =>
    {
        var operation = ContractValidator.Shipped.Find(route.Method, route.Path)!.Id;
        var names = System.Text.RegularExpressions.Regex.Matches(route.Path, @"\{(\w+)\}").Select(m => m.Groups[1].Value).ToArray();
        var value = Gen.Frequency((4, Gen.OneOf("acme", "support", "acme_support", "staging", "production", "1", "2")), (1, Hostile));
        return Gen.Select(value.Array[names.Length], Body(operation), Gen.OneOf(new string?[] { null, "fuzz:1", "", "a\u0000" }), Gen.OneOf(new string?[] { null, "true", "false", "yes" }))
            .Select(parts =>
            {
                var path = route.Path;
                for (var i = 0; i < names.Length; i++)
                {
                    path = path.Replace("{" + names[i] + "}", Uri.EscapeDataString(parts.Item1[i]), StringComparison.Ordinal);
                }

                var query = new List<string>();
                if (parts.Item3 is { } owner)
                {
                    query.Add("owner=" + Uri.EscapeDataString(owner));
                }

                if (parts.Item4 is { } force)
                {
                    query.Add("force=" + force);
                }

                return new Request(route.Method, path.TrimStart('/') + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty), parts.Item2);
            });
    });

    [Fact]
    public async Task Generated_requests_never_get_a_5xx_nor_an_undocumented_answer_and_the_server_keeps_serving()
    {
        await using var serve = await ContractClient.StartAsync();
        // Something to find: a version in staging, live.
        Assert.Equal(201, (await serve.SendAsync("POST", $"{Bot}/environments/staging/versions", Upload("seed"))).Status);
        Assert.Equal(200, (await serve.SendAsync("POST", $"{Bot}/environments/staging/activate", new { version = 1, expected_live = 0, by = "ada" })).Status);

        await Requests.SampleAsync(async request =>
        {
            // ContractClient checks the answer against the document: a documented status, a body of its schema.
            var (status, body) = await serve.SendAsync(request.Method, request.Path, request.Body);
            Assert.True(status < 500, $"{request.Method} {request.Path}: {status} {body}");
        }, iter: 300, threads: 1, print: r => $"{r.Method} {r.Path} {r.Body}");

        using var http = serve.Http();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("health")).StatusCode);
        // A normal release still goes through: lock, upload, activate, unlock.
        var live = JsonDocument.Parse((await serve.SendAsync("GET", $"{Bot}/environments/production")).Body).RootElement;
        var expected = live.TryGetProperty("live", out var info) && info.ValueKind == JsonValueKind.Object ? info.GetProperty("version").GetInt32() : 0;
        Assert.Equal(204, (await serve.SendAsync("DELETE", $"{Bot}/environments/production/lock?owner=after&force=true")).Status);
        Assert.Equal(200, (await serve.SendAsync("PUT", $"{Bot}/environments/production/lock", new { owner = "after" })).Status);
        var (uploaded, result) = await serve.SendAsync("POST", $"{Bot}/environments/production/versions", Upload("after the fuzz"));
        Assert.True(uploaded is 200 or 201, result);
        var version = JsonDocument.Parse(result).RootElement.GetProperty("version").GetInt32();
        Assert.Equal(200, (await serve.SendAsync("POST", $"{Bot}/environments/production/activate", new { version, expected_live = expected, by = "after" })).Status);
        Assert.Equal(204, (await serve.SendAsync("DELETE", $"{Bot}/environments/production/lock?owner=after")).Status);
    }
}
