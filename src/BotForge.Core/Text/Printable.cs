using System.Globalization;
using System.Text;

namespace BotForge.Text;

/// <summary>
/// Text for a terminal or a log, where a control character in author text or a file name must not act: escape
/// sequences would recolour or rewrite the screen, a line break would forge a line (<c>::error …</c> in CI logs).
/// C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional controls and the
/// characters that show as nothing (a zero-width space, a soft hyphen, a word joiner, a Hangul filler…) are shown as
/// escapes (<c>\n</c>, <c>\e</c>, <c>\u{202E}</c>, <c>\u{200B}</c>): none may act on a terminal, nor hide from a reader
/// that two texts differ ("hello" and "hel\u{200B}lo"). The joiners scripts and emoji need (U+200C, U+200D) and
/// variation selectors are left, as is everything else.
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
            if (EscapeOf(c) is { } escape)
            {
                result.Append(escape);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>How <see cref="Escape"/> writes <paramref name="c"/>, or null for a character shown as it is.</summary>
    public static string? EscapeOf(char c) => c switch
    {
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        '\u001b' => @"\e",
        _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $@"\u{{{(int)c:X4}}}"),
        _ => null,
    };

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

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || IsBidiControl(c) || ShowsAsNothing(c);

    /// <summary>A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): it reorders the text that follows.</summary>
    public static bool IsBidiControl(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>
    /// A character that shows as nothing: the bidirectional marks (U+061C, U+200E, U+200F), the zero-width space, the
    /// word joiner and the invisible operators (U+2060–U+2064), the byte order mark, the soft hyphen, the combining
    /// grapheme joiner, the Mongolian vowel separator, the Hangul fillers and Khmer's inherent vowels.
    /// </summary>
    public static bool ShowsAsNothing(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E' or '\u200B' or '\u200E' or '\u200F'
            or '\u3164' or '\uFEFF' or '\uFFA0' || (c >= '\u2060' && c <= '\u2064');
}
