using System.Text.Json.Nodes;
using BotForge.Tests.Support;

namespace BotForge.Tests.LanguageServer;

/// <summary>
/// What an author's editor shows before BotForge's own server answers: Red Hat's yaml-language-server (the YAML
/// extension of VS Code, also used by Neovim and Helix set-ups) validates each file against the schema its
/// <c># yaml-language-server: $schema=…</c> line names. The bots <c>init</c> writes and the example bot must show no
/// problem there; until 2026-12-07 every plain <c>bot_says: Hello</c> showed "Matches a schema that is not allowed".
/// Run through tools/lsp-client/yaml-ls.mjs (yaml-language-server's version locked in its package-lock.json).
/// </summary>
public sealed class YamlLanguageServerTests
{
    [Fact]
    public async Task The_example_bot_and_every_template_show_no_problem_in_yaml_language_server()
    {
        using var folder = new TempProject();
        var starter = CliRun.Of(folder.Root, "init", "starter-bot");
        var ticketing = CliRun.Of(folder.Root, "init", "ticket-bot", "--template", "ticketing");
        Assert.True(starter.ExitCode == 0 && ticketing.ExitCode == 0, starter.Error + ticketing.Error);
        var files = Directory.GetFiles(Repo.ExampleBot, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(folder.Root, "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains("/.github/", StringComparison.Ordinal)))
            .ToList();
        Assert.True(files.Count >= 15, $"only {files.Count} files");
        Assert.All(files, f => Assert.StartsWith("# yaml-language-server: $schema=", File.ReadLines(f).First(l => l.StartsWith('#')), StringComparison.Ordinal));

        var shown = await DiagnosticsOf(files);

        var problems = shown.Where(f => f.Value.Count > 0).Select(f => $"{f.Key}:\n  {string.Join("\n  ", f.Value)}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The check can fail: mistakes the schema describes are shown, on their lines.</summary>
    [Fact]
    public async Task A_mistake_the_schema_describes_is_shown_on_its_line()
    {
        // Laid out as in the repository, so the files' relative $schema paths (../../schemas/…) name the schemas.
        using var repo = new TempProject();
        TempProject.CopyInto(Repo.Path_("schemas"), Path.Combine(repo.Root, "schemas"));
        var bot = Path.Combine(repo.Root, "bots", "acme-support");
        TempProject.CopyInto(Repo.ExampleBot, bot);
        TempProject.EditFile(Path.Combine(bot, "botforge.yaml"), "  SF_BASE_URL:", "  sf_base_url:");
        var flow = Path.Combine(bot, "stories", "support", "who_am_i.yaml");
        TempProject.EditFile(flow, "    bot_says: Let me look up your account.", "    bot_says:\n      finale: Let me look up your account.");

        var shown = await DiagnosticsOf([Path.Combine(bot, "botforge.yaml"), flow]);

        Assert.Contains(shown[Path.Combine(bot, "botforge.yaml")], d => d.StartsWith("14:", StringComparison.Ordinal));
        Assert.Contains(shown[flow], d => d.StartsWith("19:", StringComparison.Ordinal) || d.StartsWith("20:", StringComparison.Ordinal));
        Assert.DoesNotContain(shown.Values.SelectMany(d => d), d => d.Contains("Unable to load schema", StringComparison.Ordinal));
    }

    /// <summary>Each file's diagnostics as "LINE: message".</summary>
    private static async Task<Dictionary<string, List<string>>> DiagnosticsOf(IReadOnlyList<string> files)
    {
        var run = await Tool.NodeAsync("lsp-client", "yaml-language-server", ["yaml-ls.mjs", .. files]);
        Assert.True(run.ExitCode == 0, $"tools/lsp-client/yaml-ls.mjs failed (exit {run.ExitCode}):\n{run.Out}\n{run.Error}");
        return JsonNode.Parse(run.Out)!.AsObject().ToDictionary(
            f => f.Key,
            f => f.Value!.AsArray().Select(d => $"{d!["line"]}: {d["message"]}").ToList());
    }
}
