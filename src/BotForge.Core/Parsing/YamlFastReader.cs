using System.Globalization;
using System.Text;
using BotForge.Diagnostics;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Parsing;

/// <summary>
/// Reads the plain subset of YAML that bot sources are nearly always written in, straight from the text, into the
/// same tree (the same nodes, values and spans) that <see cref="YamlParser"/> builds from YamlDotNet's events:
/// block mappings and sequences (indented or not), keys of letters, digits, <c>_$./@()+-</c>, inner spaces and
/// ':'s, one-line plain, single- and double-quoted values (the common escapes), one-line flow lists and mappings of
/// such values, comments and blank lines, with Unix or Windows line ends. Anything else — a tab, a lone carriage
/// return, an anchor, an alias, a tag, a block or multi-line scalar, a document marker, a directive, a rare escape,
/// a flow collection over lines, a value that is not valid where it stands, a limit reached — makes it give up, and
/// the file is read by YamlDotNet as before, so every error message and every unusual form stays YamlDotNet's. It
/// exists for speed: YamlDotNet's scanner and parser allocate about thirteen bytes per byte read and look every
/// value up in the runtime's intern table, which does not scale across cores.
/// </summary>
internal sealed class YamlFastReader
{
    private readonly SourceFile _file;
    private readonly string _text;
    private readonly Limits _limits;
    private readonly List<Diagnostic> _found = [];

    /// <summary>A list per nesting depth to gather children in, reused (a node keeps an array of its own).</summary>
    private readonly List<List<YamlNode>> _items = [];
    private readonly List<List<YamlEntry>> _entries = [];

    /// <summary>Values read so far (<see cref="Limits.Values"/>).</summary>
    private long _values;

    /// <summary>The first character of the current content line (not blank, not a comment), or the text's length at its end.</summary>
    private int _at;

    /// <summary>The column of <see cref="_at"/>; -1 at the end of the text.</summary>
    private int _indent;

    private YamlFastReader(SourceFile file, Limits limits)
    {
        _file = file;
        _text = file.Text;
        _limits = limits;
    }

    private bool AtEnd => _indent < 0;

    /// <summary>
    /// Reads <paramref name="file"/> when it is written in the subset: true with its tree and the duplicate keys it
    /// reported; false when YamlDotNet must read it (nothing is reported then). A failure of this reader's own
    /// also leaves the file to YamlDotNet: it can cost speed, never a result.
    /// </summary>
    public static bool TryRead(SourceFile file, Limits limits, out YamlNode? root, out IReadOnlyList<Diagnostic> found)
    {
        try
        {
            return TryReadStrictly(file, limits, out root, out found);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            (root, found) = (null, []);
            return false;
        }
    }

    /// <summary>
    /// For tests and the fuzzer: whether the fast reader takes <paramref name="file"/> (null when it gives up) and
    /// then agrees with YamlDotNet on the tree (nodes, values, styles, tags, spans) and the errors; where it does
    /// not, <paramref name="difference"/> shows both. A failure of the reader's own is thrown, not hidden.
    /// </summary>
    internal static bool? AgreesWithYamlDotNet(SourceFile file, Limits limits, out string? difference)
    {
        difference = null;
        if (!TryReadStrictly(file, limits, out var fast, out var found))
        {
            return null;
        }

        var bag = new DiagnosticBag();
        var expected = YamlParser.ParseWithYamlDotNet(file, bag, limits);
        var (mine, theirs) = (Shape(fast, found), Shape(expected, bag.ToSortedList()));
        if (mine == theirs)
        {
            return true;
        }

        difference = $"--- YamlDotNet ---\n{theirs}\n--- fast reader ---\n{mine}";
        return false;
    }

    /// <summary>A tree and errors as text: node kinds, spans, styles, tags and values in order, then the errors sorted.</summary>
    internal static string Shape(YamlNode? root, IEnumerable<Diagnostic> errors)
    {
        var text = new StringBuilder();
        Write(root);
        foreach (var error in errors.Select(e => e.ToString()).Order(StringComparer.Ordinal))
        {
            text.Append('\n').Append(error);
        }

        return text.ToString();

        void Write(YamlNode? node)
        {
            switch (node)
            {
                case null:
                    text.Append('~');
                    break;
                case YamlScalar scalar:
                    text.Append(CultureInfo.InvariantCulture, $"S{scalar.Span.Start},{scalar.Span.End}:{(scalar.IsPlain ? "plain" : "quoted")}:{scalar.Tag}<{scalar.Value}>");
                    break;
                case YamlSequence sequence:
                    text.Append(CultureInfo.InvariantCulture, $"Q{sequence.Span.Start},{sequence.Span.End}[");
                    foreach (var item in sequence.Items)
                    {
                        Write(item);
                        text.Append(';');
                    }

                    text.Append(']');
                    break;
                case YamlMapping mapping:
                    text.Append(CultureInfo.InvariantCulture, $"M{mapping.Span.Start},{mapping.Span.End}{{");
                    foreach (var entry in mapping.Entries)
                    {
                        Write(entry.Key);
                        text.Append(" => ");
                        Write(entry.Value);
                        text.Append(';');
                    }

                    text.Append('}');
                    break;
            }
        }
    }

