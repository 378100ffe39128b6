using System.Diagnostics;

namespace BotForge.Tests.Support;

/// <summary>Bots written by the benchmark generator, tools/make_synthetic_bot.py.</summary>
internal static class SyntheticBot
{
    /// <summary>A temporary folder holding a synthetic bot of <paramref name="nodes"/> nodes.</summary>
    internal static TempProject Generated(int nodes)
    {
        var project = new TempProject();
        Generate(project.Root, nodes);
        return project;
    }

    internal static void Generate(string folder, int nodes)
    {
        var start = new ProcessStartInfo("python3", [Repo.Path_("tools", "make_synthetic_bot.py"), folder, "--nodes", nodes.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
