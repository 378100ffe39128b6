using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>An FAQ's quick reply that the FAQ's own detection takes: tapped, it shows the same answer again.</summary>
public sealed class FaqReplyLoopRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2038", DiagnosticLevel.Warning, "FAQ quick reply that shows the same answer again");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "faq-reply-loop";

    public override string Why => """
        An FAQ's quick replies offer the user a next step: a tapped reply is sent as the user's message and detected like any other. One that no start node takes but the FAQ itself does (it reads like the FAQ's questions: "Check in now" under "How do I check in online?") shows the same answer again, and the user who tapped it for the next step goes round in a loop. Give the reply a start node whose user says hold it, or remove it. Judged with the engine's own intent detection, in each of the bot's languages; a reply that a phrase of some node's connection holds (the conversation may be on that node when the FAQ is asked) is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: FLIGHT_STATUS
            start: true
            end: true
            user_says: [flight status, is my flight on time, when does my flight leave]
            bot_says: Which flight?
        """, At: "faq.yaml:5:21")
    {
        Files = new Dictionary<string, string>
        {
            ["faq.yaml"] = """
                faq:
                  - id: WEB_CHECKIN
                    questions: [how do I check in online, when does web check-in open, can I do web checkin]
                    answer: Web check-in opens 48 hours before departure.
                    quick_replies: [Check in online now]
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("quick_replies: [Check in online now]", "quick_replies: [Flight status]");

    public override void Check(RuleContext context)
    {
        var bot = context.Bot;
        if (bot.Faq.All(f => f.QuickReplies.Count == 0))
        {
            return;
        }

        var several = bot.Bot.Languages.Count > 1;
        foreach (var language in bot.Bot.Languages)
        {
            var intents = context.Intents(language);
            var said = context.UserSays.Where(u => u.Language == language).ToList();
            // A phrase of some node's connection may be what the reply is for: the conversation may be on that node when the FAQ is asked.
            var phrases = said.Where(u => u.Kind == UtteranceKind.Connection).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            // Detection's own examples, written as they are, are taken by where they lead (the classifier scores them 1): no classifier needed to tell.
            var examples = said.Where(UserSays.TrainsDetection).ToLookup(u => u.Key, u => u.Destination, StringComparer.Ordinal);
            foreach (var faq in bot.Faq)
            {
                var own = "faq:" + faq.Id;
                foreach (var reply in faq.QuickReplies)
                {
                    // A reply with a placeholder sends what it holds at run time: nothing to judge here.
                    if (reply.Translations.FirstOrDefault(t => t.Key == language).Value is not { Literal: { } text } template)
                    {
                        continue;
                    }

                    var key = UserSays.Normalize(text);
                    if (key.Length == 0 || phrases.Contains(key))
                    {
                        continue;
                    }

                    // One of its own questions is taken by it for certain, another example by where it leads; another
                    // text as detection decides (not judged on a bot too large for the classifier to be built here).
                    var takenBy = examples[key].Contains(own) ? own : examples[key].Any() ? null : intents?.Value.Detect(text, out _)?.Intent;
                    if (takenBy == own)
                    {
                        context.Report(template.Location, $"'{text}'{(several ? $" ({language})" : string.Empty)}, a quick reply of FAQ {faq.Id}, is taken by {faq.Id} itself: tapped, it shows the same answer again",
                            "give it a start node whose user says hold it, or remove the reply");
                    }
                }
            }
        }
    }
}
