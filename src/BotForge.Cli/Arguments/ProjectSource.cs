using System.Diagnostics;
using BotForge.Project;

namespace BotForge.Cli.Arguments;

/// <summary>
/// A project to read: a folder, or <c>REVISION:PATH</c> in the git repository around the working folder
/// (<c>main:bots/acme-support</c>, <c>HEAD~1:bots/acme-support</c>). A revision is read from git's objects with
/// <c>git ls-tree</c> and <c>git cat-file</c> into a private temporary folder that is deleted afterwards: the work tree, the index and
/// HEAD are never touched, so it works with uncommitted changes and in a detached CI checkout.
/// </summary>
internal sealed class ProjectSource : IDisposable
{
    private readonly string? _temporary;

    private ProjectSource(string path, string display, string? temporary)
    {
        Path = path;
        Display = display;
        _temporary = temporary;
    }

    /// <summary>Where the files are on disk now.</summary>
    public string Path { get; }

    /// <summary>How messages name it: as the user wrote it.</summary>
    public string Display { get; }

    /// <summary>Opens <paramref name="spec"/>; on failure returns null and sets <paramref name="error"/> (a bad-usage message).</summary>
    public static ProjectSource? Open(CliIO io, string spec, out string? error)
    {
        error = null;
        var folder = io.Resolve(spec);
        if (Directory.Exists(folder))
        {
            return new ProjectSource(folder, spec, null);
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || (colon == 1 && OperatingSystem.IsWindows()))
        {
            error = $"'{spec}' is neither a folder nor REVISION:PATH";
            return null;
        }

        var revision = spec[..colon];
        var path = GitPath(spec[(colon + 1)..]);
        string temporary;
        try
        {
            temporary = Directory.CreateTempSubdirectory("botforge-rev-").FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read '{spec}' from git: no temporary folder could be made to read it into, in {System.IO.Path.GetTempPath()} (TMPDIR): {e.Message}";
            return null;
        }

        var read = false;
        try
        {
            error = Extract(io.WorkingDirectory, revision, path, temporary, spec);
            read = error is null;
            return read ? new ProjectSource(temporary, spec, temporary) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            error = $"'{spec}' is not a folder, and git, needed to read it as REVISION:PATH, was not found";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            error = $"cannot read '{spec}' from git: {e.Message}";
        }
        finally
        {
            // Whatever stopped the reading (a failure BotForge did not foresee included), the folder it made goes.
            if (!read)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }

        return null;
    }

    /// <summary>
    /// PATH as git reads it after <c>REVISION:</c>: from the repository's root, or from the working folder when it starts
    /// with ./ or ../. git takes no "." segment (<c>HEAD:.</c> is no object to it, nor <c>HEAD:bots/acme/.</c>), and a
    /// bot at the repository's root is "." to its workflow: a "." is dropped, the working folder written ./ as git
    /// wants it.
    /// </summary>
    internal static string GitPath(string written)
    {
        var fromHere = written is "." or ".." || written.StartsWith("./", StringComparison.Ordinal) || written.StartsWith("../", StringComparison.Ordinal);
        var parts = written.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToList();
        var path = string.Join('/', parts);
        if (fromHere && (parts.Count == 0 || parts[0] != ".."))
        {
            path = "./" + path;
        }

        return path.EndsWith("..", StringComparison.Ordinal) ? path + "/" : path;
    }

