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
}
