using BotForge.Text;

namespace BotForge.Tests.Text;

/// <summary>How long a simple pattern's matches can be; no answer for a pattern that is not simple.</summary>
public sealed class RegexWidthsTests
{
    [Theory]
    [InlineData(@"\b\d{8}\b", 8, 8)]
    [InlineData(@"^[A-Z]{3}\d{6}$", 9, 9)]
    [InlineData(@"^500[A-Za-z0-9]{12}$", 15, 15)]
    [InlineData(@"\d{4,6}", 4, 6)]
    [InlineData(@"ORD-?\d{6}", 9, 10)]
    [InlineData(@"[]a\]-]x\.", 3, 3)]
    [InlineData(@"[^0-9]{2}?", 2, 2)]
    [InlineData(@"a.c", 3, 3)]
    [InlineData(@"^$", 0, 0)]
    public void A_simple_patterns_widths_are_those_of_its_matches(string pattern, int min, int max)
    {
        Assert.Equal((min, max), RegexWidths.Of(pattern));
    }

    [Theory]
    [InlineData(@"^500[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$")]
    [InlineData(@"\d+")]
    [InlineData(@"\d*")]
    [InlineData(@"\d{3,}")]
    [InlineData(@"cat|dog")]
    [InlineData(@"(\d)\1")]
    [InlineData(@"\p{L}{3}")]
    [InlineData(@"\x41{3}")]
    [InlineData(@"[a-z[0-9]]")]
    [InlineData(@"[abc")]
    [InlineData(@"a{2,1}")]
    [InlineData(@"a{x}")]
    [InlineData(@"(?i)abc")]
    public void A_pattern_that_is_not_simple_has_no_width(string pattern)
    {
        Assert.Null(RegexWidths.Of(pattern));
    }
}
