using System.Text.RegularExpressions;
using BotForge.Analysis;

namespace BotForge.Tests.Analysis;

/// <summary>The texts made from a pattern: matched whole by it, its bounded parts as long as they may be, or none.</summary>
public sealed class RegexSampleTests
{
    [Theory]
    [InlineData(@"\d{8}", "12345678")]
    [InlineData(@"\d{8,10}", "1234567890")]
    [InlineData(@"\d{2,}x?", "12x")]
    [InlineData(@"POL-\d{6}", "POL-123456")]
    [InlineData(@"[A-Z]{3}\d{2}", "ABC12")]
    [InlineData(@"[^0-9]", "A")]
    [InlineData(@"[a-z]+@[a-z]+\.com", "a@a.com")]
    [InlineData(@"^(?:yes|no)$", "yes")]
    [InlineData(@"\b(?<!\d)\d{3}(?!\d)\b", "123")]
    [InlineData(@"a\.b\-c", "a.b-c")]
    [InlineData(@"x{0}y", "y")]
    [InlineData(@"(?P<code>\d{4})", "1234")]
    [InlineData(@"(?<code>\d{4})", "1234")]
    [InlineData(@"(?i)\bTRX\d{10}\b", "TRX1234567890")]   // flags for the whole pattern (met porting an Indonesian e-wallet bot)
    [InlineData(@"(?im)^pol-\d{2}$", "pol-12")]
    public void A_sample_is_matched_whole_by_its_pattern(string pattern, string expected)
    {
        var sample = RegexSample.Of(pattern, RegexOptions.CultureInvariant);

        Assert.Equal(expected, sample);
        Assert.Equal(sample, Regex.Match(sample!, BotForge.Python.PythonRegex.ForDotNet(pattern)).Value);
    }

    [Theory]
    [InlineData(@"(\d)\1")]
    [InlineData(@"a(?i)bc")]                   // flags after the start: an error to Python 3.11
    [InlineData(@"(?i:abc)")]                  // flags for a part
    [InlineData(@"\p{Lu}{2}")]
    [InlineData(@"\x41")]
    [InlineData(@"a{100000}")]
    [InlineData(@"((a{1000}){1000}){1000}")]
    [InlineData(@"(?=abc)x")]
    public void A_pattern_it_cannot_read_or_match_gives_none(string pattern) =>
        Assert.Null(RegexSample.Of(pattern, RegexOptions.CultureInvariant));

    [Fact]
    public void Groups_nested_deeper_than_authors_write_them_give_none_rather_than_exhaust_the_stack()
    {
        var deep = new string('(', 100_000) + "a" + new string(')', 100_000);

        Assert.Null(RegexSample.Of(deep, RegexOptions.CultureInvariant));
        Assert.Equal("a", RegexSample.Of(new string('(', 60) + "a" + new string(')', 60), RegexOptions.CultureInvariant));
    }
}
