using BotForge.Tests.Support;

namespace BotForge.Tests.Cli;

/// <summary>
/// validate checks the conversation tests against the bot, as test does before running any and as the editor shows
/// them; build, whose bundle holds no tests, does not.
/// </summary>
public sealed class ValidateTestsTests
{
    [Fact]
    public void A_test_naming_a_node_the_bot_does_not_have_fails_validate_and_not_build()
    {
        using var bot = TempProject.CopyOf(Repo.ExampleBot);
        bot.Write("tests/renamed.yaml", "conversations:\n  - name: greets\n    turns:\n      - user: hi\n        expect: { node: WELCOME }\n");

        var validate = CliRun.Of(bot.Root, "validate", ".");
        var build = CliRun.Of(bot.Root, "build", ".");

        Assert.Equal(1, validate.ExitCode);
        Assert.Equal("./tests/renamed.yaml:5:25: error BF0301: no node has the system name 'WELCOME'\nacme_support: 1 error, 0 warnings\n", validate.Error);
        Assert.True(build.ExitCode == 0, build.Error);
    }
}
