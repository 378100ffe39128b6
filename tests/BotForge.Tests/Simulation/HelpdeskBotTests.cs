using BotForge.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Simulation;

/// <summary>
/// helpdesk-bot/, the shape of a public IT-helpdesk bot ported to BotForge: the compiler's verdicts and the engine's
/// run agree on what a message at a pending prompt does. Its conversation tests (tests/prompts.yaml) each failed on
/// the engine that took a connection before the answer and took any entity from any message.
/// </summary>
public sealed class HelpdeskBotTests
{
    private static readonly string Bot = Repo.Path_("tests", "BotForge.Tests", "Simulation", "helpdesk-bot");

    [Fact]
    public void Its_conversation_tests_pass()
    {
        var run = CliRun.Of(Repo.Root, "test", Bot);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("it_helpdesk: 8 passed, 0 failed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_email_a_yes_path_can_skip_is_reported_where_the_action_reads_it_and_nothing_else()
    {
        var diagnostics = Compilation.Create(Bot, "helpdesk-bot").Validate();

        var finding = Assert.Single(diagnostics);
        Assert.Equal(("BF1015", DiagnosticLevel.Warning), (finding.Code, finding.Level));
        Assert.Equal("helpdesk-bot/stories/incidents/open_incident.yaml", finding.Location!.File.Path);
        Assert.Equal((46, 24), finding.Location.Start);
        Assert.Contains("'email' is not collected on every path into CREATE_INCIDENT", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_script_requires_the_email_a_path_can_skip()
    {
        using var output = new TempProject();

        var build = CliRun.Of(Repo.Root, "build", Bot, "--out", Path.Combine(output.Root, "dist"));
        var script = File.ReadAllText(Path.Combine(output.Root, "dist", "scripts", "CREATE_INCIDENT.py"));

        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("\nREQUIRED_ENTITIES = [\"email\"]\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_run_without_the_email_fails_the_step_and_sends_nothing()
    {
        using var scripts = ScriptHarness.Build(Bot);
        static System.Text.Json.Nodes.JsonObject Created() => ScriptHarness.Answer(201, """{"id": "5003000000D8cuI", "success": true, "errors": []}""");

        var without = scripts.Run("CREATE_INCIDENT", ScriptHarness.Event("CREATE_INCIDENT"), Created());
        var with = scripts.Run("CREATE_INCIDENT", ScriptHarness.Event("CREATE_INCIDENT", ScriptHarness.Entities(("email", "sam@example.com"))), Created());

        Assert.False(without.Status);
        Assert.Equal("the mandatory entity 'email' was not collected", without.Error);
        Assert.Empty(without.Requests);
        Assert.True(with.Status);
        Assert.Single(with.Requests);
    }
}
