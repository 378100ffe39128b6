using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A text users would see, or a phrase that trains intent detection, that is empty or only spaces: <c>bot_says: ""</c>,
/// a quick reply <c>""</c>, a translation left <c>""</c>, a user say <c>""</c>.
/// </summary>
public sealed class EmptyTextRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1042", DiagnosticLevel.Error, "Empty text or phrase");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "empty-text";

    public override string Why => """
        An empty message (`bot_says: ""`, or only spaces) is sent as a blank bubble, an empty quick reply or button as a blank button users can tap, an empty translation (`{ en: Hello, hi: "" }`) as a blank bubble to the users of that language, and an empty taskbox title as a blank entry in the menu. None is what a bot means: to send nothing on purpose, a node says `"{}"`. An empty user say, negative user say, phrase of a connection, FAQ question or entity synonym is no phrase a user types: it trains intent detection on nothing, and a synonym that is empty is never met. Captions, subtitles and descriptions, which a message may go without, are not reported: leave the key out instead.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello, hi there]
            bot_says:
              - text: What can I do for you?
                quick_replies: [Track my order, ""]
        """, At: "stories/main/flow.yaml:8:41");

    public override RuleExample Fixed => Failing.Fix("[Track my order, \"\"]", "[Track my order, Talk to us]");

    public override void Check(RuleContext context)
    {
        // Blank texts are rare: binding notes whether there is one, and where is worked out only then.
        if ((context.Bot.TextTraits & TextTraits.Blank) == 0)
        {
            return;
        }

        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var message in response.Variants.SelectMany(v => v.Messages))
            {
                Shown(context, owner, message);
            }
        }

        foreach (var faq in context.Bot.Faq)
        {
            foreach (var reply in faq.QuickReplies)
            {
                Shown(context, reply, "a quick reply", $"the FAQ {faq.Id}", "a blank button");
            }

            Shown(context, faq.Link?.Text, "the link's text", $"the FAQ {faq.Id}", "a blank line");
            Shown(context, faq.Link?.Button, "the link's button", $"the FAQ {faq.Id}", "a blank button");
        }

        Shown(context, context.Bot.Business.BotBreakMessage, "the message", "the bot-break message", "a blank bubble");
        if (context.Bot.Taskbox is { } taskbox)
        {
            Shown(context, taskbox.Header, "the header", "the taskbox", "a blank bubble");
            foreach (var task in taskbox.Tasks)
            {
                Shown(context, task.Title, "the title", "a taskbox task", "a blank entry in the menu");
                Shown(context, task.UserSays, "the user says", "a taskbox task", "a tap that sends nothing");
            }
        }

        foreach (var said in context.UserSays)
        {
            Phrase(context, said.Utterance, said.Kind.Name(), said.Owner);
        }

        foreach (var node in context.Bot.Nodes)
        {
            foreach (var utterance in node.NegativeUserSays.All)
            {
                Phrase(context, utterance, "negative user say", node.SystemName);
            }
        }

        foreach (var entity in context.Bot.Entities)
        {
            foreach (var value in entity.Values)
            {
                foreach (var variant in value.Variants)
                {
                    Phrase(context, variant, "synonym", $"'{value.Value}' of the entity {entity.Name}");
                }
            }
        }
    }

    /// <summary>The texts of a message users see, each as what an empty one would show; captions, subtitles and descriptions may be left out, and are passed over.</summary>
    private static void Shown(RuleContext context, string owner, Message message)
    {
        switch (message)
        {
            case TextMessage text:
                Shown(context, text.Text, "a message", owner, "a blank bubble");
                Buttons(context, owner, text.QuickReplies, "a quick reply");
                break;
            case ButtonsMessage buttons:
                Shown(context, buttons.Text, "a message", owner, "a blank bubble");
                Buttons(context, owner, buttons.Buttons, "a button");
                break;
            case CarouselMessage carousel:
                foreach (var item in carousel.Items)
                {
                    Shown(context, item.Title, "a carousel card's title", owner, "a card without a title");
                    Buttons(context, owner, item.Buttons, "a button");
                }

                break;
            case FormMessage form:
                Shown(context, form.Title, "a form's title", owner, "a form without a title");
                foreach (var option in form.Fields.SelectMany(f => f.Options))
                {
                    Shown(context, option, "a form field's option", owner, "a blank option");
                }

                break;
        }
    }

    private static void Buttons(RuleContext context, string owner, IReadOnlyList<Button> buttons, string what)
    {
        foreach (var button in buttons)
        {
            Shown(context, button.Text, what, owner, "a blank button");
            Shown(context, button.Send, $"what {what} sends", owner, "a tap that sends nothing");
        }
    }

    private static void Shown(RuleContext context, LocalizedText? text, string what, string owner, string shows)
    {
        foreach (var (language, template) in text?.Translations ?? [])
        {
            if (string.IsNullOrWhiteSpace(template.Raw))
            {
                var translation = text!.Translations.Count > 1 ? $" in '{language}'" : string.Empty;
                context.Report(template.Location, $"{what} of {owner} is empty{translation}: users would get {shows}",
                    what == "a message" ? "write the text, or remove the message; a node says \"{}\" to send nothing on purpose" : "write the text, or remove it");
            }
        }
    }

    private static void Phrase(RuleContext context, Utterance utterance, string what, string owner)
    {
        if (string.IsNullOrWhiteSpace(utterance.Text))
        {
            context.Report(utterance.Location, $"a {what} of {owner} is empty: it is no phrase users type, and trains intent detection on nothing", "remove it, or write the phrase");
        }
    }
}
