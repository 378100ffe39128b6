using BotForge.Text;

namespace BotForge.Syntax;

/// <summary>A scalar as written. <see cref="IsPlain"/> tells whether YAML 1.2 core typing applies.</summary>
public sealed class YamlScalar(TextSpan span, string value, bool isPlain, string? tag) : YamlNode(span)
{
    /// <summary>
    /// The kind plus one once classified, 0 before. One byte, so threads that read a tree at once (binding and the
    /// schema check, two versions sharing it) see it whole: a <c>ScalarKind?</c> is two fields, and a reader could
    /// see it set before its value was written. At worst two threads classify the same scalar.
    /// </summary>
    private byte _kind;

    public string Value { get; } = value;

    /// <summary>True for an unquoted, untagged scalar: true/false/null/numbers are typed.</summary>
    public bool IsPlain { get; } = isPlain;

    public string? Tag { get; } = tag;

    /// <summary>The resolved type, classified once: binding and schema checks both ask for it.</summary>
    public ScalarKind Kind
    {
        get
        {
            if (_kind == 0)
            {
                _kind = (byte)(ScalarTyping.Classify(this) + 1);
            }

            return (ScalarKind)(_kind - 1);
        }
    }

    public override string KindName => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Integer => "an integer",
        ScalarKind.Float => "a number",
        _ => "a string",
    };
}
