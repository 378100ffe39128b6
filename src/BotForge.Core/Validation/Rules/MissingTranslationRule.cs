using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>With several bot languages: a text, or a set of user says or questions, missing one of them.</summary>
public sealed class MissingTranslationRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1028", DiagnosticLevel.Error, "Text missing a translation");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "missing-translation";

    public override string Why => """
        A bot that declares several languages talks to each user in the user's language. A text without a translation for one of them is sent to those users in another language (the default language's, for a plain string), and user says or FAQ questions without one leave the node impossible to reach in that language. A plain string is the default language's text only. A text with no letter outside its placeholders (`"199"`, `₹${entity.plan}`, an emoji) reads the same in every language: it needs no translation. A response written once per language (`bot_says: { ja: { initial: … }, en: { … } }`) is no text in any language: BF0101 reports it, with where the languages go.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says:
              en: [hello]
              hi: [नमस्ते]
            bot_says: Hello! How can I help?
        """, Project: """
          languages: [en, hi]
        """, At: "stories/main/flow.yaml:8:15");

    public override RuleExample Fixed => Failing.Fix("bot_says: Hello! How can I help?", "bot_says: { en: Hello! How can I help?, hi: नमस्ते! मैं कैसे मदद करूँ? }");

    public override void Check(RuleContext context)
    {
        var languages = context.Bot.Bot.Languages;
        if (languages.Count < 2)
        {
            return;
        }

        foreach (var (owner, text) in ModelText.Texts(context.Bot))
        {
            // A text with no language at all was written as no text (a map by language around a response,
            // `bot_says: { ja: { initial: … } }`): the schema check reports it and says where the languages go.
            if (SameInEveryLanguage(text) || text.Translations.Count == 0)
            {
                continue;
            }

            var missing = languages.Where(l => !text.Translations.Any(t => t.Key == l)).ToList();
            if (missing.Count > 0)
            {
                var sample = text.Translations.Count > 0 ? ModelText.Quote(text.Translations[0].Value.Raw) + " " : string.Empty;
                Report(context, text.Location, $"the text {sample}of {owner} has", missing, "write it as a map by language, e.g. " + Map(languages, "..."));
            }
        }

        foreach (var (owner, set) in UtteranceSets(context.Bot))
        {
            var missing = languages.Where(l => !set.ByLanguage.Any(b => b.Key == l && b.Value.Count > 0)).ToList();
            if (missing.Count > 0)
            {
                Report(context, set.Location, owner + " have", missing, "write them as a map by language, e.g. " + Map(languages, "[...]"));
            }
        }
    }

    /// <summary>A map with a key for each of the bot's languages, in their order: "{ pt: ..., en: ... }".</summary>
    private static string Map(IReadOnlyList<string> languages, string value) =>
        "{ " + string.Join(", ", languages.Select(l => $"{l}: {value}")) + " }";

    /// <summary>
    /// A text with no letter outside its placeholders (a number, a price, an emoji): it reads the same in every
    /// language, and a language it lacks is sent the text it has.
    /// </summary>
    private static bool SameInEveryLanguage(LocalizedText text) =>
        text.Translations.Count > 0
        && text.Translations.All(t => t.Value.Parts.OfType<LiteralPart>().All(p => !p.Text.Any(char.IsLetter)));

    /// <summary>Reports <c>whatHas</c> (the text or set, and its verb: "the user says of START have") missing languages.</summary>
    private static void Report(RuleContext context, Text.SourceLocation at, string whatHas, List<string> missing, string hint) =>
        context.Report(at, $"{whatHas} no {string.Join(", ", missing)} translation (bot.languages: {string.Join(", ", context.Bot.Bot.Languages)})", hint);

    /// <summary>The utterance sets users must be able to match in every language (empty sets are not checked).</summary>
    private static IEnumerable<(string Owner, UtteranceSet Set)> UtteranceSets(BotModel bot)
    {
        foreach (var node in bot.Nodes)
        {
            if (!node.UserSays.IsEmpty)
            {
                yield return ($"the user says of {node.SystemName}", node.UserSays);
            }

            foreach (var connection in node.Connections)
            {
                if (connection.Condition is UserSaysCondition condition)
                {
                    yield return ($"the phrases of the connection {node.SystemName} → {connection.TargetName}", condition.UserSays);
                }
            }
        }

        foreach (var faq in bot.Faq)
        {
            yield return ($"the questions of the FAQ {faq.Id}", faq.Questions);
        }
    }
}
