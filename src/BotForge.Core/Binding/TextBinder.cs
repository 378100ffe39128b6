using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>Binds texts, per-language texts and utterance lists; checks placeholders against the scope and symbols.</summary>
internal sealed class TextBinder(BindContext context)
{
    /// <summary>Where <paramref name="node"/>, a node of the file being bound, is written.</summary>
    public SourceLocation At(YamlNode node) => context.At(node);

    /// <summary>The file being bound.</summary>
    public SourceFile File => context.File;

    public void Report(Diagnostic diagnostic) => context.Report(diagnostic);

    /// <summary>An address, sent as written (<see cref="BindContext.Url"/>).</summary>
    public string? Url(YamlNode? node) => context.Url(node);

    public TextTemplate Template(YamlScalar scalar, PlaceholderScope scope)
    {
        context.Bound(scalar.Value);
        var template = TemplateParser.Parse(scalar, context.File, (at, raw) => context.Report(BindingDiagnostics.MalformedPlaceholder(at, raw, TemplateParser.Meant(raw) ?? EntityMeant(raw))));
        foreach (var placeholder in template.Parts.OfType<PlaceholderPart>())
        {
            Check(placeholder, scope);
        }

        return template;
    }

    /// <summary>
    /// The entity placeholder meant by one written without its namespace (<c>${size}</c>: <c>${entity.size}</c>), or with
    /// another platform's name for a public entity (<c>${entity.sys.date}</c>: <c>${entity.date}</c>).
    /// </summary>
    private string? EntityMeant(string raw)
    {
        if (!raw.StartsWith("${", StringComparison.Ordinal) || !raw.EndsWith('}'))
        {
            return null;
        }

        var name = raw[2..^1].Trim();
        var other = SystemEntityNames.PublicFor(name.StartsWith("entity.", StringComparison.Ordinal) ? name["entity.".Length..] : name);
        return other is not null ? $"${{entity.{other}}}"
            : context.Entities.ContainsKey(name) || PublicEntities.Contains(name) ? $"${{entity.{name}}}"
            : null;
    }

