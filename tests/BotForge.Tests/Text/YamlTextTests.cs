using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Tests.Text;

/// <summary>Values written as YAML for hints: what a hint tells the author to write reads back as the text meant.</summary>
public sealed class YamlTextTests
{
    [Theory]
    [InlineData("Press #1 for billing")]
    [InlineData("a \"quoted\" word")]
    [InlineData("C:\\new\\table")]
    [InlineData("two\nlines\tand a tab\r")]
    [InlineData("a bell \u0007, a delete \u007F, a next line \u0085, separators \u2028\u2029, a BOM \uFEFF")]
    [InlineData("Café, don't, नमस्ते, 🙂, ${entity.name}")]
    [InlineData("")]
    public void A_double_quoted_text_reads_back_as_the_text(string text)
    {
        var quoted = YamlText.DoubleQuoted(text);
        var bag = new DiagnosticBag();

        var root = YamlParser.Parse(new SourceFile("f.yaml", $"k: {quoted}\n"), bag);

        Assert.Empty(bag.ToSortedList());
        Assert.Equal(text, ((YamlScalar)((YamlMapping)root!)["k"]!).Value);
    }

    [Fact]
    public void Only_what_yaml_does_not_take_as_written_is_escaped()
    {
        Assert.Equal("\"Café, don't\"", YamlText.DoubleQuoted("Café, don't"));
        Assert.Equal("\"a \\\"b\\\" \\\\ \\n \\u0007\"", YamlText.DoubleQuoted("a \"b\" \\ \n \u0007"));
        Assert.Equal("plain text", YamlText.Item("plain text"));
        Assert.Equal("\"don't\"", YamlText.Item("don't"));
    }
}
