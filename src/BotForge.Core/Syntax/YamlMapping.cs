using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A YAML mapping whose keys are scalars, in source order. Duplicate keys were reported by the parser; the first wins.</summary>
public sealed class YamlMapping : YamlNode
{
    /// <summary>Mappings with more entries than this get an index; smaller ones (nearly all) are searched in order (the parser's duplicate check too).</summary>
    internal const int Indexed = 8;

    /// <summary>Each key's first entry, by position in <see cref="Entries"/>; null for small mappings.</summary>
    private readonly Dictionary<string, int>? _index;

    public YamlMapping(TextSpan span, IReadOnlyList<YamlEntry> entries)
        : base(span)
    {
        Entries = entries;
        _index = entries.Count > Indexed ? Index(entries) : null;
    }

    public IReadOnlyList<YamlEntry> Entries { get; }

    public override string KindName => "a mapping";

    public YamlNode? this[string key] => GetEntry(key)?.Value;

    public YamlEntry? GetEntry(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var at) ? Entries[at] : null;
        }

        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public bool ContainsKey(string key) => GetEntry(key) is not null;

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
