using BotForge.Diagnostics;
using BotForge.LanguageServer;
using BotForge.Tests.Support;
using CsCheck;

namespace BotForge.Tests.LanguageServer;

/// <summary>
/// Properties of compilations that start from other compilations' work (parses, schema checks, BF2006's join), which
/// must never change a verdict. Whatever edits an editor sends (text inserted or cut anywhere in any file, a file
/// emptied, every user say of the bot taken away), the language server's diagnostics after them are exactly what a
/// compilation of the same texts from scratch gives; and the two versions of a diff, compiled side by side with
/// shared work, each get what they get alone. Iterations: BOTFORGE_PROPERTY_ITERATIONS (a sixth of it; default
/// 150); a failure prints the edits that reproduce it.
/// </summary>
public sealed class EditPropertyTests
{
    private static readonly IReadOnlyList<string> Files = Repo.ExampleBotFiles;

    private static readonly string[] Pieces = ["\n", " ", "  - ", ": ", "[", "]", "{", "}", "${entity.", "\"", "'", "#", "to: ", "X", "é", "\t",
        "- id: NEW\n", "when: status == ", "&a ", "*a", "|\n  ", "---\n", "user_says: [hello there]\n"];

    /// <summary>One edit: in a file, at a place, cut some characters and insert a piece; or empty the file; or take every user say away.</summary>
    public readonly record struct Edit(int File, int Kind, int Position, int Cut, int Piece)
    {
        public override string ToString() => Kind switch
        {
            0 => $"{Files[File]}: emptied",
            1 => "every user_says renamed, in every file",
            _ => $"{Files[File]}: at {Position} cut {Cut}, insert {Pieces[Piece].Replace("\n", "\\n", StringComparison.Ordinal)}",
        };
    }

    private static readonly Gen<Edit[]> Edits = Gen.Select(Gen.Int[0, Files.Count - 1], Gen.Frequency((1, Gen.Const(0)), (1, Gen.Const(1)), (10, Gen.Const(2))),
        Gen.Int[0, 100_000], Gen.Int[0, 4].Select(i => new[] { 0, 0, 1, 3, 20 }[i]), Gen.Int[0, Pieces.Length - 1],
        (file, kind, position, cut, piece) => new Edit(file, kind, position, cut, piece)).Array[1, 8];

    private static long Iterations => Repo.PropertyIterations;

    [Fact]
    public void After_any_edits_the_diagnostics_are_those_of_a_compilation_from_scratch()
    {
        Edits.Sample(edits =>
        {
            using var project = TempProject.CopyOf(Repo.ExampleBot);
            var session = new ProjectSession(project.Root, cache: null);
            var texts = Files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(project.Root, f)), StringComparer.Ordinal);
            session.Latest.GetAwaiter().GetResult();
            foreach (var edit in edits)
            {
                foreach (var file in Apply(texts, edit))
                {
                    session.SetText(file, texts[file]);
                }

                // Some edits are compiled one by one, others queue up behind a compilation under way.
                if (edit.Position % 2 == 0)
                {
                    session.Latest.GetAwaiter().GetResult();
                }
            }

            var inSession = session.Latest.GetAwaiter().GetResult().Diagnostics.Select(Describe).ToList();
            foreach (var (file, text) in texts)
            {
                File.WriteAllText(Path.Combine(project.Root, file), text);
            }

            var fromScratch = Snapshot.Check(Compilation.Create(project.Root, displayPath: string.Empty)).Select(Describe).ToList();
            Assert.Equal(fromScratch, inSession);
        }, iter: Math.Max(1, Iterations / 6), threads: 1, print: e => string.Join("; ", e));
    }

    [Fact]
    public void Two_versions_compiled_side_by_side_with_shared_work_get_what_each_gets_alone()
    {
        Edits.Sample(edits =>
        {
            using var old = TempProject.CopyOf(Repo.ExampleBot);
            using var @new = TempProject.CopyOf(Repo.ExampleBot);
            var texts = Files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(@new.Root, f)), StringComparer.Ordinal);
            foreach (var file in edits.SelectMany(edit => Apply(texts, edit)).Distinct().ToList())
            {
                File.WriteAllText(Path.Combine(@new.Root, file), texts[file]);
            }

            var shared = new BotForge.Project.SharedWork();
            var together = Task.WhenAll(
                Task.Run(() => Compilation.Create(old.Root, "old", shared: shared).Validate().Select(Describe).ToList()),
                Task.Run(() => Compilation.Create(@new.Root, "new", shared: shared).Validate().Select(Describe).ToList())).GetAwaiter().GetResult();

            Assert.Equal(Compilation.Create(@new.Root, "new").Validate().Select(Describe), together[1]);
            Assert.Equal(Compilation.Create(old.Root, "old").Validate().Select(Describe), together[0]);
        }, iter: Math.Max(1, Iterations / 6), threads: 1, print: e => string.Join("; ", e));
    }

    /// <summary>Applies an edit to the texts; the files it changed.</summary>
    private static IEnumerable<string> Apply(Dictionary<string, string> texts, Edit edit)
    {
        var file = Files[edit.File];
        switch (edit.Kind)
        {
            case 0:
                texts[file] = string.Empty;
                return [file];
            case 1:
                foreach (var each in Files)
                {
                    texts[each] = texts[each].Replace("user_says:", "notes:", StringComparison.Ordinal).Replace("questions:", "notes:", StringComparison.Ordinal);
                }

                return Files;
            default:
                var text = texts[file];
                var at = edit.Position % (text.Length + 1);
                texts[file] = string.Concat(text.AsSpan(0, at), Pieces[edit.Piece], text.AsSpan(Math.Min(text.Length, at + edit.Cut)));
                return [file];
        }
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Location?.File.Path}:{d.Location?.Start.Line}:{d.Location?.Start.Column}: {d.Level} {d.Code}: {d.Message} | {d.Hint}";
}
