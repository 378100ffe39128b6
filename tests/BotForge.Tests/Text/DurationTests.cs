using BotForge.Text;
using BotForge.Tests.Support;

namespace BotForge.Tests.Text;

/// <summary>A follow-up's delay written another way gets the form BotForge reads in its hint.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("20 minutes", "20m")]
    [InlineData("2 min", "2m")]
    [InlineData("90 sec", "1m30s")]
    [InlineData("2M", "2m")]
    [InlineData("1.5m", "1m30s")]
    [InlineData("0.5m", "30s")]
    [InlineData("PT2M30S", "2m30s")]
    [InlineData("2:30", "2m30s")]
    [InlineData("1m 30s", "1m30s")]
    [InlineData("1 hour", "1h")]
    [InlineData("soon", null)]
    [InlineData("1.25s", null)]
    [InlineData("2 minutes later", null)]
    [InlineData("0m", null)]
    public void A_duration_written_another_way_is_read_as_meant(string written, string? meant)
    {
        Assert.Equal(meant, Durations.Meant(written));
        if (meant is not null)
        {
            Assert.NotNull(Durations.ToSeconds(meant));
        }
    }

    [Theory]
    [InlineData("after: 90", "BF0103", "write the delay with its unit, h, m or s: after: 1m30s (90 seconds)")]
    [InlineData("after: 20 minutes", "BF0104", "write a number and a unit, h, m or s: did you mean '20m'?")]
    public void A_delay_written_another_way_gets_the_delay_to_write(string after, string code, string hint)
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            $"nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says:\n      initial: Hi\n      follow_up: {{ {after}, says: Still there? }}\n"));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);

        Assert.Equal(code, found.Code);
        Assert.Equal(hint, found.Hint);
    }
}
