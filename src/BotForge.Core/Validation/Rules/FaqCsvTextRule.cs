using BotForge.Analysis;
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
        FAQ nodes reach the platform through faq.csv, one row per FAQ. Its questions are joined there by `|`, the answer's messages by the tag `<m>` and the quick replies by `|`, so any of these written inside one text splits it in two on import (a question split so trains intent detection on both halves). A field that starts with `=`, `+`, `-` or `@` is written with an apostrophe first, so that a spreadsheet opening the file never runs it as a formula; the import may keep that apostrophe, and users then see it.
        """;

    public override RuleExample Failing => new(ExampleBots.Hello, At: "faq.yaml:4:13")
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
            foreach (var (what, at, text) in FieldStarts(entry).Where(f => FaqCsv.StartsLikeFormula(f.Text)))
            {
                context.Report(at, $"{what} of {entry.Id} starts with a character a spreadsheet reads as a formula, so faq.csv writes it with an apostrophe first, which the platform's import may show",
                    "start the text another way (\"Call +1 800…\", not \"+1 800…\")");
            }

            foreach (var message in entry.CsvMessages.OfType<TextMessage>().Where(m => m.Text.Translations.Any(t => t.Value.Raw.Contains(FaqCsv.MessageSeparator, StringComparison.Ordinal))))
            {
                context.Report(message.Text.Location, $"the answer of {entry.Id} has '<m>' inside one message: the platform's import splits the answer there, into two messages",
                    "write the messages as a list: answer: [first message, second message]");
            }

            foreach (var question in entry.Questions.All.Where(q => q.Text.Contains(FaqCsv.QuestionSeparator, StringComparison.Ordinal)))
            {
                context.Report(question.Location, $"the question '{question.Text}' of {entry.Id} has '|': the platform's import splits the questions there, into two",
                    "write it without '|', or as two questions");
            }

            foreach (var reply in entry.QuickReplies)
            {
                foreach (var (_, text) in reply.Translations.Where(t => t.Value.Raw.Contains(FaqCsv.QuickReplySeparator, StringComparison.Ordinal)))
                {
                    context.Report(reply.Location, $"the quick reply '{text.Raw}' of {entry.Id} has '|': the platform's import splits the quick replies there, into two",
                        "write it without '|', or as two quick replies");
                }
            }
        }
    }

    /// <summary>
    /// The texts that start a field of faq.csv, in every language: the first question, the answer's first message,
    /// the first quick reply, the link's text and button.
    /// </summary>
    private static IEnumerable<(string What, Text.SourceLocation At, string Text)> FieldStarts(FaqEntry entry)
    {
        foreach (var (_, questions) in entry.Questions.ByLanguage)
        {
            if (UserSays.Distinct(questions).FirstOrDefault() is { } question)
            {
                yield return ($"the question '{question.Text}'", question.Location, question.Text);
            }
        }

        if (entry.CsvMessages is [TextMessage first, ..])
        {
            foreach (var text in Texts(first.Text))
            {
                yield return ("the answer", first.Text.Location, text);
            }
        }

        foreach (var (what, field) in new[] { ("the quick reply", entry.QuickReplies.FirstOrDefault()), ("the link text", entry.Link?.Text), ("the link button", entry.Link?.Button) })
        {
            foreach (var text in Texts(field))
            {
                yield return ($"{what} '{text}'", field!.Location, text);
            }
        }
    }

    private static IEnumerable<string> Texts(LocalizedText? text) => text?.Translations.Select(t => t.Value.Raw) ?? [];
}
