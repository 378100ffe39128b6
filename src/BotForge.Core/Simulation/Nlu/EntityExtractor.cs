using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BotForge.Analysis;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Simulation.Nlu;

/// <summary>A value found in a message: what the platform would pass to code as entity_value, and the text it came from.</summary>
public sealed record EntityValue(string Value, string OriginalText)
{
    /// <summary>
    /// The dictionary variant the value was taken for by a near word of the message (<see cref="OriginalText"/>), as the
    /// platform's dictionary detector takes one (<see cref="EntityExtractor.NearlyTheWord"/>); null for a value taken as
    /// written, and for the other kinds of entity.
    /// </summary>
    public string? NearVariant { get; init; }
}

/// <summary>A number as written (<c>Written</c>), what the platform's number detector reads it as (<c>Read</c>), and why and what to ask for.</summary>
public sealed record NumberMisread(string Written, string Read, string Why);

/// <summary>How a message writes a dictionary variant that the platform's dictionary detector does not find (<see cref="EntityExtractor.VariantWrittenOtherwise"/>).</summary>
public enum VariantForm
{
    /// <summary>Joined to more by an apostrophe, a dot or a colon: "ankara'ya", "l'adresse".</summary>
    Joined,

    /// <summary>Without the marks of its letters: "hasarli" for hasarlı.</summary>
    WithoutMarks,

    /// <summary>A Korean particle or ending against it: "오후에" for 오후.</summary>
    KoreanParticle,

    /// <summary>A Tamil case ending: "ரிமோட்டில்" for ரிமோட்.</summary>
    TamilCaseEnding,

    /// <summary>A Russian or Ukrainian case ending: "москве" for москва, "нижнем новгороде" for нижний новгород.</summary>
    CyrillicCaseEnding,

    /// <summary>An Arabic or Hebrew prefix written against it (and, in, to, the): "بدبي" for دبي, "בתל אביב" for תל אביב.</summary>
    SemiticPrefix,
}

/// <summary>
/// Finds entity values in a message, per entity type: dictionary values by any variant (whole words, longest
/// first), regex patterns, numbers within their digit bounds, currency amounts, and the public entities email,
/// phone_number, person_name, date, time and pincode, and city, state and country among the places the engine
/// knows (<see cref="Places"/>). <c>prompted</c> says the bot just asked for this entity, which lets a bare answer
/// count ("Jane Doe" for a name). Not extracted: attachments. <paramref name="language"/> is the conversation's: in
/// Hindi, Marathi, Gujarati, Bengali, Tamil and Telugu, dates in its words are read too (<see cref="WordDatesIn"/>),
/// in Hindi, Marathi, Gujarati and Bengali, times (<see cref="WordTime"/>), and in all six a name answered in the
/// script (<see cref="IndianName"/>).
/// </summary>
public sealed partial class EntityExtractor(DateOnly today, string? language = null)
{
    private readonly Dictionary<EntityDefinition, PatternsExtractor> _learned = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The bot's last message, which the platform gives its detectors with the user's: its time detector reads a number
    /// with no other time in the message as an hour only when that message has the word "time" in it (<see
    /// cref="AsksForTime"/>). Null before the bot has said anything; then, where no conversation is at hand (a test's
    /// expected value, a prompt's example), <c>prompted</c> stands for it.
    /// </summary>
    public string? BotMessage { get; set; }

