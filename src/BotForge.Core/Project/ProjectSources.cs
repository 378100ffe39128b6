using BotForge.Parsing;

namespace BotForge.Project;

/// <summary>Every source file of a project, read and parsed, in a stable order.</summary>
public sealed record ProjectSources(string RootPath, string DisplayRoot, IReadOnlyList<SourceDocument> Documents)
{
    /// <summary>The limits the files were read with; the binder reads scripts with the same.</summary>
    public Limits Limits { get; init; } = Limits.Default;

    public SourceDocument? ProjectFile => Documents.FirstOrDefault(d => d.Kind == SourceKind.Project);

    public IEnumerable<SourceDocument> OfKind(SourceKind kind) => Documents.Where(d => d.Kind == kind);

    /// <summary>The path users see for a project-relative path.</summary>
    public string Display(string relativePath) => DisplayRoot.Length == 0 ? relativePath : DisplayRoot.TrimEnd('/') + "/" + relativePath;
}
