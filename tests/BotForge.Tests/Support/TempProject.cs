using System.Text;

namespace BotForge.Tests.Support;

/// <summary>A throwaway project folder; deleted when disposed.</summary>
internal sealed class TempProject : IDisposable
{
    public const string MinimalProjectFile = "bot:\n  id: test_bot\n  name: Test\n";

    /// <summary>A hand-written script that answers as the platform reads a response: status true, no other output.</summary>
    public const string Script = "import json\n\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {'Content-Type': 'application/json'}}\n";

    public TempProject(IReadOnlyDictionary<string, string>? files = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "botforge-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(Root);
        foreach (var (path, content) in files ?? new Dictionary<string, string>())
        {
            Write(path, content);
        }
    }

    public string Root { get; }

    /// <summary>A project with only botforge.yaml plus the given files.</summary>
    public static TempProject With(params (string Path, string Content)[] files)
    {
        var all = new Dictionary<string, string> { ["botforge.yaml"] = MinimalProjectFile };
        foreach (var (path, content) in files)
        {
            all[path] = content;
        }

        return new TempProject(all);
    }

    /// <summary>A copy of a whole folder (e.g. the example bot) without its build output.</summary>
    public static TempProject CopyOf(string source)
    {
        var project = new TempProject();
        CopyInto(source, project.Root);
        return project;
    }

    /// <summary>Copies a folder's files (not its dist/ build output) into <paramref name="target"/>.</summary>
    public static void CopyInto(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("dist", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Replaces text in a file of the project; the text must be there (a test must not edit nothing).</summary>
    public void Edit(string relative, string find, string replace) => EditFile(Path.Combine(Root, relative), find, replace);

    /// <summary>Replaces text in a file; the text must be there.</summary>
    public static void EditFile(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
