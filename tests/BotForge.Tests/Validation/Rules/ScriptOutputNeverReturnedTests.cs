using BotForge.Tests.Support;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Validation.Rules;

/// <summary>
/// BF2054. Met porting an IT helpdesk bot: its status script returned 'last' where the node listed 'latest', and the
/// output node's ${output.latest} showed nothing in every conversation, with validate clean: the outputs were checked
/// against the rules and texts, never against the script.
/// </summary>
public sealed class ScriptOutputNeverReturnedTests
{
    private static readonly string Flow = ExampleBots.CheckOrder.Replace("outputs: [status]", "outputs: [status, eta, carrier]", StringComparison.Ordinal)
        .Replace("bot_says: All good.", "bot_says: Your order arrives ${output.eta} with ${output.carrier}.", StringComparison.Ordinal);

    private static List<BotForge.Diagnostics.Diagnostic> Findings(string body)
    {
        var script = "import json\n\n\ndef main(event, context):\n    body = json.loads(event['body'])\n" + body
            + "    return {'statusCode': 200, 'body': json.dumps(final), 'headers': {'Content-Type': 'application/json'}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/check.py", script));
        return [.. Diagnose.Project(project.Root).Where(d => d.Code == "BF2054")];
    }

    [Fact]
    public void An_output_no_final_response_holds_is_reported_at_its_name_in_the_list()
    {
        var found = Assert.Single(Findings("    final = {'status': True, 'arrival': 'tomorrow', 'carrier': 'DHL'}\n"));

        Assert.Equal((10, 23), found.Location!.Start);
        Assert.Equal("CHECK lists 'eta' among its outputs, but scripts/check.py never returns it (its final responses hold arrival, carrier, status): ${output.eta} shows nothing and a rule on it never holds", found.Message);
        Assert.Equal("return 'eta' in the script's final response, or take it out of outputs:", found.Hint);
    }

    [Theory]
    // Two responses, and keys set one at a time: their union.
    [InlineData("    final = {'status': False}\n    if body:\n        final = {'status': True, 'carrier': 'DHL'}\n        final['etaa'] = 'tomorrow'\n", "etaa")]
    [InlineData("    final = {'status': True}\n    final['carrier'] = 'DHL'\n    final['ETA'] = x\n", "ETA")]
    public void An_output_spelt_otherwise_in_the_script_is_told_the_key_it_returns(string body, string returned)
    {
        var found = Assert.Single(Findings(body));

        Assert.StartsWith("CHECK lists 'eta' among its outputs", found.Message, StringComparison.Ordinal);
        Assert.Equal($"the script returns '{returned}': write the key one way in both", found.Hint);
    }

    [Theory]
    [InlineData("    final = {'status': True, 'eta': 'tomorrow', 'carrier': 'DHL'}\n")]
    [InlineData("    final = {'status': True}\n    final['eta'] = 'tomorrow'\n    final['carrier'] = 'DHL'\n    if final['eta']:\n        pass\n")]
    // Built in ways that may hold any key: not judged.
    [InlineData("    final = {'status': True}\n    final.update(body['conversation_details'])\n")]
    [InlineData("    base = {'carrier': 'DHL'}\n    final = {'status': True, **base}\n")]
    [InlineData("    final = build(body)\n")]
    [InlineData("    final = {'status': True}\n    fill(final)\n")]
    [InlineData("    final = {'status': True}\n    for key in ('eta', 'carrier'):\n        final[key] = 'x'\n")]
    [InlineData("    final = dict(status=True)\n")]
    public void Outputs_every_response_holds_or_responses_built_otherwise_are_not_reported(string body)
    {
        Assert.Empty(Findings(body));
    }
}
