using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Project;

/// <summary>One YAML file of a project: its kind, text and parsed root (null when unreadable or empty).</summary>
public sealed record SourceDocument(SourceKind Kind, string RelativePath, SourceFile File, YamlNode? Root)
{
    /// <summary>For sub-story files: the story and sub-story ids the file's location implies.</summary>
    public string? ImpliedStory { get; init; }

    public string? ImpliedSubStory { get; init; }
}
