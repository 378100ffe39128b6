using System.Text;
using BotForge.Tests.Support;

namespace BotForge.Tests.Graph;

/// <summary><c>botforge graph</c> through the real CLI: golden pictures of the example bot, story filter, errors.</summary>
public sealed class GraphTests
{
    [Theory]
    [InlineData("mermaid", null, "acme-support.mmd")]
    [InlineData("dot", null, "acme-support.dot")]
    [InlineData("mermaid", "support", "acme-support.support.mmd")]
    public void The_example_bot_is_drawn_as_its_golden_file(string format, string? story, string golden)
    {
        string[] args = story is null ? ["graph", "bots/acme-support", "--format", format] : ["graph", "bots/acme-support", "--format", format, "--story", story];

        var run = CliRun.Of(Repo.Root, args);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Error);
        Support.Golden.Match(Path.Combine("graph", golden), Encoding.UTF8.GetBytes(run.Out));
    }

    [Fact]
    public void Every_node_and_connection_of_the_example_bot_is_drawn()
    {
        var run = CliRun.Of(Repo.Root, "graph", "bots/acme-support", "--format", "dot");

        var model = Compilation.Create(Repo.ExampleBot).Model!;
        var lines = run.Out.Split('\n');

        Assert.Equal(model.Nodes.Count(), lines.Count(l => l.Contains(" [label=", StringComparison.Ordinal) && !l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Equal(model.Nodes.Sum(n => n.Connections.Count), lines.Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_story_is_bad_usage_and_names_the_stories()
    {
        var run = CliRun.Of(Repo.Root, "graph", "bots/acme-support", "--story", "billing");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("botforge: error: the bot has no story 'billing'; its stories: support\n", run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("mermaid", "n4(\"CASE_FAILED\")")]
    [InlineData("dot", "label=\"CASE_FAILED\"")]
    public void A_node_without_a_name_is_labelled_with_its_system_name_once(string format, string expected)
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        project.Edit("stories/support/raise_ticket.yaml", "    name: Case failed\n", string.Empty);

        var run = CliRun.Of(project.Root, "graph", ".", "--format", format);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CASE_FAILED<", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CASE_FAILED\\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bot_with_errors_is_drawn_and_its_errors_reported()
    {
        using var project = TempProject.CopyOf(Repo.ExampleBot);
        project.Edit("stories/support/greeting.yaml", "      - to: WHO_AM_I\n", "      - to: WHO_AM\n");

        var run = CliRun.Of(project.Root, "graph", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BF0203: no node has the system name 'WHO_AM'", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("flowchart TD\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_project_is_bad_input()
    {
        using var empty = new TempProject();

        var run = CliRun.Of(empty.Root, "graph", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
    }
}
