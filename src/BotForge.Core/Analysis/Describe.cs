using System.Globalization;
using System.Text;
using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Canonical one-line or few-line texts of model parts, independent of where they are written: the diff
/// compares these, and the graph writers label edges with them. Two sources that mean the same give the same text.
/// </summary>
public static class Describe
{
    /// <summary>A text in the bot's languages: the default language alone, or <c>lang: text</c> per line.</summary>
    public static string Text(LocalizedText? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        return text.Translations.Count == 1
            ? text.Translations[0].Value.Raw
            : string.Join(" | ", text.Translations.Select(t => $"{t.Key}: {t.Value.Raw}"));
    }

    /// <summary>A response: one line per message, variants introduced by their channels when there are several.</summary>
    public static string Response(Response? response)
    {
        if (response is null)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        foreach (var variant in response.Variants)
        {
            var prefix = response.Variants.Count > 1 || variant.Channels is not null
                ? $"({(variant.Channels is null ? "every channel" : string.Join(", ", variant.Channels))}) "
                : string.Empty;
            lines.AddRange(variant.Messages.Select(m => prefix + Message(m)));
        }

        return string.Join("\n", lines);
    }

    public static string Message(Message message) => message switch
    {
        TextMessage m => Text(m.Text) + List(" [quick replies: ", m.QuickReplies.Select(Button)),
        ButtonsMessage m => Text(m.Text) + List(" [buttons: ", m.Buttons.Select(Button)),
        CarouselMessage m => "carousel" + Details(m.Width, m.AspectRatio?.ToString(CultureInfo.InvariantCulture)) + ": " + string.Join("; ", m.Items.Select(i =>
            string.Join(" / ", new[] { Text(i.Title), Text(i.Subtitle), Text(i.Description), i.Image ?? string.Empty }.Where(s => s.Length > 0))
            + List(" [buttons: ", i.Buttons.Select(Button)))),
        ImageMessage m => $"image {m.Url}" + (m.Text is null ? string.Empty : " " + Text(m.Text)),
        FormMessage m => $"form: {Text(m.Title)}" + (m.Subtitle is null ? string.Empty : " / " + Text(m.Subtitle)) + List(" [fields: ", m.Fields.Select(Field)),
        RawHslMessage m => "hsl: " + m.Hsl.ToJsonString(),
        SmartActionMessage m => m.Action,
        _ => message.GetType().Name,
    };

    /// <summary>A form field: its key (starred when mandatory), then its type, label, hint, keyboard, order and options.</summary>
    private static string Field(FormField field) =>
        field.Key + (field.Mandatory ? "*" : string.Empty) + Details(
            field.Type, field.Label is null ? null : Text(field.Label), field.Hint is null ? null : "hint " + Text(field.Hint),
            field.Keyboard is null ? null : "keyboard " + field.Keyboard, field.Order?.ToString(CultureInfo.InvariantCulture) is { } order ? "order " + order : null,
            field.Options.Count == 0 ? null : string.Join("|", field.Options.Select(Text)));

    /// <summary>The details given, in parentheses; nothing when none is.</summary>
    private static string Details(params string?[] details) =>
        details.Where(d => !string.IsNullOrEmpty(d)).ToList() is { Count: > 0 } given ? " (" + string.Join(", ", given) + ")" : string.Empty;

    private static string Button(Button button) =>
        Text(button.Text) + (button.Url is not null ? " → " + button.Url : button.Send is not null ? " → says " + Text(button.Send) : string.Empty);

    private static string List(string open, IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count == 0 ? string.Empty : open + string.Join(", ", all) + "]";
    }

    /// <summary>A connection's condition as written in the short form (<c>user says: a, b</c>, <c>when status == true</c>).</summary>
    public static string Condition(Condition condition) => condition switch
    {
        AutomaticCondition => "automatic",
        UserSaysCondition c => "user says: " + string.Join(", ", Utterances(c.UserSays)),
        EntityPresenceCondition c => $"entity {c.Entity.Name}",
        EntityValueCondition c => $"entity {c.Entity.Name} in [{string.Join(", ", c.Values)}]",
        RuleCondition c => "when " + Rule(c.Rule, top: true),
        _ => condition.GetType().Name,
    };

