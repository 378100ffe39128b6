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
}
