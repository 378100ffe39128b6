using System.Text.Json.Nodes;
using BotForge.Tests.Support;
using static BotForge.Tests.Emit.Scripts.CreateCaseScriptTests;

namespace BotForge.Tests.Emit.Scripts;

/// <summary>
/// The generated salesforce.get_record script of the example bot (FETCH_TICKET: a Case's status), run with python3
/// against a loopback stub. It is the template get_contact renders too (with object_type Contact), so the failure
/// modes it shares with get_contact are tested there once more for a Case here.
/// </summary>
public sealed class GetRecordScriptTests(CreateCaseScriptTests.Built built) : IClassFixture<CreateCaseScriptTests.Built>
{
    private const string Node = "FETCH_TICKET";
    private const string GetPath = "/third_party_integrations/v1/salesforce/get_data/";
    private const string Case = """{"attributes": {"type": "Case"}, "Id": "5003000000D8cuIAAR", "CaseNumber": "00001042", "Status": "Working", "Subject": "Parcel never arrived", "Priority": "High"}""";

    private readonly ScriptHarness _scripts = built.Scripts;

    private static JsonObject EventFor(string caseId) => ScriptHarness.Event(Node, ScriptHarness.Entities(("case_id", caseId)));

    [Fact]
    public void Success_reads_the_case_with_its_object_type_and_returns_the_requested_fields()
    {
        var report = _scripts.Run(Node, EventFor("5003000000D8cuIAAR"), ScriptHarness.Answer(200, Case));

        Assert.True(report.Status, report.Raw);
        var request = Assert.Single(report.Requests);
        Assert.Equal("GET", (string?)request["method"]);
        Assert.Equal(GetPath, (string?)request["path"]);
        Assert.Equal("object_type=Case&object_id=5003000000D8cuIAAR", (string?)request["raw_query"]);
        Assert.Equal(string.Empty, (string?)request["body"]);
        AssertCredentialHeaders(request);
        Assert.Equal("""{"status":true,"CaseNumber":"00001042","Status":"Working","Subject":"Parcel never arrived"}""", report.FinalResponse.ToJsonString());
        AssertWellFormed(report);
    }

    [Theory]
    [InlineData("500&object_type=User")]
    [InlineData("500 A/../../x?y=1#z")]
    [InlineData("500\r\nX-Injected: 1")]
    [InlineData("500é'\"${env.SF_PRIVATE_KEY}")]
    public void A_hostile_object_id_is_sent_as_one_encoded_value_and_cannot_change_the_object_type(string id)
    {
        var report = _scripts.Run(Node, EventFor(id), ScriptHarness.Answer(200, Case));

        var request = Assert.Single(report.Requests);
        Assert.Equal(GetPath, (string?)request["path"]);
        var query = request["query"]!.AsArray().Select(p => ((string)p![0]!, (string)p[1]!)).ToList();
        Assert.Equal([("object_type", "Case"), ("object_id", id)], query);
        Assert.DoesNotContain(ScriptHarness.Secrets["SF_PRIVATE_KEY"], (string?)request["raw_query"], StringComparison.Ordinal);
        Assert.DoesNotContain(ScriptHarness.Secrets["SF_PRIVATE_KEY"], report.FinalResponse.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_object_id_fails_without_calling_the_service()
    {
        var report = _scripts.Run(Node, ScriptHarness.Event(Node), ScriptHarness.Answer(200, Case));

        AssertFailed(report, "no Case id: entity.case_id is not set");
        Assert.Empty(report.Requests);
    }

    [Theory]
    [InlineData(404, """[{"errorCode": "NOT_FOUND", "message": "The requested resource does not exist"}]""", "the Salesforce service answered HTTP 404: NOT_FOUND: The requested resource does not exist")]
    [InlineData(503, """{"message": "Service Unavailable"}""", "the Salesforce service answered HTTP 503")]
    [InlineData(200, "not json", "the Salesforce service answered with a body that is not JSON")]
    [InlineData(200, "{}", "the Salesforce service's answer is not a Case record")]
    [InlineData(200, """{"success": false, "errors": ["no access"]}""", "Salesforce did not return the Case: no access")]
    public void Failures_give_status_false_and_a_clear_error(int status, string body, string error)
    {
        var report = _scripts.Run(Node, EventFor("5003000000D8cuIAAR"), ScriptHarness.Answer(status, body));

        AssertFailed(report, error);
    }

    [Fact]
    public void Connection_refused_fails_fast()
    {
        var report = _scripts.Run(Node, EventFor("5003000000D8cuIAAR"), refuse: true);

        AssertFailed(report, "could not reach the Salesforce service: connection refused");
        Assert.True(report.Seconds < 2, $"took {report.Seconds:0.00} s");
    }
}
