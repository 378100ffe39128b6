using ArchUnitNET.Loader;
using BotForge.Tests.Support;

namespace BotForge.Tests.Architecture;

/// <summary>
/// The namespaces of the product and which may use which. Every type reference counts (fields, signatures, base
/// types, attributes and method bodies), read from the built assemblies. A new edge fails the test until it is
/// added here on purpose; an edge the code no longer has must be taken out, so the picture in CONTRIBUTING.md
/// stays exact; and the graph may have no cycle.
/// </summary>
public sealed class NamespaceGraphTests
{
    /// <summary>Each namespace (without the leading <c>BotForge.</c>; <c>(root)</c> is <c>BotForge</c>) and what it may use; lowest layer first.</summary>
    internal const string Allowed = """
        Text                 →
        Syntax               → Text
        Python               → Text
        Diagnostics          → Python, Text
        Parsing              → Diagnostics, Syntax, Text
        Model                → Text
        Analysis.Similarity  →
        Analysis             → Model, Python, Text
        Project              → Analysis.Similarity, Diagnostics, Parsing, Syntax, Text
        Validation           → Diagnostics, Project, Syntax, Text
        Binding              → Diagnostics, Model, Parsing, Project, Python, Syntax, Text
        Simulation.Code      → Text
        Simulation.Nlu       → Analysis, Model, Python, Text
        Validation.Rules     → Analysis, Analysis.Similarity, Diagnostics, Model, Project, Python, Simulation.Nlu, Text
        Emit.Scripts         → Analysis, Model, Text
        Emit                 → Analysis, Diagnostics, Emit.Scripts, Model, Project
        Graph                → Analysis, Model
        Diff                 → Analysis, Diagnostics, Emit, Graph, Model, Text
        Simulation.Engine    → Analysis, Emit.Scripts, Model, Simulation.Code, Simulation.Nlu, Text
        Simulation.Testing   → Binding, Diagnostics, Model, Project, Simulation.Code, Simulation.Engine, Simulation.Nlu, Syntax, Text
        (root)               → Binding, Diagnostics, Emit, Model, Parsing, Project, Simulation.Nlu, Validation, Validation.Rules
        Deploy.Releases      → Project
        Deploy.Targets       → Deploy.Releases, Text
        Deploy.Planning      → (root), Deploy.Releases, Deploy.Targets, Diagnostics, Diff, Emit, Model, Parsing, Project, Text
        Serve                → Deploy.Releases, Validation
        LanguageServer       → (root), Analysis, Diagnostics, Model, Project, Python, Simulation.Testing, Syntax, Text, Validation, Validation.Rules
        Cli                  → (root), Parsing, Text, Validation
        Cli.Output           → (root), Cli, Diagnostics, Emit, Text
        Cli.Scaffold         → (root), Cli, Model, Text, Validation
        Cli.Arguments        → (root), Cli, Cli.Output, Deploy.Planning, Deploy.Releases, Deploy.Targets, Diagnostics, Model, Project
        Cli.Commands         → (root), Cli, Cli.Arguments, Cli.Output, Cli.Scaffold, Deploy.Planning, Deploy.Releases, Deploy.Targets, Diagnostics, Diff, Emit, Graph, LanguageServer, Model, Parsing, Project, Serve, Simulation.Code, Simulation.Engine, Simulation.Nlu, Simulation.Testing, Text, Validation
        """;

    private static readonly Lazy<IReadOnlyDictionary<(string From, string To), string>> Actual = new(ReadActual);

    [Fact]
    public void Every_namespace_uses_only_what_the_graph_allows()
    {
        var allowed = Parse(Allowed);
        var unexpected = Actual.Value.Where(e => !allowed.TryGetValue(e.Key.From, out var to) || !to.Contains(e.Key.To))
            .Select(e => $"{e.Key.From} → {e.Key.To} (e.g. {e.Value})").ToList();

        Assert.True(unexpected.Count == 0,
            "edges the namespace graph does not allow (move the code, or add the edge to NamespaceGraphTests.Allowed and CONTRIBUTING.md on purpose):\n  "
            + string.Join("\n  ", unexpected));
    }

    [Fact]
    public void Every_allowed_edge_is_used_so_the_picture_stays_exact()
    {
        var unused = Parse(Allowed).SelectMany(n => n.Value.Select(to => (n.Key, to))).Where(e => !Actual.Value.ContainsKey(e)).Select(e => $"{e.Key} → {e.to}").ToList();

        Assert.True(unused.Count == 0, "edges in the graph that no code uses any more (take them out of NamespaceGraphTests.Allowed and CONTRIBUTING.md):\n  " + string.Join("\n  ", unused));
    }

    [Fact]
    public void The_allowed_graph_has_no_cycle_and_lists_each_layer_after_what_it_uses()
    {
        var graph = Parse(Allowed);
        var order = graph.Keys.ToList();
        foreach (var (from, targets) in graph)
        {
            Assert.All(targets, to =>
            {
                Assert.True(graph.ContainsKey(to), $"{from} → {to}: {to} is not a namespace of the graph");
                Assert.True(order.IndexOf(to) < order.IndexOf(from), $"{from} → {to}: {to} must be listed before {from} (a layer uses only layers below it, so there is no cycle)");
            });
        }
    }

    [Fact]
    public void Contributing_guide_prints_the_enforced_graph()
    {
        var guide = File.ReadAllText(Repo.Path_("CONTRIBUTING.md")).ReplaceLineEndings("\n");

        Assert.Contains("```\n" + Allowed + "\n```", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_namespace_of_the_product_is_placed_in_the_graph()
    {
        var graph = Parse(Allowed);
        var missing = Namespaces().Where(n => !graph.ContainsKey(n)).ToList();

        Assert.True(missing.Count == 0, "namespaces not in the graph: " + string.Join(", ", missing));
    }

    private static Dictionary<string, HashSet<string>> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('→'))
            .ToDictionary(
                parts => parts[0].Trim(),
                parts => parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

    private static IEnumerable<System.Reflection.Assembly> Assemblies() =>
    [
        typeof(Compilation).Assembly,
        typeof(global::BotForge.Deploy.Planning.ReleasePlan).Assembly,
        typeof(global::BotForge.Serve.PlatformServer).Assembly,
        typeof(global::BotForge.LanguageServer.BotForgeLanguageServer).Assembly,
        typeof(global::BotForge.Cli.Commands.BotForgeCli).Assembly,
    ];

    private static IEnumerable<string> Namespaces() =>
        Assemblies().SelectMany(a => a.GetTypes()).Select(t => Short(t.Namespace)).OfType<string>().Distinct();

    /// <summary>The namespace without <c>BotForge.</c>; null for one outside the product (the program's top-level statements, generated code).</summary>
    private static string? Short(string? name) => name switch
    {
        "BotForge" => "(root)",
        not null when name.StartsWith("BotForge.", StringComparison.Ordinal) => name["BotForge.".Length..],
        _ => null,
    };

    private static IReadOnlyDictionary<(string From, string To), string> ReadActual()
    {
        var architecture = new ArchLoader().LoadAssemblies([.. Assemblies()]).Build();
        var edges = new SortedDictionary<(string, string), string>();
        foreach (var type in architecture.Types)
        {
            foreach (var dependency in type.Dependencies)
            {
                var from = Short(dependency.Origin.Namespace.FullName);
                var to = Short(dependency.Target.Namespace.FullName);
                if (from is not null && to is not null && from != to)
                {
                    edges.TryAdd((from, to), $"{dependency.Origin.Name} uses {dependency.Target.Name}");
                }
            }
        }

        return edges;
    }
}
