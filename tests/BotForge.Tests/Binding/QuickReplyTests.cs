using System.Text.Json.Nodes;
using BotForge.Analysis;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;

namespace BotForge.Tests.Binding;

/// <summary>
/// A quick reply that sends a message of its own (the platform's "add a different user message"): its label is the
/// button's text, what it sends is the user's message; the emitted HSL, a conversation test's view, the diff's
/// description and BF2013 each take the right one.
/// </summary>
public sealed class QuickReplyTests
{
    private const string Flow = """
        nodes:
          - id: MENU
            start: true
            user_says: [show the menu]
            bot_says:
              text: What now?
              quick_replies: [Menu, { text: Track it, send: where is my parcel }]
            next:
              - to: TRACK
                user_says: [where is my parcel]
          - id: TRACK
            end: true
            bot_says: On its way.
        """;

    [Fact]
    public void The_label_is_shown_and_the_message_is_what_the_tap_sends()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow));
        var compilation = Compilation.Create(project.Root, ".");
        Assert.DoesNotContain(compilation.Validate(), d => d.IsError);

        var bundle = JsonNode.Parse(compilation.Emit()!.Single(f => f.Path == "bot.json").Content)!;
        var node = bundle["stories"]!.AsArray().SelectMany(s => s!["sub_stories"]!.AsArray()).SelectMany(s => s!["nodes"]!.AsArray()).Single(n => (string?)n!["system_name"] == "MENU")!;
        var replies = node["bot_says"]!["initial"]!["variants"]![0]!["messages"]!["en"]![0]!["data"]!["quick_replies"]!.AsArray();
        Assert.Equal([("Menu", "Menu"), ("Track it", "where is my parcel")],
            replies.Select(r => ((string)r!["actionable_text"]!, (string)r["payload"]!["message"]!)));

        var bot = compilation.Model!;
        var engine = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null)), new CodeRunner(), new ConversationSettings());
        Assert.Equal(["What now? [Menu][Track it]"], engine.Say("show the menu").BotSays);
        Assert.Equal(["On its way."], engine.Say("where is my parcel").BotSays);

        var message = bot.Nodes.Single(n => n.SystemName == "MENU").BotSays.Initial!.Variants[0].Messages[0];
        Assert.Equal("What now? [quick replies: Menu, Track it → says where is my parcel]", Describe.Message(message));
    }

    [Fact]
    public void Bf2013_judges_the_message_a_quick_reply_sends_not_its_label()
    {
        Assert.DoesNotContain(Diagnostics(Flow), d => d.Code == "BF2013");

        var found = Assert.Single(Diagnostics(Flow.Replace("send: where is my parcel", "send: banana bread", StringComparison.Ordinal)), d => d.Code == "BF2013");
        Assert.Contains("'banana bread'", found.Message, StringComparison.Ordinal);
        Assert.Equal((7, "      quick_replies: [Menu, { text: Track it, send: ".Length + 1), (found.Location!.Start.Line, found.Location.Start.Column));
    }

    [Fact]
    public void A_quick_reply_mapping_without_its_message_is_an_error_that_says_what_is_expected()
    {
        var found = Assert.Single(Diagnostics(Flow.Replace(", send: where is my parcel", string.Empty, StringComparison.Ordinal)), d => d.IsError);
        Assert.Equal(("BF0102", "item 2 of 'quick_replies' is missing the required key 'send'"), (found.Code, found.Message));

        var other = Assert.Single(Diagnostics(Flow.Replace("{ text: Track it, send: where is my parcel }", "{ send: where is my parcel }", StringComparison.Ordinal)), d => d.IsError);
        Assert.Equal(("BF0102", "item 2 of 'quick_replies' is missing the required key 'text'"), (other.Code, other.Message));
    }

    /// <summary>An FAQ's quick replies follow the last message of its answer, as a node's follow their text.</summary>
    [Fact]
    public void An_faqs_quick_replies_follow_its_answers_last_message()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("faq.yaml", """
            faq:
              - id: RETURNS
                questions: [what is your return policy]
                answer: [Any item within 30 days., Want a return?]
                quick_replies: [Raise a ticket, Menu]
                link: { text: The full policy, button: Open, url: https://acme.example.com/returns }
              - id: HOURS
                questions: [when are you open]
                answer: ["{}"]
                quick_replies: [Menu]
            """));
        var bot = Compilation.Create(project.Root, ".").Model!;
        var engine = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null)), new CodeRunner(), new ConversationSettings());

        Assert.Equal(["Any item within 30 days.", "Want a return? [Raise a ticket][Menu]", "The full policy [Open → https://acme.example.com/returns]"],
            engine.Say("what is your return policy").BotSays);
        Assert.Equal(["[Menu]"], engine.Say("when are you open").BotSays);
    }

    private static IReadOnlyList<BotForge.Diagnostics.Diagnostic> Diagnostics(string flow)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", flow));
        return Diagnose.Project(project.Root);
    }
}
