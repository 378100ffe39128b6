using System.Text;
using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Emit;

/// <summary>
/// Writes FAQ nodes in the platform's bulk-upload CSV: one row per FAQ node (its name is unique in the file), its
/// questions joined by '|'; several answer messages joined by the literal tag &lt;m&gt;; quick replies joined by '|'.
/// An FAQ with no question in the file's language has no row in it. Fields are quoted per RFC 4180, and a
/// field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
/// </summary>
internal static class FaqCsvWriter
{
    public static readonly string[] Columns = ["node_name", "question", "answer", "quick_replies", "link_text", "link_button", "link_url"];

    public static byte[] Write(IEnumerable<FaqEntry> faq, string language)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join(',', Columns)).Append('\n');
        foreach (var entry in faq)
        {
            var answer = string.Join(FaqCsv.MessageSeparator, entry.CsvMessages.Select(m => MessageText(m, language)));
            var replies = string.Join(FaqCsv.QuickReplySeparator, entry.QuickReplies.Select(q => PlatformText.In(q, language)));
            var questions = UserSays.Distinct(entry.Questions.In(language)).Select(q => q.Text).ToList();
            if (questions.Count == 0)
            {
                continue;
            }

            string?[] row =
            [
                entry.Id, string.Join(FaqCsv.QuestionSeparator, questions), answer, replies,
                PlatformText.InOrNull(entry.Link?.Text, language), PlatformText.InOrNull(entry.Link?.Button, language), entry.Link?.Url,
            ];
            builder.Append(string.Join(',', row.Select(Field))).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(builder.ToString());
    }

    private static string MessageText(Message message, string language) => message switch
    {
        TextMessage t => PlatformText.In(t.Text, language),
        SmartActionMessage s => s.Action,
        _ => string.Empty,
    };

    internal static string Field(string? value)
    {
        value ??= string.Empty;
        if (FaqCsv.StartsLikeFormula(value))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
