using System.Text;
using BotForge.Text;

namespace BotForge.Diff;

/// <summary>
/// Author text made inert for a GitHub comment: HTML is escaped, the Markdown punctuation that can start emphasis, code, links,
/// headings or table cells is backslash-escaped,
/// line breaks become <c>&lt;br&gt;</c>, <c>@</c> (and <c>#</c> or <c>GH-</c> before a digit) is followed by a zero-width space so
/// no text mentions anyone or links (and so marks) an issue, a <c>$</c> is in a span so no two start math, and what
/// shows as nothing or acts on a screen (controls, bidirectional overrides, zero-width spaces) is shown escaped in a
/// code span, as the text format shows it.
/// </summary>
public static class Markdown
{
    private const string Punctuation = "\\`*_{}[]#|~";

    public static string Text(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        text = text.ReplaceLineEndings("\n");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '@': result.Append("@&#8203;"); break;
                case '\n': result.Append("<br>"); break;
                // `#42` (`acme/shop#42`) and `GH-42` link the repository's issue 42 and list the comment on it, each time it is edited.
                case '#' when i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]): result.Append("\\#&#8203;"); break;
                case '-' when i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && IsGh(text, i): result.Append("-&#8203;"); break;
                // GitHub reads text between two dollars as math ("$5-$10" shows as 5−10; a backslash does not stop it);
                // its documentation's way out is a dollar in a span.
                case '$': result.Append("<span>$</span>"); break;
                default:
                    // What shows as nothing or acts on the reader's screen (a control, a bidirectional override, a
                    // zero-width space) is shown as the text format shows it, in a code span: a change of only such
                    // characters must not look like no change ("hello" and "hel\u{200B}lo").
                    if (Printable.EscapeOf(c) is { } escape)
                    {
                        result.Append('`').Append(escape).Append('`');
                        break;
                    }

                    if (Punctuation.Contains(c, StringComparison.Ordinal))
                    {
                        result.Append('\\');
                    }

                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Whether the '-' at <paramref name="dash"/> ends the word GH, which before a number GitHub links to that issue as it does #42.</summary>
    private static bool IsGh(string text, int dash) =>
        dash >= 2 && text.AsSpan(dash - 2, 2).Equals("gh", StringComparison.OrdinalIgnoreCase) && (dash == 2 || !char.IsLetterOrDigit(text[dash - 3]));

    /// <summary>An inline code span that holds any text: a fence longer than its longest run of backticks.</summary>
    public static string Code(string text)
    {
        text = text.ReplaceLineEndings(" ");
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    /// <summary>A fenced block that no line of <paramref name="text"/> can close.</summary>
    public static string Block(string language, string text)
    {
        var longest = 2;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var run = trimmed.TakeWhile(c => c == '`').Count();
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return $"{fence}{language}\n{text.TrimEnd('\n')}\n{fence}\n";
    }

    /// <summary>A word-level diff: deleted words struck through, inserted ones underlined.</summary>
    public static string WordDiff(string old, string @new)
    {
        var result = new StringBuilder();
        foreach (var segment in TextDiff.Words(old, @new))
        {
            result.Append(segment.Kind switch
            {
                SegmentKind.Deleted => "<del>" + Text(segment.Text) + "</del>",
                SegmentKind.Inserted => "<ins>" + Text(segment.Text) + "</ins>",
                _ => Text(segment.Text),
            });
        }

        return result.ToString();
    }
}
