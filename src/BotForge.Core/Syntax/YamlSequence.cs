using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A YAML sequence (a list).</summary>
public sealed class YamlSequence(SourceFile file, TextSpan span, IReadOnlyList<YamlNode> items) : YamlNode(file, span)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindName => "a list";

    internal override YamlNode CopyTo(SourceFile file, Dictionary<YamlNode, YamlNode> copies)
    {
        if (!copies.TryGetValue(this, out var copy))
        {
            copies[this] = copy = new YamlSequence(file, Span, [.. Items.Select(item => item.CopyTo(file, copies))]);
        }

        return copy;
    }
}
