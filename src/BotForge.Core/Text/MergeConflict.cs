namespace BotForge.Text;

/// <summary>
/// git's conflict markers, left in a file by a merge that stopped on a conflict. A file holding them is no longer the
/// language it was (YAML, Python), and its parser's complaint would not say why.
/// </summary>
public static class MergeConflict
{
    public const string Hint = "keep what you want of both sides, delete the three marker lines, then 'git add' the file";

    /// <summary>What to say of a <paramref name="what"/> ("file", "script") that has them.</summary>
    public static string Message(string what) => $"the {what} has an unresolved merge conflict (git's '<<<<<<<', '=======' and '>>>>>>>' lines)";

    /// <summary>
    /// Where the markers start: a line starting with '&lt;&lt;&lt;&lt;&lt;&lt;&lt;', then one that is '=======', then
    /// one starting with '&gt;&gt;&gt;&gt;&gt;&gt;&gt;' (null without all three, in that order).
    /// </summary>
    public static int? Start(string text)
    {
        var start = text.StartsWith("<<<<<<<", StringComparison.Ordinal) ? 0 : text.IndexOf("\n<<<<<<<", StringComparison.Ordinal) is var line and >= 0 ? line + 1 : -1;
        if (start < 0)
        {
            return null;
        }

        var middle = text.IndexOf("\n=======", start, StringComparison.Ordinal);
        if (middle < 0 || (middle + 8 < text.Length && text[middle + 8] is not ('\n' or '\r')))
        {
            return null;
        }

        return text.IndexOf("\n>>>>>>>", middle, StringComparison.Ordinal) > 0 ? start : null;
    }
}
