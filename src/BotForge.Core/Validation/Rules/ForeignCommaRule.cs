using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// An unquoted item of a <c>[ ]</c> list of user says, connection phrases or FAQ questions that holds an Arabic,
/// full-width or ideographic comma: YAML separates the items only at ',', so the phrases the author typed apart are one
/// utterance, and intent detection learns none of them as written.
/// </summary>
public sealed class ForeignCommaRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2035", DiagnosticLevel.Warning, "Phrases joined by a comma YAML does not split");

    /// <summary>The commas of other scripts that keyboards type where ',' separates list items: Arabic, full-width, ideographic.</summary>
    private static readonly char[] OtherCommas = ['\u060C', '\uFF0C', '\u3001'];

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "foreign-comma";

    public override string Why => """
        Inside `[ ]`, YAML separates the items of a list only at the ASCII comma `,`. An Arabic keyboard types `،`, a Chinese or Japanese one `，` or `、`: a list written with them, `[مرحبا، أهلا، صباح الخير]`, is one user say holding all three, so intent detection learns none of the phrases as users write them, and the node has fewer examples than it seems (BF2007 may then count too few). Separate the items with `,`, or write one per line (`- مرحبا`). An item in quotes is taken as meant: quote a phrase that is one sentence with its comma (`"نعم، أريد إيقاف البطاقة"`).
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
            if (utterance.Text.IndexOfAny(OtherCommas) is var at and >= 0 && IsPlainFlowItem(utterance.Location))
            {
                var pieces = utterance.Text.Split(OtherCommas, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                context.Report(utterance.Location,
                    $"'{utterance.Text}' of {said.Owner} is one {(said.Kind == UtteranceKind.Faq ? "question" : "user say")}: inside [ ], YAML separates items only at ',', not at '{utterance.Text[at]}', so its {pieces.Length} phrases are not learnt apart",
                    $"write ',' between them ([{string.Join(", ", pieces)}]), or quote the item if it is one sentence");
            }
        }
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