    private static bool TryReadStrictly(SourceFile file, Limits limits, out YamlNode? root, out IReadOnlyList<Diagnostic> found)
    {
        root = null;
        found = [];
        var text = file.Text;
        if (text.AsSpan().IndexOfAny(Unsupported) >= 0)
        {
            return false;
        }

        for (var cr = text.IndexOf('\r'); cr >= 0; cr = text.IndexOf('\r', cr + 1))
        {
            if (cr + 1 == text.Length || text[cr + 1] != '\n')
            {
                return false;
            }
        }

        var reader = new YamlFastReader(file, limits);
        try
        {
            reader.SkipToContent(0);
            if (reader.AtEnd)
            {
                return false;
            }

            root = reader.BlockNode(0);
            if (!reader.AtEnd)
            {
                throw new GiveUp();
            }
        }
        catch (GiveUp)
        {
            root = null;
            return false;
        }

        found = reader._found;
        return true;
    }

    /// <summary>
    /// Characters that send a file to YamlDotNet wherever they are: controls but the line feed and carriage return
    /// (tab included), the other line breaks of YAML 1.1, the byte-order mark, U+FFFE and U+FFFF. A carriage return
    /// is taken only before a line feed (Windows line ends).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Unsupported = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);

    /// <summary>Characters a plain value may not start with (YAML's indicators; '-', '?' and ':' start plain values only in forms left to YamlDotNet).</summary>
    private static readonly System.Buffers.SearchValues<char> Indicators = System.Buffers.SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    /// <summary>A block mapping or sequence starting at the current content line.</summary>
    private YamlNode BlockNode(int depth)
    {
        if (IsEntry(_at))
        {
            return Sequence(_indent, depth, indentless: false);
        }

        return Mapping(_at, _indent, depth);
    }

    /// <summary>A block mapping whose first key is at <paramref name="start"/> (column <paramref name="column"/>).</summary>
    private YamlMapping Mapping(int start, int column, int depth)
    {
        Deeper(depth);
        var entries = YamlParser.Gather(_entries, depth);
        Dictionary<string, YamlScalar>? seen = null;
        var keyAt = start;
        while (true)
        {
            var colon = KeyEnd(keyAt);
            if (colon < 0)
            {
                throw new GiveUp();
            }

            var key = Scalar(keyAt, colon, _text.Substring(keyAt, colon - keyAt), isPlain: true, depth + 1);
            YamlNode value;
            var rest = SkipSpaces(colon + 1);
            if (EndsLine(rest))
            {
                SkipToContent(LineAfter(rest));
                if (!AtEnd && _indent > column)
                {
                    value = BlockNode(depth + 1);
                }
                else if (!AtEnd && _indent == column && IsEntry(_at))
                {
                    value = Sequence(column, depth + 1, indentless: true);
                }
                else
                {
                    value = Scalar(colon + 1, colon + 1, string.Empty, isPlain: true, depth + 1);
                    Cut(value.Span, string.Empty);
                }
            }
            else
            {
                value = InlineValue(rest, depth + 1, column);
            }

            Add(entries, ref seen, key, value);

            if (AtEnd || _indent < column)
            {
                break;
            }

            if (_indent > column || IsEntry(_at))
            {
                throw new GiveUp();
            }

            keyAt = _at;
        }

        return Counted(new YamlMapping(new TextSpan(start, AtEnd ? _text.Length : _at), entries));
    }

