using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;

namespace BotForge.Tests.Simulation.Engine;

/// <summary>What a conversation test sees of rich messages: every card of a carousel, every field of a form, a raw HSL message's type and texts, so `says` can check them.</summary>
public sealed class ResponseRendererTests
{
    [Fact]
    public void A_carousel_shows_each_card_with_its_details_and_buttons_and_a_form_its_fields()
    {
        const string Flow = """
            nodes:
              - id: PLANS
                start: true
                end: true
                user_says: [show me your plans]
                bot_says:
                  - carousel:
                      items:
                        - { title: Basic, subtitle: 10 GB, description: "$10 a month", buttons: [{ text: Choose Basic, send: basic }] }
                        - { title: "Max for ${user.full_name}", buttons: [{ text: Terms, url: https://example.com/terms }] }
                  - hsl: { type: SYSTEM, text: "", data: { event: chat_pinned } }
                  - hsl: { type: BUTTON, text: Pick one, data: { items: [{ actionable_text: "Yes", type: TEXT_ONLY }, { actionable_text: "No", type: TEXT_ONLY }] } }
                  - form:
                      title: Call me back
                      subtitle: We'll ring within the hour
                      fields:
                        - { key: phone, type: text, label: Phone, keyboard: number, mandatory: true }
                        - { key: day, type: picker, options: [Monday, Tuesday] }
            """;
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));
        var compilation = Compilation.Create(project.Root);
        Assert.DoesNotContain(compilation.Validate(), d => d.IsError);
        var bot = compilation.Model!;

        var trace = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null)), new CodeRunner(), new ConversationSettings()).Say("show me your plans");

        Assert.Equal([
            "[carousel] Basic: 10 GB, $10 a month [Choose Basic] | Max for Test User [Terms]",
            "[hsl SYSTEM chat_pinned]",
            "[hsl BUTTON] Pick one [Yes][No]",
            "[form] Call me back: We'll ring within the hour [Phone][day]",
        ], trace.BotSays);
    }
}
