using BotForge.Project;

namespace BotForge.Tests.Project;

public sealed class FolderPathTests
{
    [Theory]
    [InlineData("bot.json", "/tmp/out/bot.json")]
    [InlineData("scripts/A.py", "/tmp/out/scripts/A.py")]
    [InlineData("../bot.json", null)]
    [InlineData("/etc/passwd", null)]
    [InlineData("scripts/../../x", null)]
    // A name from a release's manifest or a tree is data: one with a NUL is refused, not the runtime's ArgumentException.
    [InlineData("a\0b.json", null)]
    public void A_path_is_inside_the_folder_or_refused(string relative, string? expected)
    {
        Assert.Equal(expected, FolderPath.Inside("/tmp/out", relative));
    }
}
