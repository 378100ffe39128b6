using System.Diagnostics;
using System.Text.Json.Nodes;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Simulation.Engine;

/// <summary>The platform's limits on the details a code node sets: 500 characters in one response, 2,500 and 200 kept.</summary>
public sealed partial class EngineTests
{
    [Theory]
    [InlineData("{'user_details': {'note': 'x' * 150}}", null)]
    [InlineData("{'user_details': {'note': 'x' * 190}}", "user_details would hold 202 characters (as json.dumps writes it); the platform keeps at most 200")]
    [InlineData("{'conversation_details': {'a': 'x' * 303}, 'user_details': {'b': 'é' * 30}}", "the details set by one response take 501 characters (as json.dumps writes them); the platform allows 500")]
    [InlineData("{'conversation_details': ['a list']}", "conversation_details is not a dict (the platform keeps a dict of details)")]
    [InlineData("{'conversation_details': None, 'user_details': None}", null)]
    // user_details is a dict of strings on the platform; conversation_details may hold any JSON.
    [InlineData("{'user_details': {'tier': 'gold', 'visits': 3}}", "user_details['visits'] is the number 3, not a string (the platform keeps user_details as a dict of strings): set str(…) of it")]
    [InlineData("{'user_details': {'verified': True}}", "user_details['verified'] is True, not a string (the platform keeps user_details as a dict of strings): set str(…) of it")]
    [InlineData("{'user_details': {'address': {'city': 'Pune'}}}", "user_details['address'] is a dict, not a string (the platform keeps user_details as a dict of strings): set str(…) of it")]
    [InlineData("{'user_details': {'tier': 'gold', 'note': None}, 'conversation_details': {'visits': 3, 'cart': [1, 2]}}", null)]
    public void The_details_a_response_sets_are_held_to_the_platforms_limits(string set, string? error)
    {
        var transcript = Converse(CheckOrderSetting(set), new ConversationSettings(), "check my order");

        if (error is null)
        {
            Assert.Contains("bot: All good.\n", transcript, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("understood: start node START", transcript, StringComparison.Ordinal);
            Assert.Contains("note: bot break: CHECK failed: " + error + "\n", transcript, StringComparison.Ordinal);
            Assert.Contains("; failed: " + error + "\n", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("All good.", transcript, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_conversation_details_kept_over_turns_may_not_pass_2500_characters()
    {
        // Each run adds a key of 400 characters: six fit (2,460 characters as JSON), the seventh does not (2,870).
        // OK is no end node here: at one, the conversation is over and its details are forgotten.
        var bot = CheckOrderSetting("{'conversation_details': {'k%d' % len(body['conversation_details']): 'x' * 400}}", okEnds: false);

        var transcript = Converse(bot, new ConversationSettings(), [.. Enumerable.Repeat("check my order", 7)]);

        Assert.Equal(6, transcript.Split("bot: All good.\n").Length - 1);
        Assert.Contains("note: bot break: CHECK failed: conversation_details would hold 2,870 characters (as json.dumps writes it); the platform keeps at most 2,500", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void Details_are_measured_as_pythons_json_dumps_writes_them()
    {
        const string Values = """[{}, [], {"a": [1, 2.5, 1e+100, -0.0, true, false, null]}, "quote \" back \\ slash", "tab\tnew\nline\r\b\f\u0001\u007f", "é ü ß", "😀 𝄞", {"nested": {"x": ["", "y"]}, "k": "v"}]""";
        var start = new ProcessStartInfo("python3", ["-c", "import json, sys\nfor v in json.load(sys.stdin): print(len(json.dumps(v)))"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using var python = Process.Start(start)!;
        python.StandardInput.Write(Values);
        python.StandardInput.Close();
        var expected = python.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        python.WaitForExit();

        Assert.Equal(expected, JsonNode.Parse(Values)!.AsArray().Select(PythonJson.Length).ToList());
    }

    [Fact]
    public void An_end_node_forgets_the_conversation_details_and_entities_but_the_user_details_stay()
    {
        var bot = CheckOrderSetting(
            "{'conversation_details': {'n': str(int(body['conversation_details'].get('n', '0')) + 1)}, 'user_details': {'n': str(int(body['user_details'].get('n', '0')) + 1)}}",
            says: "Conversation run ${conversation.n}, user run ${user_details.n}.");

        var transcript = Converse(bot, new ConversationSettings(), "check my order", "check my order");

        Assert.Contains("bot: Conversation run 1, user run 1.\n", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Conversation run 1, user run 2.\n", transcript, StringComparison.Ordinal);
        Assert.Contains("note: OK is an end node: the conversation is over, its entities and details forgotten\n", transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met porting a utility bot: a script returned json.dumps({'final_response': {...}}); no status, so no rule matched
    /// (or a 'not exists' branch did), and the transcript showed the output without saying why nothing saw it.
    /// </summary>
    [Theory]
    [InlineData("dict(final_response={'status': True})", "note: CHECK's output has no 'status': its outputs are wrapped in 'final_response', which the platform does not unwrap (BF0238)\n")]
    [InlineData("{'ok': True}", "note: CHECK's output has no 'status', which a script returns (true or false) for the rules to read\n")]
    public void An_output_without_status_is_noted(string body, string note)
    {
        var script = $"import json\n\ndef main(event, context):\n    result = {body}\n    return {{'statusCode': 200, 'body': json.dumps(result)}}\n";
        var bot = Compiled(new RuleExample(ExampleBots.CheckOrder) { Files = new Dictionary<string, string> { ["scripts/check.py"] = script } }).Model!;

        var transcript = Converse(bot, new ConversationSettings(), "check my order");

        Assert.Contains(note, transcript, StringComparison.Ordinal);
        Assert.Contains("no rule of CHECK matched its output", transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met breaking a hotel port's tests: the reservation read was stubbed as get_contact, so the get_record stub
    /// answered without the reservation's fields, and the bot said "Booking HB-204518: ,  nights from  ()." with no
    /// word why. A placeholder without a value is still shown empty, and the turn says so, once per placeholder.
    /// </summary>
    [Fact]
    public void A_placeholder_without_a_value_is_noted()
    {
        var bot = CheckOrderSetting("{'eta': 'Friday'}", says: "Arrives ${output.eta}, carrier ${output.carrier}, for ${user_details.tier} ${output.carrier}.", outputs: "[status, eta, carrier]");

        var transcript = Converse(bot, new ConversationSettings(), "check my order");

        Assert.Contains("bot: Arrives Friday, carrier , for  .\n", transcript, StringComparison.Ordinal);
        Assert.Contains("note: ${output.carrier} has no value here, so it is shown empty: CHECK's output has no 'carrier'\n", transcript, StringComparison.Ordinal);
        Assert.Contains("note: ${user_details.tier} has no value here, so it is shown empty: the user's details have no 'tier'\n", transcript, StringComparison.Ordinal);
        Assert.Single(transcript.Split('\n'), line => line.Contains("${output.carrier}", StringComparison.Ordinal));
        Assert.DoesNotContain("${output.eta}", transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met breaking an airline bot: a script returned 'gate': None, and the note said its output had no 'gate', sending
    /// the author to look for a key that was there.
    /// </summary>
    [Fact]
    public void A_placeholder_whose_output_is_null_is_noted_as_null()
    {
        var bot = CheckOrderSetting("{'eta': 'Friday', 'carrier': None}", says: "Arrives ${output.eta}, carrier ${output.carrier}.", outputs: "[status, eta, carrier]");

        var transcript = Converse(bot, new ConversationSettings(), "check my order");

        Assert.Contains("bot: Arrives Friday, carrier .\n", transcript, StringComparison.Ordinal);
        Assert.Contains("note: ${output.carrier} has no value here, so it is shown empty: CHECK's output gives 'carrier' as null\n", transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// The check-order bot, its script setting <paramref name="set"/> (a Python dict) beside status; OK says
    /// <paramref name="says"/> and, unless <paramref name="okEnds"/> is false, is an end node.
    /// </summary>
    private static BotForge.Model.BotModel CheckOrderSetting(string set, bool okEnds = true, string says = "All good.", string outputs = "[status]")
    {
        var script = $"import json\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    result = {{'status': True}}\n    result.update({set})\n    return {{'statusCode': 200, 'body': json.dumps(result)}}\n";
        var flow = ExampleBots.CheckOrder.Replace("    end: true\n    bot_says: All good.", (okEnds ? "    end: true\n" : string.Empty) + $"    bot_says: \"{says}\"", StringComparison.Ordinal)
            .Replace("outputs: [status]", $"outputs: {outputs}", StringComparison.Ordinal);
        return Compiled(new RuleExample(flow) { Files = new Dictionary<string, string> { ["scripts/check.py"] = script } }).Model!;
    }
}