    /// <summary>A short edge label: conditions cut to a readable length.</summary>
    public static string EdgeLabel(Condition condition)
    {
        if (condition is AutomaticCondition)
        {
            return string.Empty;
        }

        return ModelText.Shorten(condition is UserSaysCondition c ? string.Join(", ", Utterances(c.UserSays)) : Condition(condition));
    }

    public static string Rule(RuleExpression rule, bool top = false) => rule switch
    {
        RuleComparison c when c.Value is null => $"{c.Variable} {Operator(c.Operator)}",
        RuleComparison { Value: { } value } c => $"{c.Variable} {Operator(c.Operator)} {Value(value)}",
        RuleGroup g => top
            ? string.Join(g.Join == RuleJoin.All ? " and " : " or ", g.Items.Select(i => Rule(i)))
            : "(" + string.Join(g.Join == RuleJoin.All ? " and " : " or ", g.Items.Select(i => Rule(i))) + ")",
        _ => rule.GetType().Name,
    };

    private static string Value(RuleValue value) =>
        value.Text is { } text ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : value.ToString();

    private static string Operator(RuleOperator op) => op switch
    {
        RuleOperator.Equals => "==",
        RuleOperator.NotEquals => "!=",
        RuleOperator.GreaterThan => ">",
        RuleOperator.GreaterThanOrEqual => ">=",
        RuleOperator.LessThan => "<",
        RuleOperator.LessThanOrEqual => "<=",
        RuleOperator.Contains => "contains",
        RuleOperator.Exists => "exists",
        RuleOperator.NotExists => "not exists",
        _ => op.ToString(),
    };

    /// <summary>Utterances, prefixed by their language when the set has several.</summary>
    public static IEnumerable<string> Utterances(UtteranceSet set) =>
        set.ByLanguage.Count <= 1
            ? set.All.Select(u => u.Text)
            : set.ByLanguage.SelectMany(l => l.Value.Select(u => $"{l.Key}: {u.Text}"));

    /// <summary>What a code node runs: the action's name, or the script's path.</summary>
    public static string CodeStep(CodeStep? step) => step switch
    {
        ActionStep a => a.Action.Name,
        ScriptStep s => s.RelativePath,
        _ => string.Empty,
    };

    /// <summary>An action argument's value as written.</summary>
    public static string Argument(ActionArgument argument) =>
        argument.Template is { } template ? template.Raw : "[" + string.Join(", ", argument.List ?? []) + "]";

    /// <summary>An entity definition's content: type, kind, description, and its values, pattern, bounds or examples.</summary>
    public static string Entity(EntityDefinition entity)
    {
        var text = new StringBuilder(entity.Type.ToString().ToLowerInvariant());
        if (entity.AttachmentKind is { } kind)
        {
            text.Append(' ').Append(kind);
        }

        if (entity.Description is { } description)
        {
            text.Append(" (").Append(description).Append(')');
        }

        if (entity.Pattern is { } pattern)
        {
            text.Append(" /").Append(pattern).Append('/');
        }

        if (entity.MinDigits is not null || entity.MaxDigits is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" digits {entity.MinDigits?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{entity.MaxDigits?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        }

        foreach (var value in entity.Values)
        {
            text.Append("\n").Append(value.Value).Append(": ").Append(string.Join(", ", value.Variants.Select(v => v.Text)));
        }

        foreach (var example in entity.Examples)
        {
            text.Append("\nexample: ").Append(example.Text);
        }

        foreach (var negative in entity.Negative)
        {
            text.Append("\nnegative: ").Append(negative.Text);
        }

        if (entity.Reprompt is not null)
        {
            text.Append("\nreprompt: ").Append(Response(entity.Reprompt));
        }

        if (entity.PreviousContext.Count > 0)
        {
            text.Append("\nprevious context: ").Append(string.Join(", ", entity.PreviousContext.Select(t => t.Text)));
        }

        return text.ToString();
    }

    public static string Flag(bool value) => value ? "true" : "false";
}
