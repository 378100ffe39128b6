using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;

namespace BotForge.Tests.Binding;

/// <summary>
/// A dollar sign before a placeholder (a price): `$$${output.balance}` is "$" and the value, since `$${` writes a
/// literal `${`; `$${output.balance}`, which shows the placeholder's own text, is BF2019.
/// </summary>
public sealed class DollarPlaceholderTests
{
    private const string Flow = """
        nodes:
          - id: PRICE
            start: true
            end: true
            user_says: [how much is it]
            bot_says: "It costs $$${user.full_name}, not $${user.full_name}; $$ and $ are left as written."
        """;

    [Fact]
    public void Three_dollars_before_a_placeholder_are_a_dollar_and_the_value()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));
        var compilation = Compilation.Create(project.Root, ".");
        Assert.DoesNotContain(compilation.Validate(), d => d.IsError);
        var bot = compilation.Model!;
        var engine = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null)), new CodeRunner(), new ConversationSettings());

        Assert.Equal(["It costs $Test User, not ${user.full_name}; $$ and $ are left as written."], engine.Say("how much is it").BotSays);
    }

    [Fact]
    public void A_placeholder_written_as_text_by_the_escape_is_bf2019_with_the_way_to_write_a_dollar_before_it()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF2019");

        Assert.Equal("'$${user.full_name}' shows the text '${user.full_name}' to users: $${ writes a literal ${", found.Message);
        Assert.Equal("for a dollar sign before the value, write $$${user.full_name}", found.Hint);
        Assert.Equal(6, found.Location!.Start.Line);
    }
}
