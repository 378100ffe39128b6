namespace BotForge.Syntax;

/// <summary>The JSON type a YAML scalar resolves to under the YAML 1.2 core schema.</summary>
public enum ScalarKind
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
}
