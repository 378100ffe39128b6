using System.Collections.Concurrent;
using BotForge.Project;
using BotForge.Tests.Support;

namespace BotForge.Tests.Project;

/// <summary>
/// Compilations that share work (<see cref="SharedWork"/>, used by <c>diff</c>) parse and schema-check each file
/// text once and join similar user says once (BF2006), and still give every file its own locations and messages:
/// exactly what compiling alone gives.
/// </summary>
public sealed class SharedWorkTests
{
    private const string Broken = "nodes:\n  - id: BROKEN\n    start: true\n    user_says: [hi\n";
    private const string BadKind = "nodes:\n  - id: BAD\n    type: statc\n    user_says: [hello]\n";

    [Fact]
    public async Task Each_file_text_is_worked_on_once_and_a_caller_takes_over_what_another_is_still_doing()
    {
        var share = new WorkShare<string, string>(StringComparer.Ordinal);
        var calls = new ConcurrentDictionary<string, int>();
        using var started = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        string Work(string key)
        {
            calls.AddOrUpdate(key, 1, (_, n) => n + 1);
            if (key == "slow")
            {
                started.Set();
                Assert.True(gate.Wait(TimeSpan.FromSeconds(20)), "the second caller never went on with its other items");
            }

            return key.ToUpperInvariant();
        }

        var first = new ConcurrentBag<(string, string, bool)>();
        var firstRun = Task.Run(() => share.ForEach(["slow"], k => k, Work, (k, v, own) => first.Add((k, v, own))));
        Assert.True(started.Wait(TimeSpan.FromSeconds(20)));

        // "slow" is under way in the first caller: the second does "other" (which lets the first finish) and takes "slow" at the end.
        var second = new ConcurrentBag<(string, string, bool)>();
        share.ForEach(["slow", "other", "other"], k => k, Work, (k, v, own) =>
        {
            second.Add((k, v, own));
            if (k == "other")
            {
                gate.Set();
            }
        });
        await firstRun;

        Assert.Equal([("slow", "SLOW", true)], first);
        Assert.Equal([("other", "OTHER", false), ("other", "OTHER", true), ("slow", "SLOW", false)], second.Order());
        Assert.Equal(1, calls["slow"]);
        Assert.Equal(1, calls["other"]);
    }

    /// <param name="broken">With a file that does not parse in both versions: then nothing binding or the rules find is told.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_versions_loaded_with_shared_work_get_what_each_gets_alone(bool broken)
    {
        using var old = TempProject.CopyOf(Repo.ExampleBot);
        if (broken)
        {
            File.WriteAllText(Path.Combine(old.Root, "stories/support/broken.yaml"), Broken);
        }

        File.WriteAllText(Path.Combine(old.Root, "stories/support/bad.yaml"), BadKind);
        using var @new = TempProject.CopyOf(old.Root);
        @new.Edit("stories/support/who_am_i.yaml", "- show my account", "- show me my account");
        @new.Edit("stories/support/raise_ticket.yaml", "- I want to complain", "- show me my accounts");   // BF2006 in NEW only

        var shared = new SharedWork();
        var together = await Task.WhenAll(
            Task.Run(() => Render(Compilation.Create(old.Root, "old", shared: shared))),
            Task.Run(() => Render(Compilation.Create(@new.Root, "new", shared: shared))));
        var alone = new[] { Render(Compilation.Create(old.Root, "old")), Render(Compilation.Create(@new.Root, "new")) };

        Assert.Equal(alone, together);
        Assert.Contains("new/stories/support/bad.yaml:3:11 BF0105", together[1], StringComparison.Ordinal);
        if (broken)
        {
            Assert.Contains("old/stories/support/broken.yaml:", together[0], StringComparison.Ordinal);
            Assert.Contains("new/stories/support/broken.yaml:", together[1], StringComparison.Ordinal);
            Assert.DoesNotContain("BF2006", together[1], StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("BF2006 'show me my account' on WHO_AM_I is 85% similar to 'show me my accounts'", together[1], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("BF2006", together[0], StringComparison.Ordinal);
        Assert.DoesNotContain("new/", together[0], StringComparison.Ordinal);
        Assert.DoesNotContain("old/", together[1], StringComparison.Ordinal);
        Assert.Contains("new/stories/support/who_am_i.yaml@", together[1], StringComparison.Ordinal);   // the model's places were walked
        Assert.Contains("new/botforge.yaml@", together[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_text_that_parsed_cleanly_is_one_tree_for_both_versions_and_a_broken_one_is_parsed_for_each()
    {
        using var old = TempProject.CopyOf(Repo.ExampleBot);
        File.WriteAllText(Path.Combine(old.Root, "stories/support/bad.yaml"), BadKind);
        File.WriteAllText(Path.Combine(old.Root, "stories/support/duplicate.yaml"), "nodes: []\nnodes: []\n");
        using var @new = TempProject.CopyOf(old.Root);

        var shared = new SharedWork();
        var versions = await Task.WhenAll(
            Task.Run(() => Compilation.Create(old.Root, "old", shared: shared)),
            Task.Run(() => Compilation.Create(@new.Root, "new", shared: shared)));
        SourceDocument Document(Compilation compilation, string path) => compilation.Sources!.Documents.Single(d => d.RelativePath == path);

        // A clean parse is taken over as it is (a tree names no file), even when the schema check finds a problem.
        Assert.Same(Document(versions[0], "stories/support/bad.yaml").Root, Document(versions[1], "stories/support/bad.yaml").Root);
        Assert.Same(Document(versions[0], "botforge.yaml").Root, Document(versions[1], "botforge.yaml").Root);

        // The parser reported a duplicate key: each version parses the file for itself, so the message names its file.
        Assert.NotSame(Document(versions[0], "stories/support/duplicate.yaml").Root, Document(versions[1], "stories/support/duplicate.yaml").Root);
        Assert.Contains(versions[1].Validate(), d => d.Location?.File.Path == "new/stories/support/duplicate.yaml" && d.Location.Start.Line == 2);
    }

    /// <summary>
    /// Every finding with its place, and every place the bound model points at (nodes, texts, utterances,
    /// connections...), found by walking the model: what a compilation tells and points at.
    /// </summary>
    private static string Render(Compilation compilation) =>
        string.Join('\n', compilation.Validate().Select(d => $"{d.Location?.File.Path}:{d.Location?.Start.Line}:{d.Location?.Start.Column} {d.Code} {d.Message}"))
        + "\n" + string.Join(' ', ModelPlaces.Of(compilation.Model!).Select(l => $"{l.File.Path}@{l.Span.Start}-{l.Span.End}"));
}
