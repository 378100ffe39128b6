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

    /// <summary>
    /// The same tree, read from another file with the same text: every node at the same span of <paramref name="file"/>.
    /// A list or mapping that appears more than once (through aliases) is copied once and appears as often.
    /// </summary>
    public YamlNode CopyTo(SourceFile file) => CopyTo(file, new Dictionary<YamlNode, YamlNode>(ReferenceEqualityComparer.Instance));

    internal abstract YamlNode CopyTo(SourceFile file, Dictionary<YamlNode, YamlNode> copies);
}
