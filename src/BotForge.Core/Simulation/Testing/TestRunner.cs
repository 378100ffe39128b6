using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using BotForge.Model;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;

namespace BotForge.Simulation.Testing;

/// <summary>A failed expectation: the turn (1-based) and what was wrong.</summary>
public sealed record Failure(int Turn, string Message);

public sealed record ConversationResult(TestConversation Conversation, IReadOnlyList<TurnTrace> Transcript, IReadOnlyList<Failure> Failures, TimeSpan Elapsed)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>
/// Runs conversations, each with a fresh engine, checking every expectation after its turn. A conversation
/// goes on after a failed expectation, so the transcript shows what happened next too. Conversations run in
/// parallel (they share nothing); results keep the order of the files.
/// </summary>
public static class TestRunner
{
    public static IReadOnlyList<ConversationResult> Run(BotModel bot, IntentsByLanguage intents, TestSuite suite, CodeRunner runner, string? filter = null)
    {
        var chosen = suite.Conversations
            .Where(c => filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var results = new ConversationResult[chosen.Count];
        Parallel.For(0, chosen.Count, new ParallelOptions { MaxDegreeOfParallelism = CodeRunner.AtOnce },
            i => results[i] = RunOne(bot, intents, chosen[i], runner));
        return results;
    }

    private static ConversationResult RunOne(BotModel bot, IntentsByLanguage intents, TestConversation conversation, CodeRunner runner)
    {
        var clock = Stopwatch.StartNew();
        var engine = new ConversationEngine(bot, intents.For(conversation.Settings.Language), runner, conversation.Settings);
        var transcript = new List<TurnTrace>();
        var failures = new List<Failure>();
        for (var i = 0; i < conversation.Turns.Count; i++)
        {
            var turn = conversation.Turns[i];
            var trace = engine.Say(turn.User, turn.Attachment);
            transcript.Add(trace);
            if (turn.Expect is { } expect)
            {
                failures.AddRange(Check(expect, trace, bot, conversation).Select(message => new Failure(i + 1, message)));
            }
        }

        return new ConversationResult(conversation, transcript, failures, clock.Elapsed);
    }

    /// <summary>Every unmet expectation of one turn, as a sentence.</summary>
    /// <param name="expect">What the turn should do.</param>
    /// <param name="trace">What it did.</param>
    /// <param name="bot">The bot.</param>
    /// <param name="conversation">The conversation: its today, which relative dates are read from, and its language.</param>
    public static IEnumerable<string> Check(TurnExpectation expect, TurnTrace trace, BotModel bot, TestConversation conversation)
    {
        var settings = conversation.Settings;
        if (expect.Node is { } node && trace.Node != node)
        {
            yield return $"expected to be on {node}, but the conversation is on {trace.Node ?? "no node"}";
        }

        if (expect.Faq is { } faq && !(trace.How == Detection.Faq && trace.Detected == "faq:" + faq))
        {
            yield return $"expected the FAQ {faq} to answer, but the message was understood as {TranscriptWriter.Understood(trace)}";
        }

        var said = string.Join("\n", trace.BotSays);
        foreach (var text in expect.Says.Where(t => !t.IsFoundIn(said)))
        {
            yield return $"expected the bot to say {Quote(text.Written)}{WildcardNote(text, trace.BotSays)}{SaidOtherwiseNote(text, trace.BotSays)}";
        }

        foreach (var text in expect.NotSays.Where(t => t.IsFoundIn(said)))
        {
            yield return $"expected the bot not to say {Quote(text.Written)}";
        }

        foreach (var (entity, value) in expect.Entities)
        {
            var actual = trace.Entities.GetValueOrDefault(entity);
            if (actual != value)
            {
                yield return $"expected entity {entity} = {Quote(value)}, but it is {(actual is null ? "not collected" + WhyNotRead(entity, bot) : Quote(actual) + (AsUsersWriteIt(entity, value, actual, bot, settings) ?? ReadFromToday(entity, value, actual, trace, conversation)))}";
            }
        }

        foreach (var (action, fields) in expect.Integration)
        {
            var requests = trace.Code.SelectMany(c => c.Requests).Where(r => r.Action == action).ToList();
            if (fields is null)
            {
                if (requests.Count > 0)
                {
                    yield return $"expected no salesforce.{action} request in this turn, but {requests.Count} {(requests.Count == 1 ? "was" : "were")} sent";
                }

                continue;
            }

            var request = requests.LastOrDefault();
            if (request is null)
            {
                // The other read, when it was made instead: a Contact is read as get_contact, any other object as get_record.
                var other = action is "get_contact" or "get_record"
                    ? trace.Code.SelectMany(c => c.Requests).LastOrDefault(r => r.Action is "get_contact" or "get_record" && r.Action != action)
                    : null;
                yield return $"expected a salesforce.{action} request, but none was sent in this turn"
                    + (other is null ? string.Empty
                        : $" (a salesforce.{other.Action} request was: {string.Join(", ", Sent(other).Select(f => $"{f.Key} = {Quote(f.Value)}"))}; a Contact is read as get_contact, any other object as get_record)");
                continue;
            }

            var sent = Sent(request);
            foreach (var (field, value) in fields)
            {
                var actual = sent.GetValueOrDefault(field);
                if (actual != value)
                {
                    yield return $"expected salesforce.{action} to send {field} = {Quote(value)}, but it sent {(actual is null ? NoSuchField(field, sent) : Quote(actual))}";
                }
            }
        }

        foreach (var failure in HttpFailures(expect, trace))
        {
            yield return failure;
        }
    }

    /// <summary>The expectations of a script's own requests (<c>expect: { http: … }</c>) that the turn did not meet.</summary>
    private static IEnumerable<string> HttpFailures(TurnExpectation expect, TurnTrace trace)
    {
        foreach (var (written, fields) in expect.Http)
        {
            var space = written.IndexOf(' ', StringComparison.Ordinal);
            var (method, url) = space > 0 ? (written[..space].ToUpperInvariant(), written[(space + 1)..].Trim()) : ((string?)null, written.Trim());
            var requests = trace.Code.SelectMany(c => c.Requests)
                .Where(r => r.Action is null && (method is null || r.Method == method) && r.IsFor(url)).ToList();
            if (fields is null)
            {
                if (requests.Count > 0)
                {
                    yield return $"expected no {written} request in this turn, but {requests.Count} {(requests.Count == 1 ? "was" : "were")} sent";
                }

                continue;
            }

            if (requests.LastOrDefault() is not { } request)
            {
                yield return $"expected a {written} request, but none was sent in this turn";
                continue;
            }

            var sent = BodyFields(request.Body);
            foreach (var (field, value) in fields)
            {
                var actual = sent.GetValueOrDefault(field);
                if (actual != value)
                {
                    yield return $"expected {written} to send {field} = {Quote(value)}, but it sent {(actual is null ? NoSuchField(field, sent) : Quote(actual))}";
                }
            }
        }
    }

    /// <summary>The top-level fields of a request's body: a JSON object's (a value as a rule reads it as text; JSON null as <c>null</c>), or a form's.</summary>
    private static Dictionary<string, string> BodyFields(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (JsonNode.Parse(body) is JsonObject json)
            {
                foreach (var (key, value) in json)
                {
                    fields[key] = value is null ? "null" : RuleEvaluator.Text(value) ?? string.Empty;
                }

                return fields;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // not JSON: a form, perhaps
        }

        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[Uri.UnescapeDataString(pair[..equals].Replace('+', ' '))] = Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return fields;
    }

    /// <summary>The inputs a request carried: the payload fields of a create, <c>contact_id</c> of a Contact read, <c>object_type</c> and <c>object_id</c> of another record read.</summary>
    public static Dictionary<string, string> Sent(ServiceRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.Action is "get_contact" or "get_record")
        {
            if (request.Action == "get_record" && request.Query.TryGetValue("object_type", out var type))
            {
                fields["object_type"] = type;
            }

            if (request.Query.TryGetValue("object_id", out var id))
            {
                fields[request.Action == "get_contact" ? "contact_id" : "object_id"] = id;
            }

            return fields;
        }

        try
        {
            if (JsonNode.Parse(request.Body)?["payload"] is JsonObject payload)
            {
                foreach (var (key, value) in payload)
                {
                    fields[key] = RuleEvaluator.Text(value) ?? string.Empty;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // not JSON: no fields were sent
        }

        return fields;
    }

    /// <summary>
    /// For a text with '*' that is not found: when reading each '*' as any text would have found it in one message,
    /// that it is no wildcard, and the regex to write. Found by looking the parts up in order (no regex is built).
    /// </summary>
    private static string WildcardNote(TextExpectation text, IReadOnlyList<string> said)
    {
        if (text.Pattern is not null || !text.Written.Contains('*', StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var parts = text.Written.Split('*');
        var found = said.Any(message =>
        {
            var at = 0;
            foreach (var part in parts)
            {
                var index = message.IndexOf(part, at, StringComparison.Ordinal);
                if (index < 0)
                {
                    return false;
                }

                at = index + part.Length;
            }

            return true;
        });
        return found ? $": '*' is no wildcard here (a text is found as written); for any text there, write /{string.Join(".*", parts.Select(RegexText))}/" : string.Empty;
    }

    /// <summary>
    /// Where a message holds the expected text (not a pattern) only in other character widths (an ASCII '?' for a
    /// Japanese keyboard's '？', full-width 'ＡＢＣ' for 'ABC') or only in other letter case ('iade talebiniz' for 'İade
    /// talebiniz', the Turkish İ an i too): the note naming that message, to write the text as the bot says it; empty otherwise.
    /// </summary>
    private static string SaidOtherwiseNote(TextExpectation text, IReadOnlyList<string> said)
    {
        if (text.Pattern is not null || text.Written.Contains('*', StringComparison.Ordinal))
        {
            return string.Empty;
        }

        static string Narrow(string s) => TextExpectation.Normal(s, System.Text.NormalizationForm.FormKC);
        static string Folded(string s) => s.Replace('\u0130', 'i').ToLowerInvariant();
        var forms = new (Func<string, string> Form, string How, string Why)[]
        {
            (Narrow, "in other character widths (full-width or half-width)", string.Empty),
            (Folded, "in other letter case", "a text is found with its capitals as written: "),
        };
        foreach (var (form, how, why) in forms)
        {
            var written = form(text.Written);
            if (said.FirstOrDefault(m => form(m).Contains(written, StringComparison.Ordinal)) is { } message)
            {
                return $": the bot says it {how}, in {Quote(Text.Printable.Shorten(message, 60))}; {why}write it as the bot says it";
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// "no such field", with the field sent whose name is closest (names are case-sensitive: an expected <c>Subject</c>
    /// where <c>subject</c> was sent), when there is one.
    /// </summary>
    private static string NoSuchField(string field, IReadOnlyDictionary<string, string> sent) =>
        (sent.Keys.FirstOrDefault(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase)) ?? Text.Suggestions.Closest(field, sent.Keys)) is { } near
            ? $"no such field (it sent {near} = {Quote(sent[near])}{(string.Equals(near, field, StringComparison.OrdinalIgnoreCase) ? ": names are case-sensitive" : string.Empty)})"
            : "no such field";

    /// <summary>A literal text as a .NET regex matches it: only the regex's special characters escaped.</summary>
    private static string RegexText(string text) => string.Concat(text.Select(c => @"\^$.|?*+()[]{}".Contains(c, StringComparison.Ordinal) ? "\\" + c : c.ToString()));

    private static string Quote(string text) => "'" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "'";

    /// <summary>
    /// When the expected value is how a user writes the actual one (<c>3pm</c> for <c>15:00</c>, <c>tomorrow</c> for
    /// the date), a note that an expectation names the value as the engine gives it; for a number the platform's
    /// number detector reads otherwise than written (<c>9171234567890123</c>, <c>0042</c>), why, and what to do instead.
    /// </summary>
    private static string? AsUsersWriteIt(string entity, string expected, string actual, BotModel bot, ConversationSettings settings) =>
        bot.Nodes.SelectMany(n => n.Entities).Select(u => u.Entity).FirstOrDefault(e => e.Name == entity) is not { } reference
            || new EntityExtractor(settings.Today, settings.LanguageIn(bot)).Extract(reference, expected, prompted: true)?.Value != actual ? null
        // A number the platform reads otherwise than it is written (9171234567890123 as 9171234567890124): why, not to expect it.
        : reference.Definition is { Type: EntityType.Number } && EntityExtractor.NumberAsRead(expected) is { } misread && misread.Read == actual
            ? $" ({Quote(expected)} is {misread.Read} to the platform's number detector, {misread.Why})"
            : $" ({Quote(expected)} is how a user writes it: expect the value as the engine gives it, {Quote(actual)})";

    /// <summary>
    /// When a date found in this turn's message written without digits ("yesterday evening") is not the date expected,
    /// the day it was read from: the conversation's today, with the today: that gives the date expected when the test
    /// sets none (a test without one runs on 1 January 2026).
    /// </summary>
    private static string ReadFromToday(string entity, string expected, string actual, TurnTrace trace, TestConversation conversation)
    {
        if (trace.Found.GetValueOrDefault(entity) != actual || trace.User.Any(char.IsDigit)
            || !DateOnly.TryParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var meant)
            || !DateOnly.TryParseExact(actual, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
        {
            return string.Empty;
        }

        var today = conversation.Settings.Today;
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return conversation.TodayWritten
            ? $" ({Quote(trace.User)} is read from the conversation's today, {day})"
            : $" ({Quote(trace.User)} is read from the conversation's today, {day}, as it sets none: give it the day the test means, e.g. today: {meant.AddDays(today.DayNumber - read.DayNumber):yyyy-MM-dd})";
    }

    /// <summary>Where the engine may miss what the platform's detector finds, why (docs/testing.md, "Entities").</summary>
    private static string WhyNotRead(string entity, BotModel bot) =>
        bot.Entities.Any(e => e.Name == entity) || !PublicEntities.MayMiss(entity) ? string.Empty
        : PublicEntities.ReadingOf(entity) == PublicReading.None ? $" (the engine does not read the public entity {entity}; the platform's own detector does: a test cannot collect it here)"
        : $" (the engine finds a {entity} only among the places it knows, a shorter list than the platform's: docs/testing.md)";
}
