using System.Globalization;
using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Syntax;
using BotForge.Text;
using static BotForge.Binding.BindContext;

namespace BotForge.Simulation.Testing;

/// <summary>
/// Reads the conversation tests of a project (tests/*.yaml, already parsed and schema-checked with the rest)
/// against the bound bot: expected nodes must exist, /patterns/ must compile, names must be unique.
/// </summary>
public static class TestBinder
{
    /// <summary>
    /// The checks of the test files against the bot, for <c>validate</c> and the editor: when the bot is bound and
    /// every file was read and parsed (else a test's node could be missing only because its file is).
    /// </summary>
    public static void Check(ProjectSources? sources, BotModel? bot, DiagnosticBag diagnostics)
    {
        if (bot is not null && sources is { Complete: true })
        {
            Bind(sources, bot, diagnostics);
        }
    }

    public static TestSuite Bind(ProjectSources sources, BotModel bot, DiagnosticBag diagnostics)
    {
        var nodes = bot.Nodes.Select(n => n.SystemName).ToHashSet(StringComparer.Ordinal);
        var faqs = bot.Faq.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var collected = bot.Nodes.SelectMany(n => n.Entities.Select(u => u.Entity.Name).Concat(n.Connections.Select(c => c.Condition.EntityOf()?.Name).OfType<string>()))
            .ToHashSet(StringComparer.Ordinal);
        var conversations = new List<TestConversation>();
        var paraphrases = new List<Paraphrase>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var document in sources.OfKind(SourceKind.Tests))
        {
            if (document.Root is not YamlMapping root)
            {
                continue;
            }

            var file = document.File;

            foreach (var conversation in Mappings(root["conversations"]))
            {
                var name = Str(conversation["name"]) ?? "(unnamed)";
                var at = (conversation["name"] ?? conversation).LocationIn(file);
                if (!names.TryAdd(name, at))
                {
                    diagnostics.Add(TestDiagnostics.DuplicateConversation(at, name, names[name]));
                }

                var turns = Mappings(conversation["turns"])
                    .Select(t => new TestTurn(Str(t["user"]) ?? string.Empty, t["expect"] is YamlMapping e ? Expectation(e, file, nodes, faqs, collected, diagnostics) : null, t.LocationIn(file))
                    {
                        Attachment = t["attachment"] is YamlScalar sent ? Attached(sent, file, diagnostics) : null,
                    })
                    .ToList();
                conversations.Add(new TestConversation(name, Settings(conversation, bot, file, diagnostics), turns, at) { TodayWritten = conversation.ContainsKey("today") });
            }

            if (root["intents"] is YamlMapping intents)
            {
                var starts = bot.Nodes.Where(n => n.IsStart && n.IsActive).Select(n => n.SystemName).ToHashSet(StringComparer.Ordinal);
                foreach (var entry in intents.Entries)
                {
                    var intent = entry.Key.Value;
                    var key = intent == "none" ? Paraphrase.None : intent.StartsWith("faq:", StringComparison.Ordinal) && faqs.Contains(intent[4..]) ? intent : starts.Contains(intent) ? "node:" + intent : null;
                    if (key is null)
                    {
                        diagnostics.Add(TestDiagnostics.UnknownIntent(entry.Key.LocationIn(file), intent, MeantIntent(intent, entry.Value, starts, faqs, bot)));
                        continue;
                    }

                    // A list is in the first language; a map gives each language its own list, measured in that language.
                    var lists = entry.Value is YamlMapping byLanguage
                        ? byLanguage.Entries.Where(e => KnownLanguage(e.Key, bot, file, diagnostics)).Select(e => (Language: (string?)e.Key.Value, List: e.Value))
                        : [(Language: (string?)null, List: entry.Value)];
                    foreach (var (language, list) in lists)
                    {
                        paraphrases.AddRange(Items(list).OfType<YamlScalar>().Select(s => new Paraphrase(key, s.Value, s.LocationIn(file)) { Language = language }));
                    }
                }
            }
        }

