using BotForge.Diagnostics;
using BotForge.Project;

namespace BotForge.Emit;

/// <summary>
/// Replaces an output folder as a whole: files are written to a sibling staging folder, which then takes
/// the old folder's place by two renames. A failure at any point leaves the previous output as it was.
/// </summary>
public static class OutputFolder
{
    public static bool Write(string outDir, string displayPath, IReadOnlyList<EmittedFile> files, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outDir);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, ManifestWriter.FileName))))
        {
            diagnostics.Add(EmitDiagnostics.ForeignFolder(displayPath));
            return false;
        }

        var staging = target + ".botforge-staging";
        var previous = target + ".botforge-previous";
        try
        {
            DeleteIfExists(staging);
            DeleteIfExists(previous);
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = FolderPath.Inside(staging, file.Path) ?? throw new IOException($"refusing to write '{file.Path}' outside the output folder");

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            var parent = Path.GetDirectoryName(target);
            if (parent is not null)
            {
                Directory.CreateDirectory(parent);
            }

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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            diagnostics.Add(EmitDiagnostics.WriteFailed(displayPath, e.Message));
            return false;
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            DeleteIfExists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the staging folder is recreated from scratch by the next build anyway.
        }
    }
}
