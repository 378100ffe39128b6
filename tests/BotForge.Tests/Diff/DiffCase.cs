using BotForge.Tests.Support;
using YamlDotNet.Serialization;

namespace BotForge.Tests.Diff;

/// <summary>
/// A before/after pair for the diff: two copies of the example bot, each changed by the edits of
/// <c>cases/NAME.yaml</c> (<c>old:</c> and <c>new:</c> lists of <c>file</c> + <c>replace</c>/<c>with</c>,
/// <c>file</c> + <c>append</c>, <c>write</c> + <c>text</c>, <c>move</c> + <c>to</c>). An edit whose text is not
/// found exactly once fails the test, so a case cannot silently stop testing what it says as the example bot evolves.
/// </summary>
internal sealed class DiffCase : IDisposable
{
    private readonly TempProject _folder = new();

    private DiffCase(string name)
    {
        Name = name;
        var edits = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, List<Dictionary<string, string>>>>(File.ReadAllText(Path.Combine(Folder, name + ".yaml")));
        foreach (var side in new[] { "old", "new" })
        {
            var root = Path.Combine(_folder.Root, side);
            TempProject.CopyInto(Repo.ExampleBot, root);
            foreach (var edit in edits.GetValueOrDefault(side) ?? [])
            {
                Apply(root, edit);
            }
        }
    }

    public static string Folder => Repo.Path_("tests", "BotForge.Tests", "Diff", "cases");

    public string Name { get; }

    /// <summary>The folder holding <c>old/</c> and <c>new/</c>: run the CLI here so paths print the same everywhere.</summary>
    public string Root => _folder.Root;

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static DiffCase Load(string name) => new(name);

    public CliRun Diff(string format) => CliRun.Of(Root, "diff", "old", "new", "--format", format);

    private static void Apply(string root, Dictionary<string, string> edit)
    {
        if (edit.TryGetValue("move", out var from))
        {
            var target = Path.Combine(root, edit["to"]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(root, from), target);
        }
        else if (edit.TryGetValue("write", out var written))
        {
            var target = Path.Combine(root, written);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, edit["text"]);
        }
        else
        {
            var path = Path.Combine(root, edit["file"]);
            var text = File.ReadAllText(path);
            if (edit.TryGetValue("append", out var appended))
            {
                text = text.TrimEnd('\n') + "\n" + appended;
            }
            else
            {
                var find = edit["replace"];
                var at = text.IndexOf(find, StringComparison.Ordinal);
                if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
                {
                    throw new InvalidOperationException($"{edit["file"]} must contain the text this case edits exactly once:\n{find}");
                }

                text = text.Replace(find, edit.GetValueOrDefault("with") ?? string.Empty, StringComparison.Ordinal);
            }

            File.WriteAllText(path, text);
        }
    }

    public void Dispose() => _folder.Dispose();
}
