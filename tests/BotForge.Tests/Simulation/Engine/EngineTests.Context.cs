using BotForge.Simulation.Engine;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Simulation.Engine;

/// <summary>Previous-context tags: an entity that has them takes a value only from a message answering a bot message that holds one.</summary>
public sealed partial class EngineTests
{
    private const string OutageFlow = """
        nodes:
          - id: REPORT
            start: true
            user_says: [there is no electricity, report a power cut]
            entities:
              - entity: hazard
                prompt: Is there any danger, like sparks?
              - entity: email
                prompt: Your email?
            bot_says:
              final: Thanks, hazard ${entity.hazard}.
            end: true
        """;

    private static string OutageEntities(string previousContext) =>
        "entities:\n  - name: hazard\n    type: dictionary\n    values: { 'yes': ['yes', sparks], 'no': ['no', nope] }\n" + previousContext;

    /// <summary>
    /// Met porting a utility bot: "there is no electricity" gave hazard = 'no' from its word "no", so the safety
    /// question was never asked. With the tag, the value comes only from the answer to the question that holds it.
    /// </summary>
    [Fact]
    public void An_entity_with_previous_context_tags_takes_a_value_only_after_a_bot_message_holding_one()
    {
        var tagged = Compiled(new RuleExample(OutageFlow) { Files = new Dictionary<string, string> { ["entities.yaml"] = OutageEntities("    previous_context: [danger]\n") } }).Model!;
        var untagged = Compiled(new RuleExample(OutageFlow) { Files = new Dictionary<string, string> { ["entities.yaml"] = OutageEntities(string.Empty) } }).Model!;

        var withTags = Converse(tagged, new ConversationSettings(), "there is no electricity", "no", "a@b.example.com");
        var without = Converse(untagged, new ConversationSettings(), "there is no electricity");

        Assert.Contains("   1 user: there is no electricity\n     understood: start node REPORT", withTags, StringComparison.Ordinal);
        Assert.Contains("     note: not taken: hazard = 'no': its previous_context (danger) is not in the bot's last message\n", withTags, StringComparison.Ordinal);
        Assert.Contains("     bot: Is there any danger, like sparks?\n     now: REPORT\n   2 user: no\n     understood: the hazard asked for\n     found: hazard = 'no'\n", withTags, StringComparison.Ordinal);
        Assert.Contains("bot: Thanks, hazard no.", withTags, StringComparison.Ordinal);
        Assert.Contains("found: hazard = 'no'\n     bot: Your email?", without, StringComparison.Ordinal);
    }

    /// <summary>A tag the question lacks: the answer is not taken (the reprompt is sent, as for a value the entity does not know).</summary>
    [Fact]
    public void An_answer_to_a_question_without_the_tag_is_not_taken()
    {
        var bot = Compiled(new RuleExample(OutageFlow.Replace("    prompt: Is there any danger, like sparks?", "    prompt: Any sparks?", StringComparison.Ordinal))
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = OutageEntities("    previous_context: [danger]\n") },
        }, allowErrors: true).Model!;

        var transcript = Converse(bot, new ConversationSettings(), "report a power cut", "no");

        Assert.DoesNotContain("found: hazard", transcript, StringComparison.Ordinal);
        Assert.Contains("   2 user: no\n     understood: not the hazard asked for: reprompt\n     note: not taken: hazard = 'no'", transcript, StringComparison.Ordinal);
        Assert.Contains("   2 user: no\n     understood: not the hazard asked for: reprompt", transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met porting a utility bot: "there are sparks" answered the danger question, and the test expected DANGER at once;
    /// the connection on the answer is read only once the node's other entities are known, which the trace now says.
    /// </summary>
    [Fact]
    public void A_connection_on_an_answer_that_waits_for_the_other_entities_is_noted()
    {
        var flow = OutageFlow.Replace("    end: true", "    next:\n      - to: DANGER\n        entity: { name: hazard, values: ['yes'] }", StringComparison.Ordinal)
            + "\n  - id: DANGER\n    end: true\n    bot_says: Call 0800 123 4567.\n";
        Assert.Contains("to: DANGER", flow, StringComparison.Ordinal);
        var bot = Compiled(new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = OutageEntities(string.Empty) } }, allowErrors: true).Model!;

        var transcript = Converse(bot, new ConversationSettings(), "report a power cut", "there are sparks");

        Assert.Contains("     found: hazard = 'yes'\n     note: REPORT → DANGER (entity hazard in [yes]) holds, but is read once REPORT's mandatory entities are all known: email is asked first\n", transcript, StringComparison.Ordinal);
    }

    /// <summary>A connection's entity condition on a message reads the tags too: after a bot message without them, it is not taken.</summary>
    [Theory]
    [InlineData("Any danger nearby?", true)]
    [InlineData("Any sparks nearby?", false)]
    public void A_connection_on_a_tagged_entity_is_taken_only_after_a_message_with_the_tag(string question, bool taken)
    {
        var flow = $$"""
            nodes:
              - id: CHECK
                start: true
                user_says: [check my supply]
                entities:
                  - entity: hazard
                    mandatory: false
                bot_says: {{question}}
                next:
                  - to: DANGER
                    entity: { name: hazard, values: ['yes'] }
              - id: DANGER
                end: true
                bot_says: Call 0800 123 4567.
            """;
        var bot = Compiled(new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = OutageEntities("    previous_context: [danger]\n") } }, allowErrors: true).Model!;

        var transcript = Converse(bot, new ConversationSettings(), "check my supply", "yes");

        Assert.True(taken == transcript.Contains("path: CHECK → DANGER", StringComparison.Ordinal), transcript);
    }
}
