namespace BotForge.Tests.Support;

/// <summary>Paths inside the repository, found from the test binary's location.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string ExampleBot => Path.Combine(Root, "bots", "acme-support");

    /// <summary>The example bot's YAML files, relative to it with '/' (its dist/ left out), in ordinal order.</summary>
    public static IReadOnlyList<string> ExampleBotFiles { get; } = [.. Directory.GetFiles(ExampleBot, "*.yaml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(ExampleBot, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith("dist/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    /// <summary>How many cases a property test samples: BOTFORGE_PROPERTY_ITERATIONS, else 150 (each test says what share it takes).</summary>
    public static long PropertyIterations =>
        long.TryParse(Environment.GetEnvironmentVariable("BOTFORGE_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : 150;

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotForge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (BotForge.sln) above " + AppContext.BaseDirectory);
    }
}
