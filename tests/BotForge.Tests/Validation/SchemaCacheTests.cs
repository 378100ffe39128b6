using BotForge.Cli.Commands;
using BotForge.Cli;
using BotForge.Diagnostics;
using BotForge.Tests.Support;
using BotForge.Validation;

namespace BotForge.Tests.Validation;

/// <summary>The per-user cache of files that passed the schema check: exact, never trusted for failing files, best-effort.</summary>
public sealed class SchemaCacheTests
{
    private const string Flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n";
    private const string BadFlow = "nodes:\n  - id: B\n    type: statc\n";

    private static IReadOnlyList<Diagnostic> Validate(TempProject project, SchemaCache? cache) =>
        Compilation.Create(project.Root, ".", cache: cache).Validate();

    private static string Render(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => $"{d.Location?.File.Path}:{d.Location?.Start.Line}:{d.Location?.Start.Column} {d.Code} {d.Message}"));

    private static int Entries(string root) =>
        Directory.Exists(Path.Combine(root, "schema-passed")) ? Directory.GetFiles(Path.Combine(root, "schema-passed"), "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public void Files_that_pass_are_remembered_and_the_results_stay_the_same()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("stories/main/bad.yaml", BadFlow));
        using var cacheRoot = new TempProject();
        var cache = new SchemaCache(cacheRoot.Root);

        var uncached = Render(Validate(project, null));
        var first = Render(Validate(project, cache));
        var second = Render(Validate(project, cache));

        Assert.Contains("BF0105", uncached, StringComparison.Ordinal);
        Assert.Equal(uncached, first);
        Assert.Equal(uncached, second);
        Assert.Equal(2, Entries(cacheRoot.Root));   // botforge.yaml and flow.yaml; bad.yaml never
    }

    [Fact]
    public void A_remembered_content_is_not_checked_again_and_a_changed_one_is()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", BadFlow));
        using var cacheRoot = new TempProject();
        var cache = new SchemaCache(cacheRoot.Root);
        var document = Compilation.Create(project.Root, ".").Sources!.Documents.Single(d => d.RelativePath == "stories/main/flow.yaml");

        // Mark the failing content as passed (what a tampered cache would say): the check is skipped, which is
        // why the cache lives in the user's own folder and never in the project.
        cache.Remember(document);
        Assert.DoesNotContain(Validate(project, cache), d => d.Code == "BF0105");

        project.Write("stories/main/flow.yaml", BadFlow + "    name: changed\n");
        Assert.Contains(Validate(project, cache), d => d.Code == "BF0105");
    }

    [Fact]
    public void An_unusable_cache_folder_changes_nothing()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("stories/main/bad.yaml", BadFlow));
        using var cacheRoot = new TempProject();
        var blocked = cacheRoot.Write("not-a-folder", "x");   // the cache root is a file: nothing can be created under it

        var diagnostics = Validate(project, new SchemaCache(blocked));

        Assert.Equal(Render(Validate(project, null)), Render(diagnostics));
    }

    [Fact]
    public void Validate_and_build_on_the_command_line_use_the_cache_they_are_given()
    {
        using var cacheRoot = new TempProject();
        var cache = new SchemaCache(cacheRoot.Root);
        using var output = new TempProject();

        var code = BotForgeCli.Run(["build", Repo.ExampleBot, "--out", Path.Combine(output.Root, "dist")], new StringWriter(), new StringWriter(), cache: cache);

        Assert.Equal(0, code);
        Assert.Equal(Directory.GetFiles(Repo.ExampleBot, "*.yaml", SearchOption.AllDirectories).Length, Entries(cacheRoot.Root));
    }

    [Theory]
    [InlineData("off", null, null)]
    [InlineData("/tmp/custom", null, "/tmp/custom")]
    [InlineData(null, "/tmp/xdg", "/tmp/xdg/botforge")]
    public void The_cli_finds_the_cache_folder_from_the_environment(string? configured, string? xdg, string? expected)
    {
        var cache = CliIO.UserCache(name => name switch
        {
            "BOTFORGE_CACHE_DIR" => configured,
            "XDG_CACHE_HOME" => xdg,
            _ => null,
        });

        Assert.Equal(expected, cache?.Root);
    }

    /// <summary>
    /// A relative XDG_CACHE_HOME is not used (the XDG specification says to ignore one): it put the cache in the
    /// folder the command ran in, a bot's repository included. A relative BOTFORGE_CACHE_DIR, the user's own choice,
    /// is taken from the working folder once, as a full path.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("relative/cache")]
    [InlineData("~/.cache")]
    public void A_relative_xdg_cache_home_is_ignored(string xdg)
    {
        var cache = CliIO.UserCache(name => name == "XDG_CACHE_HOME" ? xdg : null);

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.IsPathFullyQualified(home) ? Path.Combine(home, ".cache", "botforge") : null, cache?.Root);
        Assert.Equal(Path.GetFullPath("mine"), CliIO.UserCache(name => name == "BOTFORGE_CACHE_DIR" ? "mine" : null)!.Root);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("false", true)]
    [InlineData("0", true)]
    [InlineData("true", false)]
    [InlineData("1", false)]
    public void The_sentence_model_is_compiled_into_the_cache_but_on_a_ci_machine(string? ci, bool compiles)
    {
        var cache = CliIO.UserCache(name => name switch
        {
            "BOTFORGE_CACHE_DIR" => "/tmp/custom",
            "CI" => ci,
            _ => null,
        });

        Assert.Equal(compiles, cache!.KeepsCompiledModel);
    }
}
