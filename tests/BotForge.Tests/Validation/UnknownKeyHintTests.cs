using BotForge.Tests.Support;

namespace BotForge.Tests.Validation;

/// <summary>BF0101's hint for a text cut at a comma inside { }, a YAML quoting mistake, instead of "fix its spelling".</summary>
public sealed class UnknownKeyHintTests
{
    private const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n";

    [Fact]
    public void A_value_cut_at_a_comma_in_a_flow_mapping_asks_for_quotes()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    turns:\n      - user: hello\n        expect: { says: Sorry, that is not a valid priority. }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal((5, 32), found.Location!.Start);
        Assert.Equal("unknown key 'that is not a valid priority.' in 'expect': inside { } a comma ends a value, so the text of 'says' was cut in two", found.Message);
        Assert.Equal("put the value in quotes: says: \"Sorry, that is not a valid priority.\"", found.Hint);
    }

    [Fact]
    public void A_misspelt_key_in_a_flow_mapping_still_gets_the_spelling_hint()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow),
            ("tests/t.yaml", "conversations:\n  - name: x\n    turns:\n      - user: hello\n        expect: { node: A, sayz: Hi }\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0101");

        Assert.Equal("did you mean 'says'?", found.Hint);
    }
}
