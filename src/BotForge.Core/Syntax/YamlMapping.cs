using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A YAML mapping whose keys are scalars, in source order. Duplicate keys were reported by the parser; the first wins.</summary>
public sealed class YamlMapping : YamlNode
{
    private readonly Dictionary<string, YamlEntry> _byKey;

    public YamlMapping(SourceFile file, TextSpan span, IReadOnlyList<YamlEntry> entries)
        : base(file, span)
    {
        Entries = entries;
        _byKey = new Dictionary<string, YamlEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byKey.TryAdd(entry.Key.Value, entry);
        }
    }

    public IReadOnlyList<YamlEntry> Entries { get; }

    public override string KindName => "a mapping";

    public YamlNode? this[string key] => _byKey.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlEntry? GetEntry(string key) => _byKey.GetValueOrDefault(key);

    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    internal override YamlNode CopyTo(SourceFile file, Dictionary<YamlNode, YamlNode> copies)
    {
        if (!copies.TryGetValue(this, out var copy))
        {
            copies[this] = copy = new YamlMapping(file, Span, [.. Entries.Select(entry => new YamlEntry((YamlScalar)entry.Key.CopyTo(file, copies), entry.Value.CopyTo(file, copies)))]);
        }

        return copy;
    }
}
