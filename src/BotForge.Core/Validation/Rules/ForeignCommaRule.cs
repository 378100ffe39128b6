using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// An unquoted item of a <c>[ ]</c> list of user says, connection phrases, FAQ questions or quick replies that holds an
/// Arabic, full-width or ideographic comma: YAML separates the items only at ',', so the phrases the author typed apart
/// are one utterance, which intent detection learns as one, or one quick reply that shows them all.
/// </summary>
public sealed class ForeignCommaRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2035", DiagnosticLevel.Warning, "Phrases joined by a comma YAML does not split");

    /// <summary>The commas of other scripts that keyboards type where ',' separates list items: Arabic, full-width, ideographic.</summary>
    private static readonly char[] OtherCommas = ['\u060C', '\uFF0C', '\u3001'];

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "foreign-comma";

    public override string Why => """
        Inside `[ ]`, YAML separates the items of a list only at the ASCII comma `,`. An Arabic keyboard types `،`, a Chinese or Japanese one `，` or `、`: a list written with them, `[مرحبا، أهلا، صباح الخير]`, is one user say holding all three, so intent detection learns none of the phrases as users write them, and the node has fewer examples than it seems (BF2007 may then count too few); quick replies written so are one reply that shows them all. Separate the items with `,`, or write one per line (`- مرحبا`). An item in quotes is taken as meant: quote a phrase that is one sentence with its comma (`"نعم، أريد إيقاف البطاقة"`).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: HOURS
            start: true
            end: true
            user_says: [ساعات العمل، متى يفتح الفرع، متى تغلقون]
            bot_says: Sunday to Thursday, 8 am to 3 pm.
        """, At: "stories/main/flow.yaml:5:17");

    public override RuleExample Fixed => Failing.Fix("[ساعات العمل، متى يفتح الفرع، متى تغلقون]", "[ساعات العمل, متى يفتح الفرع, متى تغلقون]");

    public override void Check(RuleContext context)
    {
        foreach (var said in context.UserSays)
        {
            var utterance = said.Utterance;
            if (utterance.Text.IndexOfAny(OtherCommas) >= 0 && IsPlainFlowItem(utterance.Location))
            {
                Report(context, utterance.Location, utterance.Text, $"{said.Owner} is one {(said.Kind == UtteranceKind.Faq ? "question" : "user say")}", "are not learnt apart");
            }
        }

        var replies = ModelText.Responses(context.Bot)
            .SelectMany(r => r.Response.Variants.SelectMany(v => v.Messages).OfType<TextMessage>().SelectMany(m => m.QuickReplies.Select(q => (r.Owner, q.Text))))
            .Concat(context.Bot.Faq.SelectMany(f => f.QuickReplies.Select(q => ($"the FAQ {f.Id}", q))));
        foreach (var (owner, label) in replies)
        {
            foreach (var (_, template) in label.Translations)
            {
                if (template.Raw.IndexOfAny(OtherCommas) >= 0 && IsPlainFlowItem(template.Location))
                {
                    Report(context, template.Location, template.Raw, $"{owner} is one quick reply", "show on one button");
                }
            }
        }
    }

    private static void Report(RuleContext context, SourceLocation at, string text, string what, string consequence)
    {
        var comma = text[text.IndexOfAny(OtherCommas)];
        var pieces = text.Split(OtherCommas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        context.Report(at, $"'{text}' of {what}: inside [ ], YAML separates items only at ',', not at '{comma}', so its {pieces.Length} phrases {consequence}",
            $"write ',' between them ([{string.Join(", ", pieces)}]), or quote the item if it is one sentence");
    }

    /// <summary>True when the text at <paramref name="location"/> is an unquoted item of a flow sequence: after '[' or ',', not in quotes.</summary>
    private static bool IsPlainFlowItem(SourceLocation location)
    {
        var text = location.File.Text;
        var start = location.Span.Start;
        if (start >= text.Length || text[start] is '"' or '\'')
        {
            return false;
        }

        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\n' or '\r')
        {
            before--;
        }

        return before >= 0 && text[before] is '[' or ',';
    }
}
