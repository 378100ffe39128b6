using System.Text.RegularExpressions;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// A placeholder written in another template language's way — <c>$(entity.email)</c>, <c>{{entity.email}}</c>,
/// <c>{entity.email}</c>, <c>$entity.email</c>, the platform's <c>%entitytag_email</c> as <c>%entity_tag_email</c> — or
/// an action input that is a bare <c>entity.case_number</c>: the text is shown or sent as written.
/// </summary>
public sealed partial class UnmarkedPlaceholderRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2028", DiagnosticLevel.Warning, "Placeholder written without ${…}");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unmarked-placeholder";

    public override string Why => """
        Only `${namespace.key}` is a placeholder. Written as other template languages write one — `$(entity.email)`, `{{entity.email}}`, `{entity.email}`, `$entity.email`, or an entity's name alone as Dialogflow (`$email`), Rasa (`{email}`) or Botpress (`{{email}}`) write a variable — it is plain text: users see the braces, and an action sends the text itself to Salesforce. An action input that is nothing but `entity.case_number` is the same mistake with no marks at all: the record looked up is the one whose id is the text "entity.case_number". Reported for the namespaces placeholders have (`entity`, `output`, `user`, `user_details`, `conversation`, `env`); the hint gives the placeholder to write. So for the platform's own placeholders written another way: `%entity_tag_email` or `%EntityTag_email` for `%entitytag_email`, `%Name` for `%name`, `%time_of_day` for `%timeofday`, `%DATE` for `%date` (the platform fills in only the exact spelling).
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

        // Every form reported starts with '$', '{' or '%': most texts have none, and are not searched.
        foreach (var literal in literals.Where(l => l.Text.AsSpan().IndexOfAny('$', '{', '%') >= 0))
        {
            foreach (Match match in PlatformWord().Matches(literal.Text))
            {
                if (PlatformMeant(match.Groups["word"].Value, entities) is { } meant)
                {
                    context.Report(template.Location,
                        $"'{match.Value}' is {(sent ? "sent" : "shown")} as written: the platform's placeholder is {meant.Platform}",
                        $"write {meant.Platform}" + (meant.Ours is null ? string.Empty : $" (or {meant.Ours})"));
                }
            }

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

    /// <summary>
    /// The platform's placeholder a '%word' written another way means — <c>%entity_tag_email</c>,
    /// <c>%EntityTag_email</c> for <c>%entitytag_email</c>, <c>%Name</c> for <c>%name</c>, <c>%time_of_day</c> for
    /// <c>%timeofday</c>, <c>%DATE</c> for <c>%date</c> — with BotForge's own form where there is one; null for a
    /// word that is one as written, or no placeholder's.
    /// </summary>
    private static (string Platform, string? Ours)? PlatformMeant(string word, HashSet<string> entities)
    {
        var squashed = word.ToLowerInvariant().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (squashed.StartsWith("entitytag", StringComparison.Ordinal) && !word.StartsWith("entitytag_", StringComparison.Ordinal))
        {
            // The entity's name: what follows the words 'entity' and 'tag' and their separators, as written.
            var tag = word.IndexOf("tag", StringComparison.OrdinalIgnoreCase);
            var key = word[(tag + 3)..].TrimStart('_', '-');
            var name = entities.Contains(key.ToLowerInvariant()) ? key.ToLowerInvariant() : key;
            return key.Length == 0 ? null : ($"%entitytag_{name}", $"${{entity.{name}}}");
        }

        return squashed switch
        {
            "name" when word != "name" => ("%name", "${user.full_name}"),
            "timeofday" when word != "timeofday" => ("%timeofday", null),
            "date" when word != "date" => ("%date", null),
            _ => null,
        };
    }

    /// <summary>A '%' and the word after it, not in the middle of a word or a number ("50%off" is no placeholder).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_%])%(?<word>[A-Za-z][A-Za-z0-9_-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformWord();

    private static void Report(RuleContext context, TextTemplate template, Match match, bool sent) =>
        context.Report(template.Location,
            $"'{match.Value.Trim()}' is {(sent ? "sent" : "shown")} as written: a placeholder is written ${{{match.Groups["ns"].Value}.{match.Groups["key"].Value}}}",
            $"write ${{{match.Groups["ns"].Value}.{match.Groups["key"].Value}}}");
}