        return new TestSuite(conversations, paraphrases);
    }

    /// <summary>
    /// What an intent that is none most likely means: an FAQ written without its <c>faq:</c> prefix, a misspelt start
    /// node or FAQ; or why a node that exists is none (not a start node, inactive). Null when nothing is close.
    /// </summary>
    private static string? MeantIntent(string intent, YamlNode? written, IReadOnlySet<string> starts, IReadOnlySet<string> faqs, BotModel bot)
    {
        // The paraphrases grouped by language first ('ja: { BOOK_ROOM: [...] }'): the language goes under each intent.
        if (bot.Bot.Languages.Contains(intent, StringComparer.Ordinal) && written is YamlMapping grouped)
        {
            var first = grouped.Entries.Select(e => e.Key.Value).FirstOrDefault(k => starts.Contains(k) || k == "none" || k.StartsWith("faq:", StringComparison.Ordinal)) ?? "FLIGHT_STATUS";
            return $"'{intent}' is one of the bot's languages: under intents: come the intents, each with its paraphrases by language ({first}: {{ {intent}: [...] }})";
        }

        if (faqs.Contains(intent))
        {
            return $"an FAQ is named with its prefix here: did you mean 'faq:{intent}'?";
        }

        if (bot.Nodes.FirstOrDefault(n => n.SystemName == intent) is { } node)
        {
            return $"{intent} is {(node.IsStart ? "inactive" : "not a start node")}: paraphrases test intent detection, which chooses among active start nodes and FAQ entries";
        }

        var named = starts.Concat(faqs.Select(f => "faq:" + f));
        return Suggestions.Closest(intent, named) is { } meant ? $"did you mean '{meant}'?" : null;
    }

    /// <summary>
    /// Each text or number cut at a comma inside <c>{ }</c> in a stub's body (<c>{ Amount__c: 89,90 }</c> is Amount__c =
    /// 89 and a key '90'), which the format leaves free and no schema check reads.
    /// </summary>
    private static void ReportCuts(YamlNode? body, SourceFile file, DiagnosticBag diagnostics, string where = "a stub's 'body'")
    {
        foreach (var (key, previous, joined) in YamlMapping.CutsWithin(body, file.Text))
        {
            diagnostics.Add(SchemaDiagnostics.SplitAtComma(key.LocationIn(file), key.Value, where, previous, joined));
        }
    }

    /// <summary>
    /// A stub's status: as written (numbers as YAML types them: 0xC9 is 201), or <paramref name="success"/> when it
    /// writes none; null for one that is no status (the schema check reports it).
    /// </summary>
    private static int? Status(YamlMapping answer, int success) =>
        answer["status"] is null ? success : ScalarTyping.WholeNumber(answer["status"]) is { } code and >= 0 ? code : null;

    private static ConversationSettings Settings(YamlMapping conversation, BotModel bot, SourceFile file, DiagnosticBag diagnostics)
    {
        var answers = new Dictionary<string, ServiceAnswer>(StringComparer.Ordinal);
        if (conversation["salesforce"] is YamlMapping salesforce)
        {
            foreach (var entry in salesforce.Entries)
            {
                // Numbers as YAML types them (0xC9 is 201); the schema check reports any that are not whole, in range or finite.
                if (entry.Value is YamlMapping answer && Status(answer, entry.Key.Value == "create_case" ? 201 : 200) is { } code)
                {
                    ReportCuts(answer["body"], file, diagnostics);
                    var delay = ScalarTyping.Number(answer["delay_seconds"]) ?? 0;
                    answers[entry.Key.Value] = new ServiceAnswer(code, answer["body"] is { } body ? YamlToJson.ToJsonNode(body) : null, delay);
                }
            }
        }

        // A test never reaches the network: its scripts' own requests are answered as it says, or with 404.
        var http = new List<HttpAnswer>();
        if (conversation["http"] is YamlSequence requests)
        {
            foreach (var answer in requests.Items.OfType<YamlMapping>())
            {
                if (Str(answer["url"]) is { } url && Status(answer, 200) is { } code)
                {
                    ReportCuts(answer["body"], file, diagnostics);
                    http.Add(new HttpAnswer(Str(answer["method"])?.ToUpperInvariant(), url, code, answer["body"] is { } body ? YamlToJson.ToJsonNode(body) : null,
                        ScalarTyping.Number(answer["delay_seconds"]) ?? 0));
                }
            }
        }

        ReportCuts(conversation["user"], file, diagnostics, "'user'");
        ReportCuts(conversation["user_details"], file, diagnostics, "'user_details'");
        var settings = new ConversationSettings
        {
            Answers = answers, Http = http, User = Strings(conversation["user"]), UserDetails = Strings(conversation["user_details"]), Channel = ConversationSettings.DefaultChannel(bot),
        };
        if (Str(conversation["today"]) is { } today)
        {
            if (DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                settings = settings with { Today = date };
            }
            else if (System.Text.RegularExpressions.Regex.IsMatch(today, @"^\d{4}-\d{2}-\d{2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
            {
                // Shaped as a date (the schema's check) but none: 2026-13-01, 2026-02-30. Left to the default, "tomorrow" would
                // be read from another day than the one the test means.
                diagnostics.Add(TestDiagnostics.NoSuchDay(conversation["today"]!.LocationIn(file), today));
            }
        }

        // The language the user writes in: language:, one the bot speaks; else the user's language_code when it is
        // one (any other is only passed on to code nodes, as before languages were simulated).
        if (OneOf(conversation, "language", bot.Bot.Languages, file, diagnostics, (at, written, languages) => TestDiagnostics.UnknownLanguage(at, written, languages, BotInfo.MeantIn(languages, written))) is { } language)
        {
            settings = settings with { Language = language };
        }
        else if (Str(conversation["language"]) is null && settings.User.TryGetValue("language_code", out var code) && bot.Bot.Languages.Contains(code, StringComparer.Ordinal))
        {
            settings = settings with { Language = code };
        }

        if (OneOf(conversation, "channel", bot.Business.Channels, file, diagnostics, TestDiagnostics.AbsentChannel) is { } channel)
        {
            settings = settings with { Channel = channel };
        }

        return settings;
    }

    /// <summary>True when the language an <c>intents:</c> list is given in is one of the bot's; another is reported.</summary>
    private static bool KnownLanguage(YamlScalar language, BotModel bot, SourceFile file, DiagnosticBag diagnostics)
    {
        if (bot.Bot.Languages.Contains(language.Value, StringComparer.Ordinal))
        {
            return true;
        }

        diagnostics.Add(TestDiagnostics.UnknownParaphraseLanguage(language.LocationIn(file), language.Value, bot.Bot.Languages, BotInfo.MeantIn(bot.Bot.Languages, language.Value)));
        return false;
    }

    /// <summary>The conversation's <paramref name="key"/> when it is one of <paramref name="allowed"/>; another is reported, and null.</summary>
    private static string? OneOf(YamlMapping conversation, string key, IReadOnlyList<string> allowed, SourceFile file, DiagnosticBag diagnostics,
        Func<SourceLocation, string, IReadOnlyList<string>, Diagnostic> notAllowed)
    {
        if (Str(conversation[key]) is not { } value)
        {
            return null;
        }

        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        diagnostics.Add(notAllowed(conversation[key]!.LocationIn(file), value, allowed));
        return null;
    }

    private static TurnExpectation Expectation(YamlMapping expect, SourceFile file, HashSet<string> nodes, HashSet<string> faqs, HashSet<string> collected, DiagnosticBag diagnostics)
    {
        // Values written as a user types them ('89,90') cut at their comma: reported once, as the cut they are.
        var entities = expect["entities"] as YamlMapping;
        ReportCuts(entities, file, diagnostics, "'entities'");
        foreach (var entry in expect.Entries.Where(e => e.Key.Value.StartsWith("salesforce.", StringComparison.Ordinal) || e.Key.Value == "http"))
        {
            ReportCuts(entry.Value, file, diagnostics, $"'{entry.Key.Value}'");
        }

        foreach (var entity in entities?.Entries.Select(e => e.Key).Where(k => !collected.Contains(k.Value) && !entities.IsRestOfCut(k.Value, file.Text)) ?? [])
        {
            diagnostics.Add(TestDiagnostics.UncollectedExpectedEntity(entity.LocationIn(file), entity.Value, Suggestions.Closest(entity.Value, collected)));
        }

        var node = Str(expect["node"]);
        if (node is not null && !nodes.Contains(node))
        {
            diagnostics.Add(faqs.Contains(node)
                ? TestDiagnostics.ExpectedNodeIsFaq(expect["node"]!.LocationIn(file), node)
                : TestDiagnostics.MeansBotBreak(node)
                ? TestDiagnostics.ExpectedBreakAsNode(expect["node"]!.LocationIn(file), node)
                : TestDiagnostics.UnknownExpectedNode(expect["node"]!.LocationIn(file), node, Suggestions.Closest(node, nodes)));
        }

        // An FAQ by its id, as faq.yaml writes it (or with the faq: prefix intents: name it with).
        var faq = Str(expect["faq"]) is { } written ? (written.StartsWith("faq:", StringComparison.Ordinal) ? written[4..] : written) : null;
        if (faq is not null && !faqs.Contains(faq))
        {
            diagnostics.Add(TestDiagnostics.UnknownExpectedFaq(expect["faq"]!.LocationIn(file), faq, nodes.Contains(faq), Suggestions.Closest(faq, faqs)));
        }

        var integration = new Dictionary<string, IReadOnlyDictionary<string, string>?>(StringComparer.Ordinal);
        foreach (var entry in expect.Entries.Where(e => e.Key.Value.StartsWith("salesforce.", StringComparison.Ordinal)))
        {
            // `none`: no such request may be sent in the turn; a mapping (even {}): one was sent, with these fields.
            integration[entry.Key.Value["salesforce.".Length..]] = entry.Value is YamlScalar { Value: "none" } ? null : Strings(entry.Value);
        }

        var http = new Dictionary<string, IReadOnlyDictionary<string, string>?>(StringComparer.Ordinal);
        foreach (var entry in (expect["http"] as YamlMapping)?.Entries ?? [])
        {
            http[entry.Key.Value] = entry.Value is YamlScalar { Value: "none" } ? null : Strings(entry.Value);
        }

        return new TurnExpectation(node, Texts(expect["says"], file, diagnostics), Texts(expect["not_says"], file, diagnostics), Strings(expect["entities"]), integration, expect.LocationIn(file))
        {
            Http = http,
            Faq = faq,
        };
    }

    private static List<TextExpectation> Texts(YamlNode? node, SourceFile file, DiagnosticBag diagnostics)
    {
        var scalars = node is YamlScalar one ? [one] : Items(node).OfType<YamlScalar>().ToList();
        if (CutPattern(scalars) is var (first, last))
        {
            diagnostics.Add(TestDiagnostics.CutPattern(first.LocationIn(file), first.Value, last.Value, file.Text[first.Span.Start..last.Span.End]));
            return [];
        }

        var result = new List<TextExpectation>();
        foreach (var scalar in scalars)
        {
            var text = scalar.Value;
            if (text.Length >= 2 && text.StartsWith('/') && text.EndsWith('/'))
            {
                try
                {
                    result.Add(new TextExpectation(text, new Regex(text[1..^1].Normalize(System.Text.NormalizationForm.FormC), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
                }
                catch (ArgumentException e)
                {
                    diagnostics.Add(TestDiagnostics.InvalidPattern(scalar.LocationIn(file), e.Message));
                }
            }
            else
            {
                result.Add(new TextExpectation(text, null));
            }
        }

        return result;
    }

    /// <summary>
    /// Unquoted items of a list that look like one <c>/pattern/</c> cut at a comma (<c>[/a, b/]</c> is the list of
    /// <c>/a</c> and <c>b/</c>): the first starts with a slash and does not end with one, a later one ends with one
    /// and does not start with one, and none between starts or ends with one.
    /// </summary>
    private static (YamlScalar First, YamlScalar Last)? CutPattern(List<YamlScalar> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].IsPlain || !items[i].Value.StartsWith('/') || items[i].Value.EndsWith('/'))
            {
                continue;
            }

            for (var j = i + 1; j < items.Count && items[j].IsPlain && !items[j].Value.StartsWith('/'); j++)
            {
                if (items[j].Value.EndsWith('/'))
                {
                    return (items[i], items[j]);
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> Strings(YamlNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is YamlMapping mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                result[entry.Key.Value] = entry.Value is YamlScalar s ? s.Value : YamlToJson.ToJsonNode(entry.Value)?.ToJsonString() ?? string.Empty;
            }
        }

        return result;
    }

    /// <summary>A turn's attachment, its kind told by the file name's extension; null (reported) when it tells none.</summary>
    private static Attachment? Attached(YamlScalar sent, SourceFile file, DiagnosticBag diagnostics)
    {
        if (Attachment.Of(sent.Value) is { } attachment)
        {
            return attachment;
        }

        diagnostics.Add(TestDiagnostics.UnknownAttachmentKind(sent.LocationIn(file), sent.Value, Attachment.Kinds));
        return null;
    }
}
