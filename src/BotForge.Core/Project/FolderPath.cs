namespace BotForge.Project;

/// <summary>Paths that must stay inside a folder BotForge writes (an output folder, a private temporary folder).</summary>
public static class FolderPath
{
    /// <summary>
    /// The full path of <paramref name="relative"/> inside <paramref name="folder"/> (a full path), or null when it
    /// would leave it (<c>..</c>, an absolute path) or holds a character no path may (NUL).
    /// </summary>
    public static string? Inside(string folder, string relative)
    {
        if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, relative));
        return path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
