namespace BotForge.Parsing;

/// <summary>
/// Bounds on what BotForge reads, so hostile input ends in a diagnostic within bounded time and memory. The
/// defaults are far beyond real bots (a 50,000-node bot is 75 MB in 6,250 files); the CLI lets CI set others
/// through BOTFORGE_LIMIT_* environment variables (see docs/design/hostile-input.md).
/// </summary>
public sealed record Limits
{
    public static Limits Default { get; } = new();

    /// <summary>The largest source file read (YAML or a hand-written script), in bytes (BF0009).</summary>
    public long FileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The most YAML read in all, in bytes (BF0009).</summary>
    public long ProjectBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings in a file (BF0014).</summary>
    public int Depth { get; init; } = 64;

    /// <summary>Values (scalars, lists, mappings) in a file, each alias counted as the values it stands for (BF0107).</summary>
    public int Values { get; init; } = 2_000_000;

    /// <summary>The longest single value, in characters (BF0016).</summary>
    public int ValueLength { get; init; } = 100_000;

    /// <summary>Each setting with its environment variable, for the CLI and the docs.</summary>
    public static IReadOnlyList<(string Variable, Func<Limits, long> Get, Func<Limits, long, Limits> Set)> Settings { get; } =
    [
        ("BOTFORGE_LIMIT_FILE_BYTES", l => l.FileBytes, (l, v) => l with { FileBytes = v }),
        ("BOTFORGE_LIMIT_PROJECT_BYTES", l => l.ProjectBytes, (l, v) => l with { ProjectBytes = v }),
        ("BOTFORGE_LIMIT_DEPTH", l => l.Depth, (l, v) => l with { Depth = (int)Math.Min(v, 10_000) }),
        ("BOTFORGE_LIMIT_VALUES", l => l.Values, (l, v) => l with { Values = (int)Math.Min(v, int.MaxValue) }),
        ("BOTFORGE_LIMIT_VALUE_LENGTH", l => l.ValueLength, (l, v) => l with { ValueLength = (int)Math.Min(v, int.MaxValue) }),
    ];
}