    /// <summary>A block sequence whose first '-' is the current content line's, at <paramref name="column"/>.</summary>
    private YamlSequence Sequence(int column, int depth, bool indentless)
    {
        Deeper(depth);
        var items = YamlParser.Gather(_items, depth);
        var start = _at;
        while (true)
        {
            var dash = _at;
            var rest = SkipSpaces(dash + 1);
            YamlNode item;
            if (EndsLine(rest))
            {
                SkipToContent(LineAfter(rest));
                if (!AtEnd && _indent > column)
                {
                    item = BlockNode(depth + 1);
                }
                else
                {
                    item = Scalar(dash + 1, dash + 1, string.Empty, isPlain: true, depth + 1);
                    Cut(item.Span, string.Empty);
                }
            }
            else if (IsEntry(rest))
            {
                throw new GiveUp();
            }
            else if (KeyEnd(rest) >= 0)
            {
                item = Mapping(rest, rest - (dash - column), depth + 1);
            }
            else
            {
                item = InlineValue(rest, depth + 1, column);
            }

            items.Add(item);
            if (AtEnd || _indent < column)
            {
                break;
            }

            if (_indent > column)
            {
                throw new GiveUp();
            }

            if (!IsEntry(_at))
            {
                if (indentless)
                {
                    break;
                }

                throw new GiveUp();
            }
        }

        return Counted(new YamlSequence(new TextSpan(start, AtEnd ? _text.Length : _at), items));
    }

    /// <summary>
    /// A value that starts and ends on this line, after a key or a '-' of a block at <paramref name="column"/>; moves
    /// to the next content line, which must not be indented more than the block (a continuation of the value).
    /// </summary>
    private YamlNode InlineValue(int at, int depth, int column)
    {
        int after;
        YamlNode value;
        switch (_text[at])
        {
            case '[':
                value = FlowSequence(at, depth, out after);
                break;
            case '{':
                value = FlowMapping(at, depth, out after);
                break;
            case '\'' or '"':
                value = Quoted(at, depth, out after);
                break;
            default:
                value = BlockPlain(at, depth, out after);
                Cut(value.Span, ((YamlScalar)value).Value);
                break;
        }

        var rest = SkipSpaces(after);
        if (!EndsLine(rest))
        {
            throw new GiveUp();
        }

        SkipToContent(LineAfter(rest));
        if (!AtEnd && _indent > column)
        {
            // A continuation line of the value, or a mistake: YamlDotNet's to read.
            throw new GiveUp();
        }

        return value;
    }

