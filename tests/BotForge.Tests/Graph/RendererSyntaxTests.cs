using System.Text.RegularExpressions;
using BotForge.Tests.Support;

namespace BotForge.Tests.Graph;

/// <summary>
/// The pictures parse with the real tools: every Mermaid text BotForge writes (graphs, and the flowcharts in
/// the golden diffs) with the mermaid package GitHub renders with (tools/mermaid-check), every DOT text with
/// Graphviz's dot. Hostile names (quotes, brackets, pipes, arrows, backticks, HTML, comments, keywords) included.
/// Each check also gets one broken input, so a checker that accepts everything fails the test.
/// </summary>
public sealed partial class RendererSyntaxTests
{
    private const string HostileName = "Say \\\"hi\\\" ] | --> `x` <b>b</b> </details> %% end; {a} #1 ${entity.x} \\\\ ✓ \\n end";

    private static readonly string HostileFlow = $$"""
        nodes:
          - id: END
            name: "{{HostileName}}"
            start: true
            user_says: [hi, hello, hey, "a | b", "]-->", "`x`", "<i>", "%% c", "end", "x\"y"]
            bot_says: hello
            next:
              - to: SUBGRAPH
                user_says: ["go |]--> \"there\" `now` %% end", "{curly} braces"]
          - id: SUBGRAPH
            name: "end"
            type: static
            end: true
            bot_says: "there"
        """;

    [Fact]
    public async Task Every_mermaid_text_parses_with_mermaid()
    {
        using var work = new TempProject();
        var files = new List<string>();
        foreach (var golden in Directory.GetFiles(Path.Combine(Support.Golden.Folder, "graph"), "*.mmd"))
        {
            files.Add(golden);
        }

        foreach (var diff in Directory.GetFiles(Path.Combine(Support.Golden.Folder, "diff"), "diff.md", SearchOption.AllDirectories))
        {
            foreach (Match block in MermaidBlock().Matches(File.ReadAllText(diff)))
            {
                files.Add(work.Write($"{Path.GetFileName(Path.GetDirectoryName(diff))}.diff.mmd", block.Groups[1].Value));
            }
        }

        files.Add(work.Write("hostile.mmd", Graph("mermaid")));
        files.Add(work.Write("markup_in_names.mmd", CliRun.Of(Repo.Root, "graph", "tests/BotForge.Tests/Hostile/corpus/markup_in_names").Out));
        var broken = work.Write("broken.mmd", "flowchart TD\n  n0[\"a\"] --> n1]]\n");
        Assert.True(files.Count >= 10, $"only {files.Count} Mermaid texts found");

        var check = await MermaidCheckAsync([.. files, broken]);

        foreach (var file in files)
        {
            Assert.True(check.Out.Contains($"ok {file}\n", StringComparison.Ordinal), $"{file} does not parse:\n{check.Out}{check.Error}\n{File.ReadAllText(file)}");
        }

        Assert.Contains($"bad {broken}: ", check.Out, StringComparison.Ordinal);
        Assert.Equal(1, check.ExitCode);
    }

    [Fact]
    public async Task Every_dot_text_is_accepted_by_graphviz()
    {
        using var work = new TempProject();
        var files = Directory.GetFiles(Path.Combine(Support.Golden.Folder, "graph"), "*.dot").ToList();
        files.Add(work.Write("hostile.dot", Graph("dot")));
        files.Add(work.Write("markup_in_names.dot", CliRun.Of(Repo.Root, "graph", "tests/BotForge.Tests/Hostile/corpus/markup_in_names", "-f", "dot").Out));

        foreach (var file in files)
        {
            var dot = await Tool.RunAsync("dot", work.Root, null, "-Tsvg", file);
            Assert.True(dot.ExitCode == 0 && dot.Error.Length == 0, $"dot rejects {file}: {dot.Error}\n{File.ReadAllText(file)}");
            Assert.Contains("<svg", dot.Out, StringComparison.Ordinal);
        }

        var broken = await Tool.RunAsync("dot", work.Root, "digraph { n0 [label=\"a\"] -> }\n", "-Tsvg");
        Assert.NotEqual(0, broken.ExitCode);
    }

    [Fact]
    public void A_hostile_name_stays_one_label()
    {
        var mermaid = Graph("mermaid");
        var dot = Graph("dot");

        // Two nodes, one edge, whatever the names say: no text became syntax.
        Assert.Equal(2, mermaid.Split('\n').Count(l => Regex.IsMatch(l, @"^    n\d[\[\(\{]")));
        Assert.Single(mermaid.Split('\n'), l => l.Contains("-->", StringComparison.Ordinal));
        Assert.DoesNotContain("`", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("%%", mermaid, StringComparison.Ordinal);
        Assert.Single(dot.Split('\n'), l => l.Contains(" -> ", StringComparison.Ordinal));
    }

    private static string Graph(string format)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", HostileFlow));
        var run = CliRun.Of(project.Root, "graph", ".", "--format", format);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out;
    }

    /// <summary>Runs tools/mermaid-check, installing its locked packages first when they are missing.</summary>
    private static Task<Tool.Result> MermaidCheckAsync(IEnumerable<string> files) => Tool.NodeAsync("mermaid-check", "mermaid", ["check.mjs", .. files]);

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
