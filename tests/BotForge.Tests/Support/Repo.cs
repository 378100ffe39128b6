namespace BotForge.Tests.Support;

/// <summary>Paths inside the repository, found from the test binary's location.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string ExampleBot => Path.Combine(Root, "bots", "acme-support");

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
