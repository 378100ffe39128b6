using System.Globalization;
using System.Text;

namespace BotForge.Text;

/// <summary>
/// Text for a terminal or a log, where a control character in author text or a file name must not act: escape
/// sequences would recolour or rewrite the screen, a line break would forge a line (<c>::error …</c> in CI logs).
/// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional overrides are shown
/// as escapes (<c>\n</c>, <c>\e</c>, <c>\u{202E}</c>); everything else is left as it is.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\u001b' => @"\e",
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $@"\u{{{(int)c:X4}}}"),
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    /// <summary>
    /// The text, or its start and "..." when it is longer than <paramref name="max"/> UTF-16 units (the result is never
    /// longer), cut between characters as users see them: never inside an emoji (a lone surrogate) or between a
    /// letter and its marks.
    /// </summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..CutBefore(text, max - 3)] + "...";

    /// <summary>
    /// Where to cut <paramref name="text"/> to keep at most <paramref name="max"/> UTF-16 units: the last boundary
    /// between characters as users see them (never inside an emoji, never between a letter and its marks).
    /// </summary>
    public static int CutBefore(string text, int max)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > max)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
