using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// Two quick replies of one message, two buttons of one message, or two buttons of one carousel card, that show the
/// same text in one language: the user sees two alike and cannot tell which is which, and the reply meant for the
/// other choice is not offered. Found breaking a Korean courier's port, where '파손' (damaged) was written again in
/// place of '분실' (lost).
/// </summary>
public sealed class DuplicateReplyRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2043", DiagnosticLevel.Warning, "Two quick replies or buttons of one message that read the same");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "duplicate-reply";

    public override string Why => """
        Quick replies and buttons are the choices a message offers. Two of one message that show the same text (case and spacing aside) in a language look alike to the user, who cannot tell them apart, and the choice one of them was meant for is not offered: most often a line copied and not changed, or a translation written twice (`{ ko: 파손, en: Lost }` after `{ ko: 파손, en: Damaged }`). Judged per language, per message (per card of a carousel); the same reply on different messages is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: REPORT
            start: true
            end: true
            user_says: [report a problem]
            entities:
              - entity: problem
                prompt:
                  text: What went wrong?
                  quick_replies: [Damaged, Lost, Damaged]
            bot_says:
              final: Thanks, we will look into it.
        """, At: "stories/main/flow.yaml:10:42")
    {
        Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: problem\n    type: dictionary\n    values:\n      damaged: [damaged, broken]\n      lost: [lost, missing]\n      wrong_item: [wrong item]\n" },
    };

    public override RuleExample Fixed => Failing.Fix("quick_replies: [Damaged, Lost, Damaged]", "quick_replies: [Damaged, Lost, Wrong item]");

    public override void Check(RuleContext context)
    {
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var message in response.Variants.SelectMany(v => v.Messages))
            {
                IEnumerable<(string What, IEnumerable<LocalizedText> Shown)> groups = message switch
                {
                    TextMessage m => [("quick replies", m.QuickReplies.Select(r => r.Text))],
                    ButtonsMessage m => [("buttons", m.Buttons.Select(b => b.Text))],
                    CarouselMessage m => m.Items.Select(i => ("buttons of a carousel card", i.Buttons.Select(b => b.Text))),
                    _ => [],
                };
                foreach (var (what, shown) in groups)
                {
                    Check(context, shown, $"the {what} of a message of {owner}");
                }
            }
        }

        foreach (var faq in context.Bot.Faq)
        {
            Check(context, faq.QuickReplies, $"the quick replies of the FAQ {faq.Id}");
        }
    }

    /// <summary>Reports each reply that shows, in a language, the text of one before it among <paramref name="replies"/>.</summary>
    private static void Check(RuleContext context, IEnumerable<LocalizedText> replies, string among)
    {
        var languages = context.Bot.Bot.Languages;
        foreach (var language in languages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reply in replies)
            {
                if (reply.Translations.FirstOrDefault(t => t.Key == language).Value is { } shown && !seen.Add(UserSays.Normalize(shown.Raw)))
                {
                    context.Report(shown.Location,
                        $"'{shown.Raw.Trim()}'{(languages.Count > 1 ? $" ({language})" : string.Empty)} is shown twice among {among}: the user cannot tell the two apart",
                        "give each its own text (one was likely meant for another choice), or remove one");
                }
            }
        }
    }
}
