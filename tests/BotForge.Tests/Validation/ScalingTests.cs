using BotForge.Diff;
using BotForge.Project;
using BotForge.Tests.Support;

namespace BotForge.Tests.Validation;

/// <summary>Tests that measure the whole process (allocated bytes), so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>
/// Guards against quadratic passes (a copy or a re-serialisation per node, lookups that build lists) without
/// timing anything: the bytes allocated by validate, build and diff on a synthetic bot of 2,000 nodes and of
/// five times as many, after a warm-up. Linear work allocates about five times as much (5.07 measured); a pass
/// that allocates per pair of nodes grows 25-fold: copying the node list once per node (800 MB at 10,000 nodes)
/// raised the ratio to 7.3. The sizes are this large because smaller bots hide a quadratic term behind the linear
/// ones (at 2,000 nodes the same copy moved the ratio by 0.2). A quadratic loop that allocates nothing is not
/// seen here; tools/bench.py's growth ratios are the check for that.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class ScalingTests
{
    private const int Small = 2000;

    [Fact]
    public void Five_times_the_nodes_allocates_about_five_times_as_much()
    {
        using var small = SyntheticBot.Generated(Small);
        using var large = SyntheticBot.Generated(Small * 5);
        Pipeline(small.Root);   // warm-up: the schema, the templates and every first-use cache

        var ratio = (double)Allocated(() => Pipeline(large.Root)) / Allocated(() => Pipeline(small.Root));

        Assert.InRange(ratio, 4.0, 6.0);
    }

    [Fact]
    public void Five_times_the_mistakes_allocate_about_five_times_as_much()
    {
        // As many unknown keys at the top of the file as it has nodes (every tenth node with a carousel left empty,
        // its keys one level too far left): each unknown key's hint looks for an empty key it may belong under.
        // Walking the file for each was quadratic (20 s for 20,000 keys), and so was finding each key's place in
        // its mapping.
        static TempProject Broken(int nodes) => TempProject.With(("stories/main/flow.yaml",
            "nodes:\n" + string.Concat(Enumerable.Range(0, nodes).Select(i => i % 10 == 0
                ? $"  - id: N{i}\n    type: output\n    bot_says:\n      carousel:\n      width: MEDIUM\n      items: [{{ title: T{i} }}]\n"
                : $"  - id: N{i}\n    type: output\n    end: true\n    bot_says: Done {i}.\n"))
            + string.Concat(Enumerable.Range(0, nodes).Select(i => $"key_{i}: {i}\n"))));

        // Smaller than the bots above: each mistake costs about a millisecond of the schema check, and a quadratic
        // walk shows at once (it allocates per key and per node of the file).
        using var small = Broken(400);
        using var large = Broken(2000);
        Assert.Contains(Compilation.Create(small.Root, ".").Validate(), d => d.Hint?.StartsWith("'width' is a key of 'carousel:'", StringComparison.Ordinal) == true);

        var ratio = (double)Allocated(() => Compilation.Create(large.Root, ".").Validate()) / Allocated(() => Compilation.Create(small.Root, ".").Validate());

        Assert.InRange(ratio, 4.0, 6.5);
    }

    [Fact]
    public void Five_times_a_chain_of_entity_conditions_allocates_about_five_times_as_much()
    {
        // Each node asks for a colour and goes on to the next on it; the last asks for a size and leads back to the
        // first when it is large: one loop round the whole chain (BF1034). BF1034 walked from every node to the end,
        // and gathered the entities each walk could read the same way: 23 s for 3,000 nodes.
        static TempProject Chain(int nodes) => TempProject.With(
            ("entities.yaml", "entities:\n  - name: color\n    type: dictionary\n    values: { red: [red], blue: [blue] }\n  - name: size\n    type: dictionary\n    values: { small: [small], large: [large] }\n"),
            ("stories/main/flow.yaml", "nodes:\n" + string.Concat(Enumerable.Range(0, nodes).Select(i =>
                $"  - id: N{i}\n{(i == 0 ? "    start: true\n    user_says: [begin]\n" : string.Empty)}    entities:\n      - entity: {(i == nodes - 1 ? "size" : "color")}\n        prompt: Which?\n    bot_says:\n      final: Noted.\n    next:\n"
                + (i == nodes - 1 ? "      - to: N0\n        entity: { name: size, values: [large] }\n" : $"      - to: N{i + 1}\n        entity: color\n")))));

        using var small = Chain(400);
        using var large = Chain(2000);
        Assert.Single(Compilation.Create(small.Root, ".").Validate(), d => d.Code == "BF1034");

        var ratio = (double)Allocated(() => Compilation.Create(large.Root, ".").Validate()) / Allocated(() => Compilation.Create(small.Root, ".").Validate());

        Assert.InRange(ratio, 4.0, 6.5);
    }

    /// <summary>What validate, build and diff do: every stage, the bundle in memory, and a diff of the bot with itself.</summary>
    private static void Pipeline(string root)
    {
        var compilation = Compilation.Create(root, ".");
        var diagnostics = compilation.Validate();
        Assert.NotNull(compilation.Emit());

        var shared = new SharedWork();
        var other = Compilation.Create(root, ".", shared: shared);
        var again = Compilation.Create(root, ".", shared: shared);
        var diff = BotDiffer.Compare(new DiffInput(".", other.Model!, other.Validate()), new DiffInput(".", again.Model!, again.Validate()));
        Assert.NotEmpty(DiffReport.Write(diff, other.Model!, again.Model!, DiffReportFormat.Markdown));
        Assert.Equal(diagnostics.Count, again.Validate().Count);
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}
