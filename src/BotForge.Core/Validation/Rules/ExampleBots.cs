namespace BotForge.Validation.Rules;

/// <summary>Example projects shared by several rules' docs pages and tests; each rule shows its change with a Replace.</summary>
internal static class ExampleBots
{
    /// <summary>A greeting start node and nothing else: the flow of rules whose example is about another file.</summary>
    public const string Hello = """
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
            bot_says: Hi! How can I help?
        """;

    /// <summary>A start node leading to a code node (scripts/check.py) with an output node for each status.</summary>
    public const string CheckOrder = """
        nodes:
          - id: START
            start: true
            user_says: [check my order]
            next:
              - to: CHECK
          - id: CHECK
            type: code
            script: scripts/check.py
            outputs: [status]
            next:
              - to: OK
                when: status == true
              - to: FAILED
                when: status == false
          - id: OK
            type: output
            end: true
            bot_says: All good.
          - id: FAILED
            type: output
            end: true
            bot_says: Something went wrong.
        """;

    /// <summary><see cref="CheckOrder"/> whose start node collects <c>order_id</c> (mandatory) before the code node runs.</summary>
    public static readonly string CheckOrderCollecting = CheckOrder.Replace("user_says: [check my order]",
        "user_says: [check my order]\n    entities:\n      - entity: order_id\n        prompt: What is your order number?", StringComparison.Ordinal);

    /// <summary>A scripts/check.py for <see cref="CheckOrder"/> that takes the order from <paramref name="read"/> (line 6) and answers whether it had one.</summary>
    public static string OrderScript(string read) => $$$"""
        import json


        def main(event, context):
            body = json.loads(event['body'])
            order = {{{read}}}
            final_response = {'status': bool(order)}
            return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {'Content-Type': 'application/json'}}

        """;

    /// <summary>botforge.yaml's lines that set up the Salesforce integration the built-in actions call.</summary>
    public const string SalesforceProject = """
        env:
          SF_BASE_URL: https://integrations.example.com
          SF_USERNAME: { secret: true }
          SF_CLIENT_ID: { secret: true }
          SF_PRIVATE_KEY: { secret: true }
        integrations:
          salesforce:
            base_url: ${env.SF_BASE_URL}
            username: ${env.SF_USERNAME}
            client_id: ${env.SF_CLIENT_ID}
            private_key: ${env.SF_PRIVATE_KEY}

        """;
}
