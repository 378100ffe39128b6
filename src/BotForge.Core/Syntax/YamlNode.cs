using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>
/// A node of a parsed YAML document that remembers where in its text it was written. A node does not name its file:
/// equal texts parse to equal trees, so compilations sharing work (<c>botforge diff</c>'s two versions) share one
/// tree, and whoever reads a tree knows the file it came from (<see cref="LocationIn"/>).
/// </summary>
public abstract class YamlNode(TextSpan span)
{
    public TextSpan Span { get; } = span;

    /// <summary>Where the node is written in <paramref name="file"/>, the file whose tree it belongs to.</summary>
    public SourceLocation LocationIn(SourceFile file) => new(file, Span);

    /// <summary>A short name of the node's kind for messages: "a string", "a list", "a mapping".</summary>
    public abstract string KindName { get; }
}
