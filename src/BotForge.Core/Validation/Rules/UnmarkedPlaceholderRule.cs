using System.Text.RegularExpressions;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// A placeholder written in another template language's way — <c>$(entity.email)</c>, <c>{{entity.email}}</c>,
/// <c>{entity.email}</c>, <c>$entity.email</c> — or an action input that is a bare <c>entity.case_number</c>: the text
/// is shown or sent as written.
/// </summary>
public sealed class UnmarkedPlaceholderRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2028", DiagnosticLevel.Warning, "Placeholder written without ${…}");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unmarked-placeholder";

    public override string Why => """
        Only `${namespace.key}` is a placeholder. Written as other template languages write one — `$(entity.email)`, `{{entity.email}}`, `{entity.email}`, `$entity.email`, or an entity's name alone as Dialogflow (`$email`), Rasa (`{email}`) or Botpress (`{{email}}`) write a variable — it is plain text: users see the braces, and an action sends the text itself to Salesforce. An action input that is nothing but `entity.case_number` is the same mistake with no marks at all: the record looked up is the one whose id is the text "entity.case_number". Reported for the namespaces placeholders have (`entity`, `output`, `user`, `user_details`, `conversation`, `env`); the hint gives the placeholder to write.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [what is my email]
            entities:
              - entity: email
                prompt: What is your email?
            bot_says:
              final: We will write to {{entity.email}}.
        """, At: "stories/main/flow.yaml:10:14");

    public override RuleExample Fixed => Failing.Fix("{{entity.email}}", "${entity.email}");

    public override void Check(RuleContext context)
    {
        // An entity's name alone ($size, {size}, {{size}}) is a placeholder of another template language; any other
        // word so marked may be text ("$5", "{draft}").
        var entities = context.Bot.Entities.Select(e => e.Name)
            .Concat(context.Bot.Nodes.SelectMany(n => n.Entities).Select(e => e.Entity.Name))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (_, text) in ModelText.Texts(context.Bot))
        {
            foreach (var (_, template) in text.Translations)
            {
                Check(context, template, sent: false, entities);
            }
        }

        foreach (var node in context.Bot.Nodes)
        {
            if (node.Code is ActionStep step)
            {
                foreach (var template in step.Arguments.Select(a => a.Template).OfType<TextTemplate>())
                {
                    Check(context, template, sent: true, entities);
                }
            }
        }
    }

    private static void Check(RuleContext context, TextTemplate template, bool sent, HashSet<string> entities)
    {
        var literals = template.Parts.OfType<LiteralPart>().ToList();
        if (sent && template.Parts.Count == 1 && literals.Count == 1 && UnmarkedPlaceholders.Bare().Match(literals[0].Text) is { Success: true } bare)
        {
            Report(context, template, bare, sent);
            return;
        }

        // Every form reported starts with '$' or '{': most texts have neither, and are not searched.
        foreach (var literal in literals.Where(l => l.Text.AsSpan().IndexOfAny('$', '{') >= 0))
        {
            foreach (Match match in UnmarkedPlaceholders.Marked().Matches(literal.Text))
            {
                Report(context, template, match, sent);
            }

            foreach (Match match in UnmarkedPlaceholders.Named().Matches(literal.Text))
            {
                if (entities.Contains(match.Groups["key"].Value))
                {
                    context.Report(template.Location,
                        $"'{match.Value.Trim()}' is {(sent ? "sent" : "shown")} as written: the entity {match.Groups["key"].Value} is written ${{entity.{match.Groups["key"].Value}}}",
                        $"write ${{entity.{match.Groups["key"].Value}}}");
                }
            }
        }
    }

    private static void Report(RuleContext context, TextTemplate template, Match match, bool sent) =>
        context.Report(template.Location,
            $"'{match.Value.Trim()}' is {(sent ? "sent" : "shown")} as written: a placeholder is written ${{{match.Groups["ns"].Value}.{match.Groups["key"].Value}}}",
            $"write ${{{match.Groups["ns"].Value}.{match.Groups["key"].Value}}}");
}
