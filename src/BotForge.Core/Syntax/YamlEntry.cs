namespace BotForge.Syntax;

/// <summary>One key/value pair of a mapping.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
