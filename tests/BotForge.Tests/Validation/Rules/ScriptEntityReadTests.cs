using BotForge.Python;
using BotForge.Tests.Support;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Validation.Rules;

/// <summary>BF1043 and BF2053: a hand-written script reading an entity the platform does not pass it, beyond the docs examples.</summary>
public sealed class ScriptEntityReadTests
{
    /// <summary>START collects order_id (mandatory) and email (optional); OTHER reaches CHECK without either.</summary>
    private const string Flow = """
        nodes:
          - id: START
            start: true
            user_says: [where is my order]
            entities:
              - entity: order_id
                prompt: What is your order number?
              - entity: email
                mandatory: false
            next:
              - to: CHECK
          - id: OTHER
            start: true
            user_says: [check anything]
            next:
              - to: CHECK
          - id: CHECK
            type: code
            script: scripts/check.py
            outputs: [status]
            next:
              - to: OK
                when: status == true
              - to: OK
                when: status == false
          - id: OK
            type: output
            end: true
            bot_says: Done.
        """;

    private static List<BotForge.Diagnostics.Diagnostic> Findings(string flow, string body)
    {
        var script = "import json\n\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    entities = body['entities']\n" + body
            + "    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {'Content-Type': 'application/json'}}\n";
        using var project = RuleExamples.Write(new RuleExample(flow) { Files = new Dictionary<string, string> { ["scripts/check.py"] = script } });
        return [.. Diagnose.Project(project.Root).Where(d => d.Code == ScriptEntityNotCollectedRule.Code.Code || d.Code == ScriptEntityNeverPassedRule.Code.Code)];
    }

    private static string OnlyStart(string flow) => flow.Replace("""
          - id: OTHER
            start: true
            user_says: [check anything]
            next:
              - to: CHECK

        """.Replace("\r", "", StringComparison.Ordinal), string.Empty, StringComparison.Ordinal);

    [Theory]
    // A mandatory entity of the only node before CHECK: passed on every run.
    [InlineData("    order = entities['order_id'][0]['entity_value']\n", null, null, null)]
    // A name no node collects: never passed; a subscript raises (BF1043), another read never has a value (BF2053).
    [InlineData("    order = entities['order_no'][0]['entity_value']\n", "BF1043",
        "the script reads the entity 'order_no', which no node collects: the platform passes a script only the entities collected in the conversation, so the read raises KeyError (a bot break) on every run",
        "did you mean 'order_id'?")]
    [InlineData("    order = entities.get('order_no')\n", "BF2053",
        "the script reads the entity 'order_no', which no node collects: the platform passes a script only the entities collected in the conversation, so the read never gives a value",
        "did you mean 'order_id'?")]
    [InlineData("    order = entities['order_no'][0]['entity_value'] if 'order_no' in entities else None\n", "BF2053", "the script reads the entity 'order_no', which no node collects", null)]
    [InlineData("    order = body['entities']['city'][0]['entity_value']\n", "BF1043",
        "the script reads the entity 'city', which no node collects", "collect 'city' on the node before CHECK, or read an entity the bot collects")]
    // An optional entity: absent whenever the user did not give it.
    [InlineData("    email = entities['email'][0]['entity_value']\n", "BF1043",
        "'email' is not collected as mandatory on every path into CHECK: where it is not collected, entities['email'] raises KeyError, a bot break",
        "collect 'email' as a mandatory entity on every node leading to CHECK, or read it with .get('email') and handle None")]
    // ... unless the script allows for its absence.
    [InlineData("    email = entities['email'][0]['entity_value'] if 'email' in entities else None\n", null, null, null)]
    [InlineData("    if entities.get('email'):\n        email = entities['email'][0]['entity_value']\n", null, null, null)]
    [InlineData("    try:\n        email = entities['email'][0]['entity_value']\n    except (KeyError, IndexError):\n        email = None\n", null, null, null)]
    [InlineData("    try:\n        email = entities['email'][0]['entity_value']\n    except Exception:\n        email = None\n", null, null, null)]
    [InlineData("    try:\n        email = entities['email'][0]['entity_value']\n    except:\n        email = None\n", null, null, null)]
    // A handler that does not catch a KeyError does not.
    [InlineData("    try:\n        email = entities['email'][0]['entity_value']\n    except ValueError:\n        email = None\n", "BF1043",
        "'email' is not collected as mandatory on every path into CHECK", null)]
    [InlineData("    try:\n        pass\n    except KeyError:\n        pass\n    email = entities['email'][0]['entity_value']\n", "BF1043",
        "'email' is not collected as mandatory on every path into CHECK", null)]
    // .get of an optional entity is fine.
    [InlineData("    email = entities.get('email')\n", null, null, null)]
    public void A_read_is_judged_on_the_paths_into_the_code_node(string body, string? code, string? message, string? hint)
    {
        var found = Findings(OnlyStart(Flow), body);
        if (message is null)
        {
            Assert.Empty(found);
            return;
        }

        var one = Assert.Single(found);
        Assert.Equal(code, one.Code);
        Assert.StartsWith(message, one.Message, StringComparison.Ordinal);
        Assert.Equal("scripts/check.py", one.Location!.File.Path.Replace('\\', '/')[^"scripts/check.py".Length..]);
        if (hint is not null)
        {
            Assert.Equal(hint, one.Hint);
        }
    }

