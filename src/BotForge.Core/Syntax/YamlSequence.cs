using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A YAML sequence (a list).</summary>
public sealed class YamlSequence(TextSpan span, IReadOnlyList<YamlNode> items) : YamlNode(span)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindName => "a list";
}
