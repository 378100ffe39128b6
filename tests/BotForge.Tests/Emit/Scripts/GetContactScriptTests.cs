using System.Text.Json.Nodes;
using BotForge.Tests.Support;
using static BotForge.Tests.Emit.Scripts.CreateCaseScriptTests;

namespace BotForge.Tests.Emit.Scripts;

/// <summary>The generated salesforce.get_contact script of the example bot, run with python3 against a loopback stub.</summary>
public sealed class GetContactScriptTests(CreateCaseScriptTests.Built built) : IClassFixture<CreateCaseScriptTests.Built>
{
    private const string Node = "FETCH_CONTACT";
    private const string GetPath = "/third_party_integrations/v1/salesforce/get_data/";
    private const string Contact = """{"attributes": {"type": "Contact", "url": "/services/data/v58.0/sobjects/Contact/003A"}, "Id": "003A", "FirstName": "Ann", "LastName": "Lee", "Email": "ann@example.com", "Phone": "+1 555"}""";

    private readonly ScriptHarness _scripts = built.Scripts;

    private static JsonObject EventFor(string contactId) =>
        ScriptHarness.Event(Node, userDetails: new JsonObject { ["salesforce_contact_id"] = contactId });

    [Fact]
    public void Success_gets_the_contact_and_returns_the_requested_fields()
    {
        var report = _scripts.Run(Node, EventFor("003A"), ScriptHarness.Answer(200, Contact));

        Assert.True(report.Status, report.Raw);
        var request = Assert.Single(report.Requests);
        Assert.Equal("GET", (string?)request["method"]);
        Assert.Equal(GetPath, (string?)request["path"]);
        Assert.Equal("object_type=Contact&object_id=003A", (string?)request["raw_query"]);
        Assert.Equal(string.Empty, (string?)request["body"]);
        AssertCredentialHeaders(request);

        Assert.Equal(
            """{"status":true,"FirstName":"Ann","LastName":"Lee","Email":"ann@example.com","conversation_details":{"FirstName":"Ann"}}""",
            report.FinalResponse.ToJsonString());
        AssertWellFormed(report);
    }

    [Fact]
    public void Contact_id_is_url_encoded()
    {
        var id = "003 A&b=c/é?#";

        var report = _scripts.Run(Node, EventFor(id), ScriptHarness.Answer(200, Contact));

        var request = Assert.Single(report.Requests);
        Assert.Equal("object_type=Contact&object_id=003%20A%26b%3Dc%2F%C3%A9%3F%23", (string?)request["raw_query"]);
        Assert.Equal(id, (string?)request["query"]![1]![1]);
    }

    [Fact]
    public void Missing_contact_id_fails_without_calling_the_service()
    {
        var report = _scripts.Run(Node, ScriptHarness.Event(Node), ScriptHarness.Answer(200, Contact));

        AssertFailed(report, "no contact id: user_details.salesforce_contact_id is not set");
        Assert.Empty(report.Requests);
    }

    [Fact]
    public void A_field_the_record_lacks_is_left_out()
    {
        var report = _scripts.Run(Node, EventFor("003A"), ScriptHarness.Answer(200, """{"Id": "003A", "FirstName": "Ann", "LastName": null}"""));

        Assert.True(report.Status, report.Raw);
        Assert.Equal("""{"status":true,"FirstName":"Ann","conversation_details":{"FirstName":"Ann"}}""", report.FinalResponse.ToJsonString());
    }

    [Fact]
    public void A_stored_value_over_the_platform_limit_is_not_stored()
    {
        var longName = new string('x', 600);

        var report = _scripts.Run(Node, EventFor("003A"), ScriptHarness.Answer(200, $$"""{"Id": "003A", "FirstName": "{{longName}}"}"""));

        Assert.True(report.Status, report.Raw);
        Assert.Equal(longName, (string?)report.FinalResponse["FirstName"]);
        Assert.False(report.FinalResponse.ContainsKey("conversation_details"));
    }

    [Fact]
    public void Records_wrapper_is_understood()
    {
        var report = _scripts.Run(Node, EventFor("003A"), ScriptHarness.Answer(200, $$"""{"totalSize": 1, "records": [{{Contact}}]}"""));

        Assert.True(report.Status, report.Raw);
        Assert.Equal("Ann", (string?)report.FinalResponse["FirstName"]);
    }

    [Theory]
    [InlineData(404, """[{"errorCode": "NOT_FOUND", "message": "The requested resource does not exist"}]""", "the Salesforce service answered HTTP 404: NOT_FOUND: The requested resource does not exist")]
    [InlineData(500, "", "the Salesforce service answered HTTP 500")]
    [InlineData(200, "not json", "the Salesforce service answered with a body that is not JSON")]
    [InlineData(200, "{}", "the Salesforce service's answer is not a contact record")]
    [InlineData(200, "[]", "the Salesforce service's answer is not a contact record")]
    [InlineData(200, """{"records": []}""", "the Salesforce service's answer is not a contact record")]
    [InlineData(200, """{"success": false, "errors": ["no access"]}""", "Salesforce did not return the contact: no access")]
    public void Failures_give_status_false_and_a_clear_error(int status, string body, string error)
    {
        var report = _scripts.Run(Node, EventFor("003A"), ScriptHarness.Answer(status, body));

        AssertFailed(report, error);
    }

    [Fact]
    public void Connection_refused_fails_fast()
    {
        var report = _scripts.Run(Node, EventFor("003A"), refuse: true);

        AssertFailed(report, "could not reach the Salesforce service: connection refused");
        Assert.True(report.Seconds < 2, $"took {report.Seconds:0.00} s");
    }

    [Fact]
    public void Slow_service_times_out_at_the_configured_limit()
    {
        using var scripts = BuildVariant(("timeout_seconds: 8", "timeout_seconds: 1.5"));

        var report = scripts.Run(Node, EventFor("003A"), ScriptHarness.Answer(200, Contact, delay: 4));

        AssertFailed(report, "the Salesforce service did not answer within 1.5 s");
        Assert.InRange(report.Seconds, 1.4, 2.5);
    }

    [Fact]
    public void Missing_env_variable_fails()
    {
        var @event = EventFor("003A");
        @event["env_variables"]!.AsObject().Remove("SF_CLIENT_ID");

        var report = _scripts.Run(Node, @event, ScriptHarness.Answer(200, Contact));

        AssertFailed(report, "the env variable SF_CLIENT_ID is not set for this bot");
        Assert.Empty(report.Requests);
    }
}
