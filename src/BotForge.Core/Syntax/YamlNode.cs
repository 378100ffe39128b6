using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A node of a parsed YAML document that remembers where it was written.</summary>
public abstract class YamlNode(SourceFile file, TextSpan span)
{
    public SourceFile File { get; } = file;

    public TextSpan Span { get; } = span;

    public SourceLocation Location => new(File, Span);

    /// <summary>A short name of the node's kind for messages: "a string", "a list", "a mapping".</summary>
    public abstract string KindName { get; }
}
