using System.Text;
using Xunit.Sdk;

namespace BotForge.Tests.Support;

/// <summary>
/// Golden files: expected outputs committed under tests/BotForge.Tests/Golden/. Set BOTFORGE_ACCEPT=1 to
/// rewrite them from the actual output; review the git diff before committing.
/// </summary>
internal static class Golden
{
    public static string Folder => Repo.Path_("tests", "BotForge.Tests", "Golden");

    public static void Match(string relativePath, byte[] actual)
    {
        var path = Path.Combine(Folder, relativePath);
        if (Environment.GetEnvironmentVariable("BOTFORGE_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"golden file {relativePath} does not exist; run the tests with BOTFORGE_ACCEPT=1 to create it, then review and commit it");
        }

        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            throw new XunitException($"{relativePath} differs from its golden file:\n{FirstDifference(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual))}\n" +
                "If the change is intended, run: BOTFORGE_ACCEPT=1 dotnet test, then review 'git diff tests/' and commit.");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"  line {i + 1}:\n  - expected: {el}\n  + actual:   {al}";
            }
        }

        return "  (same text, different bytes: check line endings or a byte-order mark)";
    }
}
