using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>FAQ text that faq.csv, and so the platform's bulk import, carries differently from how it is written.</summary>
public sealed class FaqCsvTextRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2018", DiagnosticLevel.Warning, "FAQ text the platform's CSV import reads differently");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "faq-csv-text";

    public override string Why => """
        FAQ nodes reach the platform through faq.csv, one row per question. The answer's messages are joined there by the tag `<m>` and the quick replies by `|`, so either written inside one text splits it in two on import. A field that starts with `=`, `+`, `-` or `@` is written with an apostrophe first, so that a spreadsheet opening the file never runs it as a formula; the import may keep that apostrophe, and users then see it.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [hello]
        """, At: "faq.yaml:4:13")
    {
        Files = new Dictionary<string, string>
        {
            ["faq.yaml"] = """
                faq:
                  - id: HELPLINE
                    questions: [what is your phone number, how do I call you]
                    answer: +1 800 555 0100, every day from 8 to 8.
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("answer: +1 800", "answer: Call +1 800");

    public override void Check(RuleContext context)
    {
        foreach (var entry in context.Bot.Faq)
        {
            // Each question starts a field of its own, and so does the answer's first message (or smart action).
            foreach (var question in entry.Questions.All.Where(q => FaqCsv.StartsLikeFormula(q.Text)))
            {
                ReportFormula(context, question.Location, $"the question '{question.Text}' of {entry.Id}");
            }

            var messages = entry.Answer.Variants.Count > 0 ? entry.Answer.Variants[0].Messages : [];
            for (var i = 0; i < messages.Count; i++)
            {
                if (messages[i] is not TextMessage message)
                {
                    continue;
                }

                foreach (var (_, text) in message.Text.Translations)
                {
                    if (i == 0 && FaqCsv.StartsLikeFormula(text.Raw))
                    {
                        ReportFormula(context, message.Text.Location, $"the answer of {entry.Id}");
                    }

                    if (text.Raw.Contains(FaqCsv.MessageSeparator, StringComparison.Ordinal))
                    {
                        context.Report(message.Text.Location, $"the answer of {entry.Id} has '<m>' inside one message: the platform's import splits the answer there, into two messages",
                            "write the messages as a list: answer: [first message, second message]");
                    }
                }
            }

            for (var i = 0; i < entry.QuickReplies.Count; i++)
            {
                foreach (var (_, text) in entry.QuickReplies[i].Translations)
                {
                    if (i == 0 && FaqCsv.StartsLikeFormula(text.Raw))
                    {
                        ReportFormula(context, entry.QuickReplies[i].Location, $"the quick reply '{text.Raw}' of {entry.Id}");
                    }

                    if (text.Raw.Contains(FaqCsv.QuickReplySeparator, StringComparison.Ordinal))
                    {
                        context.Report(entry.QuickReplies[i].Location, $"the quick reply '{text.Raw}' of {entry.Id} has '|': the platform's import splits the quick replies there, into two",
                            "write it without '|', or as two quick replies");
                    }
                }
            }

            foreach (var link in new[] { entry.Link?.Text, entry.Link?.Button }.OfType<LocalizedText>())
            {
                if (link.Translations.Any(t => FaqCsv.StartsLikeFormula(t.Value.Raw)))
                {
                    ReportFormula(context, link.Location, $"the link text '{link.Translations[0].Value.Raw}' of {entry.Id}");
                }
            }
        }
    }

    private static void ReportFormula(RuleContext context, Text.SourceLocation at, string what) =>
        context.Report(at, $"{what} starts with a character a spreadsheet reads as a formula, so faq.csv writes it with an apostrophe first, which the platform's import may show",
            "start the text another way (\"Call +1 800…\", not \"+1 800…\")");
}
