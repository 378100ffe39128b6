namespace BotForge.Project;

/// <summary>The kinds of file in a project, each with its own schema definition.</summary>
public enum SourceKind
{
    Project,
    Entities,
    SubStory,
    Faq,
    Tests,
}
