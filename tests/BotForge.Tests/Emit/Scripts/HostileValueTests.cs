using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Tests.Support;

namespace BotForge.Tests.Emit.Scripts;

/// <summary>Author text is data: whatever a field holds, the generated script still parses, runs and sends exactly that text.</summary>
public sealed class HostileValueTests
{
    /// <summary>Field values as the author means them (a <c>${</c> is written <c>$${</c> in YAML).</summary>
    public static readonly IReadOnlyList<string> Values =
    [
        "\"double\" 'single' `back` \u201ccurly\u201d \u2018quotes\u2019",
        "\"\"\" triple double ''' triple single",
        "back\\slash \\n not a newline \\\\ \\x41 \\u0041 \\N{BULLET}",
        "line one\nline two\r\nline three\ttabbed",
        "'); import os; os.system('x') #",
        "\"); __import__('os').system('touch /tmp/botforge-pwned') #",
        "\"\"\"); import os; os.system('x'); (\"\"\"",
        "\\\"; raise SystemExit(1) #",
        "ticket \U0001F3AB emoji \U0001F600 and \u00e9\u00e8 accents",
        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u200f\u0645\u0631\u062d\u0628\u0627 RTL",
        "placeholder-like ${entity.person_name} ${env.SF_PRIVATE_KEY} ${",
        "scriban-like {{ runtime }} {{ header }} {% raw %}",
        "percent %s %d %(name)s {0} {} format",
        "esc \u001b[31m red \u2028 line-sep \u2029 para-sep \u0085 nel",
        "#!/bin/sh # comment \\",
    ];

    /// <summary>
    /// Fields that take literal values; SuppliedName reads an entity. Not SuppliedPhone: Salesforce holds 40
    /// characters there, and a longer value is cut to fit (CreateCaseScriptTests), so most of these would not be sent whole.
    /// </summary>
    private static readonly string[] Fields = ["subject", "Description", "Type", "Reason", "SuppliedEmail", "SuppliedCompany", "priority"];

    /// <summary>How many values one project holds, one per field.</summary>
    internal static int FieldCount => Fields.Length;

    [Fact]
    public void Hostile_literals_and_entity_values_are_sent_exactly()
    {
        for (var start = 0; start < Values.Count; start += Fields.Length)
        {
            var chunk = Values.Skip(start).Take(Fields.Length).ToList();
            using var project = Project(chunk);
            using var scripts = ScriptHarness.Build(project.Root);
            var hostileName = Values[(start + 3) % Values.Count];
            var @event = ScriptHarness.Event("MAKE_CASE", ScriptHarness.Entities(("person_name", hostileName)));

            var report = scripts.Run("MAKE_CASE", @event, ScriptHarness.Answer(201, """{"id": "500X"}"""));

            Assert.True(report.Status, report.Raw);
            var payload = JsonNode.Parse((string)Assert.Single(report.Requests)["body"]!)!["payload"]!.AsObject();
            var expected = chunk.Select((v, i) => (Fields[i], v)).Append(("SuppliedName", "name: " + hostileName));
            Assert.Equal(expected.OrderBy(e => e.Item1, StringComparer.Ordinal), payload.Select(p => (p.Key, (string)p.Value!)).OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.False(File.Exists("/tmp/botforge-pwned"));
        }
    }

    [Fact]
    public void Generated_script_is_ascii_and_every_hostile_value_stays_inside_a_string_literal()
    {
        var values = Values.Take(Fields.Length).ToList();
        using var project = Project(values);
        using var scripts = ScriptHarness.Build(project.Root);
        var path = scripts.ScriptPath("MAKE_CASE");

        Assert.All(File.ReadAllText(path), c => Assert.True(c is '\n' || (c >= ' ' && c <= '~'), $"non-ASCII or control character U+{(int)c:X4} in the script"));
        var tree = ScriptHarness.Inspect(path);
        Assert.Equal(ScriptHarness.GeneratedImports, tree["imports"]!.AsArray().Select(i => (string)i!));
        var payload = tree["constants"]!["PAYLOAD"]!.AsArray();
        Assert.Equal(values, payload.Take(values.Count).Select(p => (string)p![1]![0]![1]!));
    }

    /// <summary>A bot whose create_case fields hold <paramref name="values"/> (SuppliedName reads an entity).</summary>
    internal static TempProject Project(IReadOnlyList<string> values)
    {
        var encoder = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var fields = string.Concat(values.Select((v, i) =>
            $"        {Fields[i]}: {JsonSerializer.Serialize(v.Replace("${", "$${", StringComparison.Ordinal), encoder)}\n"));
        fields += "        SuppliedName: \"name: ${entity.person_name}\"\n";
        return TempProject.With(
            ("botforge.yaml", TempProject.MinimalProjectFile + SalesforceSettings),
            ("stories/main/make_case.yaml", $$"""
                nodes:
                  - id: START
                    start: true
                    user_says: [raise a case]
                    entities:
                      - entity: person_name
                        prompt: Your name?
                    next:
                      - to: MAKE_CASE
                  - id: MAKE_CASE
                    type: code
                    action:
                      salesforce.create_case:
                {{fields}}
                    next:
                      - to: DONE
                        when: status == true
                      - to: FAILED
                        when: status == false
                  - id: DONE
                    type: output
                    end: true
                    bot_says: Done ${output.case_id}
                  - id: FAILED
                    type: output
                    end: true
                    bot_says: Failed
                """));
    }

    internal const string SalesforceSettings = """
        env:
          SF_BASE_URL: { staging: "https://staging.example.com", production: "https://example.com" }
          SF_USERNAME: { secret: true }
          SF_CLIENT_ID: { secret: true }
          SF_PRIVATE_KEY: { secret: true }
        integrations:
          salesforce:
            base_url: ${env.SF_BASE_URL}
            username: ${env.SF_USERNAME}
            client_id: ${env.SF_CLIENT_ID}
            private_key: ${env.SF_PRIVATE_KEY}
            timeout_seconds: 5

        """;
}
