using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A YAML sequence (a list).</summary>
public sealed class YamlSequence(TextSpan span, IReadOnlyCollection<YamlNode> items) : YamlNode(span)
{
    /// <summary>The items, in an array of their exact number (the tree lives as long as the compilation).</summary>
    public IReadOnlyList<YamlNode> Items { get; } = [.. items];

    public override string KindName => "a list";
}
