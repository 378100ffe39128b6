using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A YAML mapping whose keys are scalars, in source order. Duplicate keys were reported by the parser; the first wins.</summary>
public sealed partial class YamlMapping : YamlNode
{
    /// <summary>Mappings with more entries than this get an index; smaller ones (nearly all) are searched in order (the parser's duplicate check too).</summary>
    internal const int Indexed = 8;

    /// <summary>The entries in an array of their exact number: searched by index (no enumerator), nothing to spare in a tree that lives as long as the compilation.</summary>
    private readonly YamlEntry[] _entries;

    /// <summary>Computed on first use by <see cref="CutAtComma"/>: see <see cref="CutRuns"/>.</summary>
    private int[]? _cutFirst;

    /// <summary>Each key's first entry, by position in <see cref="Entries"/>; null for small mappings.</summary>
    private readonly Dictionary<string, int>? _index;

    public YamlMapping(TextSpan span, IReadOnlyCollection<YamlEntry> entries)
        : base(span)
    {
        _entries = [.. entries];
        _index = _entries.Length > Indexed ? Index(_entries) : null;
    }

    public IReadOnlyList<YamlEntry> Entries => _entries;

    public override string KindName => "a mapping";

    public YamlNode? this[string key] => GetEntry(key)?.Value;

    public YamlEntry? GetEntry(string key) => IndexOf(key) is var at and >= 0 ? _entries[at] : null;

    /// <summary>The position of the key's first entry in <see cref="Entries"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var at) ? at : -1;
        }

        for (var at = 0; at < _entries.Length; at++)
        {
            if (string.Equals(_entries[at].Key.Value, key, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return -1;
    }

    public bool ContainsKey(string key) => GetEntry(key) is not null;

    /// <summary>
    /// True for a text written in braces where a value goes (<c>prompt: {What is your email}</c>), which YAML reads
    /// as this mapping: one key with no value, between braces in <paramref name="text"/> (the file's).
    /// </summary>
    public bool IsTextInBraces(string text) =>
        Entries is [{ Value: null or YamlScalar { Kind: ScalarKind.Null } }] && Span.Start < text.Length && text[Span.Start] == '{';

    /// <summary>
    /// Every text cut at a comma inside <c>{ }</c> anywhere within <paramref name="node"/> (<see cref="CutAtComma"/>),
    /// at the first part cut off: for a value the format leaves free (a raw HSL object, a test stub's body), where no
    /// schema check reads the keys a cut makes.
    /// </summary>
    public static IEnumerable<(YamlScalar Key, string PreviousKey, string Joined)> CutsWithin(YamlNode? node, string text)
    {
        switch (node)
        {
            case YamlMapping map:
                for (var i = 0; i < map._entries.Length; i++)
                {
                    if (map.CutAtComma(i, text) is { First: true } cut)
                    {
                        yield return (map._entries[i].Key, cut.PreviousKey, cut.Joined);
                    }

                    foreach (var inner in CutsWithin(map._entries[i].Value, text))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequence list:
                foreach (var inner in list.Items.SelectMany(item => CutsWithin(item, text)))
                {
                    yield return inner;
                }

                break;
        }
    }

    /// <summary>
    /// When the entry at <paramref name="index"/> is part of the rest of a plain text cut at commas inside a flow
    /// mapping (<c>{ says: Sorry, that is not valid. }</c> is the keys "says" and "that is not valid.", the second
    /// with no value): the key the text belongs to, the text as written (every part, each comma as it was), and
    /// whether the entry is the first part cut off (the one to report the mistake at; for a later part, the key
    /// and the text are left empty).
    /// </summary>
    /// <param name="index">The entry's position.</param>
    /// <param name="text">The text of the file the mapping was parsed from.</param>
    public (string PreviousKey, string Joined, bool First)? CutAtComma(int index, string text)
    {
        if (index < 1 || index >= _entries.Length || Span.Start >= text.Length || text[Span.Start] != '{' || !IsCutOff(index))
        {
            return null;
        }

        // Where the run of cut-off parts the entry is in begins, worked out once for the mapping (a text cut at
        // thousands of commas stays linear): a later part is reported with the first, and only the first's text
        // is worked out.
        var first = (_cutFirst ??= CutRuns())[index];
        if (first < 0)
        {
            return null;
        }

        if (first != index)
        {
            return (string.Empty, string.Empty, false);
        }

        var cut = (YamlScalar)_entries[first - 1].Value;
        var last = index;
        while (last + 1 < _entries.Length && IsCutOff(last + 1))
        {
            last++;
        }

        var written = text[cut.Span.Start.._entries[last].Key.Span.End];
        return (_entries[first - 1].Key.Value, LineBreaks().Replace(written, " "), true);
    }

    /// <summary>Whether the entry <paramref name="key"/> is part of the rest of a plain text cut at a comma (<see cref="CutAtComma"/>).</summary>
    public bool IsRestOfCut(string key, string text) => IndexOf(key) is >= 0 and var i && CutAtComma(i, text) is not null;

    /// <summary>
    /// For each entry, the first entry of the run of cut-off entries it is in, when the entry before that run holds
    /// a plain text or number (the text they were cut from: "89,90" is 89 and a key '90'); -1 otherwise.
    /// </summary>
    private int[] CutRuns()
    {
        var first = new int[_entries.Length];
        for (var at = 0; at < _entries.Length; at++)
        {
            first[at] = at == 0 || !IsCutOff(at) ? -1
                : IsCutOff(at - 1) ? first[at - 1]
                : _entries[at - 1].Value is YamlScalar { IsPlain: true, Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } ? at
                : -1;
        }

        return first;
    }

    /// <summary>
    /// A key with nothing after it, written plain, after the entry before it: what a comma leaves of the rest of a
    /// text. (An entry a merge key brought in is written elsewhere, and never the rest of a text here.)
    /// </summary>
    private bool IsCutOff(int index) =>
        _entries[index] is { Key.IsPlain: true, Value: YamlScalar { Kind: ScalarKind.Null, Value: "" } }
        && (index == 0 || _entries[index].Key.Span.Start >= _entries[index - 1].Value.Span.End);

    /// <summary>A line break inside a plain text with the spaces around it, which YAML reads as one space.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]*\r?\n\s*")]
    private static partial System.Text.RegularExpressions.Regex LineBreaks();

    private static Dictionary<string, int> Index(IReadOnlyList<YamlEntry> entries)
    {
        var index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var at = 0; at < entries.Count; at++)
        {
            index.TryAdd(entries[at].Key.Value, at);
        }

        return index;
    }
}
