using System.Text.Json.Nodes;
using BotForge.Tests.Support;

namespace BotForge.Tests.Emit.Scripts;

/// <summary>The generated salesforce.create_case script of the example bot, run with python3 against a loopback stub.</summary>
public sealed class CreateCaseScriptTests : IClassFixture<CreateCaseScriptTests.Built>
{
    private const string Node = "CREATE_CASE";
    private const string CreatePath = "/third_party_integrations/v1/salesforce/create/";
    private const string Created = """{"id": "5003000000D8cuI", "success": true, "errors": []}""";

    private readonly ScriptHarness _scripts;

    public CreateCaseScriptTests(Built built) => _scripts = built.Scripts;

    private static JsonObject FullEvent() => ScriptHarness.Event(Node, ScriptHarness.Entities(
        ("person_name", "Ann Lee"), ("email", "ann@example.com"), ("issue_type", "Delivery"),
        ("issue_description", "The parcel never came"), ("phone_number", "+44 20 7946 0000")));

    [Fact]
    public void Success_posts_the_exact_payload_with_all_three_credential_headers()
    {
        var report = _scripts.Run(Node, FullEvent(), ScriptHarness.Answer(201, Created));

        Assert.True(report.Status, report.Raw);
        Assert.Equal("5003000000D8cuI", (string?)report.FinalResponse["case_id"]);
        var request = Assert.Single(report.Requests);
        Assert.Equal("POST", (string?)request["method"]);
        Assert.Equal(CreatePath, (string?)request["path"]);
        Assert.Equal(string.Empty, (string?)request["raw_query"]);
        AssertCredentialHeaders(request);

        var payload = JsonNode.Parse((string)request["body"]!)!.AsObject();
        Assert.Equal(["payload"], payload.Select(p => p.Key));
        Assert.Equal(
            [
                ("subject", "Chat support request (Delivery)"), ("Description", "The parcel never came"), ("Type", "Delivery"),
                ("Reason", "Customer request"), ("SuppliedName", "Ann Lee"), ("SuppliedEmail", "ann@example.com"),
                ("SuppliedPhone", "+44 20 7946 0000"), ("SuppliedCompany", "Acme"), ("priority", "High"),
            ],
            payload["payload"]!.AsObject().Select(p => (p.Key, (string)p.Value!)));
        AssertWellFormed(report);
    }

    /// <summary>
    /// Salesforce refuses a whole case when a text field holds more than it can (STRING_TOO_LONG): a subject built
    /// from what a user typed could. Each text field is cut to its length, counted as Salesforce counts (UTF-16
    /// units, an emoji two), ending in an ellipsis, never in half a character; an email address and a picklist's
    /// value, which a cut would not make acceptable, are sent whole.
    /// </summary>
    [Fact]
    public void A_text_longer_than_its_case_field_holds_is_cut_to_fit_and_a_short_one_is_sent_whole()
    {
        var longName = new string('n', 78) + "\U0001F600" + " Lee";
        var longType = new string('t', 300);
        var longEmail = new string('e', 90) + "@example.com";
        var @event = ScriptHarness.Event(Node, ScriptHarness.Entities(
            ("person_name", longName), ("email", longEmail), ("issue_type", longType), ("issue_description", "The parcel never came")));

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(201, Created));

