namespace BotForge.Text;

/// <summary>
/// <c>file:</c> URIs (RFC 8089) of local paths, for editors (the language server) and code-scanning services (SARIF).
/// <see cref="Uri"/>'s own constructor reads a path as if it were already escaped: a folder named <c>50%41off</c>
/// became <c>50Aoff</c>, another folder, so an editor was told about files it never opened. Here every character of a
/// path is data: each segment is escaped as RFC 3986 data (as VS Code writes file URIs), and a URI is read back by
/// unescaping exactly once.
/// </summary>
public static class FileUri
{
    /// <summary>The URI of a fully qualified path (<c>/tmp/my bot (2)</c> → <c>file:///tmp/my%20bot%20%282%29</c>).</summary>
    public static string FromPath(string fullPath)
    {
        var segments = fullPath.Replace('\\', '/').TrimStart('/').Split('/');
        var escaped = segments.Select((s, i) => i == 0 && IsDrive(s) ? s : Uri.EscapeDataString(s));
        return "file:///" + string.Join('/', escaped);
    }

    /// <summary>
    /// The local path a <c>file:</c> URI names (its host empty or <c>localhost</c>), or null for any other URI, a
    /// remote host's file, or one that names no path this machine could open (a NUL in it).
    /// </summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile
            || parsed.Host is not ("" or "localhost"))
        {
            return null;
        }

        // AbsolutePath keeps the escapes as written (LocalPath unescapes them), so each is undone once.
        var path = Uri.UnescapeDataString(parsed.AbsolutePath);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        // file:///C:/bot on Windows is C:/bot, not /C:/bot.
        return path.Length >= 3 && path[0] == '/' && IsDrive(path[1..3]) ? path[1..] : path;
    }

    private static bool IsDrive(string segment) => segment.Length == 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':';
}
