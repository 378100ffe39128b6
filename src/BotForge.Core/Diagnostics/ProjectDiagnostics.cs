using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>Codes of finding and reading a project's files (BF000x). Most make the input unreadable: exit code 2.</summary>
public static class ProjectDiagnostics
{
    public static readonly DiagnosticDescriptor ProjectNotFoundCode = new("BF0001", DiagnosticLevel.Error, "Project folder not found") { IsInputFailure = true };
    public static readonly DiagnosticDescriptor NoProjectFileCode = new("BF0002", DiagnosticLevel.Error, "No botforge.yaml in the project folder") { IsInputFailure = true };
    public static readonly DiagnosticDescriptor UnreadableFileCode = new("BF0003", DiagnosticLevel.Error, "File cannot be read") { IsInputFailure = true };
    public static readonly DiagnosticDescriptor InvalidEncodingCode = new("BF0004", DiagnosticLevel.Error, "File is not valid UTF-8") { IsInputFailure = true };
    public static readonly DiagnosticDescriptor StrayFileCode = new("BF0005", DiagnosticLevel.Error, "YAML file outside the project layout");
    public static readonly DiagnosticDescriptor MisplacedSubStoryCode = new("BF0006", DiagnosticLevel.Error, "Sub-story file in the wrong place");
    public static readonly DiagnosticDescriptor EmptyFileCode = new("BF0007", DiagnosticLevel.Error, "File has no content");
    public static readonly DiagnosticDescriptor BadFileNameCode = new("BF0008", DiagnosticLevel.Error, "Story folder or sub-story file name is not a valid id");
    public static readonly DiagnosticDescriptor TooLargeCode = new("BF0009", DiagnosticLevel.Error, "File or project too large") { IsInputFailure = true };

    public static Diagnostic ProjectNotFound(string path) =>
        ProjectNotFoundCode.At(null, $"project folder '{path}' does not exist", "pass the folder that holds botforge.yaml");

    /// <summary>A file given where the project's folder belongs (typically its botforge.yaml).</summary>
    public static Diagnostic ProjectIsFile(string path)
    {
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "." : slash == 0 ? "/" : path[..slash];
        return ProjectNotFoundCode.At(null, $"'{path}' is a file, not a project folder",
            path[(slash + 1)..] == "botforge.yaml" ? $"pass the folder that holds it: '{folder}'" : "pass the folder that holds botforge.yaml");
    }

    public static Diagnostic NoProjectFile(string path) =>
        NoProjectFileCode.At(null, $"'{path}' has no botforge.yaml, so it is not a BotForge project", "run 'botforge init DIR' to start one");

    public static Diagnostic Unreadable(SourceFile file, string reason) =>
        UnreadableFileCode.At(SourceLocation.StartOf(file), $"cannot read the file: {reason}");

    public static Diagnostic FolderLinkLeavesProject(SourceFile folder) =>
        UnreadableFileCode.At(SourceLocation.StartOf(folder), "cannot read the folder: it is a link to a folder outside the project, with YAML files that would be left out of the bot; BotForge reads only the project's own files",
            "move or copy the folder into the project");

    public static Diagnostic InvalidEncoding(SourceFile file, long byteOffset) =>
        InvalidEncodingCode.At(SourceLocation.StartOf(file), $"the file is not valid UTF-8 (first bad byte at offset {byteOffset})", "save the file as UTF-8");

    public static Diagnostic StrayFile(SourceFile file) =>
        StrayFileCode.At(SourceLocation.StartOf(file), "this YAML file is not part of the project layout, so BotForge would ignore it",
            "sub-stories go in stories/<story>/<sub_story>.yaml, entities in entities.yaml or entities/*.yaml, FAQ in faq.yaml, tests in tests/*.yaml; another tool's file (docker-compose.yml) goes under ignore: in botforge.yaml");

    public static Diagnostic NestedProject(SourceFile projectFile, string folder) =>
        StrayFileCode.At(SourceLocation.StartOf(projectFile), $"'{folder}' is a project of its own (it has a botforge.yaml): its files are not part of this project, so BotForge ignores them here",
            "move it out of this project, and validate it on its own");

    public static Diagnostic MisplacedSubStory(SourceFile file) =>
        MisplacedSubStoryCode.At(SourceLocation.StartOf(file), "a sub-story file belongs in stories/<story>/<sub_story>.yaml, or sets 'story:' itself");

    public static Diagnostic Empty(SourceFile file) =>
        EmptyFileCode.At(SourceLocation.StartOf(file), "the file is empty");

    public static Diagnostic BadFileName(SourceFile file, string name, string what) =>
        BadFileNameCode.At(SourceLocation.StartOf(file), $"'{name}' is not a valid {what} id: use lower_snake_case",
            (Identifiers.LowerSnakeOf(name) is { } id ? $"rename the {(what == "story" ? "folder" : "file")} to '{id}', or" : "rename the file or folder, or")
            + " set the id with 'story:' / 'sub_story:'");

    public static Diagnostic FileTooLarge(SourceFile file, long bytes, long limit) =>
        TooLargeCode.At(SourceLocation.StartOf(file), $"the file is {bytes:N0} bytes; a source file may be at most {limit:N0}",
            "split it into several files (one sub-story per file)");

    public static Diagnostic ProjectTooLarge(SourceFile file, long limit) =>
        TooLargeCode.At(SourceLocation.StartOf(file), $"the project's YAML files pass {limit:N0} bytes in all here; reading stopped",
            "a bot this large is almost certainly not meant; check for generated or copied files in the project folder");
}
