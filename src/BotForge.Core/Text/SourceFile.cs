namespace BotForge.Text;

/// <summary>A source file's text, its display path and a lazily built line index.</summary>
public sealed class SourceFile
{
    private int[]? _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The path shown to users (forward slashes, relative to where the command ran).</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>1-based line and column of a character offset. CRLF, CR and LF all end a line.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>The character offset of a 1-based line and column, clamped to the line's text (an editor's position).</summary>
    public int GetOffset(int line, int column)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        if (line < 1)
        {
            return 0;
        }

        if (line > starts.Length)
        {
            return Text.Length;
        }

        var start = starts[line - 1];
        var length = GetLineText(line).Length;
        return start + Math.Clamp(column - 1, 0, length);
    }

    /// <summary>The span within this file's text: both ends clamped to it, the end never before the start.</summary>
    public TextSpan Clamp(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Text.Length);
        return new TextSpan(start, Math.Clamp(span.End, start, Text.Length));
    }

    /// <summary>The text a span covers (clamped to the file, as <see cref="Clamp"/>).</summary>
    public string GetText(TextSpan span)
    {
        var clamped = Clamp(span);
        return Text[clamped.Start..clamped.End];
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string GetLineText(int line)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        if (line < 1 || line > starts.Length)
        {
            return string.Empty;
        }

        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
