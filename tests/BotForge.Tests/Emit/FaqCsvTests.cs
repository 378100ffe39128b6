using BotForge.Emit;

namespace BotForge.Tests.Emit;

public sealed class FaqCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-5 off", "'-5 off")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Csv_field_is_quoted_and_never_a_spreadsheet_formula(string value, string expected)
    {
        Assert.Equal(expected, FaqCsvWriter.Field(value));
    }

    /// <summary>
    /// The platform's FAQ import takes one row per FAQ node: "node name should be unique", and a node's several
    /// user says go in one field, separated by '|' (was: a row per question, the node's name repeated, which the
    /// import's upsert takes as one node per row).
    /// </summary>
    [Fact]
    public void An_faq_is_one_row_with_its_questions_joined_by_a_pipe()
    {
        using var project = Support.TempProject.With(
            ("stories/main/flow.yaml", "nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n"),
            ("faq.yaml", "faq:\n  - id: HOURS\n    questions: [when are you open, opening hours, \"are you open on Sunday, too?\"]\n    answer: Nine to five.\n"
                + "  - id: RETURNS\n    questions: [can I return an item]\n    answer: [Within 30 days., Want a label?]\n    quick_replies: [Yes, No]\n"));

        var csv = System.Text.Encoding.UTF8.GetString(Compilation.Create(project.Root, ".").Emit()!.Single(f => f.Path == "faq.csv").Content);

        Assert.Equal(
            """
            node_name,question,answer,quick_replies,link_text,link_button,link_url
            HOURS,"when are you open|opening hours|are you open on Sunday, too?",Nine to five.,,,,
            RETURNS,can I return an item,Within 30 days.<m>Want a label?,Yes|No,,,

            """, csv);
    }
}

/// <summary>A repeated utterance (BF2012) is a warning, and what is emitted keeps the first of each.</summary>
public sealed class RepeatedUtteranceEmitTests
{
    [Fact]
    public void The_bundle_and_the_faq_csv_keep_one_of_each_repeated_utterance()
    {
        using var project = Support.TempProject.With(
            ("stories/main/flow.yaml", "nodes:\n  - id: THANKS\n    start: true\n    end: true\n    user_says: [thank you, thanks a lot, Thank you!]\n    bot_says: You're welcome.\n"),
            ("faq.yaml", "faq:\n  - id: HOURS\n    questions: [when are you open, opening hours, When are you open?]\n    answer: Nine to five.\n"));
        var compilation = Compilation.Create(project.Root, ".");

        var files = compilation.Emit()!;
        var bundle = System.Text.Json.Nodes.JsonNode.Parse(files.Single(f => f.Path == "bot.json").Content)!;
        var csv = System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "faq.csv").Content);

        Assert.Equal(2, compilation.Validate().Count(d => d.Code == "BF2012"));
        var node = bundle["stories"]!.AsArray().SelectMany(s => s!["sub_stories"]!.AsArray()).SelectMany(s => s!["nodes"]!.AsArray()).Single(n => (string?)n!["system_name"] == "THANKS")!;
        Assert.Equal(["thank you", "thanks a lot"], node["user_says"]!["en"]!.AsArray().Select(u => (string)u!));
        Assert.Equal("HOURS,when are you open|opening hours,Nine to five.,,,,", csv.Split('\n')[1]);
    }
}
