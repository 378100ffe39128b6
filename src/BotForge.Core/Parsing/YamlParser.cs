using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Syntax;
using BotForge.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BotForge.Parsing;

/// <summary>
/// Reads one YAML file into <see cref="YamlNode"/>s with spans. Unlike a deserializer it keeps
/// every position and reports duplicate keys instead of silently keeping the last one.
/// </summary>
public static partial class YamlParser
{

    /// <summary>Characters outside YAML 1.2's printable set: C0 controls but tab, LF and CR; DEL; C1 controls but NEL; U+FFFE/U+FFFF.</summary>
    private static readonly System.Buffers.SearchValues<char> NonPrintable = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x09 or 0x0A or 0x0D)).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Where(c => c != 0x85).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>
    /// Parses a file. Returns null when the file is empty or unreadable as YAML (a diagnostic says why). Nesting,
    /// values and value length are bounded by <paramref name="limits"/>; values are counted while reading, each
    /// alias as the values it stands for, so an alias "bomb" is rejected at the alias that crosses the limit,
    /// before anything walks the tree it describes.
    /// </summary>
    public static YamlNode? Parse(SourceFile file, DiagnosticBag diagnostics, Limits? limits = null)
    {
        limits ??= Limits.Default;
        // YAML allows only printable characters (plus tab and line breaks); others (NUL, ESC, BEL...) would also
        // reach terminals and generated files through messages, so the file is rejected at the first one.
        var bad = file.Text.AsSpan().IndexOfAny(NonPrintable);
        if (bad >= 0)
        {
            diagnostics.Add(SyntaxDiagnostics.Syntax(new SourceLocation(file, new TextSpan(bad, bad)),
                $"control character U+{(int)file.Text[bad]:X4} is not allowed in YAML", "remove it, or write it as an escape (\\x07) inside double quotes"));
            return null;
        }

        // A merge that stopped on a conflict leaves git's markers in the file: said as such at the first one, not where
        // the parser happens to stop, with a complaint that does not say why.
        if (MergeConflict.Start(file.Text) is { } conflict)
        {
            diagnostics.Add(SyntaxDiagnostics.Syntax(new SourceLocation(file, new TextSpan(conflict, conflict)),
                MergeConflict.Message("file"), MergeConflict.Hint));
            return null;
        }

        if (YamlFastReader.TryRead(file, limits, out var root, out var found))
        {
            diagnostics.AddRange(found);
            return root;
        }

        return ParseWithYamlDotNet(file, diagnostics, limits);
    }

    /// <summary>Parses a file with YamlDotNet, whatever YAML it holds (<see cref="Parse"/> without its fast path for plain files).</summary>
    internal static YamlNode? ParseWithYamlDotNet(SourceFile file, DiagnosticBag diagnostics, Limits limits)
    {
        var scanner = new Scanner(new StringReader(file.Text), skipComments: true);
        var reader = new Reader(file, diagnostics, new Parser(scanner), limits);
        try
        {
            return reader.ParseStream();
        }
        catch (ReadingStopped)
        {
            return null;
        }
        catch (YamlException e)
        {
            var offset = (int)Math.Min(e.Start.Index, file.Text.Length);
            if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(file) is { } tab)
            {
                offset = tab;
            }

            diagnostics.Add(SyntaxDiagnostics.Syntax(new SourceLocation(file, new TextSpan(offset, offset)), CleanMessage(e.Message), HintFor(file, offset, e.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections ('[' or '{' never closed).
            var offset = (int)Math.Min(scanner.CurrentPosition.Index, file.Text.Length);
            diagnostics.Add(SyntaxDiagnostics.Syntax(new SourceLocation(file, new TextSpan(offset, offset)), "the document cannot be read past this point",
                CommentInFlowHint(file, file.GetLineColumn(offset).Line, inFlow: false) ?? "check for a '[' or '{' that is never closed, or a value that needs quotes"));
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet rejects a tag that is not a valid URI (found by fuzzing: " !![") this way.
            var offset = (int)Math.Min(scanner.CurrentPosition.Index, file.Text.Length);
            diagnostics.Add(SyntaxDiagnostics.Syntax(new SourceLocation(file, new TextSpan(offset, offset)), CleanMessage(e.Message.Split(" (Parameter", 2)[0]),
                "a value starting with '!' is a YAML tag; put the value in quotes to make it text"));
            return null;
        }
    }

    /// <summary>A block value (after a key, or a list's dash) that starts with one of YAML's indicators.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?(?:[A-Za-z_$][A-Za-z0-9_.$-]*:\s+|-\s+)(?<value>[%@`*&!|>?-].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorStart();

    /// <summary>What YAML reads a value starting as <paramref name="value"/> does as; null where it is text after all ('-x', '?x').</summary>
    private static string? IndicatorMeaning(string value) => value[0] switch
    {
        '%' => "YAML keeps it for directives, and it cannot start a value",
        '@' or '`' => "YAML reserves it, and it cannot start a value",
        '*' => "YAML reads it as an alias (a reference to a value named with '&')",
        '&' => "YAML reads it as an anchor (a name for the value after it)",
        '!' => "YAML reads it as a tag",
        '|' or '>' => "YAML reads it as the start of a block of text on the lines below",
        '?' when value.Length == 1 || value[1] == ' ' => "YAML reads it as a mapping's key",
        '-' when value.Length == 1 || value[1] == ' ' => "YAML reads it as a list's item",
        _ => null,
    };

    /// <summary>
    /// The text between the double quote at <paramref name="offset"/> and the one that closes it (a backslash escapes
    /// the character after it), as written; null when no value in double quotes starts there or it does not end.
    /// </summary>
    private static string? DoubleQuotedAt(string text, int offset)
    {
        if (offset >= text.Length || text[offset] != '"')
        {
            return null;
        }

        for (var i = offset + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return text[(offset + 1)..i];
            }
        }

        return null;
    }

    /// <summary>A key written with a full-width colon (<c>name：</c>), at a line's start or after a list's dash.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.]*)\s*：", RegexOptions.CultureInvariant)]
    private static partial Regex FullWidthColon();

    /// <summary>
    /// A value in single quotes with an apostrophe between two letters in it ('Diyarbakır'a gidiyor', 'don't'), where
    /// YAML ends the text: the word the apostrophe is in.
    /// </summary>
    [GeneratedRegex(@"(?:^|[:\[{,-])\s*'(?:[^']|'')*?(?<word>\p{L}+'\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex ApostropheInSingleQuotes();

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (...)" to some messages; we print our own position.
        var text = message;
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
        {
            text = text[(cut + 3)..];
        }

        text = text.Trim();
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.') : "unreadable YAML";
    }

    /// <summary>The offset of the first tab used for indentation, which YAML forbids.</summary>
    private static int? FirstTabIndent(SourceFile file)
    {
        var text = file.Text;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lineStart = i + 1;
            }
            else if (text[i] == '\t' && text.AsSpan(lineStart, i - lineStart).Trim(' ').IsEmpty)
            {
                return i;
            }
        }

        return null;
    }

    private static string? HintFor(SourceFile file, int offset, string message)
    {
        var (line, _) = file.GetLineColumn(offset);
        var text = file.GetLineText(line);
        if (text.TrimStart(' ').StartsWith('\t'))
        {
            return "YAML forbids tabs in indentation; indent with spaces";
        }

        // A regex in double quotes: "^\d{6}$" has an escape YAML does not know.
        if (message.Contains("unknown escape character", StringComparison.Ordinal) && DoubleQuotedAt(file.Text, offset) is { } raw)
        {
            var escape = raw.IndexOf('\\') is var b and >= 0 && b + 1 < raw.Length ? raw.Substring(b, 2) : "\\";
            return $"in double quotes a backslash starts an escape, and YAML has no '{escape}'" + (raw.Length <= 100 && !raw.Contains('\n', StringComparison.Ordinal)
                ? $": write the value in single quotes, where a backslash is itself, '{raw.Replace("'", "''", StringComparison.Ordinal)}'"
                : ": write the value in single quotes, where a backslash is itself");
        }

        // A Japanese or Chinese keyboard's full-width space or colon, on the line the parser stopped at or the one
        // before it (where it stops after reading on).
        foreach (var at in StoppedAt(line))
        {
            var written = file.GetLineText(at);
            if (written.TrimStart(' ').StartsWith('\u3000'))
            {
                return $"line {at} is indented with a full-width space (U+3000), which YAML does not read as a space: indent with ASCII spaces";
            }

            if (FullWidthColon().Match(written) is { Success: true } key)
            {
                return $"'{key.Groups["key"].Value}：' on line {at} is written with a full-width colon, which YAML does not read as one: write '{key.Groups["key"].Value}: ' with an ASCII colon and a space";
            }
        }

        if (CommentInFlowHint(file, line, inFlow: message.Contains("flow sequence", StringComparison.Ordinal) || message.Contains("flow mapping", StringComparison.Ordinal)) is { } comment)
        {
            return comment;
        }

        // Inside [ ] or { }, the '{' of a placeholder starts a mapping: { en: Hi ${user.full_name} } cannot be read.
        if (message.Contains("flow mapping", StringComparison.Ordinal) || message.Contains("flow sequence", StringComparison.Ordinal))
        {
            if (text.Contains("${", StringComparison.Ordinal))
            {
                return "inside [ ] or { }, a text with a placeholder must be quoted, like \"Hi ${user.full_name}\"";
            }
        }

        // An apostrophe inside single quotes ends the text there: 'Diyarbakır'a teslimat', 'we don't'.
        foreach (var at in StoppedAt(line))
        {
            if (ApostropheInSingleQuotes().Match(file.GetLineText(at)) is { Success: true } quoted)
            {
                var word = quoted.Groups["word"].Value;
                return $"in single quotes, the apostrophe of '{word}' on line {at} ends the text: write it twice ({word.Replace("'", "''", StringComparison.Ordinal)}), or put the text in double quotes";
            }
        }

        // A value that starts with a character YAML gives a meaning to: the platform's '%name, welcome', a '*bold*'
        // word, an '@mention', a '> quote'.
        foreach (var at in StoppedAt(line))
        {
            if (IndicatorStart().Match(file.GetLineText(at)) is { Success: true } start && IndicatorMeaning(start.Groups["value"].Value) is { } meaning)
            {
                var value = start.Groups["value"].Value.TrimEnd();
                return $"'{Printable.Shorten(value, 40)}' on line {at} starts with '{value[0]}': {meaning}; put the value in quotes" + (value.Length <= 100 ? $", {YamlText.DoubleQuoted(value)}" : string.Empty);
            }
        }

        return text.Contains(": ", StringComparison.Ordinal) && text.Count(c => c == ':') > 1
            ? "a value that contains ': ' must be quoted"
            : null;
    }

    /// <summary>The line a parser stopped at and the one before it, where it stops after reading on: where hints look for the cause.</summary>
    private static int[] StoppedAt(int line) => line > 1 ? [line, line - 1] : [line];

    /// <summary>
    /// Inside [ ] or { }, a '#' after a space starts a comment, which hides the rest of the line and the bracket that
    /// closes it (<c>[where is order #123, track my order]</c>): said for the line the parser stopped at or the one before.
    /// </summary>
    /// <param name="file">The file read.</param>
    /// <param name="line">The line the parser stopped at.</param>
    /// <param name="inFlow">The parser stopped inside [ ] or { } (opened on an earlier line, perhaps).</param>
    private static string? CommentInFlowHint(SourceFile file, int line, bool inFlow)
    {
        foreach (var at in StoppedAt(line))
        {
            if (CommentInFlow(file.GetLineText(at), inFlow) is { } item)
            {
                return $"'{item.Comment}' on line {at} starts a comment (a '#' after a space does, in [ ] and {{ }} too), which hides the rest of the line from YAML: put the text in quotes, {YamlText.DoubleQuoted(item.Text)}";
            }
        }

        return null;
    }

    /// <summary>
    /// The first comment on a line that starts inside a '[' or '{' (one the line opened and has not closed, or, with
    /// <paramref name="inFlow"/>, one opened before it), as in <c>user_says: [where is order #123, track it]</c>: the
    /// comment's first word, and the item it is in as meant ("where is order #123").
    /// </summary>
    private static (string Comment, string Text)? CommentInFlow(string line, bool inFlow)
    {
        var open = inFlow ? 1 : 0;
        var itemStart = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '[' or '{':
                    open++;
                    itemStart = i + 1;
                    break;
                case ']' or '}':
                    open = Math.Max(0, open - 1);
                    break;
                case ',':
                    itemStart = i + 1;
                    break;
                case '#' when open > 0 && i > 0 && line[i - 1] is ' ' or '\t':
                    var wordEnd = line.AsSpan(i).IndexOfAny(' ', '\t', ',') is var w and >= 0 ? i + w : line.Length;
                    var itemEnd = line.AsSpan(i).IndexOfAny(',', ']', '}') is var e and >= 0 ? i + e : line.Length;
                    return (line[i..wordEnd], line[itemStart..itemEnd].Trim());
            }
        }

        return null;
    }

    /// <summary>The empty list to gather the children of a node at <paramref name="depth"/> in (one list per depth, reused by both readers).</summary>
    internal static List<T> Gather<T>(List<List<T>> lists, int depth)
    {
        while (lists.Count <= depth)
        {
            lists.Add([]);
        }

        lists[depth].Clear();
        return lists[depth];
    }

    /// <summary>
    /// The key of <paramref name="entries"/> equal to <paramref name="key"/>, if any: searched in order while they
    /// are as few as a finished mapping searches in order (<see cref="YamlMapping.Indexed"/>), then through
    /// <paramref name="seen"/>, made at that point.
    /// </summary>
    internal static YamlScalar? Earlier(List<YamlEntry> entries, ref Dictionary<string, YamlScalar>? seen, string key)
    {
        if (seen is null && entries.Count >= YamlMapping.Indexed)
        {
            seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                seen.Add(entry.Key.Value, entry.Key);
            }
        }

        if (seen is not null)
        {
            return seen.GetValueOrDefault(key);
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }

        return null;
    }

    private sealed class Reader(SourceFile file, DiagnosticBag diagnostics, IParser parser, Limits limits)
    {
        private readonly IParser _parser = parser;
        private readonly Dictionary<string, (YamlNode Node, long Values)> _anchors = new(StringComparer.Ordinal);

        /// <summary>A list per nesting depth to gather a sequence's items or a mapping's entries in, reused for the next one at that depth (a node keeps an array of its own).</summary>
        private readonly List<List<YamlNode>> _items = [];
        private readonly List<List<YamlEntry>> _entries = [];

        /// <summary>Values read so far, each alias counted as the values of its anchor.</summary>
        private long _values;

        /// <summary>How many flow collections ([ ] or { }) the node being read is in.</summary>
        private int _flow;

        /// <summary>Plain texts with an anchor (<c>&amp;copy 2024 Acme</c>; the span of each starts at the anchor), and the nodes an alias repeated.</summary>
        private readonly List<(YamlScalar Node, string Anchor)> _anchoredTexts = [];
        private readonly HashSet<YamlNode> _repeated = new(ReferenceEqualityComparer.Instance);

        public YamlNode? ParseStream()
        {
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            _parser.Consume<DocumentStart>();
            var root = ParseNode(0);
            _parser.Consume<DocumentEnd>();
            ReportUnrepeatedAnchors();
            if (_parser.Accept<DocumentStart>(out var extra))
            {
                diagnostics.Add(SyntaxDiagnostics.ExtraDocument(Location(extra.Start, extra.End)));
            }

            return root;
        }

        private YamlNode? ParseNode(int depth)
        {
            if (depth > limits.Depth)
            {
                var current = _parser.Current!;
                diagnostics.Add(SyntaxDiagnostics.Nesting(Location(current.Start, current.End), limits.Depth));
                throw new ReadingStopped();
            }

            var before = _values;
            if (_parser.TryConsume<Scalar>(out var scalar))
            {
                var node = new YamlScalar(Span(scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty, TagOf(scalar.Tag));
                if (scalar.Value.Length > limits.ValueLength)
                {
                    diagnostics.Add(SyntaxDiagnostics.TooLong(Location(scalar.Start, scalar.Start), scalar.Value.Length, limits.ValueLength));
                }

                if (scalar.Style == ScalarStyle.Plain && scalar.Value.Contains(" - ", StringComparison.Ordinal) && RunsOnOverItems(node.Span))
                {
                    diagnostics.Add(SyntaxDiagnostics.RunOn(Location(scalar.Start, scalar.End), scalar.Value));
                }

                if (scalar.Style == ScalarStyle.Plain && CommentCut.Find(file, node.Span.Start, node.Span.End, scalar.Value, _flow > 0) is { } cut)
                {
                    diagnostics.Add(cut);
                }

                if (node.Tag is { } tag && TagProblem(tag, node) is { } problem)
                {
                    var written = file.Text[node.Span.Start..node.Span.End];
                    var text = scalar.Style == ScalarStyle.Plain && !tag.StartsWith(Core, StringComparison.Ordinal) && written.StartsWith('!')
                        && written.Length <= 100 && !written.Contains('\n', StringComparison.Ordinal) ? written : null;
                    diagnostics.Add(SyntaxDiagnostics.Tag(Location(scalar.Start, scalar.End), problem, text));
                }

                Count(1, scalar.Start, scalar.End);
                Remember(scalar.Anchor, node, before);
                if (!scalar.Anchor.IsEmpty && scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty)
                {
                    // The scalar's span starts at its anchor.
                    if (file.Text.AsSpan(node.Span.Start).StartsWith("&" + scalar.Anchor.Value, StringComparison.Ordinal))
                    {
                        _anchoredTexts.Add((node, scalar.Anchor.Value));
                    }
                }
                return node;
            }

            if (_parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    _repeated.Add(target.Node);
                    Count(target.Values, alias.Start, alias.End);
                    return target.Node;
                }

                diagnostics.Add(SyntaxDiagnostics.Alias(Location(alias.Start, alias.End), alias.Value.Value));
                return null;
            }

            if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                if (TagOf(sequenceStart.Tag) is { } tag and not SequenceTag)
                {
                    diagnostics.Add(SyntaxDiagnostics.Tag(Location(sequenceStart.Start, sequenceStart.End), Unknown(tag)));
                }

                var items = Gather(_items, depth);
                _flow += sequenceStart.Style == SequenceStyle.Flow ? 1 : 0;
                while (!_parser.Accept<SequenceEnd>(out _))
                {
                    var item = ParseNode(depth + 1);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }

                _flow -= sequenceStart.Style == SequenceStyle.Flow ? 1 : 0;
                var sequenceEnd = _parser.Consume<SequenceEnd>();
                var node = new YamlSequence(Span(sequenceStart.Start, sequenceEnd.End), items);
                Count(1, sequenceStart.Start, sequenceEnd.End);
                Remember(sequenceStart.Anchor, node, before);
                return node;
            }

            var mappingStart = _parser.Consume<MappingStart>();
            if (TagOf(mappingStart.Tag) is { } mappingTag and not MappingTag)
            {
                diagnostics.Add(SyntaxDiagnostics.Tag(Location(mappingStart.Start, mappingStart.End), Unknown(mappingTag)));
            }

            var entries = Gather(_entries, depth);
            Dictionary<string, YamlScalar>? seen = null;   // made once a mapping has many keys; small ones are searched in order
            YamlScalar? mergeKey = null;
            List<YamlMapping>? merged = null;
            _flow += mappingStart.Style == MappingStyle.Flow ? 1 : 0;
            while (!_parser.Accept<MappingEnd>(out _))
            {
                var key = ParseNode(depth + 1);
                if (_anchoredTexts.Count > 0 && ReferenceEquals(_anchoredTexts[^1].Node, key))
                {
                    _anchoredTexts.RemoveAt(_anchoredTexts.Count - 1);   // a key's anchor changes no text a bot shows
                }

                var value = ParseNode(depth + 1);
                if (key is not YamlScalar keyScalar)
                {
                    if (key is not null)
                    {
                        diagnostics.Add(SyntaxDiagnostics.NonScalarKey(key.LocationIn(file)));
                    }

                    continue;
                }

                if (IsMergeKey(keyScalar))
                {
                    if (mergeKey is not null)
                    {
                        diagnostics.Add(SyntaxDiagnostics.Duplicate(keyScalar.LocationIn(file), keyScalar.Value, mergeKey.LocationIn(file).Start.Line));
                    }
                    else if (MergedMappings(value) is { } mappings)
                    {
                        mergeKey = keyScalar;
                        merged = mappings;
                    }
                    else
                    {
                        diagnostics.Add(SyntaxDiagnostics.BadMerge(keyScalar.LocationIn(file), value switch
                        {
                            YamlSequence { Items.Count: 0 } => "an empty list",
                            YamlSequence list => $"a list holding {list.Items.First(i => i is not YamlMapping).KindName}",
                            _ => value?.KindName ?? "nothing",
                        }));
                    }

                    continue;
                }

                if (Earlier(entries, ref seen, keyScalar.Value) is { } first)
                {
                    diagnostics.Add(SyntaxDiagnostics.Duplicate(keyScalar.LocationIn(file), keyScalar.Value, first.LocationIn(file).Start.Line));
                    continue;
                }

                seen?.Add(keyScalar.Value, keyScalar);
                value ??= new YamlScalar(new TextSpan(keyScalar.Span.End, keyScalar.Span.End), string.Empty, isPlain: true, tag: null);
                entries.Add(new YamlEntry(keyScalar, value));
            }

            // A merge key's mappings give the keys this mapping does not write itself, the first mapping listed first
            // (YAML's merge key type): after the mapping's own entries, in their order.
            foreach (var entry in merged?.SelectMany(m => m.Entries) ?? [])
            {
                if (Earlier(entries, ref seen, entry.Key.Value) is null)
                {
                    seen?.Add(entry.Key.Value, entry.Key);
                    entries.Add(entry);
                }
            }

            _flow -= mappingStart.Style == MappingStyle.Flow ? 1 : 0;
            var mappingEnd = _parser.Consume<MappingEnd>();
            var mapping = new YamlMapping(Span(mappingStart.Start, mappingEnd.End), entries);
            Count(1, mappingStart.Start, mappingEnd.End);
            Remember(mappingStart.Anchor, mapping, before);
            return mapping;
        }

        /// <summary>
        /// The key of YAML's merge key type (<c>&lt;&lt;: *defaults</c>): <c>&lt;&lt;</c> written plain, or tagged
        /// <c>!!merge</c>. Quoted, <c>'&lt;&lt;'</c> is a key like any other.
        /// </summary>
        private static bool IsMergeKey(YamlScalar key) =>
            key.Value == "<<" && (key.IsPlain || key.Tag == "tag:yaml.org,2002:merge");

        /// <summary>What a merge key's value merges: a mapping, or a list of mappings; null for anything else.</summary>
        private static List<YamlMapping>? MergedMappings(YamlNode? value) => value switch
        {
            YamlMapping mapping => [mapping],
            YamlSequence list when list.Items.Count > 0 && list.Items.All(i => i is YamlMapping) => [.. list.Items.Cast<YamlMapping>()],
            _ => null,
        };

        /// <summary>Adds values to the file's count; past the limit the file is rejected where it crossed it.</summary>
        private void Count(long values, Mark start, Mark end)
        {
            _values += values;
            if (_values > limits.Values)
            {
                diagnostics.Add(SchemaDiagnostics.AliasExpansion(Location(start, end), limits.Values));
                throw new ReadingStopped();
            }
        }

        /// <summary>
        /// A plain text whose anchor nothing repeats, as in <c>bot_says: &amp;copy 2024 Acme</c>: YAML takes "&amp;copy"
        /// for an anchor, and the text is "2024 Acme", in silence. An anchor that an alias repeats is YAML's, as meant.
        /// </summary>
        private void ReportUnrepeatedAnchors()
        {
            foreach (var (node, anchor) in _anchoredTexts)
            {
                if (!_repeated.Contains(node))
                {
                    var at = node.Span.Start;
                    var meant = $"&{anchor} {node.Value}".TrimEnd();
                    diagnostics.Add(SyntaxDiagnostics.Unrepeated(new SourceLocation(file, new TextSpan(at, at + anchor.Length + 1)), anchor, node.Value, meant) with
                    {
                        Fix = new Replacement(new TextSpan(at, node.Span.End), YamlText.DoubleQuoted(meant)),
                    });
                }
            }
        }

        /// <summary>Keeps an anchored node with the number of values it stands for (read since <paramref name="before"/>).</summary>
        private void Remember(AnchorName anchor, YamlNode node, long before)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, _values - before);
            }
        }

        private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private const string Core = "tag:yaml.org,2002:";
        private const string SequenceTag = Core + "seq";
        private const string MappingTag = Core + "map";

        /// <summary>
        /// Why a scalar's tag cannot stand: one BotForge does not read (another tool's <c>!include</c> or <c>!Ref</c>,
        /// which would otherwise be taken for its text in silence), or one of YAML's own whose type the text is
        /// not (<c>!!int abc</c>); null for a tag that stands.
        /// </summary>
        private static string? TagProblem(string tag, YamlScalar scalar)
        {
            if (tag is Core + "str" or Core + "merge")
            {
                return null;
            }

            ScalarKind? typed = tag switch
            {
                Core + "int" => ScalarKind.Integer,
                Core + "float" => ScalarKind.Float,
                Core + "bool" => ScalarKind.Boolean,
                Core + "null" => ScalarKind.Null,
                _ => null,
            };
            if (typed is not { } expected)
            {
                return Unknown(tag);
            }

            var written = new YamlScalar(scalar.Span, scalar.Value, isPlain: true, tag: null).Kind;
            return written == expected || (expected == ScalarKind.Float && written == ScalarKind.Integer)
                ? null
                : $"'{Printable.Shorten(scalar.Value, 40)}' is not {(expected switch { ScalarKind.Integer => "an integer", ScalarKind.Float => "a number", ScalarKind.Boolean => "true or false", _ => "null" })}, as its tag !!{tag[Core.Length..]} says";
        }

        private static string Unknown(string tag) =>
            $"the tag '{Shown(tag)}' is not one BotForge reads: it reads YAML's own (!!str, !!int, !!float, !!bool, !!null, !!seq, !!map, !!merge), and nothing is included or computed";

        private static string Shown(string tag) => tag.StartsWith(Core, StringComparison.Ordinal) ? "!!" + tag[Core.Length..] : tag;

        private TextSpan Span(Mark start, Mark end)
        {
            var s = (int)Math.Min(start.Index, file.Text.Length);
            var e = (int)Math.Min(Math.Max(end.Index, start.Index), file.Text.Length);
            return new TextSpan(s, e);
        }

        /// <summary>
        /// Whether a plain text spans lines of which one after the first starts with "- ": a list's item indented less
        /// than the items after it, so that they run on as its text ("find me a restaurant - I am looking for …").
        /// </summary>
        private bool RunsOnOverItems(TextSpan span)
        {
            var first = true;
            foreach (var line in file.Text.AsSpan(span.Start, span.End - span.Start).EnumerateLines())
            {
                if (!first && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
                {
                    return true;
                }

                first = false;
            }

            return false;
        }

        private SourceLocation Location(Mark start, Mark end) => new(file, Span(start, end));
    }

    /// <summary>Stops reading a file once a limit (nesting, values) is reported.</summary>
    private sealed class ReadingStopped : YamlException
    {
        public ReadingStopped()
            : base("limit reached")
        {
        }
    }
}
