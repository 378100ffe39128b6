using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A placeholder a text shows as text through the escape <c>$${</c>, most likely meant as a price.</summary>
public sealed class EscapedPlaceholderRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2019", DiagnosticLevel.Warning, "Placeholder shown as text by the escape $${");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "escaped-placeholder";

    public override string Why => """
        `$${` writes a literal `${`, so `Your balance is $${output.balance}` shows users the text "Your balance is ${output.balance}" instead of the amount: written for a dollar sign before the value, it hides the value. A dollar sign before a placeholder is written `$$${output.balance}`. A text meant to show the placeholder's own text (a bot that teaches BotForge) can silence the finding with `# botforge-disable BF2019`.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: BALANCE
            start: true
            end: true
            user_says: [what is my balance]
            bot_says: Hello ${user.full_name}, your plan costs $${user_details.plan_price} a month.
        """, At: "stories/main/flow.yaml:6:15");

    public override RuleExample Fixed => Failing.Fix("costs $${user_details", "costs $$${user_details");

    public override void Check(RuleContext context)
    {
        foreach (var (_, text) in ModelText.Texts(context.Bot))
        {
            foreach (var (_, template) in text.Translations)
            {
                foreach (var written in template.Escaped)
                {
                    context.Report(template.Location, $"'{written}' shows the text '{written[1..]}' to users: $${{ writes a literal ${{",
                        $"for a dollar sign before the value, write ${written}");
                }
            }
        }
    }
}