    [Fact]
    public void A_mandatory_entity_that_another_path_skips_is_reported_and_a_context_clear_is_named()
    {
        var found = Assert.Single(Findings(Flow, "    order = entities['order_id'][0]['entity_value']\n"));
        Assert.StartsWith("'order_id' is not collected as mandatory on every path into CHECK", found.Message, StringComparison.Ordinal);

        const string Cleared = """
            nodes:
              - id: START
                start: true
                user_says: [where is my order]
                entities:
                  - entity: order_id
                    prompt: What is your order number?
                next:
                  - to: AGAIN
                    entity: order_id
              - id: AGAIN
                context_clear: true
                next:
                  - to: CHECK
              - id: CHECK
                type: code
                script: scripts/check.py
                outputs: [status]
                next:
                  - to: OK
                    when: status == true
                  - to: OK
                    when: status == false
              - id: OK
                type: output
                end: true
                bot_says: Done.
            """;
        var forgotten = Assert.Single(Findings(Cleared, "    order = entities['order_id'][0]['entity_value']\n"));
        Assert.StartsWith("a context-clear node on a path into CHECK forgets 'order_id'", forgotten.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_collected_only_by_a_connection_condition_is_passed()
    {
        var flow = OnlyStart(Flow).Replace("""
            next:
              - to: CHECK
          - id: CHECK
        """, """
            next:
              - to: CONFIRM
                entity: issue_type
          - id: CONFIRM
            user_says: [go on]
            next:
              - to: CHECK
          - id: CHECK
        """, StringComparison.Ordinal);
        Assert.Empty(Findings(flow, "    kind = entities.get('issue_type')\n"));
    }

    [Fact]
    public void Reads_are_found_at_the_name_inside_the_quotes_and_through_a_helper()
    {
        const string Source = """
            import json


            def value(entities, name):
                return entities[name][0]['entity_value']


            def first(entities):
                return entities['order_id'][0]['entity_value']


            def main(event, context):
                body = json.loads(event['body'])
                if 'email' in body['entities']:
                    pass
                return first(body['entities']), body['entities'].get("email"), body['entities'][r'raw']

            """;
        var reads = ScriptChecker.EntitiesRead(Source);
        Assert.Equal(
            [("order_id", true, false), ("email", false, true)],
            reads.Select(r => (r.Name, r.Subscript, r.AllowsAbsence)).ToList());
        Assert.All(reads, r => Assert.Equal(r.Name, Source.Substring(r.Offset, r.Length)));
        Assert.Empty(ScriptChecker.EntitiesRead("def main(event, context):\n    return '"));
    }
}
