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
    public void The_details_a_response_sets_are_held_to_the_platforms_limits(string set, string? error)
    {
        var transcript = Converse(CheckOrderSetting(set), new ConversationSettings(), "check my order");

        if (error is null)
        {
            Assert.Contains("bot: All good.\n", transcript, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("understood: bot break: CHECK failed: " + error + " (confidence", transcript, StringComparison.Ordinal);
            Assert.Contains("; failed: " + error + "\n", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("All good.", transcript, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_conversation_details_kept_over_turns_may_not_pass_2500_characters()
    {
        // Each run adds a key of 400 characters: six fit (2,460 characters as JSON), the seventh does not (2,870).
        var bot = CheckOrderSetting("{'conversation_details': {'k%d' % len(body['conversation_details']): 'x' * 400}}");

        var transcript = Converse(bot, new ConversationSettings(), [.. Enumerable.Repeat("check my order", 7)]);

        Assert.Equal(6, transcript.Split("bot: All good.\n").Length - 1);
        Assert.Contains("understood: bot break: CHECK failed: conversation_details would hold 2,870 characters (as json.dumps writes it); the platform keeps at most 2,500", transcript, StringComparison.Ordinal);
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

    /// <summary>The check-order bot, its script setting <paramref name="set"/> (a Python dict) beside status.</summary>
    private static BotForge.Model.BotModel CheckOrderSetting(string set)
    {
        var script = $"import json\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    result = {{'status': True}}\n    result.update({set})\n    return {{'statusCode': 200, 'body': json.dumps(result)}}\n";
        return Compiled(new RuleExample(ExampleBots.CheckOrder) { Files = new Dictionary<string, string> { ["scripts/check.py"] = script } }).Model!;
    }
}