    /// <summary>A plain value in block context: to the end of the line or a comment, without ': ' or a final ':'.</summary>
    private YamlScalar BlockPlain(int at, int depth, out int after)
    {
        if (Indicators.Contains(_text[at]))
        {
            throw new GiveUp();
        }

        var end = at + 1;
        var i = at + 1;
        for (; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is '\n' or '\r' || (c == '#' && _text[i - 1] == ' '))
            {
                break;
            }

            if (c == ':' && (i + 1 == _text.Length || _text[i + 1] is ' ' or '\n' or '\r'))
            {
                throw new GiveUp();
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        after = i;
        return Scalar(at, end, _text.Substring(at, end - at), isPlain: true, depth);
    }

    /// <summary>
    /// A one-line quoted value: single-quoted ('' is a quote) or double-quoted with the escapes of one character
    /// (<c>\" \\ \/ \0 \a \b \t \n \v \f \r \e</c>) and <c>\xXX</c> or <c>\uXXXX</c> outside the surrogates.
    /// </summary>
    private YamlScalar Quoted(int at, int depth, out int after)
    {
        var quote = _text[at];
        StringBuilder? content = null;   // made at the first '' or escape
        var copied = at + 1;
        for (var i = at + 1; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (quote == '"' && c == '\\')
            {
                content ??= new StringBuilder();
                content.Append(_text, copied, i - copied);
                i = Escape(i, content);
                copied = i + 1;
                continue;
            }

            if (c != quote)
            {
                continue;
            }

            if (quote == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
            {
                content ??= new StringBuilder();
                content.Append(_text, copied, i + 1 - copied);
                i++;
                copied = i + 1;
                continue;
            }

            after = i + 1;
            var value = content is null ? _text.Substring(at + 1, i - at - 1) : content.Append(_text, copied, i - copied).ToString();
            return Scalar(at, after, value, isPlain: false, depth);
        }

        throw new GiveUp();
    }

    /// <summary>Appends the character the escape at <paramref name="at"/> stands for; returns the offset of its last character.</summary>
    private int Escape(int at, StringBuilder content)
    {
        var c = at + 1 < _text.Length ? _text[at + 1] : '\n';
        char? simple = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\u001B',
            _ => null,
        };
        if (simple is { } one)
        {
            content.Append(one);
            return at + 1;
        }

        var digits = c switch { 'x' => 2, 'u' => 4, _ => throw new GiveUp() };
        if (at + 2 + digits > _text.Length
            || !int.TryParse(_text.AsSpan(at + 2, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || _text.AsSpan(at + 2, digits).ContainsAnyExcept(HexDigits)
            || char.IsSurrogate((char)code))
        {
            throw new GiveUp();
        }

        content.Append((char)code);
        return at + 1 + digits;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary><c>[a, 'b', c d]</c> on one line; its span ends at the ']', as YamlDotNet's does.</summary>
    private YamlSequence FlowSequence(int at, int depth, out int after)
    {
        Deeper(depth);
        var items = YamlParser.Gather(_items, depth);
        var i = SkipSpaces(at + 1);
        if (i < _text.Length && _text[i] == ']')
        {
            after = i + 1;
            return Counted(new YamlSequence(new TextSpan(at, i), items));
        }

        while (true)
        {
            items.Add(FlowNode(i, depth + 1, out i));
            if (Closed(ref i, ']'))
            {
                after = i + 1;
                return Counted(new YamlSequence(new TextSpan(at, i), items));
            }
        }
    }

    /// <summary><c>{ a: 1, b: x }</c> on one line (a key alone has an empty value at the next ',' or '}'); its span ends at the '}'.</summary>
    private YamlMapping FlowMapping(int at, int depth, out int after)
    {
        Deeper(depth);
        var entries = YamlParser.Gather(_entries, depth);
        Dictionary<string, YamlScalar>? seen = null;
        var i = SkipSpaces(at + 1);
        if (i < _text.Length && _text[i] == '}')
        {
            after = i + 1;
            return Counted(new YamlMapping(new TextSpan(at, i), entries));
        }

        while (true)
        {
            if (i >= _text.Length || _text[i] is '\'' or '"')
            {
                throw new GiveUp();
            }

            var key = FlowValue(i, depth + 1, out i);
            i = SkipSpaces(i);
            YamlNode value;
            if (i < _text.Length && _text[i] == ':' && i + 1 < _text.Length && _text[i + 1] == ' ')
            {
                var start = SkipSpaces(i + 1);
                if (start >= _text.Length || _text[start] is ',' or '}')
                {
                    throw new GiveUp();
                }

                value = FlowNode(start, depth + 1, out i);
                i = SkipSpaces(i);
            }
            else
            {
                value = Scalar(i, i, string.Empty, isPlain: true, depth + 1);
            }

            Add(entries, ref seen, key, value);

            if (Closed(ref i, '}'))
            {
                after = i + 1;
                return Counted(new YamlMapping(new TextSpan(at, i), entries));
            }
        }
    }

    /// <summary>
    /// After an item of a flow collection: true at its closing <paramref name="close"/> (<paramref name="i"/> on
    /// it); false past a ',' (<paramref name="i"/> on the next item). Anything else leaves the subset.
    /// </summary>
    private bool Closed(ref int i, char close)
    {
        i = SkipSpaces(i);
        if (i < _text.Length && _text[i] == close)
        {
            return true;
        }

        if (i >= _text.Length || _text[i] != ',')
        {
            throw new GiveUp();
        }

        i = SkipSpaces(i + 1);
        return false;
    }

    /// <summary>Adds an entry to a mapping, or reports its key as a duplicate (BF0011) and drops it, as <see cref="YamlParser"/> does.</summary>
    private void Add(List<YamlEntry> entries, ref Dictionary<string, YamlScalar>? seen, YamlScalar key, YamlNode value)
    {
        if (YamlParser.Earlier(entries, ref seen, key.Value) is { } first)
        {
            _found.Add(SyntaxDiagnostics.Duplicate(key.LocationIn(_file), key.Value, first.LocationIn(_file).Start.Line));
            return;
        }

        seen?.Add(key.Value, key);
        entries.Add(new YamlEntry(key, value));
    }

    /// <summary>A list, a mapping, or a quoted or plain value inside [ ] or { }.</summary>
    private YamlNode FlowNode(int at, int depth, out int after) =>
        at >= _text.Length ? throw new GiveUp() : _text[at] switch
        {
            '[' => FlowSequence(at, depth, out after),
            '{' => FlowMapping(at, depth, out after),
            '\'' or '"' => Quoted(at, depth, out after),
            _ => FlowValue(at, depth, out after),
        };

    /// <summary>A plain value inside [ ] or { }: it ends before ',', ']', '}' or a ':' that a space or one of those follows, and holds no '#', '[' or '{'.</summary>
    private YamlScalar FlowValue(int at, int depth, out int after)
    {
        if (Indicators.Contains(_text[at]) || _text[at] is '\n' or '\r' or ' ')
        {
            throw new GiveUp();
        }

        var end = at + 1;
        var i = at + 1;
        for (; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is ',' or ']' or '}' || (c == ':' && (i + 1 == _text.Length || _text[i + 1] is ' ' or '\n' or '\r' or ',' or '[' or ']' or '{' or '}')))
            {
                break;
            }

            if (c is '\n' or '\r' or '#' or '[' or '{')
            {
                throw new GiveUp();
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        after = end;
        return Scalar(at, end, _text.Substring(at, end - at), isPlain: true, depth);
    }

    /// <summary>
    /// The offset of the ':' ending a simple key that starts at <paramref name="at"/> (followed by a space, a line
    /// break or the end), or -1 when no such key starts there.
    /// </summary>
    private int KeyEnd(int at)
    {
        if (at >= _text.Length || !char.IsAsciiLetterOrDigit(_text[at]) && _text[at] is not ('_' or '$'))
        {
            return -1;
        }

        for (var i = at + 1; i < _text.Length && i - at < 1000; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == _text.Length || _text[i + 1] is ' ' or '\n' or '\r'))
            {
                return _text[i - 1] != ' ' ? i : -1;
            }

            if (c == ':')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '$' or '.' or '/' or '@' or '(' or ')' or '+' or '-' or ' '))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when a block sequence entry ('-' then a space, a line break or the end) starts at <paramref name="at"/>.</summary>
    private bool IsEntry(int at) =>
        at < _text.Length && _text[at] == '-' && (at + 1 == _text.Length || _text[at + 1] is ' ' or '\n' or '\r');

    /// <summary>True when nothing but a comment is left on the line from <paramref name="at"/> (a space before it).</summary>
    private bool EndsLine(int at) =>
        at >= _text.Length || _text[at] is '\n' or '\r' || (_text[at] == '#' && _text[at - 1] == ' ');

    private int SkipSpaces(int at)
    {
        while (at < _text.Length && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>The start of the line after the one <paramref name="at"/> is on (the text's length on the last line).</summary>
    private int LineAfter(int at)
    {
        var end = _text.IndexOf('\n', at);
        return end < 0 ? _text.Length : end + 1;
    }

    /// <summary>Moves to the first line from <paramref name="lineStart"/> with something but spaces and a comment on it.</summary>
    private void SkipToContent(int lineStart)
    {
        while (true)
        {
            var at = SkipSpaces(lineStart);
            if (at >= _text.Length)
            {
                _at = _text.Length;
                _indent = -1;
                return;
            }

            if (_text[at] is '\n' or '\r' or '#')
            {
                lineStart = LineAfter(at);
                continue;
            }

            if (at == lineStart && (_text[at] == '%' || IsMarker(at, '-') || IsMarker(at, '.')))
            {
                throw new GiveUp();
            }

            _at = at;
            _indent = at - lineStart;
            return;
        }
    }

    /// <summary>Reports a plain value (block context) at <paramref name="span"/> that a comment cut short (<see cref="CommentCut"/>).</summary>
    private void Cut(TextSpan span, string value)
    {
        if (CommentCut.Find(_file, span.Start, span.End, value, inFlow: false) is { } cut)
        {
            _found.Add(cut);
        }
    }

    private bool IsMarker(int at, char c) =>
        at + 2 < _text.Length && _text[at] == c && _text[at + 1] == c && _text[at + 2] == c;

    private YamlScalar Scalar(int start, int end, string value, bool isPlain, int depth)
    {
        Deeper(depth);
        if (value.Length > _limits.ValueLength)
        {
            throw new GiveUp();
        }

        return Counted(new YamlScalar(new TextSpan(start, end), value, isPlain, tag: null));
    }

    private T Counted<T>(T node)
        where T : YamlNode
    {
        if (++_values > _limits.Values)
        {
            throw new GiveUp();
        }

        return node;
    }

    private void Deeper(int depth)
    {
        if (depth > _limits.Depth)
        {
            throw new GiveUp();
        }
    }

    /// <summary>The text leaves the subset: YamlDotNet reads it.</summary>
    private sealed class GiveUp : Exception;
}