    /// <summary>Writes the tree <c>REVISION:PATH</c> into <paramref name="target"/>; returns an error message or null.</summary>
    /// <remarks>
    /// <para>
    /// <c>git ls-tree</c> lists the blobs and <c>git cat-file --batch</c> streams their exact bytes (no
    /// <c>.gitattributes</c> filter or substitution applies, unlike <c>git archive</c> or a checkout).
    /// </para>
    /// <para>
    /// A submodule (a tree entry naming a commit of another repository) is read from that repository's checkout, at
    /// the commit the revision records: on the way to PATH (the bot is a submodule of a monorepo) or inside the bot (its
    /// scripts are one). One that is not checked out, or lacks the commit, is an error saying how to fetch it: left
    /// out, its files would show as removed.
    /// </para>
    /// </remarks>
    private static string? Extract(string workingDirectory, string revision, string path, string target, string? shown = null, int depth = 0)
    {
        shown ??= $"{revision}:{path}";
        var (exit, list, listError) = Git.Run(workingDirectory, "ls-tree", "-r", "-z", "--full-tree", "--", $"{revision}:{path}");
        if (exit != 0)
        {
            return Submodule(workingDirectory, revision, path, shown, depth) is { } submodule
                ? submodule.Error ?? Extract(submodule.Folder, submodule.Commit, submodule.Inside, target, shown, depth + 1)
                : $"cannot read '{shown}' from git: {listError}{Hint(workingDirectory, revision, path)}";
        }

        var entries = new List<(string Mode, string Object, string Name)>();
        var submodules = new List<(string Commit, string Name)>();
        foreach (var record in list.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            var fields = record[..tab].Split(' ');
            if (fields[1] == "blob")
            {
                entries.Add((fields[0], fields[2], record[(tab + 1)..]));
            }
            else if (fields[1] == "commit")
            {
                submodules.Add((fields[2], record[(tab + 1)..]));
            }
        }

        var start = Git.Start(workingDirectory, "cat-file", "--batch");
        start.RedirectStandardInput = true;
        using var git = Process.Start(start) ?? throw new IOException("git did not start");
        var output = git.StandardOutput.BaseStream;
        foreach (var (mode, id, name) in entries)
        {
            git.StandardInput.Write(id + "\n");
            git.StandardInput.Flush();
            var header = ReadLine(output).Split(' ');

            // A tree can name an object the repository does not have (a crafted or damaged repository): git answers
            // "<id> missing" for it.
            if (header is not [_, "blob", var size] || !int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
            {
                git.StandardInput.Close();
                git.WaitForExit();
                return $"cannot read '{shown}' from git: the file {name} is {(header is [_, "missing"] ? "missing from the repository" : $"not a readable blob ({string.Join(' ', header[1..])})")}";
            }

            var content = new byte[length];
            output.ReadExactly(content);
            output.ReadExactly(new byte[1]);
            Write(target, name, mode, content);
        }

        git.StandardInput.Close();
        git.WaitForExit();
        foreach (var (commit, name) in submodules)
        {
            var within = path.Length == 0 ? name : $"{path}/{name}";
            var error = Checkout(workingDirectory, within, commit, shown, depth, out var folder)
                ?? Extract(folder, commit, string.Empty, Directory.CreateDirectory(Destination(target, name)).FullName, shown, depth + 1);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>
    /// The submodule on the way to <paramref name="path"/> at <paramref name="revision"/>: its checkout, the commit the
    /// revision records and the rest of the path inside it, or why it cannot be read; null when no part of the path is
    /// a submodule (the path is not there: git's own error stands).
    /// </summary>
    private static (string Folder, string Commit, string Inside, string? Error)? Submodule(string workingDirectory, string revision, string path, string shown, int depth)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "." or ".." or "")
            {
                continue;
            }

            // The entry named parts[i] of the tree above it (a path starting with ./ or ../ is from the working folder, as in git).
            var above = string.Join('/', parts[..i]);
            above = above is "." or ".." ? above + "/" : above;
            var (exit, entry, _) = Git.Run(workingDirectory, "ls-tree", "-z", "--full-tree", $"{revision}:{above}", "--", parts[i]);
            var fields = entry.Split('\t')[0].Split(' ');
            if (exit != 0 || fields is not [_, var type, var id])
            {
                return null;
            }

            if (type == "commit")
            {
                var within = string.Join('/', parts[..(i + 1)]);
                var error = Checkout(workingDirectory, within, id, shown, depth, out var folder);
                return (folder, id, string.Join('/', parts[(i + 1)..]), error);
            }

            if (type != "tree")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The checkout of the submodule at <paramref name="within"/> (a path as in <c>REVISION:PATH</c>) that has
    /// <paramref name="commit"/>; returns why there is none, or null.
    /// </summary>
    private static string? Checkout(string workingDirectory, string within, string commit, string shown, int depth, out string folder)
    {
        var fromWorkingFolder = within.StartsWith("./", StringComparison.Ordinal) || within.StartsWith("../", StringComparison.Ordinal);
        var top = fromWorkingFolder ? workingDirectory : Git.Run(workingDirectory, "rev-parse", "--show-toplevel").Out.TrimEnd('\n');
        folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(top, within));
        var named = $"'{within}' is a submodule, at commit {commit[..Math.Min(12, commit.Length)]} in '{shown}'";
        if (depth >= 8)
        {
            return $"cannot read '{shown}' from git: {named}, more than 8 submodules deep";
        }

        if (!GitRepository.IsRoot(folder))
        {
            return $"cannot read '{shown}' from git: {named}, and it is not checked out here (git submodule update --init, or submodules: true with actions/checkout)";
        }

        return Git.Run(folder, "cat-file", "-e", commit + "^{commit}").ExitCode == 0 ? null
            : $"cannot read '{shown}' from git: {named}, which its checkout does not have (fetch it there: git -C {System.IO.Path.GetRelativePath(workingDirectory, folder)} fetch)";
    }

    /// <summary>Why a <c>REVISION:PATH</c> git cannot read may not be there: the path, or a shallow clone's history.</summary>
    private static string Hint(string workingDirectory, string revision, string path)
    {
        if (Git.Run(workingDirectory, "rev-parse", "--verify", "--quiet", "--end-of-options", $"{revision}^{{tree}}").ExitCode == 0)
        {
            // As in git, a path after the revision is from the repository's root; ./ makes it one from the working folder.
            return path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal) ? string.Empty
                : $" (a path after '{revision}:' is from the repository's root; {revision}:./{path} is one from the working folder)";
        }

        // A CI checkout is often shallow (actions/checkout fetches one commit by default): the base branch is not there.
        return Git.Run(workingDirectory, "rev-parse", "--is-shallow-repository").Out.Trim() == "true"
            ? $" (this clone is shallow: fetch '{revision}' first, e.g. git fetch origin, or fetch-depth: 0 with actions/checkout)"
            : string.Empty;
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        for (var b = stream.ReadByte(); b is not '\n' and not -1; b = stream.ReadByte())
        {
            bytes.Add((byte)b);
        }

        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>One blob; names that would leave the folder are refused (git never lists them, but be sure).</summary>
    private static void Write(string target, string name, string mode, byte[] content)
    {
        var destination = Destination(target, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
        if (mode == "120000")
        {
            // Kept as a link so the loader's own check refuses one that leads outside the project.
            File.CreateSymbolicLink(destination, System.Text.Encoding.UTF8.GetString(content));
        }
        else
        {
            File.WriteAllBytes(destination, content);
        }
    }

    /// <summary>Where the entry <paramref name="name"/> of a tree goes in <paramref name="target"/>: a new path inside it, reached through no link.</summary>
    private static string Destination(string target, string name)
    {
        var destination = FolderPath.Inside(target, name) ?? throw new InvalidDataException($"the tree has an entry outside its folder: {name}");

        // git never makes such a tree, but one can be crafted: an entry named twice ("a" a link, then "a" a file), or
        // one beneath a link of the tree ("a" a link to any folder, then "a/x"). Written as listed, the file would
        // land where the link leads, outside the folder. Nothing is written over an entry or through a link.
        if (System.IO.Path.Exists(destination) || new FileInfo(destination).LinkTarget is not null)
        {
            throw new InvalidDataException($"the tree names an entry twice: {name}");
        }

        for (var folder = System.IO.Path.GetDirectoryName(destination)!; folder.Length > target.Length; folder = System.IO.Path.GetDirectoryName(folder)!)
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                throw new InvalidDataException($"the tree has an entry beneath one of its links: {name}");
            }
        }

        return destination;
    }

    public void Dispose()
    {
        if (_temporary is not null && Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }
}
