using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Tests.Support;

namespace BotForge.Tests.Tools;

/// <summary>The benchmark generator (tools/make_synthetic_bot.py) writes bots that are valid, varied and reproducible.</summary>
public sealed class SyntheticBotTests
{
    [Fact]
    public void A_generated_bot_validates_without_errors_and_uses_every_connection_kind()
    {
        using var project = new TempProject();
        SyntheticBot.Generate(project.Root, 240);

        var compilation = Compilation.Create(project.Root, ".");
        var diagnostics = compilation.Validate();

        Assert.DoesNotContain(diagnostics, d => d.Level == DiagnosticLevel.Error);
        var bot = compilation.Model!;
        Assert.Equal(240, bot.Nodes.Count());
        var kinds = bot.Nodes.SelectMany(n => n.Connections.Select(c => (From: n.Type, To: c.Target?.Type, c.Condition, Self: c.Target == n))).ToList();
        Assert.Contains(kinds, k => k is { Condition: UserSaysCondition, From: NodeType.Static, Self: false });
        Assert.Contains(kinds, k => k is { Condition: UserSaysCondition, From: NodeType.Output, To: NodeType.Static });
        Assert.Contains(kinds, k => k is { Condition: UserSaysCondition, Self: true });
        Assert.Contains(kinds, k => k is { Condition: EntityValueCondition, From: NodeType.Static, To: NodeType.Static });
        Assert.Contains(kinds, k => k is { Condition: AutomaticCondition, From: NodeType.Static, To: NodeType.Code });
        Assert.Contains(kinds, k => k is { Condition: RuleCondition, From: NodeType.Code, To: NodeType.Output });
        Assert.Contains(bot.Nodes, n => n.IsContextClear);
        Assert.Contains(bot.Nodes, n => n.Code is ActionStep { Action.Name: "salesforce.create_case" });
        Assert.Contains(bot.Nodes, n => n.Code is ActionStep { Action.Name: "salesforce.get_contact" });
        Assert.NotEmpty(bot.Faq);
        Assert.NotNull(bot.Taskbox);
    }

    [Fact]
    public void A_generated_bot_passes_its_generated_conversations()
    {
        using var project = new TempProject();
        SyntheticBot.Generate(project.Root, 240);

        var run = CliRun.Of(project.Root, "test", ".");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Matches(@"\nsynthetic: 20 passed, 0 failed in ", run.Out);
    }

    [Fact]
    public void The_same_arguments_give_the_same_bytes()
    {
        using var first = new TempProject();
        using var second = new TempProject();
        SyntheticBot.Generate(first.Root, 40);
        SyntheticBot.Generate(second.Root, 40);

        var files = Directory.GetFiles(first.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        Assert.Equal(files, Directory.GetFiles(second.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Root, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Root, f)), File.ReadAllBytes(Path.Combine(second.Root, f))));
    }
}
