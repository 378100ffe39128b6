using BotForge.Simulation.Engine;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Simulation.Engine;

/// <summary>
/// A node with nothing to send: the platform answers with the bot-break message ("if your bot says section doesn't
/// have any response or the integration function doesn't return any response"), where the engine said nothing; a
/// script's own messages (its final_response's `response`) are sent before the output node's.
/// </summary>
public sealed partial class EngineTests
{
    private const string SilentFlow = """
        nodes:
          - id: ROUTER
            start: true
            user_says: [help me out]
            next:
              - to: DONE
                user_says: [go on]
          - id: DONE
            end: true
            bot_says: Bye.
          - id: QUIET
            start: true
            end: true
            user_says: [be quiet]
            bot_says: "{}"
          - id: LOOKUP
            start: true
            user_says: [look it up]
            bot_says: Looking.
            next:
              - to: RUN
          - id: RUN
            type: code
            script: lookup.py
            outputs: [status]
            next:
              - to: SHOWN
                when: status == true
              - to: EMPTY
                when: status == false
          - id: SHOWN
            type: output
            end: true
            bot_says: Found it.
          - id: EMPTY
            type: output
            end: true
        """;

    private static string SilentConverse(string response, params string[] messages)
    {
        // ROUTER is BF1037's: the engine still runs a bot with it turned off, as the platform would.
        var compilation = Compiled(new RuleExample(SilentFlow, Project: "lint:\n  rules:\n    BF1037: off\n")
        {
            Files = new Dictionary<string, string>
            {
                // One message of its own leads to SHOWN, none or several to EMPTY.
                ["lookup.py"] = $"import json\n\ndef main(event, context):\n    response = {response}\n"
                    + "    final_response = {'status': len(response) == 1, 'response': response}\n"
                    + "    return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {'Content-Type': 'application/json'}}\n",
            },
        });
        return Converse(compilation.Model!, new ConversationSettings(), messages);
    }

    [Fact]
    public void A_node_with_nothing_to_send_gets_the_bot_break_message_and_keeps_its_connections()
    {
        var transcript = SilentConverse("[]", "help me out", "go on");

        Assert.Contains("""
               1 user: help me out
                 understood: start node ROUTER (confidence 1.00, nearest 'help me out')
                 note: ROUTER has nothing to send: the platform answers with the bot-break message
                 bot: Sorry, I didn't understand that.
                 now: ROUTER
               2 user: go on
                 understood: connection to DONE
            """, transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_that_sends_the_smart_action_for_nothing_stays_silent()
    {
        Assert.Contains("  bot: (nothing)\n", SilentConverse("[]", "be quiet"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "bot: Looking.\n     bot: Sorry, I didn't understand that.\n")]
    [InlineData("['One moment.', json.dumps({'type': 'BUTTON', 'text': 'Pick one', 'data': {'items': [{'actionable_text': 'Yes'}]}})]",
        "bot: Looking.\n     bot: One moment.\n     bot: [hsl BUTTON] Pick one [Yes]\n     now: EMPTY")]
    public void A_scripts_own_messages_are_sent_and_an_output_node_with_neither_gets_the_bot_break_message(string response, string expected)
    {
        Assert.Contains(expected, SilentConverse(response, "look it up"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scripts_own_messages_come_before_the_output_nodes()
    {
        var transcript = SilentConverse("['One moment.']", "look it up");

        Assert.Contains("bot: Looking.\n     bot: One moment.\n     bot: Found it.\n", transcript, StringComparison.Ordinal);
    }
}
