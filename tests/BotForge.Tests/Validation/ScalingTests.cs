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
