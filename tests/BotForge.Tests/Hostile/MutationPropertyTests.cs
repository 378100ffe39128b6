using System.Text;
using BotForge.Cli.Commands;
using BotForge.Tests.Support;
using CsCheck;

namespace BotForge.Tests.Hostile;

/// <summary>
/// Property: whatever random damage is done to the example bot's files (lines deleted or doubled, indentation
/// shifted or turned into tabs, files cut short, bytes inserted or overwritten), <c>botforge build</c> answers with
/// diagnostics and exit 0, 1 or 2, never an internal error or a stack trace, and leaves a complete output folder
/// or none; and <c>diff</c>, <c>graph</c> and the conversation-tests reader answer the same way. Iterations:
/// BOTFORGE_PROPERTY_ITERATIONS (default 150; a third of it for the second property); a failure prints the seed
/// that reproduces it.
/// </summary>
public sealed class MutationPropertyTests
{
    private static readonly IReadOnlyList<string> Files = Repo.ExampleBotFiles;

    /// <summary>One change to one file: which file, which kind of change, where, and a byte to use.</summary>
    public readonly record struct Mutation(int File, int Kind, int Position, byte Byte)
    {
        public override string ToString() => $"{Files[File]}: {Kinds[Kind]} at {Position} (byte 0x{Byte:X2})";
    }

    private static readonly string[] Kinds = ["delete line", "double line", "shift indent", "tab indent", "truncate", "insert byte", "overwrite byte"];

    private static readonly Gen<Mutation[]> Mutations = Gen.Select(Gen.Int[0, Files.Count - 1], Gen.Int[0, Kinds.Length - 1], Gen.Int[0, 1_000_000], Gen.Byte,
        (file, kind, position, value) => new Mutation(file, kind, position, value)).Array[1, 4];

    private static long Iterations => Repo.PropertyIterations;

    [Fact]
    public void Random_damage_never_crashes_the_compiler_nor_leaves_a_partial_output()
    {
        Mutations.Sample(mutations =>
        {
            using var project = Damaged(mutations);

            var outDir = Path.Combine(project.Root, "out");
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = BotForgeCli.Run(["build", project.Root, "--out", outDir], stdout, stderr);
            var console = stdout + "\n" + stderr;

            Assert.True(code is 0 or 1 or 2, $"exit {code}\n{console}");
            Assert.DoesNotContain("internal error", console, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", console, StringComparison.Ordinal);
            Assert.True(code == 0 ? File.Exists(Path.Combine(outDir, "manifest.json")) : !Directory.Exists(outDir),
                $"exit {code} with output folder {(Directory.Exists(outDir) ? "present" : "absent")}\n{console}");
            Assert.False(Directory.Exists(outDir + ".botforge-staging"), "a staging folder was left behind");
        }, iter: Iterations, threads: 1, print: m => string.Join("; ", m));
    }

    [Fact]
    public void Random_damage_never_crashes_diff_graph_or_the_conversation_tests_reader()
    {
        Mutations.Sample(mutations =>
        {
            using var project = Damaged(mutations);

            // The filter matches no conversation: the tests files are read and checked, no script runs.
            foreach (var (args, allowed) in new (string[], int[])[]
            {
                (["diff", Repo.ExampleBot, project.Root, "--format", "markdown"], [0, 2]),
                (["diff", project.Root, Repo.ExampleBot, "--format", "json"], [0, 2]),
                (["graph", project.Root, "--format", "dot"], [0, 1, 2]),
                (["test", project.Root, "--filter", "no conversation has this name"], [0, 1, 2]),
            })
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var code = BotForgeCli.Run(args, stdout, stderr);
                var console = stdout + "\n" + stderr;

                Assert.True(allowed.Contains(code), $"{args[0]}: exit {code}\n{console}");
                Assert.DoesNotContain("internal error", console, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", console, StringComparison.Ordinal);
            }
        }, iter: Math.Max(1, Iterations / 3), threads: 1, print: m => string.Join("; ", m));
    }

    /// <summary>A copy of the example bot with the mutations applied.</summary>
    private static TempProject Damaged(Mutation[] mutations)
    {
        var project = TempProject.CopyOf(Repo.ExampleBot);
        foreach (var mutation in mutations)
        {
            var path = Path.Combine(project.Root, Files[mutation.File]);
            File.WriteAllBytes(path, Apply(File.ReadAllBytes(path), mutation));
        }

        return project;
    }

    private static byte[] Apply(byte[] content, Mutation m)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n').ToList();
        var line = lines.Count == 0 ? 0 : m.Position % lines.Count;
        switch (m.Kind)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            case 2:
                lines[line] = m.Byte % 2 == 0 ? "  " + lines[line] : lines[line].TrimStart(' ');
                break;
            case 3:
                lines[line] = "\t" + lines[line].TrimStart(' ');
                break;
            case 4:
                return content[..(content.Length == 0 ? 0 : m.Position % content.Length)];
            case 5:
                var at = content.Length == 0 ? 0 : m.Position % (content.Length + 1);
                return [.. content[..at], m.Byte, .. content[at..]];
            default:
                var copy = content.ToArray();
                if (copy.Length > 0)
                {
                    copy[m.Position % copy.Length] = m.Byte;
                }

                return copy;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
