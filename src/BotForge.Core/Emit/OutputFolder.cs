using System.Text.Json.Nodes;
using BotForge.Diagnostics;
using BotForge.Project;

namespace BotForge.Emit;

/// <summary>
/// Replaces an output folder as a whole, and only a folder BotForge wrote: files are written to a sibling staging
/// folder, which then takes the old folder's place by two renames, under a lock of that folder so concurrent
/// builds into it take turns. A failure at any point leaves the previous output as it was.
/// </summary>
/// <remarks>
/// A folder is BotForge's output when its <c>manifest.json</c> is a BotForge manifest (format
/// <c>botforge.manifest/1</c>, naming the bot) and the folder holds exactly the files that manifest lists: a
/// folder with any other file, a link, or a <c>.git</c> is someone else's and is never replaced, nor is the
/// project folder, a folder that holds the project, the file system's root or the home folder. The staging folder
/// carries a marker file while it is written, so a staging folder a killed build left is recognised and removed by
/// the next build (there is only ever one, at a fixed name), and a foreign folder of that name is not.
/// </remarks>
public static class OutputFolder
{
    /// <summary>The file that marks a staging folder as BotForge's while it is being written.</summary>
    public const string StagingMarker = ".botforge-staging";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    public static bool Write(string outDir, string displayPath, IReadOnlyList<EmittedFile> files, DiagnosticBag diagnostics, string? projectRoot = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (FixedRefusal(target, projectRoot) is { } refusal)
        {
            diagnostics.Add(EmitDiagnostics.ForeignFolder(displayPath, refusal));
            return false;
        }

        var staging = target + ".botforge-staging";
        var previous = target + ".botforge-previous";
        try
        {
            var parent = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(parent);
            using var turn = Lock(LockPath(target));

            // Checked again under the lock: another build may have written or replaced it meanwhile.
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && ForeignReason(target) is { } foreign)
            {
                diagnostics.Add(EmitDiagnostics.ForeignFolder(displayPath, foreign));
                return false;
            }

            // What a killed build left: removed when it is BotForge's, else the build stops rather than delete it.
            foreach (var (leftover, ours) in new (string, Func<string, bool>)[] { (staging, IsStaging), (previous, p => ForeignReason(p) is null) })
            {
                if (!ClearLeftover(leftover, ours))
                {
                    diagnostics.Add(EmitDiagnostics.ForeignFolder(displayPath, $"'{Path.GetFileName(leftover)}' beside it is not BotForge's; move it away"));
                    return false;
                }
            }

            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, StagingMarker), "BotForge is writing this build; a build that finds it later removes it.\n");
            foreach (var file in files)
            {
                var path = FolderPath.Inside(staging, file.Path) ?? throw new IOException($"refusing to write '{file.Path}' outside the output folder");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            File.Delete(Path.Combine(staging, StagingMarker));
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
                try
                {
                    Directory.Move(staging, target);
                }
                catch
                {
                    Directory.Move(previous, target);
                    throw;
                }

                Directory.Delete(previous, recursive: true);
            }
            else
            {
                Directory.Move(staging, target);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException)
        {
            if (Directory.Exists(staging) && (IsStaging(staging) || ForeignReason(staging) is null))
            {
                TryDelete(staging);
            }

            diagnostics.Add(EmitDiagnostics.WriteFailed(displayPath, e.Message));
            return false;
        }
    }

    /// <summary>Why BotForge may not replace <paramref name="target"/>, or null when it may (absent, empty, or its own output).</summary>
    public static string? Refusal(string target, string? projectRoot) =>
        FixedRefusal(target, projectRoot) ?? (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() ? ForeignReason(target) : null);

    /// <summary>What no build may replace whatever it holds: the root, the home folder, the project or a folder holding it, a file.</summary>
    private static string? FixedRefusal(string target, string? projectRoot)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Path.GetPathRoot(target) is { } root && Path.TrimEndingDirectorySeparator(root) == target)
        {
            return "it is the file system's root";
        }

        if (home.Length > 0 && target == Path.TrimEndingDirectorySeparator(home))
        {
            return "it is the home folder";
        }

        if (projectRoot is not null)
        {
            var project = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectRoot));
            if (target == project || project.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return "it holds the bot's own sources";
            }
        }

        return File.Exists(target) ? "it is a file" : null;
    }

    /// <summary>Null when the folder holds exactly the files its BotForge manifest lists; else what makes it someone else's.</summary>
    private static string? ForeignReason(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
        {
            return "it is a git repository (.git)";
        }

        HashSet<string> listed;
        try
        {
            var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(folder, ManifestWriter.FileName))) as JsonObject;
            if ((string?)manifest?["format"] != ManifestWriter.Format || manifest["files"] is not JsonArray entries || manifest["bot"] is null)
            {
                return "its manifest.json is not a BotForge manifest";
            }

            listed = [.. entries.Select(e => (string?)e?["path"]).OfType<string>(), ManifestWriter.FileName];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return "it has no BotForge manifest.json";
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null)
            {
                return $"'{relative}' is a link";
            }

            if (entry is DirectoryInfo ? !listed.Any(p => p.StartsWith(relative + "/", StringComparison.Ordinal)) : !listed.Contains(relative))
            {
                return $"'{relative}' is not part of the BotForge build its manifest describes";
            }
        }

        return null;
    }

    private static bool IsStaging(string folder) => File.Exists(Path.Combine(folder, StagingMarker));

    /// <summary>Removes a leftover of an earlier build at <paramref name="path"/> when <paramref name="ours"/> says it is BotForge's; false when something else is there.</summary>
    private static bool ClearLeftover(string path, Func<string, bool> ours)
    {
        if (!Directory.Exists(path))
        {
            return !File.Exists(path);
        }

        if (!ours(path))
        {
            return false;
        }

        Directory.Delete(path, recursive: true);
        return true;
    }

    /// <summary>
    /// The lock of an output folder: a file in the temporary folder named by a hash of the folder's full path, so
    /// nothing is left beside the output (a lock file is never deleted: a waiter may hold it open). The folder is the
    /// user's own (<c>botforge-locks-USER</c>, only the user may enter it on Unix): on a machine several users share,
    /// the first to build would otherwise own the folder and every other user's build would fail to lock.
    /// </summary>
    private static string LockPath(string target)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(target)))[..24];
        var user = string.Concat(Environment.UserName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var folder = Path.Combine(Path.GetTempPath(), "botforge-locks-" + user);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return Path.Combine(folder, hash + ".lock");
    }

    /// <summary>An exclusive lock, held for the whole write; the OS releases it if the process dies.</summary>
    private static FileStream Lock(string path)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(25);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"another build has held {Path.GetFileName(path)} for over {LockWait.TotalMinutes:0} minutes", e);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the marked staging folder is removed by the next build anyway.
        }
    }
}
