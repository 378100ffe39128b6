using BotForge.Diff;
using BotForge.Graph;

namespace BotForge.Tests.Diff;

/// <summary>Author text in a pull-request comment or a Mermaid label is text, never markup.</summary>
public sealed class MarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("</details>", "&lt;/details&gt;")]
    [InlineData("**bold** _it_ `code` ~~s~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~")]
    [InlineData("[link](https://x)", "\\[link\\](https://x)")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("ping @acme/team", "ping @&#8203;acme/team")]
    [InlineData("line one\nline two", "line one<br>line two")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("ticket #42, acme/shop#7, C# 10", "ticket \\#&#8203;42, acme/shop\\#&#8203;7, C\\# 10")]
    [InlineData("hel\u200Blo", "hel`\\u{200B}`lo")]
    [InlineData("good \u202Enoonretfa", "good `\\u{202E}`noonretfa")]
    [InlineData("bell\u0007 tab\t", "bell`\\u{0007}` tab`\\t`")]
    [InlineData("👨\u200D👩", "👨\u200D👩")]
    [InlineData("see GH-42, gh-7, GH-x, UGH-5, a-1", "see GH-&#8203;42, gh-&#8203;7, GH-x, UGH-5, a-1")]
    [InlineData("from $5-$10, ${entity.plan}", "from <span>$</span>5-<span>$</span>10, <span>$</span>\\{entity.plan\\}")]
    public void Text_is_escaped(string text, string expected)
    {
        Assert.Equal(expected, Markdown.Text(text));
    }

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x`", "`` `x` ``")]
    public void A_code_span_is_never_closed_by_its_content(string text, string expected)
    {
        Assert.Equal(expected, Markdown.Code(text));
    }

    [Fact]
    public void A_block_fence_is_longer_than_any_fence_inside()
    {
        // " ```" (a context line of a script diff) would close a three-backtick fence; "+```" would not.
        Assert.Equal("````diff\n ```\n+# x\n````\n", Markdown.Block("diff", " ```\n+# x"));
        Assert.Equal("```diff\n+```\n```\n", Markdown.Block("diff", "+```"));
    }

    [Theory]
    [InlineData("Case created", "Case created")]
    [InlineData("say \"hi\"", "say #34;hi#34;")]
    [InlineData("a|b]-->`c`", "a#124;b#93;--#62;#96;c#96;")]
    [InlineData("<b>%%;#", "#60;b#62;#37;#37;#59;#35;")]
    [InlineData("Grüße ✓", "Grüße #10003;")]
    [InlineData("$$x^2$$", "#36;#36;x^2#36;#36;")]
    public void A_mermaid_label_keeps_only_harmless_characters(string text, string expected)
    {
        Assert.Equal(expected, MermaidWriter.Label(text));
    }
}
