using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BotForge.Binding;
using BotForge.Diagnostics;
using BotForge.Diff;
using BotForge.Emit;
using BotForge.Model;
using BotForge.Project;
using BotForge.Validation;
using BotForge.Validation.Rules;

namespace BotForge.Benchmarks;

/// <summary>
/// Each compiler stage on a synthetic bot (tools/make_synthetic_bot.py, 20 user says per node on average), in
/// process and after warm-up, so the figures are the stages' own cost without process start or JIT. The CLI's
/// cold wall time is measured by tools/bench.py.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _root = "";
    private ProjectSources _sources = null!;
    private BotModel _model = null!;
    private BotModel _sameModel = null!;

    /// <summary>Bot sizes in nodes: BOTFORGE_BENCH_NODES (comma-separated), else 1,000, 10,000 and 50,000.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("BOTFORGE_BENCH_NODES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [1_000, 10_000, 50_000];

    [ParamsSource(nameof(Sizes))]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = SyntheticBot.Ensure(Nodes);
        _sources = ProjectLoader.Load(_root, _root, new DiagnosticBag())!;
        _model = Binder.Bind(_sources, new DiagnosticBag())!;
        _sameModel = Binder.Bind(_sources, new DiagnosticBag())!;
    }

    [Benchmark(Description = "load (find, read, parse)")]
    public ProjectSources? Load() => ProjectLoader.Load(_root, _root, new DiagnosticBag());

    [Benchmark(Description = "schema check")]
    public DiagnosticBag SchemaCheck()
    {
        var bag = new DiagnosticBag();
        SchemaValidator.Validate(_sources, bag);
        return bag;
    }

    [Benchmark(Description = "bind")]
    public BotModel? Bind() => Binder.Bind(_sources, new DiagnosticBag());

    [Benchmark(Description = "rules")]
    public DiagnosticBag Rules()
    {
        var bag = new DiagnosticBag();
        RuleRunner.Run(_model, bag);
        return bag;
    }

    [Benchmark(Description = "emit")]
    public IReadOnlyList<EmittedFile> Emit() => Emitter.Emit(_model);

    /// <summary>The diff's own work on two bound versions (every node compared, risks, the Markdown report).</summary>
    [Benchmark(Description = "diff (compare + report)")]
    public string Diff()
    {
        var diff = BotDiffer.Compare(new DiffInput("old", _model, []), new DiffInput("new", _sameModel, []));
        return DiffReport.Write(diff, _model, _sameModel, DiffReportFormat.Markdown);
    }

    [Benchmark(Description = "validate (all stages)")]
    public IReadOnlyList<Diagnostic> Validate() => Compilation.Create(_root).Validate();
}

/// <summary>Generates the synthetic bots once per size into the temp folder (the generator is deterministic).</summary>
internal static class SyntheticBot
{
    public static string Ensure(int nodes)
    {
        var root = Path.Combine(Path.GetTempPath(), "botforge-bench", $"bot-{nodes}");
        if (File.Exists(Path.Combine(root, "botforge.yaml")))
        {
            return root;
        }

        var generator = Path.Combine(RepoRoot(), "tools", "make_synthetic_bot.py");
        using var process = Process.Start(new ProcessStartInfo("python3", [generator, root, "--nodes", nodes.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make_synthetic_bot.py failed with exit code {process.ExitCode}");
        }

        return root;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotForge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the BotForge repository");
    }
}