        Assert.True(report.Status, report.Raw);
        var payload = JsonNode.Parse((string)Assert.Single(report.Requests)["body"]!)!["payload"]!.AsObject();
        var subject = (string)payload["subject"]!;
        Assert.Equal(255, subject.Length);
        Assert.Equal("Chat support request (" + new string('t', 232) + "\u2026", subject);
        Assert.Equal(new string('n', 78) + "\u2026", (string)payload["SuppliedName"]!);   // the emoji would not fit with the ellipsis
        Assert.Equal(longType, (string)payload["Type"]!);
        Assert.Equal(longEmail, (string)payload["SuppliedEmail"]!);
        Assert.Equal("The parcel never came", (string)payload["Description"]!);
    }

    [Fact]
    public void Missing_optional_entity_leaves_its_field_out()
    {
        var @event = FullEvent();
        @event["entities"]!.AsObject().Remove("phone_number");

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(201, Created));

        Assert.True(report.Status, report.Raw);
        var payload = JsonNode.Parse((string)Assert.Single(report.Requests)["body"]!)!["payload"]!.AsObject();
        Assert.False(payload.ContainsKey("SuppliedPhone"));
        Assert.DoesNotContain("None", (string)report.Requests[0]["body"]!, StringComparison.Ordinal);
        Assert.Equal(8, payload.Count);
    }

    [Fact]
    public void Missing_mandatory_entity_fails_without_calling_the_service()
    {
        var @event = FullEvent();
        @event["entities"]!.AsObject().Remove("email");

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(201, Created));

        AssertFailed(report, "the mandatory entity 'email' was not collected");
        Assert.Empty(report.Requests);
    }

    [Theory]
    [InlineData("SF_PRIVATE_KEY")]
    [InlineData("SF_USERNAME")]
    [InlineData("SF_CLIENT_ID")]
    public void Missing_env_variable_fails_without_calling_the_service(string variable)
    {
        var @event = FullEvent();
        @event["env_variables"]!.AsObject().Remove(variable);

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(201, Created));

        AssertFailed(report, $"the env variable {variable} is not set for this bot");
        Assert.Empty(report.Requests);
    }

    [Fact]
    public void Missing_base_url_fails()
    {
        var report = _scripts.Run(Node, FullEvent());

        AssertFailed(report, "the env variable SF_BASE_URL is not set for this bot");
    }

    [Fact]
    public void Credential_with_a_line_break_fails_instead_of_sending_a_broken_header()
    {
        var @event = FullEvent();
        @event["env_variables"]!["SF_PRIVATE_KEY"] = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(201, Created));

        AssertFailed(report, "the Salesforce private_key setting holds a line break, which an HTTP header cannot carry");
        Assert.Empty(report.Requests);
    }

    [Fact]
    public void Client_error_reports_the_status_and_salesforce_message()
    {
        var body = """[{"message": "Required fields are missing: [Subject]", "errorCode": "REQUIRED_FIELD_MISSING", "fields": ["Subject"]}]""";

        var report = _scripts.Run(Node, FullEvent(), ScriptHarness.Answer(400, body));

        AssertFailed(report, "the Salesforce service answered HTTP 400: REQUIRED_FIELD_MISSING: Required fields are missing: [Subject]");
    }

    [Fact]
    public void Server_error_reports_the_status()
    {
        var report = _scripts.Run(Node, FullEvent(), ScriptHarness.Answer(503, "<html>Service Unavailable</html>"));

        AssertFailed(report, "the Salesforce service answered HTTP 503");
    }

    [Fact]
    public void Redirect_is_not_followed_so_credentials_never_go_elsewhere()
    {
        var report = _scripts.Run(Node, FullEvent(), ScriptHarness.Answer(302, string.Empty, headers: new JsonObject { ["Location"] = "http://127.0.0.1:9/steal" }));

        AssertFailed(report, "the Salesforce service answered HTTP 302");
        Assert.Single(report.Requests);
    }

    [Theory]
    [InlineData("<html>ok</html>", "the Salesforce service answered with a body that is not JSON")]
    [InlineData("", "the Salesforce service answered with an empty body")]
    [InlineData("   \n", "the Salesforce service answered with an empty body")]
    [InlineData("""{"success": true}""", "the Salesforce service's answer has no case id")]
    [InlineData("""["500"]""", "the Salesforce service's answer has no case id")]
    [InlineData("""{"id": null}""", "the Salesforce service's answer has no case id")]
    [InlineData("""{"success": false, "errors": [{"errorCode": "INVALID_EMAIL_ADDRESS", "message": "bad email"}]}""", "Salesforce did not create the case: INVALID_EMAIL_ADDRESS: bad email")]
    public void Unusable_answer_fails_with_a_clear_error(string body, string error)
    {
        var report = _scripts.Run(Node, FullEvent(), ScriptHarness.Answer(200, body));

        AssertFailed(report, error);
    }

    [Theory]
    [InlineData("""{"data": {"id": "500A"}}""", "500A")]
    [InlineData("""{"Id": "500B", "success": true}""", "500B")]
    [InlineData("""{"result": {"case_id": 42}}""", "42")]
    public void Other_2xx_shapes_carrying_an_id_are_understood(string body, string caseId)
    {
        var report = _scripts.Run(Node, FullEvent(), ScriptHarness.Answer(200, body));

        Assert.True(report.Status, report.Raw);
        Assert.Equal(caseId, (string?)report.FinalResponse["case_id"]);
    }

    [Fact]
    public void Connection_refused_fails_fast()
    {
        var report = _scripts.Run(Node, FullEvent(), refuse: true);

        AssertFailed(report, "could not reach the Salesforce service: connection refused");
        Assert.True(report.Seconds < 2, $"took {report.Seconds:0.00} s");
    }

    [Fact]
    public void Slow_service_times_out_at_the_configured_limit()
    {
        using var scripts = BuildVariant(("timeout_seconds: 8", "timeout_seconds: 1"));

        var report = scripts.Run(Node, FullEvent(), ScriptHarness.Answer(201, Created, delay: 4));

        AssertFailed(report, "the Salesforce service did not answer within 1 s");
        Assert.InRange(report.Seconds, 0.9, 2.0);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"body": "not json"}""")]
    [InlineData("""{"body": 12}""")]
    [InlineData("""{"body": "[1, 2]"}""")]
    [InlineData("\"just a string\"")]
    public void Malformed_event_fails_without_raising(string rawEvent)
    {
        var report = _scripts.Run(Node, FullEvent(), rawEvent: JsonNode.Parse(rawEvent));

        Assert.False(report.Status);
        Assert.StartsWith("the platform's event", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_values_of_other_shapes_are_sent_as_text()
    {
        var @event = FullEvent();
        @event["entities"]!["issue_type"] = new JsonArray(new JsonObject { ["entity_value"] = new JsonObject { ["value"] = 12, ["unit"] = "INR" } });

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(201, Created));

        Assert.True(report.Status, report.Raw);
        var payload = JsonNode.Parse((string)report.Requests[0]["body"]!)!["payload"]!;
        Assert.Equal("""{"unit": "INR", "value": 12}""", (string?)payload["Type"]);
    }

    internal static ScriptHarness BuildVariant(params (string From, string To)[] edits)
    {
        using var copy = TempProject.CopyOf(Repo.ExampleBot);
        var path = Path.Combine(copy.Root, "botforge.yaml");
        var text = File.ReadAllText(path);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(path, text);
        return ScriptHarness.Build(copy.Root);
    }

    internal static void AssertFailed(ScriptHarness.Report report, string error)
    {
        Assert.False(report.Status, report.Raw);
        Assert.Equal(error, report.Error);
        AssertWellFormed(report);
    }

    /// <summary>The three credential headers from the env variables, and the JSON content type.</summary>
    internal static void AssertCredentialHeaders(JsonObject request)
    {
        var headers = request["headers"]!.AsObject();
        Assert.Equal(ScriptHarness.Secrets["SF_USERNAME"], (string?)headers["username"]);
        Assert.Equal(ScriptHarness.Secrets["SF_CLIENT_ID"], (string?)headers["clientid"]);
        Assert.Equal(ScriptHarness.Secrets["SF_PRIVATE_KEY"], (string?)headers["privatekey"]);
        Assert.Equal("application/json", (string?)headers["content-type"]);
    }

    /// <summary>What every run must give: the platform's response shape, nothing printed, no secret returned.</summary>
    internal static void AssertWellFormed(ScriptHarness.Report report)
    {
        Assert.Equal(200, (int)report.Result["statusCode"]!);
        Assert.Equal("application/json", (string?)report.Result["headers"]!["Content-Type"]);
        Assert.Equal(string.Empty, report.Printed);
        foreach (var secret in ScriptHarness.Secrets.Values)
        {
            Assert.DoesNotContain(secret, report.Result.ToJsonString(), StringComparison.Ordinal);
        }
    }

    /// <summary>The example bot built once for the class.</summary>
    public sealed class Built : IDisposable
    {
        public ScriptHarness Scripts { get; } = ScriptHarness.Build(Repo.ExampleBot);

        public void Dispose() => Scripts.Dispose();
    }
}
