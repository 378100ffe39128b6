namespace BotForge.Cli.Output;

/// <summary>
/// A file's path as code hosts read the paths of reports (GitHub's annotations and code scanning): from the
/// repository's root, not from the working folder of the step that ran BotForge (actions/runner#765). A bot
/// validated from its own folder (`working-directory: bots/acme`, or PROJECT left out there) is reported on
/// bots/acme/…, not on a file of the same name at the root.
/// </summary>
internal static class RepositoryPath
{
    /// <summary>
    /// <paramref name="path"/> (as shown: relative to <paramref name="workingDirectory"/>, or absolute) from the runner's
    /// workspace (GITHUB_WORKSPACE) when the file is in it, else from the root of the git repository holding it, else
    /// as shown.
    /// </summary>
    public static string Of(string path, string workingDirectory, string? workspace)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        foreach (var root in new[] { workspace, GitRepository.RootOf(Path.GetDirectoryName(full) ?? full) })
        {
            if (!string.IsNullOrEmpty(root) && Path.GetRelativePath(Path.GetFullPath(root), full) is var relative
                && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return path;
    }
}
