using System.Text;
using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Syntax;
using BotForge.Text;
using BotForge.Validation;

namespace BotForge.Project;

/// <summary>
/// Finds a project's files by the layout of docs/format.md, reads them as strict UTF-8 and parses them, in parallel
/// (a text already parsed by a compilation sharing the work is not parsed again: <see cref="SharedWork"/>).
/// The schema check is a stage of its own (<see cref="SchemaValidator.Validate(ProjectSources, DiagnosticBag, SchemaCache?, SharedWork?)"/>).
/// </summary>
public static partial class ProjectLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Folders never searched for sources: VCS, tool state, build output.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "dist", "node_modules", "bin", "obj" };

    /// <param name="rootPath">The project folder.</param>
    /// <param name="displayRoot">How to show the folder in messages (as the user typed it).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="excludedFolder">An extra folder to skip (the build output when it is inside the project).</param>
    /// <param name="limits">Bounds on what is read; <see cref="Limits.Default"/> when null.</param>
    /// <param name="shared">Parses to share with other compilations in this process (files with the same text are parsed once).</param>
    /// <param name="overlay">
    /// Texts that stand in for files, by path relative to the project (forward slashes): an editor's unsaved buffers.
    /// A path that is not on disk yet is read from here too; the files on disk are read as usual.
    /// </param>
    public static ProjectSources? Load(string rootPath, string displayRoot, DiagnosticBag diagnostics, string? excludedFolder = null, Limits? limits = null,
        SharedWork? shared = null, IReadOnlyDictionary<string, string>? overlay = null)
    {
        limits ??= Limits.Default;
        displayRoot = displayRoot.Replace('\\', '/');
        if (!Directory.Exists(rootPath))
        {
            diagnostics.Add(File.Exists(rootPath) ? ProjectDiagnostics.ProjectIsFile(displayRoot) : ProjectDiagnostics.ProjectNotFound(displayRoot));
            return null;
        }

        var root = Path.GetFullPath(rootPath);
        if (!File.Exists(Path.Combine(root, "botforge.yaml")))
        {
            diagnostics.Add(ProjectDiagnostics.NoProjectFile(displayRoot));
            return null;
        }

        var excluded = excludedFolder is null ? null : Path.GetFullPath(excludedFolder);
        var found = FindYamlFiles(root, excluded, out var linkedAway, out var nested);
        foreach (var folder in linkedAway)
        {
            diagnostics.Add(ProjectDiagnostics.FolderLinkLeavesProject(new SourceFile(Display(displayRoot, folder), string.Empty)));
        }

        foreach (var folder in nested)
        {
            diagnostics.Add(ProjectDiagnostics.NestedProject(new SourceFile(Display(displayRoot, folder + "/botforge.yaml"), string.Empty), folder));
        }

        if (overlay is not null)
        {
            found = found.Union(overlay.Keys.Where(k => IsYaml(k) && Searched(root, k, excluded))).Order(StringComparer.Ordinal).ToList();
        }

        // Other tools' YAML files the project lists under ignore: never read, never a stray (BF0005).
        var ignore = IgnoreList.Of(ProjectFileText(root, overlay, limits), limits);
        found = [.. found.Where(f => Classify(f).Kind is not null || !ignore.Ignores(f))];
        var files = WithinProjectSize(root, displayRoot, found, limits.ProjectBytes, diagnostics, overlay);
        var read = new SourceDocument?[files.Count];
        var unread = new bool[files.Count];
        Parallel.For(0, files.Count, i => read[i] = Read(root, displayRoot, files[i], limits, diagnostics, shared, overlay, out unread[i]));
        var documents = read.OfType<SourceDocument>().ToArray();
        (shared?.Parses ?? new()).ForEach(
            Enumerable.Range(0, documents.Length).ToArray(),
            i => (limits, documents[i].File.Text),
            i => Parse(documents[i].File, limits),
            (i, parsed, own) => documents[i] = documents[i] with { Root = Adopt(parsed, documents[i].File, own, limits, diagnostics) });

        foreach (var document in documents.Where(d => d.Root is null && HasNoContent(d.File.Text)))
        {
            diagnostics.Add(ProjectDiagnostics.Empty(document.File));
        }

        // A file that could not be read or parsed (and every file past the project's size limit) is missing from the
        // bot, so what binding and the rules would say of the rest cannot be trusted (ProjectSources.Complete).
        var complete = files.Count == found.Count && linkedAway.Count == 0 && !unread.Any(u => u) && documents.All(d => d.Root is not null || HasNoContent(d.File.Text));
        return new ProjectSources(root, displayRoot, documents) { Limits = limits, Complete = complete };
    }

    /// <summary>botforge.yaml's text (an editor's unsaved one first), or empty when it cannot be read (reported when it is read with the others).</summary>
    private static string ProjectFileText(string root, IReadOnlyDictionary<string, string>? overlay, Limits limits)
    {
        if (overlay?.TryGetValue("botforge.yaml", out var open) == true)
        {
            return open;
        }

        var path = Path.Combine(root, "botforge.yaml");
        return LinkLeavesProject(root, path) ? string.Empty : ReadText(path, "botforge.yaml", limits.FileBytes, new DiagnosticBag(), out _) ?? string.Empty;
    }

    private static ParsedText Parse(SourceFile file, Limits limits)
    {
        var found = new DiagnosticBag();
        var root = YamlParser.Parse(file, found, limits);
        return new ParsedText(root, found.ToSortedList());
    }

    /// <summary>
    /// A file's tree from a parse of its text: its own, the very tree of another file with the same text (a tree does
    /// not name its file), or (when that parse reported anything) a parse of its own, so messages name this file.
    /// </summary>
    private static YamlNode? Adopt(ParsedText parsed, SourceFile file, bool own, Limits limits, DiagnosticBag diagnostics)
    {
        if (own)
        {
            diagnostics.AddRange(parsed.Diagnostics);
            return parsed.Root;
        }

        if (parsed.Diagnostics.Count > 0)
        {
            return YamlParser.Parse(file, diagnostics, limits);
        }

        return parsed.Root;
    }

    /// <summary>The files up to <paramref name="limit"/> bytes in all (in path order); the one that crosses it is reported.</summary>
    private static List<string> WithinProjectSize(string root, string displayRoot, List<string> files, long limit, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? overlay)
    {
        long total = 0;
        for (var i = 0; i < files.Count; i++)
        {
            total += overlay?.TryGetValue(files[i], out var text) == true ? Encoding.UTF8.GetByteCount(text) : SizeOf(Path.Combine(root, files[i]));
            if (total > limit)
            {
                diagnostics.Add(ProjectDiagnostics.ProjectTooLarge(new SourceFile(Display(displayRoot, files[i]), string.Empty), limit));
                return files[..i];
            }
        }

        return files;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;   // reported when the file is read
        }
    }

    private static string Display(string displayRoot, string relative) =>
        displayRoot.Length == 0 ? relative : displayRoot.TrimEnd('/') + "/" + relative;

    /// <param name="root">The project folder.</param>
    /// <param name="excluded">A folder not to search (the output folder).</param>
    /// <param name="linkedAway">
    /// Links to folders outside the project that hold YAML files, by relative path: the search does not follow a
    /// link (one inside the project is read where it leads), and these files would otherwise be missing in silence.
    /// </param>
    /// <param name="nested">Folders with a botforge.yaml of their own, by relative path: projects of their own, not searched.</param>
    private static List<string> FindYamlFiles(string root, string? excluded, out List<string> linkedAway, out List<string> nested)
    {
        var result = new List<string>();
        linkedAway = [];
        nested = [];
        var pending = new Stack<string>();
        pending.Push(root);
        string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (IsYaml(file))
                {
                    result.Add(Relative(file));
                }
            }

            // Each sub-folder is decided once: searched, a link that would leave YAML files out, another project, or skipped.
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                if (SkipsByName(sub, atRoot: folder == root, excluded) || IsVirtualEnvironment(sub))
                {
                    continue;
                }

                var link = IsLink(sub);
                if (link && LeadsOutToYaml(root, sub))
                {
                    linkedAway.Add(Relative(sub));
                }
                else if (IsProject(sub))
                {
                    nested.Add(Relative(sub));
                }
                else if (!link)
                {
                    pending.Push(sub);
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>
    /// A YAML file of the project: a hidden one (a name starting with '.') is not, as a hidden folder is not searched.
    /// Other tools keep theirs there (.pre-commit-config.yaml, .gitlab-ci.yml at a repository's root), editors their
    /// lock files (Emacs: .#flow.yaml, a link to nowhere) and macOS its AppleDouble copies (._flow.yaml).
    /// </summary>
    private static bool IsYaml(string path) => Path.GetExtension(path) is ".yaml" or ".yml" && !Path.GetFileName(path).StartsWith('.');

    /// <summary>A folder the search never enters: a hidden one, tool output at the root, the excluded folder, a link, another project, a Python virtual environment.</summary>
    private static bool SkipsFolder(string folder, bool atRoot, string? excluded) =>
        SkipsByName(folder, atRoot, excluded) || IsLink(folder) || IsProject(folder) || IsVirtualEnvironment(folder);

    /// <summary>
    /// A Python virtual environment (PEP 405: a pyvenv.cfg at its top), made in the project to run its scripts: the
    /// packages installed in it ship YAML files of their own (yamllint's, pre-commit's), which are not the bot's.
    /// </summary>
    private static bool IsVirtualEnvironment(string folder) => File.Exists(Path.Combine(folder, "pyvenv.cfg"));

    /// <summary>A link to a folder (the search does not follow one).</summary>
    private static bool IsLink(string folder) => Directory.Exists(folder) && (File.GetAttributes(folder) & FileAttributes.ReparsePoint) != 0;

    /// <summary>A folder with a botforge.yaml of its own: a project of its own, never part of the one around it.</summary>
    private static bool IsProject(string folder) => File.Exists(Path.Combine(folder, "botforge.yaml"));

    /// <summary>A hidden folder, tool output at the root, or the excluded folder: never searched, link or not.</summary>
    private static bool SkipsByName(string folder, bool atRoot, string? excluded)
    {
        var name = Path.GetFileName(folder);
        return name.StartsWith('.') || (atRoot && SkippedFolders.Contains(name)) || string.Equals(folder, excluded, StringComparison.Ordinal);
    }

    /// <summary>Whether a link leads out of the project to YAML files (two folders deep at most).</summary>
    private static bool LeadsOutToYaml(string root, string link)
    {
        if (!LinkLeavesProject(root, link))
        {
            return false;
        }

        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
            return Directory.EnumerateFiles(link, "*", options).Any(IsYaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the text of <paramref name="relative"/> (a path from the project folder, with '/') can change what a
    /// compilation reads: a YAML file the search reaches, or a script (a node may name one anywhere). Another tool's
    /// file open in an editor (.gitlab-ci.yml, a workflow, a file under node_modules) cannot.
    /// </summary>
    public static bool Reads(string root, string relative) =>
        relative.EndsWith(".py", StringComparison.Ordinal) || (IsYaml(relative) && Searched(root, relative, excluded: null));

    /// <summary>True when the search of <see cref="FindYamlFiles"/> would reach this relative path (an unsaved file is read only where a saved one would be).</summary>
    private static bool Searched(string root, string relative, string? excluded)
    {
        var folder = root;
        var folders = relative.Split('/')[..^1];
        for (var i = 0; i < folders.Length; i++)
        {
            if (folders[i] is "" or "..")
            {
                return false;
            }

            folder = Path.Combine(folder, folders[i]);
            if (SkipsFolder(folder, atRoot: i == 0, excluded))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a found file; <paramref name="unread"/> is set when it could not be (reported). A file outside the bot's layout is read, and left out.</summary>
    private static SourceDocument? Read(string root, string displayRoot, string relative, Limits limits, DiagnosticBag diagnostics, SharedWork? shared,
        IReadOnlyDictionary<string, string>? overlay, out bool unread)
    {
        var display = Display(displayRoot, relative);
        unread = true;
        if (LinkLeavesProject(root, Path.Combine(root, relative)))
        {
            diagnostics.Add(ProjectDiagnostics.Unreadable(new SourceFile(display, string.Empty), "it is a link to a file outside the project; BotForge reads only the project's own files"));
            return null;
        }

        var text = overlay?.TryGetValue(relative, out var open) == true
            ? OpenText(open, display, limits.FileBytes, diagnostics, out var failed)
            : ReadText(Path.Combine(root, relative), display, limits.FileBytes, diagnostics, out failed);
        var file = new SourceFile(display, text is null ? string.Empty : shared?.Text(text) ?? text);
        if (failed)
        {
            return null;
        }

        unread = false;
        var (kind, story, subStory) = Classify(relative);
        if (kind is null)
        {
            diagnostics.Add(ProjectDiagnostics.StrayFile(file));
            return null;
        }

        if (kind == SourceKind.SubStory && story is null && !SetsStory(file.Text))
        {
            diagnostics.Add(ProjectDiagnostics.MisplacedSubStory(file));
            return null;
        }

        return new SourceDocument(kind.Value, relative, file, Root: null) { ImpliedStory = story, ImpliedSubStory = subStory };
    }

    /// <summary>
    /// True when the path, or any folder on the way to it from the project root, is a symbolic link whose final
    /// target lies outside the project folder (or cannot be resolved).
    /// </summary>
    internal static bool LinkLeavesProject(string root, string path)
    {
        var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        try
        {
            for (var step = full; step.Length >= inside.Length; step = Path.GetDirectoryName(step) ?? string.Empty)
            {
                FileSystemInfo entry = Directory.Exists(step) ? new DirectoryInfo(step) : new FileInfo(step);
                if (entry.LinkTarget is null)
                {
                    continue;
                }

                var target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !(target + Path.DirectorySeparatorChar).StartsWith(inside, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>An editor's unsaved text of a file, held to the same size limit as a file on disk and without its BOM (as <see cref="ReadText"/>).</summary>
    private static string? OpenText(string text, string display, long maxBytes, DiagnosticBag diagnostics, out bool failed)
    {
        var size = Encoding.UTF8.GetByteCount(text);
        failed = size > maxBytes;
        if (failed)
        {
            diagnostics.Add(ProjectDiagnostics.FileTooLarge(new SourceFile(display, string.Empty), size, maxBytes));
            return null;
        }

        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    /// <summary>Reads a project file as strict UTF-8 (a BOM is dropped), reporting why it cannot.</summary>
    internal static string? ReadText(string path, string display, long maxBytes, DiagnosticBag diagnostics, out bool failed)
    {
        failed = true;
        byte[] bytes;
        try
        {
            // A FIFO or a device would block the read or never end: refused before it is opened.
            if (FileKind.Special(path) is { } kind)
            {
                diagnostics.Add(ProjectDiagnostics.Unreadable(new SourceFile(display, string.Empty), $"it is a {kind}, not a regular file"));
                return null;
            }

            var size = new FileInfo(path).Length;
            if (size > maxBytes)
            {
                diagnostics.Add(ProjectDiagnostics.FileTooLarge(new SourceFile(display, string.Empty), size, maxBytes));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ProjectDiagnostics.Unreadable(new SourceFile(display, string.Empty), e.Message));
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            failed = false;
            return text;
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Add(ProjectDiagnostics.InvalidEncoding(new SourceFile(display, string.Empty), start + FirstBadByte(bytes, start, e)));
            return null;
        }
    }

    private static long FirstBadByte(byte[] bytes, int start, DecoderFallbackException e)
    {
        if (e.Index >= 0)
        {
            return e.Index;
        }

        // Find it by decoding ever longer prefixes' validity cheaply: scan for the first byte the decoder rejects.
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = start; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i - start;
            }
        }

        return bytes.Length - start;
    }

    private static (SourceKind? Kind, string? Story, string? SubStory) Classify(string relative)
    {
        var parts = relative.Split('/');
        var stem = Path.GetFileNameWithoutExtension(parts[^1]);
        switch (parts.Length)
        {
            case 1 when stem == "botforge":
                return (SourceKind.Project, null, null);
            case 1 when stem == "entities":
                return (SourceKind.Entities, null, null);
            case 1 when stem == "faq":
                return (SourceKind.Faq, null, null);
            case 2 when parts[0] == "entities":
                return (SourceKind.Entities, null, null);
            case 2 when parts[0] == "tests":
                return (SourceKind.Tests, null, null);
            case 2 when parts[0] == "stories":
                return (SourceKind.SubStory, null, stem);
            case 3 when parts[0] == "stories":
                return (SourceKind.SubStory, parts[1], stem);
            default:
                return (null, null, null);
        }
    }

    private static bool SetsStory(string text) => StoryKey().IsMatch(text);

    /// <summary>Only blank lines and comments: nothing a parser would return.</summary>
    private static bool HasNoContent(string text) =>
        text.Split('\n').All(line => line.TrimStart(' ', '\t', '\r') is var rest && (rest.Length == 0 || rest[0] == '#'));

    [GeneratedRegex(@"^story\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StoryKey();
}