    /// <summary>Whether the platform's time detector reads a number alone as an hour after <paramref name="botMessage"/>: it has the word "time" in it, in any case, even inside a word ("timeslot").</summary>
    public static bool AsksForTime(string? botMessage) => botMessage?.Contains("time", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Whether a value found in a message that was not the answer to the entity's own prompt (the message that
    /// reached the node, or the answer to another prompt) is taken. Entities that can match almost any text are
    /// not: a person name, and a regex value, unless it is a code inside the message (digits, not the whole message,
    /// no words: each part between spaces has a digit or at most three characters): "where is my order AB1234567"
    /// gives AB1234567 to <c>[A-Z]{2}\d{7}</c>, "is SJ 204 delayed" SJ 204 to <c>\bSJ\s?\d{3,4}\b</c>, while a
    /// free-text pattern such as <c>^.{10,500}$</c>, <c>\w+</c> or <c>[A-Za-z ]+\d</c> takes nothing from it.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="value">What it found in the message.</param>
    /// <param name="message">The message.</param>
    public static bool TakenOutsideItsAnswer(EntityRef entity, EntityValue value, string message) => entity.Definition switch
    {
        { Type: EntityType.Regex } => value.Value.Any(char.IsAsciiDigit) && value.Value.Length < message.Trim().Length
            && value.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(part => part.Length <= 3 || part.Any(char.IsAsciiDigit)),
        null => PublicEntities.ReadingOf(entity.Name) != PublicReading.PersonName,
        _ => true,
    };

    /// <summary>
    /// True when a value of the entity may be taken from a message that answers <paramref name="lastBotMessage"/>
    /// (the bot's last message; null before it has sent one): always, unless the entity has previous-context tags,
    /// when one of them must be in that message (as whole words, case and punctuation ignored), as on the platform.
    /// </summary>
    public static bool InContext(EntityRef entity, string? lastBotMessage) =>
        entity.Definition?.PreviousContext is not { Count: > 0 } || ContextWord(entity, lastBotMessage) is not null;

    /// <summary>
    /// Whether the platform's name detector reads a name after <paramref name="botMessage"/> (the bot's last message)
    /// in a conversation in <paramref name="language"/>: it reads one only after a message that asks for it in its
    /// words, the language's word for a name or for calling someone ("name", "call you"; "नाम"; "பெயர்", "அழைக்க")
    /// in any case and form. True in a language whose words are not carried here (the check is left to the platform).
    /// </summary>
    public static bool AsksForName(string? botMessage, string? language) =>
        language is null || botMessage is null || NameAsks(language) is not { } words
        || words.Any(w => botMessage.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The words of a language one of which the platform's name detector looks for in the bot's last message before
    /// reading a name (each a part of every phrase of its list for the language, chatbot_ner's: "your name", "what is
    /// your name", "call you"…); null for a language not listed.
    /// </summary>
    public static string[]? NameAsks(string language) => Model.BotInfo.BaseLanguage(language) switch
    {
        "en" => ["name", "call you", "address you"],
        "hi" => ["नाम", "बुला", "एड्रेस"],
        "mr" => ["नाव", "नांव", "बोलव", "संबोधित"],
        "ta" => ["பெயர", "அழைக்", "முகவரி உங்களை"],
        "te" => ["పేరు", "పేర్", "కాల్ చే", "చిరునామా మిమ్మల్ని"],
        "gu" => ["નામ", "કોલ કર", "સંબોધન", "શું કહેવું"],
        "bn" => ["নাম", "ডাকছি", "বলা উচিত", "সম্বোধন"],
        _ => null,
    };

    /// <summary>
    /// The words at the start of a name answered in a language the platform's name detector has no patterns for
    /// ("меня зовут" in "меня зовут Анна", "je m'appelle", "benim adım", "me llamo"): "my name is" or "I am" in the
    /// conversation's language, as the value writes them; null when it begins with none. The detector reads such
    /// words in English and in the Indian languages it has lists for, and takes a short answer to its prompt whole, as the engine does.
    /// </summary>
    public static string? IntroductionIn(string value, string? language)
    {
        if (language is null || !Introductions.TryGetValue(Model.BotInfo.BaseLanguage(language), out var phrases))
        {
            return null;
        }

        return phrases.FirstOrDefault(p => value.Length > p.Length && value.StartsWith(p, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(value[p.Length])) is { } phrase
            ? value[..phrase.Length]
            : null;
    }

    /// <summary>"My name is" and "I am" in the languages whose names the engine reads as English's (longest first).</summary>
    private static readonly Dictionary<string, string[]> Introductions = new(StringComparer.Ordinal)
    {
        ["ru"] = ["меня зовут", "моё имя", "мое имя", "я"],
        ["uk"] = ["мене звати", "моє ім'я", "я"],
        ["tr"] = ["benim adım", "benim adim", "benim ismim", "adım", "adim", "ismim"],   // not "ben" (I), also a name
        ["fr"] = ["je m'appelle", "je m’appelle", "mon nom est", "moi c'est", "je suis"],
        ["es"] = ["mi nombre es", "me llamo", "soy"],
        ["pt"] = ["meu nome é", "meu nome e", "me chamo", "eu sou", "sou"],
        ["de"] = ["mein name ist", "ich heiße", "ich heisse", "ich bin"],
        ["it"] = ["il mio nome è", "mi chiamo", "sono"],
        ["id"] = ["nama saya", "nama aku", "namaku", "saya", "aku"],
        ["ms"] = ["nama saya", "nama aku", "saya", "aku"],
        ["vi"] = ["tên tôi là", "tôi tên là", "mình tên là", "em tên là", "tôi là"],
        ["ar"] = ["اسمي", "أنا", "انا"],
        ["he"] = ["קוראים לי", "שמי", "אני"],
    };

    /// <summary>The first of the entity's previous-context tags that <paramref name="botMessage"/> holds (as whole words, case and punctuation ignored); null when none does.</summary>
    public static string? ContextWord(EntityRef entity, string? botMessage) =>
        botMessage is null || entity.Definition?.PreviousContext is not { Count: > 0 } tags ? null
        : UserSays.Normalize(botMessage) is var said ? tags.FirstOrDefault(t => UserSays.Holds(said, UserSays.Normalize(t.Text)))?.Text : null;

    public EntityValue? Extract(EntityRef entity, string message, bool prompted)
    {
        var definition = entity.Definition;
        return definition?.Type switch
        {
            null => InAsciiDigits(message, text => Public(entity.Name, text, prompted)),
            EntityType.Dictionary => Dictionary(definition, message),
            EntityType.Regex => RegexValue(definition.Pattern, message),
            EntityType.Number => InAsciiDigits(message, text => InDigits(text, written => Number(written, definition.MinDigits, definition.MaxDigits), language)),
            EntityType.Currency => InAsciiDigits(message, text => InDigits(text, Currency)),
            EntityType.Patterns => Learned(definition).Extract(message, prompted),
            _ => null,
        };
    }

    /// <summary>
    /// What <see cref="Extract"/> finds for an entity of <paramref name="node"/>, but for one end of a trip whose other
    /// end the node also collects (<see cref="PublicEntities.TripOf"/>: <c>departure_date</c> and <c>arrival_date</c>,
    /// <c>flight_departure_city</c> and <c>flight_arrival_city</c>): the two share the message's values as the
    /// platform's departure-and-return detectors share them (<see cref="TripEnds"/>), where each would otherwise take
    /// the first date or city ("from 3 March to 5 March" would arrive on the 3rd); and for a patterns entity, which
    /// shares them with the node's other patterns entities of the same values (<see cref="SharedPatterns"/>).
    /// </summary>
    /// <remarks>The engine reads a node's entities with it, and so does the quick-reply check (BF2013), so the two agree.</remarks>
    public EntityValue? ExtractOn(Node node, EntityRef entity, string message, bool prompted)
    {
        if (entity.Definition is { Type: EntityType.Patterns } learned)
        {
            return SharedPatterns(node, learned, message, prompted);
        }

        if (entity.Definition is not null || PublicEntities.TripOf(entity.Name) is not { } trip)
        {
            return Extract(entity, message, prompted);
        }

        var other = entity.Name == trip.Departure ? trip.Arrival : trip.Departure;
        if (!node.Entities.Any(u => u.Entity.Name == other && u.Entity.Definition is null))
        {
            return Extract(entity, message, prompted);
        }

        var arrival = entity.Name == trip.Arrival;
        return InAsciiDigits(message, text =>
        {
            var (from, to) = TripEnds(PublicEntities.ReadingOf(entity.Name), text, arrivalAsked: prompted && arrival);
            return arrival ? to : from;
        });
    }

    /// <summary>The words that make a date or city after them a trip's start, anywhere before it ("from Mumbai", "leaving on 3 March", "picking it up on 3 March", "check in 3 March").</summary>
    private static readonly HashSet<string> DepartureCues = new(["from", "frm", "leaving", "leave", "departing", "depart", "departs", "departure", "starting", "start", "onward", "origin", "pick", "picking", "pickup", "checkin", "check in"], StringComparer.Ordinal);

    /// <summary>The words that make a date or city after them a trip's end, anywhere before it ("returning it on 5 March", "coming back 5 March", "check out 5 March").</summary>
    private static readonly HashSet<string> ArrivalCues = new(["returning", "return", "returns", "back", "arriving", "arrive", "arrival", "reaching", "reach", "destination", "drop", "dropping", "dropoff", "checkout", "check out"], StringComparer.Ordinal);

    /// <summary>The words that make a date or city a trip's end only right before it ("3 March to 5 March", "Mumbai to Delhi", "till Friday"): "I want to fly on 3 March" names no end.</summary>
    private static readonly HashSet<string> RangeCues = new(["to", "2", "till", "until"], StringComparer.Ordinal);

    /// <summary>Words that may come between a range word and its value ("to the 5th", "till about Friday").</summary>
    private static readonly HashSet<string> CueFillers = new(["on", "the", "of", "in", "at", "is", "date", "city", "day", "my", "a", "an", "about", "around"], StringComparer.Ordinal);

    /// <summary>
    /// A message's dates or cities shared between a trip's two ends, in the manner of the departure-and-return
    /// detectors of the platform's open-source NER (chatbot_ner's <c>DateAdvanceDetector</c> and
    /// <c>CityAdvanceDetector</c>): a value after a start word (<see cref="DepartureCues"/>) is the departure, one after an
    /// end word (<see cref="ArrivalCues"/>) or right after a range word (<see cref="RangeCues"/>: "to" in "3 March to
    /// 5 March", "Mumbai to Delhi") the arrival; the values left fill the ends left, in the order written (dates: the
    /// earlier first); a lone value with no such word is the departure, unless the bot just asked for the arrival.
    /// </summary>
    private (EntityValue? Departure, EntityValue? Arrival) TripEnds(PublicReading reading, string message, bool arrivalAsked)
    {
        List<(EntityValue Value, string Before)> values;
        if (reading == PublicReading.Date)
        {
            var dates = DatesIn(message);
            values = [.. dates.Select((d, i) => (d.Value, message[(i == 0 ? 0 : dates[i - 1].End)..d.At]))];
        }
        else
        {
            values = Places.For(reading)?.FindAll(message) ?? [];
        }

        EntityValue? departure = null, arrival = null;
        var left = new List<EntityValue>();
        foreach (var (value, before) in values)
        {
            switch (CueOf(before))
            {
                case false when departure is null:
                    departure = value;
                    break;
                case true when arrival is null:
                    arrival = value;
                    break;
                default:
                    left.Add(value);
                    break;
            }
        }

        if (reading == PublicReading.Date)
        {
            left = [.. left.OrderBy(v => v.Value, StringComparer.Ordinal)];   // yyyy-MM-dd: in time order
        }

        if (departure is null && arrival is null && left.Count == 1)
        {
            return arrivalAsked ? (null, left[0]) : (left[0], null);
        }

        foreach (var value in left)
        {
            if (departure is null)
            {
                departure = value;
            }
            else if (arrival is null)
            {
                arrival = value;
            }
        }

        return (departure, arrival);
    }

    /// <summary>
    /// What the text before a value says it is: false for a start (the last start or end word in it is a start
    /// word), true for an end (an end word, or a range word with only filler words after it), null for neither.
    /// </summary>
    private static bool? CueOf(string before)
    {
        var words = UserSays.Normalize(before).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var adjacent = true;
        for (var last = words.Length - 1; last >= 0; last--)
        {
            var two = last > 0 ? $"{words[last - 1]} {words[last]}" : null;
            if ((two is not null && DepartureCues.Contains(two)) || DepartureCues.Contains(words[last]))
            {
                return false;
            }

            if ((two is not null && ArrivalCues.Contains(two)) || ArrivalCues.Contains(words[last]) || (adjacent && RangeCues.Contains(words[last])))
            {
                return true;
            }

            adjacent &= CueFillers.Contains(words[last]);
        }

        return null;
    }

    /// <summary>
    /// True for a free answer (one the entity takes only because it was asked for: a bare name, a patterns entity's
    /// bare words, a whole message a free-text regex takes) that is, word for word, a user say of an active start
    /// node, an FAQ question or a phrase of one of the node's connections: the author said what that message means
    /// ("cancel" asked for a destination goes where "cancel" was trained to).
    /// </summary>
    /// <remarks>The engine and BF2013 (a quick reply tapped at a prompt) share it.</remarks>
    public bool MeantForElsewhere(BotModel bot, Node node, EntityUse asking, string message, string language)
    {
        if (Extract(asking.Entity, message, prompted: false) is { } unprompted && TakenOutsideItsAnswer(asking.Entity, unprompted, message))
        {
            return false;
        }

        var key = UserSays.Normalize(message);
        if (key.Length == 0)
        {
            return false;
        }

        // Detection's examples, normalised once per bot and language for every conversation (each has an extractor
        // of its own, and a prompt is answered many times).
        var detected = DetectedKeys.GetValue(bot, _ => new()).GetOrAdd(language, l => new(() =>
            bot.Nodes.Where(n => n is { IsStart: true, IsActive: true }).SelectMany(n => n.UserSays.In(l))
                .Concat(bot.Faq.SelectMany(f => f.Questions.In(l)))
                .Select(u => UserSays.Normalize(u.Text))
                .ToHashSet(StringComparer.Ordinal))).Value;
        return detected.Contains(key)
            || node.Connections.Where(c => BotGraph.TakesMessages(node, c)).Select(c => c.Condition).OfType<UserSaysCondition>()
                .Any(c => c.UserSays.In(language).Any(u => UserSays.Normalize(u.Text) == key));
    }

    /// <summary>The normal forms of what detection is trained on, for <see cref="MeantForElsewhere"/>: per bot (kept as long as it is), per language.</summary>
    private static readonly ConditionalWeakTable<BotModel, ConcurrentDictionary<string, Lazy<HashSet<string>>>> DetectedKeys = new();

    /// <summary>
    /// The value an entity condition of a connection holds on in a message, read as a connection reads it (not as the
    /// answer to a prompt); null when the condition does not hold, or is no entity condition. The engine and BF2013 share it.
    /// </summary>
    public EntityValue? Holds(Condition condition, string message) =>
        condition.EntityOf() is { } entity && Extract(entity, message, prompted: false) is { } value && BotGraph.HoldsOn(condition, _ => value.Value) ? value : null;

    /// <summary>
    /// The first start node a message detects by an entity (<paramref name="starts"/>: <see cref="BotGraph.EntityStartNodes"/>),
    /// with the value its self-connection holds on; null when none does. The engine and BF2013 share it.
    /// </summary>
    public (Node Node, Connection Connection, EntityValue Value)? StartBy(IReadOnlyList<(Node Node, Connection Connection)> starts, string message)
    {
        foreach (var (node, connection) in starts)
        {
            if (Holds(connection.Condition, message) is { } value)
            {
                return (node, connection, value);
            }
        }

        return null;
    }

    /// <summary>
    /// What <paramref name="extract"/> finds in the message's digits, or else in the message with its numbers written
    /// in words as digits ("two people": 2, <see cref="NumberWords"/>), the original text as written ("two"), as the
    /// platform's number detector reads digits before words ("table for two, at 7": 7); in a conversation in Hindi,
    /// Marathi, Gujarati, Bengali, Tamil or Telugu given as <paramref name="language"/>, that language's number words
    /// instead ("दो लोग", "இரண்டு டிவி": 2), as the platform's number detector for it reads them.
    /// </summary>
    private static EntityValue? InDigits(string message, Func<string, EntityValue?> extract, string? language = null)
    {
        // Digits first, then words, as the platform's number detector reads them: "table for two, at 7" gives 7.
        if (extract(message) is { } inDigits)
        {
            return inDigits;
        }

        var (text, replacements) = NumberWords.Rewrite(message, language);
        return replacements.Count > 0 && extract(text) is { } found ? found with { OriginalText = NumberWords.Original(message, text, replacements, found.OriginalText) } : null;
    }

    /// <summary>
    /// What <paramref name="extract"/> finds in the message with its digits in ASCII: numbers, dates, times and
    /// phone numbers written in another script's digits ("५००", "९८२०३३४४५५") are read as the platform's detectors
    /// read them, 500 and 9820334455. The original text is the message's own, as written.
    /// </summary>
    private static EntityValue? InAsciiDigits(string message, Func<string, EntityValue?> extract)
    {
        if (!message.Any(c => c > '\x7f' && char.IsDigit(c)))
        {
            return extract(message);
        }

        // One character for one: a span of the ASCII text is the same span of the message.
        var ascii = AsciiDigits(message);
        if (extract(ascii) is not { } found)
        {
            return null;
        }

        var at = ascii.IndexOf(found.OriginalText, StringComparison.Ordinal);
        return at < 0 ? found : found with { OriginalText = message.Substring(at, found.OriginalText.Length) };
    }

    /// <summary>The text with the digits of every script written as ASCII digits ("९८७६" → "9876"), one character for one.</summary>
    public static string AsciiDigits(string text) => string.Create(text.Length, text, (chars, written) =>
    {
        for (var i = 0; i < written.Length; i++)
        {
            chars[i] = char.IsDigit(written[i]) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(written[i])) : written[i];
        }
    });

    /// <summary>
    /// What a <c>patterns</c> entity of <paramref name="node"/> finds in a message, where the node collects other
    /// patterns entities with values in common (a transfer's source and target account): the values the message
    /// names are shared between them, as a sequence tagger tags each word once. A value goes to the entity whose
    /// examples' surrounding words it fits best ("from savings" to the source, "to savings" to the target); one
    /// that fits two equally goes to the entity asked for, else to the first of them on the node without a value
    /// yet, in the order written. So "from checking to savings" gives each its own, and "transfer from savings"
    /// the source alone (the target is then asked for). Where the message names none of their values, each reads
    /// it as it would alone.
    /// </summary>
    private EntityValue? SharedPatterns(Node node, EntityDefinition entity, string message, bool prompted)
    {
        var own = Learned(entity);
        var members = node.Entities.Select(u => u.Entity.Definition)
            .Where(d => d is { Type: EntityType.Patterns } && (d == entity || Learned(d).SharesValuesWith(own)))
            .Distinct(ReferenceEqualityComparer.Instance).Cast<EntityDefinition>().ToList();
        if (members.Count < 2)
        {
            return own.Extract(message, prompted, AskedWith(node));
        }

        // The entity asked for has the first claim on a value that fits others as well.
        if (prompted)
        {
            members.Remove(entity);
            members.Insert(0, entity);
        }

        var mentions = members.Select(m => Learned(m).Mentions(message)).ToList();
        if (mentions.All(m => m.Count == 0))
        {
            return own.Extract(message, prompted, AskedWith(node));
        }

        // Places in the message where some member names a value (overlapping mentions are one place), in order.
        var places = new List<(int Start, int End)>();
        foreach (var mention in mentions.SelectMany(m => m).OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (places.Count > 0 && places[^1].End > mention.Start)
            {
                places[^1] = (places[^1].Start, Math.Max(places[^1].End, mention.End));
            }
            else
            {
                places.Add((mention.Start, mention.End));
            }
        }

        // Each place to the member it fits best; a tie is left for the members without a value.
        var won = new List<PatternsExtractor.Mention>[members.Count];
        var tied = new List<(int Start, int End)>();
        foreach (var (start, end) in places)
        {
            var claims = mentions.Select(m => PatternsExtractor.Best(m.Where(x => x.Within(start, end)))).ToList();
            var best = PatternsExtractor.Best(claims.OfType<PatternsExtractor.Mention>())!.Value;
            var fitting = Enumerable.Range(0, members.Count).Where(i => claims[i] is { } c && c.Evidence == best.Evidence && c.Words == best.Words).ToList();
            if (fitting.Count == 1)
            {
                (won[fitting[0]] ??= []).Add(claims[fitting[0]]!.Value);
            }
            else
            {
                tied.Add((start, end));
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            var at = won[i] is null ? tied.FindIndex(p => mentions[i].Any(x => x.Within(p.Start, p.End))) : -1;
            if (at >= 0)
            {
                won[i] = [PatternsExtractor.Best(mentions[i].Where(x => x.Within(tied[at].Start, tied[at].End)))!.Value];
                tied.RemoveAt(at);
            }
        }

        return won[members.IndexOf(entity)] is { } mine ? PatternsExtractor.Best(mine)!.Value.Value : null;
    }

    /// <summary>
    /// The words of the node's own user says: what users write to reach the node, not the values of its entities.
    /// "I want to transfer funds", one of them, gave 'transfer funds' to an account entity learned from "from checking
    /// to [savings]" (a span after "to", at the sentence's end).
    /// </summary>
    private HashSet<string> AskedWith(Node node)
    {
        if (!_askedWith.TryGetValue(node, out var words))
        {
            _askedWith[node] = words = node.UserSays.All.SelectMany(u => UserSays.Normalize(u.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToHashSet(StringComparer.Ordinal);
        }

        return words;
    }

    private readonly Dictionary<Node, HashSet<string>> _askedWith = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each patterns entity's extractor, learned once per engine from its examples.</summary>
    private PatternsExtractor Learned(EntityDefinition definition)
    {
        if (!_learned.TryGetValue(definition, out var extractor))
        {
            _learned[definition] = extractor = new PatternsExtractor(definition);
        }

        return extractor;
    }

    /// <summary>
    /// A dictionary entity's values and variants in the normal form a message is matched in, each with its value, in
    /// source order (empty forms left out): what the engine finds, and what BF2024 compares two dictionaries by.
    /// </summary>
    public static IEnumerable<(string Value, string Variant)> DictionaryForms(EntityDefinition definition) =>
        definition.Values
            .SelectMany(v => v.Variants.Select(u => u.Text).Prepend(v.Value).Select(variant => (v.Value, Variant: UserSays.PlatformWords(variant))))
            .Where(c => c.Variant.Length > 0);

    /// <summary>
    /// A value whose variant (or the value itself) the message holds as whole words (<see cref="UserSays.PlatformWords"/>:
    /// case and punctuation ignored, but a word goes on across an apostrophe between letters), the longest first; else
    /// one whose words the message holds nearly (<see cref="NearlyTheWord"/>: "chargd", "chaeged", "deliverry"), as the
    /// platform's dictionary detector allows.
    /// </summary>
    private static EntityValue? Dictionary(EntityDefinition definition, string message)
    {
        var normal = UserSays.PlatformWords(message);
        var candidates = DictionaryCandidates(definition);
        foreach (var (value, variant) in candidates)
        {
            if (UserSays.Holds(normal, variant))
            {
                return new EntityValue(value, variant);
            }
        }

        // "istiyorum" (I want) is near "istemiyorum" (I don't want), two letters from it in nine: the value says so.
        return Near(candidates, normal) is var (written, nearVariant, near) ? new EntityValue(near, written) { NearVariant = nearVariant } : null;
    }

    /// <summary>A dictionary entity's forms (<see cref="DictionaryForms"/>), the longest first, as the engine tries them.</summary>
    private static List<(string Value, string Variant)> DictionaryCandidates(EntityDefinition definition) =>
        [.. DictionaryForms(definition).OrderByDescending(c => c.Variant.Length)];

    /// <summary>The first of <paramref name="candidates"/> whose words the message's words (<paramref name="normal"/>) hold nearly, with the words written.</summary>
    private static (string Written, string Variant, string Value)? Near(List<(string Value, string Variant)> candidates, string normal)
    {
        var words = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (value, variant) in candidates)
        {
            var wanted = variant.Split(' ');
            if (WordsAt(words, wanted, NearlyTheWord) is { } start)
            {
                return (string.Join(' ', words, start, wanted.Length), variant, value);
            }
        }

        return null;
    }

    /// <summary>
    /// The same word, or one near enough to the platform's dictionary detector (chatbot_ner's text detector, its
    /// default fuzziness "4,7"): a word of the message of five or six letters one edit from the variant's word (a letter
    /// changed, missing or extra), one of seven or more two edits; a shorter one only as written.
    /// </summary>
    internal static bool NearlyTheWord(string written, string word)
    {
        if (written == word)
        {
            return true;
        }

        // Python counts code points: a letter outside the BMP is two chars here and one there.
        var astral = written.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') || word.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');
        var letters = astral ? written.EnumerateRunes().Count() : written.Length;
        var most = letters >= 7 ? 2 : 1;
        return letters > 4 && (astral
            ? Edits<System.Text.Rune>([.. word.EnumerateRunes()], [.. written.EnumerateRunes()], most)
            : Edits(word.AsSpan(), written.AsSpan(), most)) <= most;
    }

    /// <summary>
    /// The Levenshtein distance between <paramref name="x"/> and <paramref name="y"/>, each letter changed, missing or
    /// extra one edit (no swap of neighbours), or <paramref name="most"/> + 1 when it is more.
    /// </summary>
    private static int Edits<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int most)
        where T : IEquatable<T>
    {
        if (Math.Abs(x.Length - y.Length) > most)
        {
            return most + 1;
        }

        Span<int> previous = y.Length < 128 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        Span<int> current = y.Length < 128 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (x[i - 1].Equals(y[j - 1]) ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > most)
            {
                return most + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[y.Length], most + 1);
    }

    /// <summary>How a regex entity's pattern is applied: case-sensitive, as Python's <c>re</c> without flags.</summary>
    internal const RegexOptions RegexEntityOptions = RegexOptions.CultureInvariant;

    /// <summary>A regex entity's value in a message: the first match of its pattern in the trimmed message.</summary>
    private static EntityValue? RegexValue(string? pattern, string message) =>
        RegexMatch(pattern, message.Trim()) is { } match ? new EntityValue(match.Value, match.Value) : null;

    /// <summary>
    /// The match a regex entity's value is, in a message already trimmed: its first match that is not empty nor only
    /// spaces, as the platform's regex detector keeps only those (<c>\b(\d+|)\b</c> finds '345' in "numbers like 345", and nothing in
    /// a message without digits); null when none, or when the pattern does not compile. The pattern is matched as the
    /// platform matches it (<see cref="Python.PythonRegex.FirstNotBlank"/>).
    /// </summary>
    internal static Match? RegexMatch(string? pattern, string trimmed, RegexOptions options = RegexEntityOptions)
    {
        if (pattern is null)
        {
            return null;
        }

        try
        {
            return Python.PythonRegex.FirstNotBlank(pattern, options, trimmed);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return null;   // an invalid pattern is a validation error already
        }
    }

    /// <summary>
    /// What a regex entity's pattern would take from the message if it did not tell capitals from small letters
    /// ("pol-12345678" for <c>POL-\d{8}</c>), when it takes nothing as written; null otherwise.
    /// </summary>
    public static string? InOtherCase(string pattern, string message) =>
        RegexMatch(pattern, message.Trim()) is null && RegexMatch(pattern, message.Trim(), RegexEntityOptions | RegexOptions.IgnoreCase) is { } match ? match.Value : null;

    /// <summary>
    /// What a regex entity's pattern would take from the message were its full-width letters and digits typed
    /// half-width ("ＳＫ２０４８７１" for <c>SK\d{6}</c>, as a Japanese or Chinese keyboard types them), when it takes
    /// nothing as written; null otherwise.
    /// </summary>
    public static string? InOtherWidth(string pattern, string message)
    {
        var trimmed = message.Trim();
        var narrow = trimmed.Normalize(System.Text.NormalizationForm.FormKC);
        return narrow != trimmed && RegexMatch(pattern, trimmed) is null && RegexMatch(pattern, narrow) is { } match ? match.Value : null;
    }

    /// <summary>
    /// What a regex entity's pattern would take from the message were its Latin letters that look like Cyrillic ones
    /// Cyrillic ("A123BC77" for <c>[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}\d{2,3}</c>, a Russian car plate typed on an
    /// English layout), or its Cyrillic ones that look like Latin letters Latin ("СР-1234" typed in Russian for
    /// <c>CP-\d{4}</c>), when it takes nothing as written: the text as the message writes it, the letters of the other
    /// script in it, and whether they are Latin; null otherwise. The letters look the same, but are others to the
    /// pattern, on the platform too. A code has a digit: a word of Cyrillic letters that all look Latin ("курс") is
    /// taken for no misread Latin word.
    /// </summary>
    public static (string Code, string Letters, bool Latin)? InOtherScript(string pattern, string message)
    {
        var trimmed = message.Trim();
        if (RegexMatch(pattern, trimmed) is not null)
        {
            return null;
        }

        // As typed, then in capitals, whose twins are more (a pattern that takes either case takes "a123bc77" so).
        foreach (var latin in new[] { true, false })
        {
            foreach (var text in new[] { trimmed, trimmed.ToUpperInvariant() })
            {
                var swapped = string.Concat(text.Select(c => Scripts.Lookalike(c, latin)));
                if (swapped != text && RegexMatch(pattern, swapped) is { } match)
                {
                    var code = trimmed.Substring(match.Index, match.Length);
                    var letters = string.Concat(code.Where(c => Scripts.Lookalike(c, latin) != c || Scripts.Lookalike(char.ToUpperInvariant(c), latin) != char.ToUpperInvariant(c)).Distinct());
                    return letters.Length > 0 && code.Any(char.IsDigit) ? (code, letters, latin) : null;
                }
            }
        }

        return null;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// A word of the message that is a dictionary entity's variant joined by an apostrophe (a dot, a colon) to a
    /// suffix or an elided word, as Turkish writes a suffix on a name ("ankara'ya" for ankara) and French or Italian
    /// an elided article ("l'adresse"); a Korean word that is a variant with a particle or an ending against it
    /// ("오후에" for 오후, "파손이에요" for 파손), or a Tamil one with a case ending ("சிக்னலை" for சிக்னல், the virama
    /// giving way to the ending's vowel; "ரிமோட்டில்" for ரிமோட்), when the dictionary finds no value in the message: the
    /// word, the variant and its value, and which of these forms it is; null otherwise. The platform's dictionary
    /// detector reads whole words, and a word one letter longer than the variant only when it has more than four
    /// letters, so it does not find these either.
    /// </summary>
    public static (string Word, string Variant, string Value, VariantForm Form)? VariantWrittenOtherwise(EntityDefinition definition, string message)
    {
        if (definition.Type != EntityType.Dictionary || Dictionary(definition, message) is not null)
        {
            return null;
        }

        var normal = UserSays.PlatformWords(message);
        var words = normal.Split(' ');
        var forms = DictionaryCandidates(definition);

        // A variant joined by an apostrophe, a dot or a colon to a suffix or an elided word ("ankara'ya", "l'adresse"),
        // which the detector's tokenizer reads as one word with it.
        foreach (var word in words)
        {
            var parts = word.Split(UserSays.WordJoiners);
            if (parts.Length > 1 && forms.FirstOrDefault(c => parts.Contains(c.Variant, StringComparer.Ordinal)) is ({ } value, { } variant))
            {
                return Written(definition, message, word, variant, value, VariantForm.Joined);
            }
        }

        // A variant with letters with marks (ı, ş, é, ñ, ё) written without them ("hasarli" for hasarlı, "yanlis urun" for
        // yanlış ürün, "королев" for королёв), as on a keyboard without them: the detector takes a letter changed for
        // another word. Latin, Greek and Cyrillic letters only: in other scripts a mark may be a vowel.
        var bare = Identifiers.AsciiLetters(normal).Split(' ');
        foreach (var (value, variant) in forms)
        {
            var wanted = Identifiers.AsciiLetters(variant).Split(' ');
            if (!wanted.SequenceEqual(variant.Split(' ')) && wanted.All(w => w.All(c => c < '\u0530' && !IsMark(c))) && WordsAt(bare, wanted, string.Equals) is { } start)
            {
                return Written(definition, message, string.Join(' ', words, start, wanted.Length), variant, value, VariantForm.WithoutMarks);
            }
        }

        // A variant of two syllables or more, and up to three after it (에, 으로, 이에요): "네" (yes) is no part of "네비게이션".
        foreach (var (value, variant) in forms.Where(c => c.Variant.Length >= 2 && Scripts.IsHangul(c.Variant[^1])))
        {
            foreach (var (word, ending) in WordsBeginningWith(normal, variant))
            {
                if (ending.Length is >= 1 and <= 3 && ending.All(Scripts.IsHangul))
                {
                    return Written(definition, message, word, variant, value, VariantForm.KoreanParticle);
                }
            }
        }

        // A Tamil variant of three letters or more with a case ending: after a final consonant (its virama giving way
        // to the ending's vowel, the consonant doubled or not: சிக்னலை, ரிமோட்டில்), or after a final vowel (கார்டுக்கு).
        foreach (var (value, variant) in forms.Where(c => c.Variant.Length >= 3 && c.Variant[^1] is >= '\u0B80' and <= '\u0BFF'))
        {
            var virama = variant[^1] == '\u0BCD';
            var stem = virama ? variant[..^1] : variant;
            foreach (var (word, written) in WordsBeginningWith(normal, stem))
            {
                // The consonant doubled: ரிமோட் + ட + ில்.
                var ending = virama && written.Length >= 3 && written[0] == '\u0BCD' && written[1] == stem[^1] ? written[2..] : written;
                if ((virama ? AfterConsonant : AfterVowel).Contains(ending))
                {
                    return Written(definition, message, word, variant, value, VariantForm.TamilCaseEnding);
                }
            }
        }

        // A variant with its words in another form, as the language writes them: Arabic or Hebrew with one or two prefix
        // letters against a word ("بدبي", in Dubai; "وجدة", and Jeddah; "בתל אביב", in Tel Aviv), as both write "and",
        // "in", "to", "the" so; Russian or Ukrainian in another case ("в москве" for москва, "в нижнем новгороде" for
        // нижний новгород, "из твери" for тверь), as both decline a name.
        foreach (var (value, variant) in forms)
        {
            (Func<string, string, bool> Alike, VariantForm Form)? reading = variant.Length == 0 ? null
                : IsSemitic(variant[0]) ? ((written, meant) => written == meant || WithPrefix(written, meant), VariantForm.SemiticPrefix)
                : variant.Any(Scripts.IsCyrillic) ? (Declined, VariantForm.CyrillicCaseEnding)
                : null;
            var wanted = variant.Split(' ');
            if (reading is var (alike, form) && WordsAt(words, wanted, alike) is { } start && !words.AsSpan(start, wanted.Length).SequenceEqual(wanted))
            {
                return Written(definition, message, string.Join(' ', words, start, wanted.Length), variant, value, form);
            }
        }

        return null;
    }

    /// <summary>An Arabic or Hebrew letter.</summary>
    private static bool IsSemitic(char c) => c is (>= '\u0590' and <= '\u05FF') or (>= '\u0600' and <= '\u06FF');

    /// <summary>
    /// Whether <paramref name="word"/> is <paramref name="variant"/> with one or two prefix letters before it: Arabic و ف
    /// ب ل ك (and ل before an article's ال, which drops its alef: للرياض), Hebrew ו ה ב כ ל מ ש.
    /// </summary>
    private static bool WithPrefix(string word, string variant)
    {
        var prefix = word.EndsWith(variant, StringComparison.Ordinal) ? word[..^variant.Length]
            : variant.StartsWith("ال", StringComparison.Ordinal) && word.EndsWith(variant[1..], StringComparison.Ordinal) && word.Length >= variant.Length ? word[..^(variant.Length - 1)]
            : null;
        var letters = prefix is null || prefix.Length == 0 ? null : variant[0] is >= '\u0590' and <= '\u05FF' ? "והבכלמש" : "وفبلك";
        return letters is not null && prefix!.Length <= 2 && prefix.All(c => letters.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether <paramref name="word"/> is <paramref name="variant"/> (a Cyrillic word) in another case: its stem (the
    /// word without a final vowel, soft sign or й, or an adjective's ending: москв-а, твер-ь, нижн-ий) of three letters
    /// or more, then a Russian or Ukrainian case ending (москв-е, твер-и, нижн-ем, новгород-е); the word itself too.
    /// </summary>
    private static bool Declined(string word, string variant)
    {
        if (word == variant)
        {
            return true;
        }

        var stem = AdjectiveEndings.FirstOrDefault(e => variant.EndsWith(e, StringComparison.Ordinal)) is { } adjective
            ? variant[..^adjective.Length]
            : variant.Length > 0 && "аяоеьйыиіїє".Contains(variant[^1], StringComparison.Ordinal) ? variant[..^1] : variant;
        return stem.Length >= 3 && stem.All(Scripts.IsCyrillic) && word.StartsWith(stem, StringComparison.Ordinal) && CaseEndings.Contains(word[stem.Length..]);
    }

    /// <summary>Russian and Ukrainian adjective endings in the nominative (нижн-ий, велик-ий, красн-ая, нов-ое).</summary>
    private static readonly string[] AdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ій"];

    /// <summary>Russian and Ukrainian case endings of nouns and adjectives (the stem's own word too: "новгород").</summary>
    private static readonly HashSet<string> CaseEndings = new(
        ["", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ёй", "ём", "ою", "ею", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев",
         "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", "і", "ї", "ові", "еві", "ів", "ій", "ої"],
        StringComparer.Ordinal);

    /// <summary>
    /// A word found in the normal form (<see cref="UserSays.PlatformWords"/>) as the message writes it ("İstanbul'a" for
    /// "i̇stanbul'a"), and the variant as the entity writes it, for a note to quote.
    /// </summary>
    private static (string Word, string Variant, string Value, VariantForm Form) Written(EntityDefinition definition, string message, string word, string variant, string value, VariantForm form)
    {
        // The message's pieces between spaces, as many in a row as the word has ("Нижнем Новгороде").
        var pieces = message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var count = word.Count(c => c == ' ') + 1;
        var written = Enumerable.Range(0, Math.Max(0, pieces.Length - count + 1))
            .Select(start => string.Join(' ', pieces, start, count).Trim(['.', ',', '!', '?', ';', ':', '"', '\'', '\u2019', '(', ')', '¿', '¡']))
            .FirstOrDefault(piece => UserSays.PlatformWords(piece) == word);
        return (written ?? word,
            definition.Values.Where(v => v.Value == value).SelectMany(v => v.Variants.Select(u => u.Text).Append(v.Value))
                .FirstOrDefault(text => UserSays.PlatformWords(text) == variant) ?? variant,
            value,
            form);
    }

    /// <summary>
    /// Where <paramref name="wanted"/> stand in <paramref name="words"/> one after the other, each word as
    /// <paramref name="alike"/> (the message's word, the wanted one) says: the first one's index, or null.
    /// </summary>
    private static int? WordsAt(string[] words, string[] wanted, Func<string, string, bool> alike)
    {
        for (var start = 0; start + wanted.Length <= words.Length; start++)
        {
            if (wanted.Select((word, i) => alike(words[start + i], word)).All(same => same))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>The words of a normalised text (cut at spaces) that begin with <paramref name="start"/>: each whole, and what follows the start in it.</summary>
    private static IEnumerable<(string Word, string After)> WordsBeginningWith(string normal, string start)
    {
        for (var at = normal.IndexOf(start, StringComparison.Ordinal); at >= 0; at = normal.IndexOf(start, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || normal[at - 1] == ' ')
            {
                var end = at + start.Length;
                var wordEnd = normal.IndexOf(' ', end) is var space and >= 0 ? space : normal.Length;
                yield return (normal[at..wordEnd], normal[end..wordEnd]);
            }
        }
    }

    /// <summary>Tamil case endings (and -உம், also) after a noun's final consonant, written with the vowel sign that replaces its virama.</summary>
    private static readonly HashSet<string> AfterConsonant = new(["ை", "ுக்கு", "ில்", "ின்", "ிலிருந்து", "ுடன்", "ோடு", "ால்", "ிடம்", "ும்", "ையும்", "ுக்காக", "ிற்கு", "ாக", "ே"], StringComparer.Ordinal);

    /// <summary>Tamil case endings after a noun's final vowel (கார்டு + க்கு).</summary>
    private static readonly HashSet<string> AfterVowel = new(["க்கு", "ம்", "வை", "வுக்கு", "வில்", "வின்", "வுடன்", "வோடு", "வால்", "வும்", "க்காக"], StringComparer.Ordinal);

    /// <summary>
    /// The first number whose value, as the platform's number detector writes it, is within the digit bounds: its
    /// length, a decimal point counted, as the detector measures it ("12.5" is four). Digits are read anywhere, as the
    /// detector's pattern finds them: in a code ("SK204871": 204871), against letters ("Rp150.000", "150rb": 150).
    /// </summary>
    private static EntityValue? Number(string message, int? minDigits, int? maxDigits)
    {
        foreach (Match match in NumberText().Matches(message))
        {
            if (Amount(match) is not { } value)
            {
                continue;
            }

            if ((minDigits is null || value.Length >= minDigits) && (maxDigits is null || value.Length <= maxDigits))
            {
                return new EntityValue(value, match.Groups["text"].Value.Trim(','));   // "2," in "for 2, at 7" is 2
            }
        }

        return null;
    }

    /// <summary>
    /// The amount a match's <c>amount</c> and <c>times</c> groups write, as the platform's number detector writes it,
    /// a Python float: commas dropped and a dot a decimal point ("1,200.50" is 1200.5, "150.000" is 150), whole where
    /// it is whole ("0042" is 42), exact to about 15 digits (9171234567890123 is 9171234567890124); with a scale word
    /// after it (k, thousand, lakh, crore, million, mil, m, billion…), the amount itself ("2.5k": 2500). Null for
    /// commas alone.
    /// </summary>
    private static string? Amount(Match match)
    {
        var amount = match.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        return amount.Any(char.IsAsciiDigit) && double.TryParse(amount.TrimEnd('.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? PythonNumber(value * (match.Groups["times"].Success ? Scale(match.Groups["times"].Value) : 1))
            : null;
    }

    /// <summary>The value of a scale word of the platform's English number list (chatbot_ner's numerals_constant.csv).</summary>
    private static double Scale(string word) => word.ToLowerInvariant() switch
    {
        "hundred" => 100,
        "thousand" or "thousands" or "k" => 1_000,
        "lakh" or "lakhs" or "lac" or "lacs" or "l" => 100_000,
        "million" or "mil" or "m" => 1_000_000,
        "crore" or "crores" or "c" or "cr" => 10_000_000,
        _ => 1_000_000_000,
    };

    /// <summary>
    /// A float as the platform's number detector writes it: Python's int of it where it is whole ("42",
    /// "9171234567890124"), else Python's repr ("12.5", "1e-05"; .NET's shortest round-trip text, with the same digits),
    /// and "inf" for a number too large for a float.
    /// </summary>
    private static string PythonNumber(double value) =>
        double.IsInfinity(value) ? "inf"   // a number too large for a float: "inf" to Python, three long
        : value == Math.Floor(value) ? new System.Numerics.BigInteger(value).ToString(CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');

    private static EntityValue? Currency(string message)
    {
        var match = CurrencyText().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var unit = (match.Groups["pre"].Success ? match.Groups["pre"].Value : match.Groups["post"].Value).ToUpperInvariant() switch
        {
            "$" or "USD" or "DOLLAR" or "DOLLARS" => "USD",
            "€" or "EUR" or "EURO" or "EUROS" => "EUR",
            "£" or "GBP" or "POUND" or "POUNDS" => "GBP",
            "₹" or "RS" or "RS." or "INR" or "RUPEE" or "RUPEES" or "RUPYA" or "RUPAYA" or "RUPAYE" or "RUPYE" or "RUPAY" => "INR",
            var other => other,
        };
        return Amount(match) is { } amount ? new EntityValue($"{amount} {unit}", match.Value) : null;   // "20k rupees": 20000 INR
    }

    /// <summary>A public entity, read as the type it is (<see cref="PublicEntities.ReadingOf(string)"/>: "date_of_birth" as a date).</summary>
    private EntityValue? Public(string name, string message, bool prompted) => PublicEntities.ReadingOf(name) switch
    {
        (PublicReading.City or PublicReading.State or PublicReading.Country) and var place => Places.For(place)!.Find(message),
        PublicReading.Email => Email().Match(message) is { Success: true } email ? new EntityValue(email.Value.ToLowerInvariant(), email.Value) : null,   // lower case, as the platform's email detector gives it
        PublicReading.PhoneNumber => Phone(message),
        PublicReading.Pincode => Found(Pincode().Match(message)),
        PublicReading.Number => InDigits(message, text => Number(text, null, null), language),
        PublicReading.FourDigits => Found(FourDigits().Match(message)),
        PublicReading.PersonName => _nameWords is { } names && prompted ? IndianName(message, names) : PersonName(message, prompted, TagsNames(language)),
        PublicReading.Date => Date(message),
        PublicReading.Time => (_timeWords is { } words ? WordTime(message, words) : null) ?? Time(message, BotMessage is null ? prompted : AsksForTime(BotMessage)),
        PublicReading.PanCard => PanCard().Match(message) is { Success: true } pan ? new EntityValue(pan.Value.ToUpperInvariant(), pan.Value) : null,
        PublicReading.Url => Found(Url().Match(message)),
        _ => null,
    };

    private static EntityValue? Found(Match match) => match.Success ? new EntityValue(match.Value, match.Value) : null;

    /// <summary>
    /// The first phone number in the message as the platform's phone detector finds it: libphonenumber's matcher for
    /// India at its most lenient ("possible": 6 to 13 digits for an Indian number, so "482913" and "2026-12-06" are
    /// phone numbers to it, fourteen digits are not), a number with its country code ("+44 20 7946 0958") for any
    /// country. The value is its digits as written, a country code's "+" dropped.
    /// </summary>
    private static EntityValue? Phone(string message)
    {
        foreach (var match in PhoneNumbers.PhoneNumberUtil.GetInstance().FindNumbers(message, "IN", PhoneNumbers.PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
        {
            return new EntityValue(new string(match.RawString.Where(char.IsAsciiDigit).ToArray()), match.RawString);
        }

        return null;
    }

    /// <summary>
    /// "my name is Jane Doe", "I'm Jane", "this is Jane Doe"; when asked, also a bare name of fewer than four words that
    /// asks nothing: with <paramref name="tagged"/> (English, where the platform's detector tags the answer's parts of
    /// speech) its nouns and adjectives (<see cref="BareNameWords"/>), otherwise the answer whole.
    /// </summary>
    private static EntityValue? PersonName(string message, bool prompted, bool tagged)
    {
        var introduced = NameIntroduction().Match(message);
        if (introduced.Success)
        {
            return new EntityValue(introduced.Groups["name"].Value.Trim(), introduced.Value);
        }

        if (!prompted || BareNameWords(message) is not { } words)
        {
            return null;
        }

        if (!tagged)
        {
            return new EntityValue(words.Bare, words.Bare);
        }

        // The name as the detector gives it, its kept words as written ("myself Rahul Sharma": Rahul Sharma).
        var name = string.Join(' ', words.Kept.Select(i => words.Words[i]));
        return Together(words) ? new EntityValue(name, name) : null;
    }

    /// <summary>
    /// The words of a bare answer to the name's prompt that the platform's name detector keeps: it takes one of fewer
    /// than four words ("don't" counts two, as its tokenizer splits it) and no question ("what do you mean"), tags its
    /// words' parts of speech and keeps the nouns and adjectives (<see cref="NeverNames"/> are none: "myself Rahul",
    /// "Rahul here" and "yes Rahul" give Rahul). Null for a message that is no such answer.
    /// </summary>
    private static (string Bare, string[] Words, int[] Kept)? BareNameWords(string message)
    {
        var bare = message.Trim().TrimEnd('.', '!');
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = words.Length + words.Count(w => w.EndsWith("n't", StringComparison.OrdinalIgnoreCase));
        return BareName().IsMatch(bare) && tokens < 4 && !words.Any(QuestionWords.Contains)
            ? (bare, words, Enumerable.Range(0, words.Length).Where(i => !NeverNames.Contains(words[i])).ToArray())
            : null;
    }

    /// <summary>
    /// Whether a bare answer to the name's prompt is read by its parts of speech (<see cref="NeverNames"/>): in English,
    /// whose tagger the platform's detector runs; an answer in another language is taken whole, as the engine reads it.
    /// </summary>
    private static bool TagsNames(string? language) => language is null || Model.BotInfo.BaseLanguage(language) == "en";

    /// <summary>Whether the kept words stand together in the answer, as the detector takes them only then (as one text of the message).</summary>
    private static bool Together((string Bare, string[] Words, int[] Kept) words) =>
        words.Kept.Length > 0 && words.Kept[^1] - words.Kept[0] == words.Kept.Length - 1;

    /// <summary>
    /// The words the platform's name detector keeps from a short answer to the name's prompt, when it takes no name
    /// because they do not stand together ("name is Rahul": 'name', 'Rahul'); null otherwise.
    /// </summary>
    public static string[]? NameWordsApart(string message, string? language) =>
        TagsNames(language) && BareNameWords(message) is { } words && words.Kept.Length > 1 && !Together(words) ? words.Kept.Select(i => words.Words[i]).ToArray() : null;

    /// <summary>The words that make an answer a question, which the platform's name detector never takes for a name.</summary>
    private static readonly HashSet<string> QuestionWords = new(["what", "why", "how", "who", "whom", "whose", "where", "when", "which"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// English words the platform's name detector never keeps in a name: its part-of-speech tagger (NLTK's, trained on
    /// the Penn Treebank) reads them as pronouns, determiners, forms of "be", prepositions, conjunctions, the adverbs
    /// "here", "there" and "not", and the interjection "yes", never as the nouns and adjectives it keeps. Words it may
    /// read either way ("hi", "ok", "sure") are not listed: they stay in the name, as they may there.
    /// </summary>
    private static readonly HashSet<string> NeverNames = new(
    [
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself",
        "it", "its", "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
        "a", "an", "the", "this", "that", "these", "those",
        "am", "is", "are", "was", "were", "be", "been",
        "of", "from", "by", "with", "to", "for", "as", "and", "or",
        "here", "there", "not", "yes",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first date written in the message, as yyyy-MM-dd: today, tomorrow, yesterday (and "yesterday's"), day
    /// after tomorrow, every day, "in 3 days" ("2 days later"), year/month/day, day/month/year (then month/day/year when the month cannot be one),
    /// day/month, "12 March (2026)", "March 12", "18th to 21st Feb" (the 18th), "first week of Jan"; a date without a
    /// year is its next one, today or later (as the platform's date detector reads "30th Jan" in February: next year).
    /// A day of the week, a weekend or weekdays count only when the message has no other date ("Saturday 21 March"
    /// is the 21st).
    /// </summary>
    private EntityValue? Date(string message)
    {
        if (DatesIn(message) is [var first, ..])
        {
            return first.Value;
        }

        // "(this|every|on) weekend": its first day from today (today on a Saturday or Sunday); "weekdays": today on a
        // weekday, else Monday, as the platform's date detector gives them first.
        var week = WeekPart().Match(message);
        if (week.Success)
        {
            var weekend = week.Groups["part"].Value.StartsWith("weekend", StringComparison.OrdinalIgnoreCase);
            var offset = (weekend, today.DayOfWeek) switch
            {
                (true, DayOfWeek.Saturday or DayOfWeek.Sunday) => 0,
                (true, var day) => DayOfWeek.Saturday - day,
                (false, DayOfWeek.Saturday) => 2,
                (false, DayOfWeek.Sunday) => 1,
                _ => 0,
            };
            return new EntityValue(Iso(today.AddDays(offset)), week.Value);
        }

        return null;
    }

    /// <summary>
    /// Every date written in the message, in the order written, each with where it starts and ends (<see cref="Date"/>
    /// reads the first): a range gives both ends ("18th to 21st Feb": the 18th, then the 21st). Days of the week count
    /// only when the message has no other date.
    /// </summary>
    private List<(int At, int End, EntityValue Value)> DatesIn(string message)
    {
        var found = new List<(int At, int End, EntityValue Value)>();
        foreach (Match relative in RelativeDay().Matches(message))
        {
            var offset = relative.Groups["tomorrow"].Success ? 1
                : relative.Groups["yesterday"].Success ? -1
                : relative.Groups["after"].Success ? 2
                : relative.Groups["before"].Success ? -2
                : 0;   // today, every day
            found.Add((relative.Index, relative.Index + relative.Length, new EntityValue(Iso(today.AddDays(offset)), relative.Value)));
        }

        foreach (Match later in DaysLater().Matches(message))
        {
            if (int.TryParse(later.Groups["n"].Value, CultureInfo.InvariantCulture, out var days) && days <= 3650)
            {
                found.Add((later.Index, later.Index + later.Length, new EntityValue(Iso(today.AddDays(days)), later.Value)));
            }
        }

        AddDates(found, YearFirstDate(), message, m => MakeDate(m.Groups["y"].Value, Int(m.Groups["m"]), m.Groups["d"].Value));
        AddDates(found, NumericDate(), message, NumericDateOf);
        foreach (Match named in NamedDate().Matches(message))
        {
            var month = MonthOf(named);
            var day = named.Groups["d1"].Success ? named.Groups["d1"].Value : named.Groups["d2"].Success ? named.Groups["d2"].Value : "1";
            if (MakeDate(named.Groups["y"].Value, month, day) is not { } date)
            {
                continue;
            }

            // A range's two days share the month (and year) written after the second; its start's text is the whole range.
            var to = named.Groups["to"];
            if (to.Success && MakeDate(named.Groups["y"].Value, month, to.Value) is { } until)
            {
                found.Add((named.Index, to.Index, new EntityValue(date, named.Value)));
                found.Add((to.Index, named.Index + named.Length, new EntityValue(until, message[to.Index..(named.Index + named.Length)])));
                continue;
            }

            found.Add((named.Index, named.Index + named.Length, new EntityValue(date, named.Value)));
        }

        // A day of the month alone ("the 20th": this month's, or next month's once it has passed), or of this or
        // next month ("3rd of next month"), as the platform's date detector reads them after a fuller date.
        foreach (Match ordinal in DayOfMonth().Matches(message))
        {
            var day = Int(ordinal.Groups["d"]);
            var month = ordinal.Groups["next"].Success || (!ordinal.Groups["this"].Success && day < today.Day) ? today.AddMonths(1) : today;
            if (DayOf(month, day) is { } date)
            {
                found.Add((ordinal.Index, ordinal.Index + ordinal.Length, new EntityValue(date, ordinal.Value)));
            }
        }

        if (_dateWords is not null)
        {
            found.AddRange(WordDatesIn(message));
            if (found.Count == 0)
            {
                found.AddRange(WordWeekdaysIn(message));
            }
        }

        if (found.Count == 0)
        {
            // A day of the week, as the platform's date detector reads it: the coming one ("saturday", "this
            // saturday", "on saturday": today when today is one); "next saturday": that day of the next week, weeks
            // starting on Sunday (on a Tuesday, not the coming Saturday but the one after). It has no "last saturday":
            // it reads the day alone, the coming one (the engine notes it when it stores the date: LastWeekday).
            foreach (Match weekday in Weekday().Matches(message))
            {
                var target = Enum.Parse<DayOfWeek>(weekday.Groups["day"].Value, ignoreCase: true);
                var offset = weekday.Groups["next"].Success
                    ? (int)target - (int)today.DayOfWeek + 7
                    : ((int)target - (int)today.DayOfWeek + 7) % 7;

                found.Add((weekday.Index, weekday.Index + weekday.Length, new EntityValue(Iso(today.AddDays(offset)), weekday.Value)));
            }
        }

        if (found.Count < 2)
        {
            return found;
        }

        // In the order written; of two readings of one piece of text, the one found first above.
        var ordered = found.Select((f, i) => (f, i)).OrderBy(p => p.f.At).ThenBy(p => p.i).Select(p => p.f);
        var dates = new List<(int At, int End, EntityValue Value)>();
        foreach (var date in ordered)
        {
            if (dates.Count == 0 || date.At >= dates[^1].End)
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    /// <summary>
    /// Day first, as the platform reads "12/05/2026"; month first only when the day-first reading has no such month
    /// ("12/25/2026"). Without a year only with a slash ("on 1/1") or with dots after both, as German writes it
    /// ("am 12.03."): "3-4 people", "2.5 kg" and "12.30 Uhr" are no dates here.
    /// </summary>
    private string? NumericDateOf(Match match)
    {
        if (!WithDateSeparators(match))
        {
            return null;
        }

        var year = match.Groups["y"];
        return MakeDate(year.Value, Int(match.Groups["m"]), match.Groups["d"].Value)
            ?? (Int(match.Groups["m"]) > 12 ? MakeDate(year.Value, Int(match.Groups["d"]), match.Groups["m"].Value) : null);
    }

    /// <summary>Whether a match of <see cref="NumericDate"/> has separators the detector reads: the same one twice before a year; without a year a slash, or dots after both.</summary>
    private static bool WithDateSeparators(Match match)
    {
        var separator = match.Groups["s1"].Value;
        return match.Groups["y"].Success ? match.Groups["s2"].Value == separator : separator == "/" || (separator == "." && match.Groups["closed"].Success);
    }

    /// <summary>
    /// Each date in digits of the text written as the platform's date detector reads them (<see cref="NumericDateOf"/>:
    /// "12/24", "24-12-2026", "12.03."): its text, its two numbers as written and in that order, its separator, and
    /// its year as written (empty when none). What BF2042 reads a prompt's example by.
    /// </summary>
    public static IEnumerable<(string Text, string First, string Second, string Separator, string Year)> NumericDates(string text) =>
        NumericDate().Matches(text).Where(WithDateSeparators)
            .Select(m => (m.Value, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["s1"].Value, m.Groups["y"].Value));

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// A numeric date that the platform reads day first ("12/10": 12 October) as the date it is read month first (10
    /// December), as Korean, Japanese, Chinese and American English write it; null when the text is not such a date
    /// alone, or when both readings are one date or only one is a date (the day over 12, or day and month the same).
    /// </summary>
    public string? MonthFirst(string dateText)
    {
        var match = NumericDate().Match(dateText);
        if (!match.Success || match.Length != dateText.Length || NumericDateOf(match) is null
            || (Int(match.Groups["d"]), Int(match.Groups["m"])) is var (first, second) && (first > 12 || second > 12 || first == second))
        {
            return null;
        }

        return MakeDate(match.Groups["y"].Value, first, match.Groups["m"].Value);
    }

    /// <summary>
    /// The people who write a date's month before its day, in a conversation in <paramref name="language"/>: Korean,
    /// Japanese and Chinese speakers (who write the year first when they write it: 2026/12/10), and Americans; null
    /// for the rest, who write the day first, as the platform's date detector reads it.
    /// </summary>
    public static string? MonthFirstWriters(string language) => BotInfo.BaseLanguage(language) switch
    {
        "ko" => "Korean speakers",
        "ja" => "Japanese speakers",
        "zh" => "Chinese speakers",
        "en" when language.Length > 3 && language[3..].Equals("US", StringComparison.OrdinalIgnoreCase) => "Americans",
        _ => null,
    };

    private static int MonthOf(Match match) =>
        Array.FindIndex(Months, month => match.Groups["month"].Value.ToLowerInvariant().StartsWith(month, StringComparison.Ordinal)) + 1;

    /// <summary>Adds every match of <paramref name="pattern"/> that is a real date, with where it starts and ends.</summary>
    private static void AddDates(List<(int At, int End, EntityValue Value)> found, Regex pattern, string message, Func<Match, string?> date)
    {
        foreach (Match match in pattern.Matches(message))
        {
            if (date(match) is { } value)
            {
                found.Add((match.Index, match.Index + match.Length, new EntityValue(value, match.Value)));
            }
        }
    }

    /// <summary>Day <paramref name="n"/> of <paramref name="month"/>'s month, as yyyy-MM-dd; null when it has no such day.</summary>
    private static string? DayOf(DateOnly month, double? n) =>
        n is { } day && day == Math.Floor(day) && day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month) ? Iso(new DateOnly(month.Year, month.Month, (int)day)) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date, or null when there is no such day; without a year, the next one from today (29 February: the next leap year's).</summary>
    private string? MakeDate(string year, int month, string day)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || d is < 1 or > 31)
        {
            return null;
        }

        if (year.Length > 0)
        {
            var y = int.Parse(year, CultureInfo.InvariantCulture);
            y = y < 100 ? 2000 + y : y;
            return y is >= 1 and <= 9999 && d <= DateTime.DaysInMonth(y, month) ? Iso(new DateOnly(y, month, d)) : null;
        }

        for (var y = today.Year; y <= today.Year + 8 && y <= 9999; y++)
        {
            if (d <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, d) >= today)
            {
                return Iso(new DateOnly(y, month, d));
            }
        }

        return null;
    }

    /// <summary>
    /// The first time written in the message, as HH:mm: "14:30", "2:30 pm", "7.30 pm", "3pm", "noon", "midnight", a
    /// range ("after 5 pm") taken out first; else the detector's later formats (<see cref="ClockFreeTime"/>). An
    /// hour of 1 to 12 without am/pm is read with the part of the day the message names, as the platform's time
    /// detector reads it: "5:29 this evening" (17:29), "at 7 tonight" (19:00), "3:33 tonight" (03:33).
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="timeAsked">Whether the bot's last message has the word "time" (<see cref="AsksForTime"/>): then a number with no other time in the message is an hour.</param>
    private static EntityValue? Time(string message, bool timeAsked)
    {
        // A range ("after 5 pm", "9 am to 5 pm") is left out of a time's values, its text taken out first.
        var text = WithoutRanges(message.ToLowerInvariant(), out _);
        var dayPart = DayPartOf(text);
        foreach (Match match in (dayPart is null ? TimeText() : TimeTextWithDayPart()).Matches(text))
        {
            if (match.Groups["word"].Success)
            {
                return new EntityValue(match.Value == "noon" ? "12:00" : "00:00", match.Value);
            }

            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
            if (match.Groups["ampm"].Success)
            {
                if (hour is < 1 or > 12)
                {
                    continue;
                }

                hour = hour % 12 + (match.Groups["ampm"].Value.StartsWith('p') ? 12 : 0);
            }
            else if (dayPart is { } part && hour is >= 1 and <= 12
                     && (match.Groups["min"].Success || match.Groups["oclock"].Success || timeAsked || TimePrefix().IsMatch(text[..match.Index])))
            {
                // "5:29 this evening", "at 7 tonight" (or "7 tonight" after a bot message asking for a time): the
                // platform's 12-hour word formats.
                var pm = part switch
                {
                    DayPart.Morning => false,
                    DayPart.Afternoon => true,
                    _ => hour is not 12 and >= 5,   // at night: 12 and 1 to 4 are after midnight
                };
                hour = hour % 12 + (pm ? 12 : 0);
            }
            else if (!match.Groups["min"].Success && !(match.Groups["oclock"].Success && hour is >= 1 and <= 12))
            {
                // A bare number ("for 4 people") is not a time. "7 o'clock" is one, the hour as written (the platform
                // chooses am or pm by its clock, which a test cannot repeat); so are hours and minutes apart by a
                // colon, a dot or a space ("7:30", "7.30", "14 33", "00.35"), the platform's 24-hour format.
                continue;
            }

            if (hour < 24 && minute < 60)
            {
                return new EntityValue($"{hour:00}:{minute:00}", match.Value.Trim());
            }
        }

        return ClockFreeTime(text, timeAsked);
    }

    /// <summary>
    /// The platform's time detector's later formats, in its order, on the message without the times it counts from its
    /// clock or repeats ("in 15 mins", "3 hrs later", "every 6 hours": <see cref="RelativeTime"/>), which it takes
    /// first and a test cannot: an hour of 0 to 23 before hours or hrs ("at 12 hrs", "for 2 hours": a 24-hour time to
    /// it, not a duration), then an hour after by, before, after, at, exactly ("call me at 7", "after 5:30"), then,
    /// when the bot's last message asked for a time, any number. It chooses am or pm for an hour of 1 to 11 by its
    /// clock; here the hour as written, as for "7 o'clock".
    /// </summary>
    private static EntityValue? ClockFreeTime(string text, bool timeAsked)
    {
        var rest = RelativeTimeText().Replace(text, " ");
        var found = HoursTime().Match(rest) is { Success: true } hours ? hours : PrefixedHour().Match(" " + rest + " ");
        if (!found.Success && timeAsked)
        {
            // Last, after a bot message with the word "time": any number of up to two digits, 0 to 29, is an hour to it
            // ("7", "7 please", "around 7 works"; "25" too); am or pm by its clock, here the hour as written.
            found = AnyHour().Match(rest);
        }

        if (!found.Success)
        {
            return null;
        }

        var hour = int.Parse(found.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = found.Groups["min"].Success ? int.Parse(found.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        return new EntityValue($"{hour:00}:{minute:00}", found.Value.Trim());
    }

    /// <summary>
    /// The text without the time ranges the platform's time detector finds first, each of its range formats once, in its
    /// order: two times with minutes and am/pm ("10:30 am to 12:00 pm"), two with am/pm ("9 am to 5 pm"), a start
    /// ("after 5:30 pm", "after 5 pm"), an end ("before 9:15 am", "before 9 pm"). Unless asked for ranges it leaves
    /// them out of a time's values, so none of them is a time; the first range found is in <paramref name="range"/>.
    /// </summary>
    private static string WithoutRanges(string text, out string? range)
    {
        range = null;
        var rest = " " + text + " ";
        foreach (var format in TimeRanges)
        {
            if (format.Match(rest) is { Success: true } found)
            {
                range ??= found.Groups["range"].Value;
                rest = rest.Remove(found.Index, found.Length).Insert(found.Index, " ");
            }
        }

        return rest.Trim();
    }

    /// <summary>The first time range in the message, as <see cref="WithoutRanges"/> finds it (for the trace); null when there is none.</summary>
    public static string? TimeRange(string message)
    {
        var lower = message.ToLowerInvariant();
        WithoutRanges(lower, out var range);
        return range is null ? null : AsWritten(message, lower, lower.IndexOf(range, StringComparison.Ordinal), range.Length);
    }

    /// <summary>The text of the lower-cased message at <paramref name="index"/> as the message writes it, where lower-casing kept every letter's length; else as lower-cased.</summary>
    private static string AsWritten(string message, string lower, int index, int length) =>
        lower.Length == message.Length ? message.Substring(index, length) : lower.Substring(index, length);

    private const string RangeHour = @"(?:0?[2-9]|0?1[0-2]?)";
    private const string RangeMeridiem = @"(?:pm|am|a\.m|p\.m)";
    private const string RangeMinutes = @"[\s-]*(?::|\.|\s)?[\s-]*?[0-5][0-9][\s-]*?";

    /// <summary>The platform's time detector's range formats, in its order (its patterns, without the time zones around them).</summary>
    private static readonly Regex[] TimeRanges =
    [
        new(@"\s(?<range>" + RangeHour + RangeMinutes + RangeMeridiem + @"[\s-]*?\s*to[\s-]*?\s*" + RangeHour + RangeMinutes + RangeMeridiem + ")", RegexOptions.CultureInvariant),
        new(@"\s(?<range>" + RangeHour + @"[\s-]*" + RangeMeridiem + @"[\s-]*?to[\s-]*?" + RangeHour + @"[\s-]*" + RangeMeridiem + ")", RegexOptions.CultureInvariant),
        new(@"\s(?<range>(?:after|aftr)[\s-]*" + RangeHour + RangeMinutes + RangeMeridiem + ")", RegexOptions.CultureInvariant),
        new(@"\s(?<range>(?:after|aftr)[\s-]*" + RangeHour + @"[\s-]*" + RangeMeridiem + ")", RegexOptions.CultureInvariant),
        new(@"\s(?<range>(?:before|bfre)[\s-]*" + RangeHour + RangeMinutes + RangeMeridiem + ")", RegexOptions.CultureInvariant),
        new(@"\s(?<range>(?:before|bfore)[\s-]*" + RangeHour + @"[\s-]*" + RangeMeridiem + ")", RegexOptions.CultureInvariant),
    ];

    /// <summary>
    /// A time the platform's time detector counts from its clock ("in 15 mins", "after 5 hrs", "about 25 minutes", "3 hrs
    /// later", "5mins latr") or repeats ("every 6 hours", "evry 24 hrs", "once in 3 days"): it takes these, and a test,
    /// which has no clock, cannot say when they are. The text found and whether it repeats, for the trace; null when
    /// there is none.
    /// </summary>
    public static (string Text, bool Repeats)? RelativeTime(string message)
    {
        var lower = message.ToLowerInvariant();
        return RelativeTimeText().Match(lower) is { Success: true } found ? (AsWritten(message, lower, found.Index, found.Length), found.Groups["every"].Success) : null;
    }

    /// <summary>The part of the day a message names, by the platform's time detector's words (its Hindi ones included), in its order.</summary>
    private static DayPart? DayPartOf(string text) =>
        MorningWord().IsMatch(text) ? DayPart.Morning
        : AfternoonWord().IsMatch(text) ? DayPart.Afternoon
        : NightWord().IsMatch(text) ? DayPart.Night
        : null;

    private enum DayPart
    {
        Morning,
        Afternoon,
        Night,
    }

    /// <summary>
    /// An email address as the platform's email detector finds one (chatbot_ner's pattern, after RFC 5322, searched in
    /// the message in lower case): a local part of letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c> in dot-separated
    /// runs ("o'connor"), or quoted; a domain of dot-separated labels (digits too), or an address in brackets.
    /// </summary>
    [GeneratedRegex(@"(?:[a-z0-9!#$%&\'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&\'*+/=?^_`{|}~-]+)*|""(?:[\x01-\x08\x0b\x0c\x0e-\x1f\x21\x23-\x5b\x5d-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*"")@(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?|\[(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?|[a-z0-9-]*[a-z0-9]:(?:[\x01-\x08\x0b\x0c\x0e-\x1f\x21-\x5a\x53-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])+)\])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d])\d{6}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Pincode();

    /// <summary>An Indian PAN: five letters, four digits, a letter (any case; given in capitals).</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[A-Za-z]{5}\d{4}[A-Za-z](?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PanCard();

    /// <summary>A web address with its scheme or starting www., up to a space; a comma, full stop or bracket at its end is the sentence's.</summary>
    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]*[^\s<>"".,;:!?)\]'}]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    /// <summary>
    /// A number in digits as the platform's number detector's pattern finds one, anywhere in the message (chatbot_ner's
    /// <c>(([\d,]+\.?[\d]*)\s?(scale))[\s\-\:]|([\d,]+\.?[\d]*)</c>, on the message in lower case): digits and commas,
    /// one dot and digits after it, and a scale word of its English list after it with a space, a dash or a colon
    /// (or the end) after that. <c>text</c> is the number as written, its scale word with it.
    /// </summary>
    [GeneratedRegex(@"(?<text>(?<amount>[\d,]+\.?\d*)\s?(?<times>thousands|thousand|million|billion|hundred|crores|lakhs|crore|lakh|lacs|lac|mil|bil|cr|k|l|m|c|b))(?=[\s\-:]|$)|(?<text>(?<amount>[\d,]+\.?\d*))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberText();

    /// <summary>Four digits together, not part of a longer run of digits: a four-digit OTP.</summary>
    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"(?<pre>\$|€|£|₹|\bRs\.?|\bINR|\bUSD|\bEUR|\bGBP)\s?(?<amount>\d[\d,]*(?:\.\d+)?)(?:\s?(?<times>k|thousand|lakhs?|lacs?|crores?|cr|million)\b)?|(?<amount>\d[\d,]*(?:\.\d+)?)(?:\s?(?<times>k|thousand|lakhs?|lacs?|crores?|cr|million)\b)?\s?(?<post>dollars?|euros?|pounds?|rupees?|rs|rupya|rupaya|rupaye|rupye|rupay|usd|eur|gbp|inr)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyText();

    [GeneratedRegex(@"\b(?:my name is|my name's|i am|i'm|this is|call me)\s+(?<name>\p{Lu}[\p{L}'\-]*(?:\s+\p{Lu}[\p{L}'\-]*){0,3})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameIntroduction();

    [GeneratedRegex(@"^\p{L}[\p{L}'\-]*(?:\s+\p{L}[\p{L}'\-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareName();

    /// <summary>
    /// Today, tomorrow, yesterday and the days around them, in the ways the platform's date detector reads them
    /// ("tmrw", "tommorow", "2mrw", "next day"; "yestrday", "previous day"; "2day", "tonight", "aaj"; "day before
    /// yesterday"; "day after tomorrow", "day after kal"), and every day (today).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<before>da?y\s+befo?re\s+(?:yesterday|sterday|yesterdy|yestrdy|yestrday))|(?<after>da?y\s+afte?r\s+(?:tomorrow|2morow|2mrw|2mrow|kal|2mrrw))|(?<tomorrow>tomorrow|2morow|2mrw|2mrow|next\s+day|tommorr?ow|tomm?orow|tmrw|tmrrw|tomorw|tomro|afte?r\s+1\s+da?y)|(?<yesterday>yesterday|sterday|yesterdy|yestrdy|yestrday|previous\s+day|prev\s+day|prevday)|today|2dy|2day|tody|aaj|aj|tonight|every\s?day)(?:'s|s)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    /// <summary>A day of the month written with its ordinal ending, alone or of this or next month: "the 20th", "3rd of next month", "12th of this month".</summary>
    [GeneratedRegex(@"\b(?<d>[12][0-9]|3[01]|0?[1-9])\s*(?:st|nd|rd|th)(?:\s*(?:of\s*)?(?:(?<this>this|dis)\s*(?:curr?ent\s*)?|(?<next>next|nxt|comm?ing|foll?owing)\s*)mo?n?th)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonth();

    /// <summary>A number of days from today: "in 3 days", "after 2 days", "2 days later", "5 days from now".</summary>
    [GeneratedRegex(@"\b(?:(?:in|after)\s+(?<n>\d{1,4})\s+days?|(?<n>\d{1,4})\s+days?\s+(?:later|from\s+now|after))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DaysLater();

    /// <summary>Year, month, day: "2026-12-25", "2026/12/25", "2026.1.5".</summary>
    [GeneratedRegex(@"(?<![\w/.\-])(?<y>\d{4})(?<s>[/.\-])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?![\w/\-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstDate();

    /// <summary>Day, month and year apart by one separator ("12/05/2026", "12-05-26", "12 . 05 . 2026"); the year may be left out, and a dot may close a day and month ("12.03.").</summary>
    [GeneratedRegex(@"(?<![\w/.\-])(?<d>\d{1,2})\s?(?<s1>[/.\-])\s?(?<m>\d{1,2})(?:\s?(?<s2>[/.\-])\s?(?<y>\d{4}|\d{2})|(?<closed>\.))?(?![\w/\-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>A month's name, whole or cut short: "jan", "january", "sept".</summary>
    private const string MonthName = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /// <summary>
    /// A day and a month's name: "5th of May", "May 5", "18th to 21st Feb" (a range: its start, and its end in
    /// <c>to</c>), "first week of Jan" (its first day), each with a year after it or not.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|till|until|-)\s*(?<to>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthName + @")|(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthName + @")|(?<month>" + MonthName + @")\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?|first\s+week\s+of\s+(?<month>" + MonthName + @"))\b(?:,?\s+(?<y>\d{4}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedDate();

    /// <summary>
    /// A date written in the words of French, Spanish, Portuguese, German, Italian, Indonesian, Malay, Turkish, Russian or
    /// Ukrainian ("vendredi prochain", "mañana", "am 12. März", "lunedì prossimo", "besok", "5 Desember", "yarın", "5 Aralık",
    /// "завтра", "15 декабря"), Vietnamese ("ngày mai", "ngày 15 tháng 12", "thứ hai tuần sau"), Arabic ("غدا", "بكرة", "15 ديسمبر", "يوم الخميس"), Hebrew ("מחר", "15 בדצמבר", "יום שלישי"), Kannada, Malayalam, Punjabi or Odia ("ನಾಳೆ", "നാളെ", "ਕੱਲ੍ਹ", "କାଲି"), or as Japanese, Chinese, Korean or
    /// Thai write it, which the platform's date detector does not read: it reads dates in words in
    /// English and in Indian languages (Hindi, Gujarati, Marathi, Bengali, Tamil, as its open-source recogniser,
    /// chatbot_ner, lists them) and in digits in any. The text found, for the trace to say why no date was taken;
    /// null when there is none.
    /// </summary>
    public static string? DateInOtherWords(string message) =>
        Earliest(OtherRelativeDay().Match(message), OtherNamedDate().Match(message), OtherWeekday().Match(message), EastAsianDate().Match(message));

    /// <summary>
    /// A number written in words of a language the platform's number detector does not read (it reads words in English
    /// and Indian languages, and digits in any): Korean's own numerals before a counter ("두 개", "세 명") or alone
    /// ("둘"), Chinese 两 before a counter ("两份", the zh-TW detector reads 〇 to 九 only), Japanese's counted
    /// numerals in kana ("ふたつ", "ふたり"), two to ten in Spanish, French, Portuguese, German and Italian
    /// ("dos", "deux", "duas", "zwei", "tre"), two to nine in Turkish ("iki", "üç"; not "on", ten, an English word), two to ten in Russian and Ukrainian ("две", "пять", "чотири"), in Vietnamese ("hai", "ba"; not "năm", also a year, nor "hai" in Hinglish, where it is 'is'), Arabic ("ثلاثة"), Hebrew ("שלושה"), Kannada, Malayalam, Punjabi and Odia ("ಎರಡು", "രണ്ട്", "ਦੋ", "ଦୁଇ"), whose lists the platform's detector does not carry. The text found, for the trace to say why no number was taken; null when
    /// there is none.
    /// </summary>
    public static string? NumberInOtherWords(string message) =>
        OtherNumberWords().Matches(message)
            .Where(m => !(m.Value.Trim().Equals("hai", StringComparison.OrdinalIgnoreCase) && Wording.IsHinglish(message.Remove(m.Index, m.Length))))
            .Select(m => m.Value.Trim()).FirstOrDefault();

    /// <summary>A number in the words of an Indian language other than the conversation's, with the language's name (<see cref="NumberWords.InIndianWords"/>).</summary>
    public static (string Text, string Language)? NumberInIndianWords(string message, string? conversationLanguage) => NumberWords.InIndianWords(message, conversationLanguage);

    /// <summary>
    /// A number the platform's number detector reads otherwise than its writer meant, for the trace to say so at a
    /// number's prompt: written with dots between its thousands ("150.000", as Indonesian, German or Spanish write
    /// 150,000), which the detector reads as a decimal point (150), or with a decimal comma ("39,90": 3990, as it
    /// drops commas; "1.250,50": 1.25); with a scale word its English list lacks ("100
    /// ribu", "3 mille", "2 Tausend": 100, 3, 2), or one it reads as a million ("5 mil", a thousand in Spanish and
    /// Portuguese); of 16 digits or more that a float does not hold exactly ("9171234567890123": 9171234567890124);
    /// with leading zeros ("0042"), which a number drops (42). Digits of any script are read as ASCII ones, as the
    /// detector reads them, and written so. Null when there is none.
    /// </summary>
    public static NumberMisread? NumberAsRead(string message)
    {
        message = AsciiDigits(message);   // the detector reads any script's digits as these: "१५०.०००" is 150 too
        if (ForeignScale().Match(message) is { Success: true } scaled)
        {
            // The amount as the detector reads it, its commas dropped ("2,5 тыс": 25), and as meant (2500).
            var amount = double.Parse(scaled.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var word = scaled.Groups["word"].Value;
            var meant = PythonNumber(double.Parse(scaled.Groups["amount"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) * ForeignScaleOf(word));
            return word.Equals("mil", StringComparison.OrdinalIgnoreCase)
                ? new NumberMisread(scaled.Value, PythonNumber(amount * 1_000_000), $"whose list of scale words reads 'mil' as a million (in Spanish and Portuguese it is a thousand): ask for the number in digits, like {meant}")
                : new NumberMisread(scaled.Value, PythonNumber(amount), $"which reads scale words of its English list only (k, thousand, lakh, crore, million…), not '{word}': ask for the number in digits, like {meant}");
        }

        if (InEuropeanNotation(message) is var (written, plain))
        {
            // "1 500" is read up to its space (1); "1.500.000" up to its second dot (1.5), "1.250,50" up to its comma
            // (1.25); "39,90" without its comma (3990).
            if (written.IndexOfAny(ThousandsSpaces) is var space and > 0)
            {
                return new NumberMisread(written, PythonNumber(double.Parse(written[..space], CultureInfo.InvariantCulture)),
                    $"which reads a space as the end of a number, not between thousands: ask for the number without spaces, like {plain}");
            }

            var groups = written.Split('.');
            var read = groups.Length > 1 ? $"{groups[0]}.{groups[1].Split(',')[0]}" : written.Replace(",", string.Empty, StringComparison.Ordinal);
            return new NumberMisread(written, PythonNumber(double.Parse(read, CultureInfo.InvariantCulture)), !written.Contains(',', StringComparison.Ordinal)
                ? $"which reads a dot as a decimal point, not between thousands: ask for the number without dots, like {plain}"
                : $"which drops commas, reading them between thousands{(groups.Length > 1 ? ", and reads a dot as a decimal point" : string.Empty)}: ask for the number with a decimal point and no other separator, like {plain}");
        }

        foreach (Match digits in LongNumber().Matches(message))
        {
            if (PythonNumber(double.Parse(digits.Value, CultureInfo.InvariantCulture)) is var read && read != digits.Value.TrimStart('0'))
            {
                return new NumberMisread(digits.Value, read, $"a float, exact to about 15 digits: for a card, identity or account number, use a regex entity (like \\b\\d{{{digits.Value.Length}}}\\b), whose value is the text as typed");
            }
        }

        if (LeadingZeros().Match(message) is not { Success: true } zeros)
        {
            return null;
        }

        var number = PythonNumber(double.Parse(zeros.Value, CultureInfo.InvariantCulture));
        return new NumberMisread(zeros.Value, number, $"a number, its leading zeros dropped ({number.Length} digit{(number.Length == 1 ? "" : "s")} long): for a code, use a regex entity (like \\b\\d{{{zeros.Value.Length}}}\\b), whose value is the text as typed");
    }

    /// <summary>
    /// The first number in <paramref name="text"/> written as most of Europe, Indonesia, Turkey or Latin America write
    /// one, which the platform's number detector misreads: with dots between its thousands ("Rp10.000") or a decimal
    /// comma ("39,90", "1.250,50"); with how to write it for the detector ("10000", "39.90", "1250.50"). Null when none is.
    /// </summary>
    public static (string Written, string Plain)? InEuropeanNotation(string text) =>
        new[] { DottedThousands().Match(text), DecimalComma().Match(text), SpacedThousands().Match(text) }.Where(m => m.Success).MinBy(m => m.Index) is { } found
            ? (found.Value, string.Concat(found.Value.Where(c => c != '.' && !ThousandsSpaces.Contains(c))).Replace(',', '.'))
            : null;

    /// <summary>The spaces written between thousands: a space, a no-break space, a narrow no-break space, a thin space.</summary>
    private static readonly char[] ThousandsSpaces = [' ', '\u00A0', '\u202F', '\u2009'];

    /// <summary>
    /// A number with spaces between groups of three digits, as Russian, French, Polish or Czech write one ("1 500",
    /// "1 250 000,50"), with a decimal comma or none; not a phone number's groups of other sizes ("8 800 555 35 35").
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,+]|\d[ \u00A0\u202F\u2009])\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:,\d{1,2})?(?![\d]|[.,]\d|[ \u00A0\u202F\u2009]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedThousands();

    /// <summary>A number with dots between groups of three digits: "150.000", "1.500.000".</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedThousands();

    /// <summary>
    /// A number with a decimal comma, one or two digits after it, and dots between its thousands or none: "39,90",
    /// "1,5", "1.250,50"; not "1,500" (English thousands) nor "1,50,000" (Indian ones).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}(?![\d.,]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();

    /// <summary>A run of 16 digits or more, which a float may not hold exactly.</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{16,}(?![\d.,]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    /// <summary>A whole number with a leading zero: "0042".</summary>
    [GeneratedRegex(@"(?<![\d.,])0\d+(?![\d.,]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZeros();

    /// <summary>
    /// A number, with a decimal comma or point or none, with a scale word of another language: Indonesian and Malay
    /// ribu (rb), juta (jt); French mille, Italian mila, German Tausend; Spanish and Portuguese mil; Russian тыс.,
    /// тысяча, млн, миллион; Ukrainian тис., тисяча, мільйон; Vietnamese nghìn, ngàn, triệu (tr).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?<amount>\d+(?:[.,]\d{1,2})?)\s?(?<word>ribu|rb|juta|jt|mille|mila|tausend|mil|тыс(?:яч[аиу]?)?|тыщ[иа]?|млн|миллион(?:а|ов)?|тис(?:яч[аіу]?)?|мільйон(?:а|ів)?|ngh[ìi]n|ng[àa]n|tri[ệe]u|tr)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ForeignScale();

    /// <summary>What a scale word of <see cref="ForeignScale"/> multiplies by: a million (juta, млн, миллион, мільйон) or a thousand.</summary>
    private static double ForeignScaleOf(string word) =>
        word.ToLowerInvariant() is "juta" or "jt" or "млн" or "triệu" or "trieu" or "tr" || word.StartsWith("милл", StringComparison.OrdinalIgnoreCase) || word.StartsWith("мільй", StringComparison.OrdinalIgnoreCase) ? 1_000_000 : 1_000;

    /// <summary>The text of the match that starts first among those that succeeded, or null.</summary>
    private static string? Earliest(params Match[] matches) => matches.Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault()?.Value;

    /// <summary>
    /// A date as Japanese, Chinese, Korean and Thai write it, which the platform's date detector does not read either:
    /// a month and day with their counters ("12月24日", "12月24号", "12월 24일"), a year before them or not; today,
    /// tomorrow, the day after and yesterday ("明日", "あした", "明天", "后天", "내일", "พรุ่งนี้"); a day of the week,
    /// next or this week's or not ("来週の金曜日", "金曜", "下周五", "星期五", "다음 주 금요일", "วันศุกร์").
    /// </summary>
    [GeneratedRegex(@"(?:\d{2,4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日号號일]|明後日|明日|今日|昨日|あさって|あした|きょう|きのう|今天|明天|后天|後天|昨天|오늘|내일|모레|어제|วันนี้|พรุ่งนี้|มะรืนนี้|เมื่อวาน|(?:来週|今週|下周|下週|这周|這週|本周|다음\s?주|이번\s?주)?\s?の?\s?(?:[月火水木金土日]曜日?|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[월화수목금토일]요일)|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsianDate();

    /// <summary>
    /// The day of the week of a date's text written "last friday" (lower case), which the platform's date detector
    /// reads as the coming Friday (it has no "last"); null for any other text.
    /// </summary>
    public static string? LastWeekday(string text) =>
        Weekday().Match(text) is { Success: true } day && day.Groups["last"].Success && day.Length == text.Trim().Length ? day.Groups["day"].Value.ToLowerInvariant() : null;

    /// <summary>A day counted back from today ("3 days ago", "a week ago", "last week"), which the platform's date detector does not read: the text found, for the trace; null when there is none.</summary>
    public static string? DaysBack(string message) => DaysBackText().Match(message) is { Success: true } found ? found.Value : null;

    [GeneratedRegex(@"\b(?:(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|couple\s+of|a\s+couple\s+of)\s+(?:days?|weeks?|months?)\s+(?:ago|back|before)|last\s+(?:week|month|weekend|night))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DaysBackText();

    /// <summary>
    /// A time written in the words of Spanish, French, Portuguese, German, Italian, Indonesian, Malay or Turkish ("a las 6 de la
    /// tarde", "à 18 heures", "um 18 Uhr", "alle 18", "às 18 horas", "mediodía", "jam 3 sore", "pukul 7 malam", "saat 3'te",
    /// "akşam 7", "öğlen"), Russian or Ukrainian ("в 3 часа дня", "в 10 утра", "в полдень", "о 10 годині"), Vietnamese ("3 giờ chiều", "9h30"), Arabic ("الساعة 3", "3 مساء", "الظهر"), Hebrew ("בשעה 3", "7 בערב"), Kannada, Malayalam, Punjabi or Odia ("3 ಗಂಟೆಗೆ", "3 മണിക്ക്", "6 ਵਜੇ", "3 ଟା"), which
    /// the platform's time detector does not read (it reads words in English and in Indian languages, as for dates):
    /// the text found, for the trace to say why no time was taken; null when there is none.
    /// </summary>
    public static string? TimeInOtherWords(string message) =>
        Earliest(OtherTime().Match(message), EastAsianTime().Match(message));

    /// <summary>
    /// Number words of <see cref="NumberInOtherWords"/>: Korean's before a counter that ends its word or takes a particle
    /// ("두 개요", not "네 번호는": yes, the number is…), or alone; Chinese 两 before a counter; kana numerals; European
    /// two to ten.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:하나|한|둘|두|셋|세|석|넷|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|명|분|박|잔|장|권|대|병|상자|박스|마리|벌|켤레|번|통|봉지|팩|가지|사람)(?=$|[\s\p{P}]|요|이|예|입|만|으|로|가|을|를|은|는|도|씩)|^\s*(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)(?:요|이요)?\s*[.!?]?\s*$|[两兩]\s?(?:个|個|份|位|晚|间|間|张|張|杯|瓶|件|箱|本|次|天|人|碗|名)|(?:ひとつ|ふたつ|みっつ|よっつ|いつつ|むっつ|ななつ|やっつ|ここのつ|ひとり|ふたり)|(?<![\w-])(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq|huit|dix|dois|duas|tr[êe]s|quatro|sete|oito|dez|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|due|quattro|cinque|sette|dieci|iki|üç|d[öo]rt|beş|alt[ıi]|yedi|sekiz|dokuz|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|дві|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|hai|ba|bốn|sáu|bảy|tám|chín|mười|اثنين|اثنان|ثلاث[ةه]?|[أا]ربع[ةه]?|خمس[ةه]?|ست[ةه]|سبع[ةه]?|ثماني[ةه]?|تسع[ةه]?|عشر[ةه]?|שניים|שתיים|שלושה|שלוש|ארבעה|ארבע|חמישה|חמש|שישה|שבעה|שמונה|תשעה|עשרה|ಎರಡು|ಮೂರು|ನಾಲ್ಕು|ಐದು|രണ്ട്|മൂന്ന്|നാല്|അഞ്ച്|ਦੋ|ਤਿੰਨ|ਚਾਰ|ਪੰਜ|ଦୁଇ|ତିନି|ଚାରି|ପାଞ୍ଚ)(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherNumberWords();

    /// <summary>
    /// A time as Japanese, Chinese, Korean and Thai write it, which the platform's time detector does not read either:
    /// an hour with its counter, a part of the day before it or not, minutes or a half after it or not ("午後3時",
    /// "15時半", "下午3点", "3點15分", "오후 3시", "บ่าย 3 โมง").
    /// </summary>
    [GeneratedRegex(@"(?:午前|午後|朝|夜|上午|下午|早上|晚上|中午|오전|오후|아침|저녁)?\s?\d{1,2}\s?(?:時|点|點|시)(?:\s?(?:半|반|\d{1,2}\s?(?:分|분)))?|(?:บ่าย|เช้า|เย็น)?\s?\d{1,2}\s?(?:โมง|นาฬิกา)", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsianTime();

    [GeneratedRegex(@"(?<![\w-])(?:(?:a\s+las?|à|vers|um|gegen|alle|às|ás)\s+(?:\d{1,2}(?:[:.h]\d{2})?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|eins?|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|elf|zw[öo]lf|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|uma|duas|tr[êe]s|sete|oito|dez)(?:\s+(?:heures?|uhr|horas?|ore)|\s+" + OtherDayPart + @")?|\d{1,2}\s*(?:heures?|uhr|horas?)(?:\s*\d{2})?|\d{1,2}\s+" + OtherDayPart + @"|mediod[ií]a|medianoche|midi|minuit|mezzogiorno|mezzanotte|meio-dia|meia-noite|(?:(?:jam|pukul)\s+)?\d{1,2}(?:[.:]\d{2})?\s+(?:pagi|siang|sore|petang|malam)|(?:jam|pukul)\s+\d{1,2}|(?:(?:sabah|[öo][ğg]leden\s+sonra|ak[şs]am|gece)\s+)?saat\s+\d{1,2}(?:[.:]\d{2})?(?:['’]?(?:te|ta|de|da|e|a|ye|ya))?|(?:sabah|[öo][ğg]leden\s+sonra|ak[şs]am|gece)\s+\d{1,2}(?:[.:]\d{2})?(?:['’]?(?:te|ta|de|da|e|a|ye|ya))?|[öo][ğg]len|gece\s+yar[ıi]s[ıi]|(?:в\s+)?\d{1,2}(?:[:.]\d{2})?\s+(?:час(?:а|ов)?(?:\s+(?:утра|дня|вечера|ночи))?|утра|дня|вечера|ночи)|(?:в\s+)?(?:полдень|полночь)|о\s+\d{1,2}(?:[:.]\d{2})?(?:\s+годин[іи])?(?:\s+(?:ранку|дня|вечора|ночі))?|(?:l[úu]c\s+)?\d{1,2}\s?gi[ờo](?:\s?\d{1,2}(?:\s?ph[úu]t)?)?(?:\s+" + VietnameseDayPart + @")?|(?:l[úu]c\s+)?\d{1,2}h(?:\d{2}(?:\s+" + VietnameseDayPart + @")?|\s+" + VietnameseDayPart + @")|(?:ال)?ساع[ةه]\s+\d{1,2}(?:[:.]\d{2})?(?:\s+" + ArabicDayPart + @")?|\d{1,2}(?:[:.]\d{2})?\s+(?:" + ArabicDayPart + @"|الصبح|العصر)|الظهر|ظهراً|ظهرا|(?:ב)?שעה\s+\d{1,2}(?:[:.]\d{2})?|\d{1,2}(?:[:.]\d{2})?\s+(?:בבוקר|בערב|בלילה|בצהריים|אחה[""״]?צ)|בצהריים|(?:(?:ಬೆಳಿಗ್ಗೆ|ಮಧ್ಯಾಹ್ನ|ಸಂಜೆ|ರಾತ್ರಿ|രാവിലെ|ഉച്ചയ്ക്ക്|വൈകുന്നേരം|രാത്രി|ਸਵੇਰੇ|ਦੁਪਹਿਰ|ਸ਼ਾਮ|ਰਾਤ|ସକାଳ|ସନ୍ଧ୍ୟା|ରାତି)\s+)?\d{1,2}\s?(?:ಗಂಟೆ|മണി|ਵਜੇ|ଟା|ଘଣ୍ଟା)[\p{L}\p{M}]{0,4})(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherTime();

    /// <summary>A part of the day after an hour in Vietnamese (morning, noon, afternoon, evening, night), with or without its marks.</summary>
    private const string VietnameseDayPart = @"(?:s[áa]ng|tr[ưu]a|chi[ềe]u|t[ốo]i|[đd][êe]m)";

    /// <summary>A part of the day after an hour in Arabic (in the morning, in the evening, at noon, at night), with or without its tanwin.</summary>
    private const string ArabicDayPart = @"(?:صباحا?ً?|مساءً?|ظهرا?ً?|ليلا?ً?)";

    /// <summary>A part of the day after an hour, in Spanish, French, Italian or Portuguese: "de la tarde", "du soir", "di sera", "da manhã".</summary>
    private const string OtherDayPart = @"(?:de\s+la\s+(?:ma[ñn]ana|tarde|noche)|du\s+(?:matin|soir)|de\s+l['’]apr[èe]s-midi|di\s+(?:mattina|sera|pomeriggio|notte)|da\s+(?:manh[ãa]|tarde|noite))";

    /// <summary>
    /// Today, tomorrow, the day after and yesterday in French, Spanish, Portuguese, German and Italian: "aujourd'hui",
    /// "demain", "après-demain"; "hoy", "mañana" (not "la mañana", the morning), "pasado mañana", "ayer"; "hoje",
    /// "amanhã", "depois de amanhã", "ontem"; "heute", "morgen" (not the morning of "guten Morgen", "heute Morgen", "am
    /// Morgen", "jeden Morgen"), "übermorgen" ("uebermorgen"), "gestern"; "oggi", "domani", "dopodomani", "ieri"
    /// (accents may be left out); Indonesian and Malay "hari ini", "besok" ("esok"), "lusa", "kemarin" ("kelmarin");
    /// Turkish "bugün", "yarın" ("yarin", "yarına"), "öbür gün", "dün" (not "dun", an English word), "3 gün önce";
    /// Russian "сегодня", "завтра", "послезавтра", "вчера", "3 дня назад", "через 2 дня", and Ukrainian "сьогодні",
    /// "післязавтра", "вчора".
    /// Not French "hier", German's "here", as a message is read without its language.
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?:(?<after>apr[eè]s-demain|apr[eè]s\s+demain|pasado\s+ma[nñ]ana|depois\s+de\s+amanh[aã]|(?:ü|ue|u)bermorgen|dopo\s?domani|lusa|[öo]b[üu]r\s?g[üu]n|yar[ıi]ndan\s+sonra|послезавтра|післязавтра|ng[àa]y\s+(?:kia|m[ốo]t)|بعد\s+(?:غدا?ً?|بكر[ةه])|מחרתיים)|(?<tomorrow>غدا?ً?|بكر[ةه]|מחר|(?:ng[àa]y|s[áa]ng|chi[ềe]u|t[ốo]i)\s+mai|demain|domani|besok|esok|yar[ıi]n(?:a|ki)?|завтра|(?<!\bla\s+)ma[nñ]ana|amanh[aã]|(?<!\b(?:guten|gute|heute|gestern|am|jeden|den|diesen|einen|sch[oö]nen)\s+)morgen)|(?<yesterday>ayer|ontem|gestern|ieri|kemarin|kelmarin|dün(?:kü)?|evvelsi\s+g[üu]n|вчера|позавчера|вчора|h[ôo]m\s+qua|[أا]مس|البارح[ةه]|אתמול|שלשום)|h[ôo]m\s+nay|(?:اليوم|היום)(?!\s+\p{L})|(?:قبل|بعد)\s+\d{1,3}\s+(?:[أا]يام|يوم)|(?:לפני|בעוד)\s+\d{1,3}\s+(?:ימים|יום)|(?:ನಾಳೆ|ಇಂದು|ನಿನ್ನೆ|ನಾಡಿದ್ದು|നാളെ|ഇന്ന്|ഇന്നലെ|മറ്റന്നാൾ|ਕੱਲ੍ਹ|ਕੱਲ|ਅੱਜ|ਪਰਸੋਂ|ଆଜି|କାଲି|ପରଦିନ|ପରଶୁ)[\p{L}\p{M}]{0,4}|(?:ng[àa]y\s+)?\d{1,2}\s+th[áa]ng\s+\d{1,2}(?:\s+n[ăa]m\s+\d{4})?|aujourd['’]hui|hoy|hoje|heute|oggi|hari\s+ini|bug[üu]n(?:k[üu])?|\d{1,3}\s+g[üu]n\s+(?:[öo]nce|sonra)|сегодня|сьогодні|\d{1,3}\s+(?:дн(?:я|ей|ів|і)|день)\s+(?:назад|тому)|через\s+\d{1,3}\s+(?:дн(?:я|ей|ів|і)|день))(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherRelativeDay();

    /// <summary>A day and a month's name in French, Spanish, Portuguese, German, Italian, Indonesian, Malay, Turkish, Russian or Ukrainian, a year after it or not: "le 1er avril", "12 mars 2027", "5 de mayo de 2026", "12 de março", "am 12. März", "il 1° maggio", "5 Desember 2026", "5 Aralık", "15 декабря", "15 грудня".</summary>
    [GeneratedRegex(@"(?<![\w/.\-])(?<d>\d{1,2})(?:er|º|°|ª|\.)?\s+(?:de\s+|ב-?)?(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|feber|m[äa]e?rz|april|juni|juli|august|september|oktober|november|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maret|mac|mei|julai|agustus|ogos|desember|disember|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|يناير|فبراير|مارس|[أا]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|كانون\s+الثاني|شباط|[آا]ذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول|تشرين\s+الأول|تشرين\s+الثاني|كانون\s+الأول|ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)\b(?:,?\s+(?:de\s+)?(?<y>\d{4}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherNamedDate();

    /// <summary>
    /// A day of the week in French, Spanish, Portuguese, German or Italian, with "next" and "last" as each writes them:
    /// "vendredi prochain", "mardi dernier"; "el próximo martes", "el viernes que viene", "el lunes pasado"; "próxima
    /// terça", "sexta que vem", "segunda passada"; "am Freitag", "nächsten Dienstag", "kommenden Samstag", "letzten
    /// Montag"; "lunedì prossimo", "il prossimo venerdì", "domenica scorsa", "questo sabato". A
    /// Portuguese weekday is read with "-feira" or after a word that makes it a day ("na sexta", "próxima terça"):
    /// alone, "segunda" is also "second" ("segunda via"). Indonesian and Malay: "Senin", "hari Jumat", "Rabu depan",
    /// "Selasa lalu"; Sunday only as "hari Minggu" (alone, "minggu" is also a week). Turkish: "cuma", "cuma günü",
    /// "gelecek salı", "önümüzdeki pazartesi", "geçen perşembe", "bu cumartesi". Russian: "в понедельник", "во вторник",
    /// "в следующую пятницу", "прошлый четверг"; Wednesday as "в среду" (alone, "среда" is also a medium).
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?:(?:il\s+|la\s+)?(?<next>pr[oó]xim[oa]|prossim[oa]|n(?:ä|ae|a)chste[nrs]?|kommende[nrs]?)\s+|(?<last>letzte[nrs]?|vergangene[nrs]?)\s+|(?<next>gelecek|[öo]n[üu]m[üu]zdeki|следующ(?:ий|ую|ее|ей))\s+|(?<last>ge[çc]en|прошл(?:ый|ую|ое|ой))\s+|(?:ce|cette|este|esta|el|la|il|na|no|nesta|neste|am|diese[nrs]?|questo|questa|bu|в|во|эт(?:от|у|о))\s+)?(?<other>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)[-\s]feira|(?<=\b(?:na|pr[oó]xima|nesta|esta)\s+)(?:segunda|ter[cç]a|quarta|quinta|sexta)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|(?:hari\s+)?(?:senin|isnin|selasa|rabu|kamis|khamis|jum['’]?at|jumaat|sabtu|ahad)|hari\s+minggu|(?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar)(?:\s+g[üu]n[üu])?|понедельник|вторник|(?<=\b(?:в|эту|следующую|прошлую)\s+)среду|четверг|пятниц[ау]|суббот[ау]|воскресенье|th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|[2-7])|ch[ủu]\s+nh[ậa]t|(?:يوم\s+)?(?:الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)|יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|שבת)(?:\s+(?<next>prochain|que\s+viene|que\s+vem|prossim[oa]|depan|tu[ầa]n\s+(?:sau|t[ớo]i)|القادم|الجاي|הבא)|\s+(?<last>dernier|pasado|passad[oa]|scors[oa]|lalu|tu[ầa]n\s+tr[ưu][ớo]c|الماضي|שעבר))?(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherWeekday();

    [GeneratedRegex(@"(?<!\bnext\s+)\b(?:(?:this|every|on|the)\s+)?(?<part>weekends?|weekdays?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekPart();

    [GeneratedRegex(@"\b(?:(?<next>ne?xt)\s+|(?<last>last)\s+|(?:this|on|coming|for)\s+)?(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    /// <summary>What may follow a time's hour and minutes: am or pm ("3pm", "12-pm", "7 p.m."), or o'clock.</summary>
    private const string TimeEnd = @"[\s-]*(?<ampm>am\b|pm\b|a\.m\.?|p\.m\.?)?(?:\s*(?<oclock>o'\s?clock|o\s?clock|clock)\b)?(?![\d])";

    /// <summary>A time: hours and minutes apart by a colon, or by a dot or a space ("7.30 pm", "02 33 p.m.", "14 33", "7.30"); an hour with am/pm ("3pm", "12-pm"); a bare number (the caller decides); noon, midnight.</summary>
    [GeneratedRegex(@"\b(?<word>noon|midnight)\b|\b(?<hour>\d{1,2})(?:(?<sep>:|[.\s](?=\d{2}(?:[\s-]*(?:[ap]m\b|[ap]\.m\b)|(?![:\d]))))(?<min>[0-5]\d))?" + TimeEnd, RegexOptions.CultureInvariant)]
    private static partial Regex TimeText();

    /// <summary>As <see cref="TimeText"/>, in a message that names a part of the day: hours and minutes may also be apart by a dot or a space ("7.30 tonight").</summary>
    [GeneratedRegex(@"\b(?<word>noon|midnight)\b|\b(?<hour>\d{1,2})(?:(?<sep>[:.\s])(?<min>[0-5]\d))?" + TimeEnd, RegexOptions.CultureInvariant)]
    private static partial Regex TimeTextWithDayPart();

    /// <summary>A number the platform's time detector takes for an hour after a bot message with the word "time": one or two digits, the first 0 to 2, anywhere ("7", "b12", "25").</summary>
    [GeneratedRegex(@"(?<hour>[0-2]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AnyHour();

    /// <summary>A message that is a number alone, for the trace to say why it was no time: "7", "at 7", "19".</summary>
    [GeneratedRegex(@"^\s*(?:at\s+|by\s+|around\s+)?(?<hour>[01]?\d|2[0-3])\s*[.!]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHour();

    /// <summary>The number of a message that is a number alone ("7", "around 7"), which the platform's time detector reads as an hour only after a bot message with the word "time"; null otherwise.</summary>
    public static string? NumberAlone(string message) => BareHour().Match(message.ToLowerInvariant()) is { Success: true } bare ? bare.Groups["hour"].Value : null;

    /// <summary>
    /// The platform's time detector's times from its clock and repeating ones, as its patterns write them: "in", "in
    /// about", "in around", "after" or "about" before a count of minutes or hours; a count then "later" ("ltr", "latr",
    /// "lter"); "every" ("evry", "evy", "evri") before a count; "once in" before days.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:in\s(?:about|around)|after|about|in)\s\d+\s?(?:min|mins|minutes|hour|hours|hrs|hr)|\d+\s?(?:min|mins|minutes|hour|hours|hrs|hr)\s?(?:later|ltr|latr|lter)s?|(?<every>(?:every|evry|evy|evri)\s*\d+\s*(?:min|mins|minutes|hour|hours|hrs|hr)|(?:once|onc|1se)\s*(?:in)?\s*\d+\s?(?:day|days)))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTimeText();

    /// <summary>An hour of 0 to 23 (minutes optional) before hours or hrs: the platform's time detector's 24-hour format when no hh:mm is written ("at 12 hrs", "0 hours").</summary>
    [GeneratedRegex(@"\b(?<hour>00?|0?[2-9]|0?1[0-9]?|2[0-3])(?:[:.\s](?<min>[0-5][0-9]))?\s+(?:hours?|hrs?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoursTime();

    /// <summary>An hour of 1 to 12 (minutes optional) after by, before, after, at, dot, exactly or exact, then a space: the platform's time detector's pattern, which it searches anywhere in the text ("call me at 7 ").</summary>
    [GeneratedRegex(@"(?:by|before|after|at|dot|exactly|exact)[\s-]*(?<hour>0?[1-9]|1[0-2])[:.\s]*(?<min>[0-5][0-9])?(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedHour();

    /// <summary>What the platform's time detector takes before a bare hour: "at 7 tonight", "by 4 in the morning".</summary>
    [GeneratedRegex(@"\b(?:by|before|after|at|on|dot|exactly|exact)[\s-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePrefix();

    [GeneratedRegex(@"\b(?:morning|early|subah|mrng|mrning|savere)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MorningWord();

    [GeneratedRegex(@"\b(?:noon|afternoon|evening|evng|evning|sham)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfternoonWord();

    [GeneratedRegex(@"\b(?:night|nite|tonight|latenight|tonit|nit|rat)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NightWord();
}
