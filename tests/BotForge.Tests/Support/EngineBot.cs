using BotForge.Model;

namespace BotForge.Tests.Support;

/// <summary>tests/BotForge.Tests/Simulation/engine-bot, a bot built to use every engine behaviour, compiled once (without errors) for the tests that talk to it.</summary>
internal static class EngineBot
{
    public static string Folder => Repo.Path_("tests", "BotForge.Tests", "Simulation", "engine-bot");

    private static readonly Lazy<BotModel> Compiled = new(() =>
    {
        var compilation = Compilation.Create(Folder, "engine-bot");
        Assert.DoesNotContain(compilation.Validate(), d => d.IsError);
        return compilation.Model!;
    });

    public static BotModel Model => Compiled.Value;
}
