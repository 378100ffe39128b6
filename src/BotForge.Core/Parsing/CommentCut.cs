using BotForge.Diagnostics;
using BotForge.Text;

namespace BotForge.Parsing;

/// <summary>
/// A plain value followed on its line by a '#' with no space after it: <c>bot_says: Press #1 for billing</c>,
/// <c>Your ticket #${output.case_id} is open</c>. YAML starts a comment at a '#' after a space, so the value ends
/// before it ("Press") and the rest of the line is gone, with nothing said. A comment is written with a space after
/// its '#' (yamllint's default asks for one); without it, the '#' was meant as text. Both readers ask here, so they
/// report alike.
/// </summary>
internal static class CommentCut
{
    /// <summary>
    /// The diagnostic for a plain value when a comment that starts with '#' and then a character that is not a space
    /// follows it on its line; else null.
    /// </summary>
    /// <param name="file">The file read.</param>
    /// <param name="start">Where the value starts in the file's text.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="value">The value as read.</param>
    /// <param name="inFlow">Inside [ ] or { }, where the text meant runs to the next ',', ']' or '}'.</param>
    public static Diagnostic? Find(SourceFile file, int start, int end, string value, bool inFlow)
    {
        var text = file.Text;
        var hash = end;
        while (hash < text.Length && text[hash] is ' ' or '\t')
        {
            hash++;
        }

        if (hash == end || hash + 1 >= text.Length || text[hash] != '#' || char.IsWhiteSpace(text[hash + 1]))
        {
            return null;
        }

        var lineEnd = text.AsSpan(hash).IndexOfAny('\n', '\r') is var n and >= 0 ? hash + n : text.Length;
        var comment = text[hash..lineEnd].TrimEnd(' ', '\t');
        var rest = inFlow && comment.IndexOfAny([',', ']', '}']) is var stop and >= 0 ? comment[..stop].TrimEnd(' ', '\t') : comment;
        var meant = value.Length == 0 ? rest : value + text[end..hash] + rest;
        var cut = value.Length == 0 ? "empty" : $"only '{Printable.Shorten(value, 40)}'";
        var quote = meant.Length <= 100 ? $": {YamlText.DoubleQuoted(meant)}" : ", the '#' and what follows it too";
        return SyntaxDiagnostics.CommentCut(new SourceLocation(file, new TextSpan(hash, hash + comment.Length)), Printable.Shorten(comment, 60), cut,
            $"put the whole value in quotes{quote}; for a comment, write a space after '#'") with
        {
            Fix = new Replacement(new TextSpan(value.Length == 0 ? hash : start, hash + rest.Length), YamlText.DoubleQuoted(meant)),
        };
    }
}
