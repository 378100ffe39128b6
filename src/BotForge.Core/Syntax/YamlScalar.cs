using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A scalar as written. <see cref="IsPlain"/> tells whether YAML 1.2 core typing applies.</summary>
public sealed class YamlScalar(SourceFile file, TextSpan span, string value, bool isPlain, string? tag) : YamlNode(file, span)
{
    private ScalarKind? _kind;

    public string Value { get; } = value;

    /// <summary>True for an unquoted, untagged scalar: true/false/null/numbers are typed.</summary>
    public bool IsPlain { get; } = isPlain;

    public string? Tag { get; } = tag;

    /// <summary>The resolved type, classified once: binding and schema checks both ask for it.</summary>
    public ScalarKind Kind => _kind ??= ScalarTyping.Classify(this);

    internal override YamlNode CopyTo(SourceFile file, Dictionary<YamlNode, YamlNode> copies) =>
        new YamlScalar(file, Span, Value, IsPlain, Tag) { _kind = _kind };

    public override string KindName => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Integer => "an integer",
        ScalarKind.Float => "a number",
        _ => "a string",
    };
}