    /// <summary>A string (default language) or a map of language → string.</summary>
    public LocalizedText? Text(YamlNode? node, PlaceholderScope scope)
    {
        switch (node)
        {
            case YamlScalar scalar when BindContext.Str(scalar) is not null:
                // A text without letters ("199", an emoji) reads the same in every language: it is written in none.
                if (scalar.Value.Any(char.IsLetter))
                {
                    context.Written(context.DefaultLanguage);
                }

                return new LocalizedText([new(context.DefaultLanguage, Template(scalar, scope))], context.At(scalar));
            case YamlMapping map:
                var translations = new List<KeyValuePair<string, TextTemplate>>();
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var entry = map.Entries[i];
                    if (LanguageOf(map, i) is { } language && entry.Value is YamlScalar value && BindContext.Str(value) is not null)
                    {
                        translations.Add(new(language, Template(value, scope)));
                    }
                }

                return new LocalizedText(Ordered(translations), context.At(map));
            default:
                return null;
        }
    }

    /// <summary>A list of utterances (default language) or a map of language → list.</summary>
    public UtteranceSet Utterances(YamlNode? node)
    {
        switch (node)
        {
            case YamlSequence sequence:
                context.Written(context.DefaultLanguage);
                return new UtteranceSet([new(context.DefaultLanguage, List(sequence))], context.At(sequence));
            case YamlScalar one when BindContext.Str(one) is not null:
                // One text where a list is written (the schema's error, with the list to write): bound as that one,
                // so the node is not also said to have none.
                return new UtteranceSet([new(context.DefaultLanguage, [context.Utterance(one)])], context.At(one));
            case YamlMapping map:
                var byLanguage = new List<KeyValuePair<string, IReadOnlyList<Utterance>>>();
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var entry = map.Entries[i];
                    if (LanguageOf(map, i) is { } language && entry.Value is YamlSequence list)
                    {
                        byLanguage.Add(new(language, List(list)));
                    }
                }

                return new UtteranceSet(Ordered(byLanguage), context.At(map));
            default:
                return UtteranceSet.Empty;
        }
    }

    private List<Utterance> List(YamlSequence sequence) =>
        sequence.Items.OfType<YamlScalar>().Where(s => BindContext.Str(s) is not null).Select(context.Utterance).ToList();

    private List<KeyValuePair<string, T>> Ordered<T>(List<KeyValuePair<string, T>> items) =>
        items.OrderBy(p => IndexOfLanguage(p.Key)).ToList();

    private int IndexOfLanguage(string language)
    {
        for (var i = 0; i < context.Languages.Count; i++)
        {
            if (context.Languages[i] == language)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Keys an author may have meant where a text or a list by language is read: a response's and a message's.</summary>
    private static readonly string[] KeysNotLanguages = ["initial", "final", "follow_up", "variants", "text", "quick_replies", "buttons", "carousel", "image", "form", "hsl"];

    /// <summary>
    /// The bot language a key of a text by language names, or null (reported). A language written by its name
    /// (<c>hindi:</c>) is reported with its code to write, and read as that language, so the text is not also said
    /// to lack it; a key the first pass found written in place of a language no text is written in ('ko' for 'kr')
    /// is read as that language, reported once at bot.languages (<see cref="Binder"/>).
    /// </summary>
    private string? LanguageOf(YamlMapping map, int index)
    {
        var key = map.Entries[index].Key;
        if (context.Languages.Contains(key.Value))
        {
            context.Written(key.Value);
            return key.Value;
        }

        if (context.WrittenOtherwise.TryGetValue(key.Value, out var declaredAs))
        {
            return declaredAs;
        }

        if (LanguageNames.CodeOf(key.Value) is { } code && context.Languages.Contains(code))
        {
            context.Written(code);
            context.Report(BindingDiagnostics.UnknownLanguage(context.At(key), key.Value, context.Languages, $"write the language's code: did you mean '{code}'?"));
            return code;
        }

        if (LooksLikeALanguage(key.Value))
        {
            if (!context.OtherLanguageKeys.TryGetValue(key.Value, out var where))
            {
                context.OtherLanguageKeys[key.Value] = where = [];
            }

            where.Add(context.At(key));
        }

        // The language with or without its region ('pt' where bot.languages has 'pt-BR', 'en-US' for 'en'): the same
        // language written another way, read as the bot's so the text is not also said to lack it.
        if (LooksLikeALanguage(key.Value) && BotInfo.SameLanguageIn(context.Languages, key.Value) is { } declared)
        {
            context.Report(BindingDiagnostics.UnknownLanguage(context.At(key), key.Value, context.Languages,
                $"bot.languages writes it '{declared}': write the key so (or the language so in bot.languages)"));
            return declared;
        }

        // A text cut at a comma and a text in braces are the schema check's: it names the cut, or what the braces did.
        if (map.CutAtComma(index, context.File.Text) is null && !map.IsTextInBraces(context.File.Text))
        {
            context.Report(BindingDiagnostics.UnknownLanguage(context.At(key), key.Value, context.Languages, WhyNotALanguage(map, index)));
        }

        return null;
    }

    /// <summary>The likeliest reason a key of a text by language is none of the bot's languages.</summary>
    private string WhyNotALanguage(YamlMapping map, int index)
    {
        var key = map.Entries[index].Key.Value;
        if (LooksLikeALanguage(key))
        {
            return "add it to bot.languages or remove the translation";
        }

        return KeyMeant(map, index) is { } meant
            ? $"did you mean '{meant}'? A mapping here with other keys is a text by language (en: ...)"
            : "a mapping here is a text by language: its keys are language codes (en: ...)";
    }

    /// <summary>
    /// The key a key of a text by language means, which BF0216's hint names ('finale': did you mean 'final'?), so a
    /// caller can read it as meant; null for a language, the name of one of the bot's languages, a key shaped like a
    /// language code, a text cut at a comma, or a key nothing is close to.
    /// </summary>
    public string? KeyMeant(YamlMapping map, int index)
    {
        var key = map.Entries[index].Key.Value;
        return context.Languages.Contains(key) || LanguageNames.CodeOf(key) is { } code && context.Languages.Contains(code) || LooksLikeALanguage(key)
            || map.CutAtComma(index, context.File.Text) is not null
            ? null
            : Suggestions.Closest(key, KeysNotLanguages);
    }

    private static bool LooksLikeALanguage(string key) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void Check(PlaceholderPart placeholder, PlaceholderScope scope)
    {
        var written = TemplateParser.Written(placeholder);
        if (!scope.Allowed.Contains(placeholder.Kind))
        {
            var hint = placeholder.Kind == PlaceholderKind.Env ? "env variables are read by integrations and scripts, never shown in chat text" : null;
            context.Report(BindingDiagnostics.PlaceholderNotAllowed(placeholder.Location, written, scope.Where, hint));
            return;
        }

        switch (placeholder.Kind)
        {
            case PlaceholderKind.User when scope.OnlyFullName && placeholder.Key != "full_name":
                context.Report(BindingDiagnostics.PlaceholderNotAllowed(placeholder.Location, written, scope.Where, "the platform renders only ${user.full_name} (as %name) in chat text"));
                break;
            case PlaceholderKind.Entity:
                context.ResolveEntity(placeholder.Key, placeholder.Location);
                break;
            case PlaceholderKind.Env when !context.Env.ContainsKey(placeholder.Key):
                context.Report(BindingDiagnostics.UnknownEnv(placeholder.Location, placeholder.Key, Suggestions.Closest(placeholder.Key, context.Env.Keys)));
                break;
        }
    }
}
