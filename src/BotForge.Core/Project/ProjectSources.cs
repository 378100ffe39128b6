using BotForge.Parsing;

namespace BotForge.Project;

/// <summary>Every source file of a project, read and parsed, in a stable order.</summary>
public sealed record ProjectSources(string RootPath, string DisplayRoot, IReadOnlyList<SourceDocument> Documents)
{
    /// <summary>The limits the files were read with; the binder reads scripts with the same.</summary>
    public Limits Limits { get; init; } = Limits.Default;

    /// <summary>
    /// False when a file of the project could not be read or parsed (reported as such), or was past the project's
    /// size limit: the bot is then missing what it holds, and names it defines would be reported as unknown.
    /// </summary>
    public bool Complete { get; init; } = true;

    public SourceDocument? ProjectFile => Documents.FirstOrDefault(d => d.Kind == SourceKind.Project);

    public IEnumerable<SourceDocument> OfKind(SourceKind kind) => Documents.Where(d => d.Kind == kind);

    /// <summary>The path users see for a project-relative path.</summary>
    public string Display(string relativePath) => DisplayRoot.Length == 0 ? relativePath : DisplayRoot.TrimEnd('/') + "/" + relativePath;
}
