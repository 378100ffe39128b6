namespace BotForge.Cli;

/// <summary>
/// Where a git repository's work tree starts, as git finds it: a folder holding <c>.git</c> (a folder, or a file for a
/// worktree or a submodule). Found on disk, without running git.
/// </summary>
internal static class GitRepository
{
    public static bool IsRoot(string folder) => Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"));

    /// <summary>The root of the repository holding <paramref name="path"/>, or null outside any.</summary>
    public static string? RootOf(string path)
    {
        for (var folder = new DirectoryInfo(path); folder is not null; folder = folder.Parent)
        {
            if (IsRoot(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
