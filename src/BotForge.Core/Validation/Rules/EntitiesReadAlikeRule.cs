using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// Two entities of one node that read the same values from a message (a transfer's source and target account as two
/// dictionaries with the same accounts, two numbers, a date and a date of birth): the engine reads each entity
/// alone, so one message fills both with the same value and the second is never asked for.
/// </summary>
/// <remarks>
/// Reported only where that can happen: the node is entered on a message (a start node, or the target of a
/// connection taken on one), whose values fill every entity not yet known, or one of the two is optional (an answer
/// to another prompt fills it). A regex entity is compared by a text its pattern matches whole
/// (<see cref="RegexSample"/>: "3123456789" for <c>\b3\d{9}\b</c>): reported when the other entity takes that very
/// text from it (a phone number, a number, a pincode, another pattern) where the engine takes it outside the answer to
/// its own prompt (<see cref="EntityExtractor.TakenOutsideItsAnswer"/>: never free text). Not reported: the two ends of a trip (they
/// share a message's values), two patterns entities (they share them by the words around each value), and entity
/// types whose readings this check does not compare (attachment, a person name, which only its own answer fills).
/// </remarks>
public sealed class EntitiesReadAlikeRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2024", DiagnosticLevel.Warning, "Two entities of a node that one message fills alike");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entities-read-alike";

    public override string Why => """
        When a node is reached, each entity it collects is read from the message alone: two dictionary entities with the same values (a transfer's `source_account` and `target_account`), two numbers whose digit counts overlap (`nights` and `guests`), or two public entities of one kind (`date` and `date_of_birth`, `city` and `utils_city`) all take the same value from "transfer from savings" or "3 nights for 2 guests": the money goes from savings to savings, the stay is for 3 guests, and the second entity is never asked for. An optional entity is filled the same way from the answer to another prompt. Make two dictionary entities `patterns` entities with examples that tag each in its own words (`from [checking](source_account) to [savings](target_account)`): patterns entities of one node share a message's values, each taking the one its words point to. Otherwise collect the second on a node of its own after the first: a node entered after a code node or on an entity condition reads no message, and one reached on a phrase reads only that phrase. The two ends of a trip (`departure_date` and `arrival_date`, `flight_departure_city` and `flight_arrival_city`) already share a message's values, and are not reported; nor are two person names (only the answer to its own prompt fills one). A regex entity is compared by a text its pattern matches whole, such as `3123456789` for `\b3\d{9}\b`: a subscriber ID of ten digits is also a phone number to the platform's phone detector, so "my ID is 3012345678" fills `phone_number` with the ID and the phone number is never asked for; it is reported when the other entity (a phone number, a number, a pincode, another pattern) takes that very text, or a part of it: a number takes the digits of a transaction ID such as `TRX2026120601`, as the platform's number detector reads digits anywhere (a patterns entity, which reads a value by the words around it, is not compared with a code). A regex entity is taken from a message other than the answer to its own prompt only as a code inside it, as the engine takes one: two free-text patterns (a problem's description `^.{5,}$` and a title `^.{3,80}$`) never fill each other and are not reported, and a code the pattern takes only as the whole message (`^3\d{9}$`) is not taken from the message that reaches the node, though the phone detector still takes it there. A phone number is compared the same way, by one as Indian users write it (`9876543210`): a number entity takes its digits unless its `digits:` stop below a phone number's length ("9876543210 pe 199 ka recharge kar do" makes the amount 9876543210; give it `digits: { max: 9 }`), and a pincode's six digits are a phone number to the platform's phone detector.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRANSFER
            start: true
            end: true
            user_says: [transfer money, move money between accounts]
            entities:
              - entity: source_account
                prompt: From which account?
              - entity: target_account
                prompt: To which account?
            bot_says:
              final: Moving money from ${entity.source_account} to ${entity.target_account}.
        """, At: "stories/main/flow.yaml:9:9")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: source_account
                    type: dictionary
                    values: { checking: [checking, current], savings: [savings] }
                  - name: target_account
                    type: dictionary
                    values: { checking: [checking, current], savings: [savings] }
                """,
        },
    };

    public override RuleExample Fixed => Failing with
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: source_account
                    type: patterns
                    examples: ['move money from [checking](source_account) to savings', 'out of my [savings](source_account) account']
                    values: { checking: [checking, current], savings: [savings] }
                  - name: target_account
                    type: patterns
                    examples: ['move money from checking to [savings](target_account)', 'into my [checking](target_account) account']
                    values: { checking: [checking, current], savings: [savings] }
                """,
        },
    };

    public override void Check(RuleContext context)
    {
        // A dictionary's variants are normalised once, and a pattern's sample made once, however many nodes collect it.
        var dictionaries = new Dictionary<EntityDefinition, Reading?>(ReferenceEqualityComparer.Instance);
        Reading? Read(EntityRef entity) =>
            entity.Definition is { Type: EntityType.Dictionary or EntityType.Regex } d ? dictionaries.TryGetValue(d, out var known) ? known : dictionaries[d] = ReadingOf(entity) : ReadingOf(entity);
        var extractor = new EntityExtractor(new DateOnly(2026, 1, 1));

        foreach (var node in context.Graph.Nodes)
        {
            if (node.Entities.Count < 2)
            {
                continue;
            }

            var enteredOnMessage = node.IsStart || context.Graph.Predecessors(node).Any(from => from.Connections.Any(c =>
                c.Target == node && (c.Condition is UserSaysCondition or EntityPresenceCondition or EntityValueCondition) && BotGraph.TakesMessages(from, c)));
            var readings = node.Entities.Select(u => Read(u.Entity)).ToList();
            for (var second = 1; second < node.Entities.Count; second++)
            {
                for (var first = 0; first < second; first++)
                {
                    var (a, b) = (node.Entities[first], node.Entities[second]);
                    if (!(enteredOnMessage || !a.Mandatory || !b.Mandatory) || a.Entity.Name == b.Entity.Name || IsTrip(a.Entity.Name, b.Entity.Name))
                    {
                        continue;
                    }

                    // Read by one's sample text, the other is filled with it wrongly only where the engine takes a value
                    // outside the answer to its own prompt (a free-text pattern, ^.{5,}$, never is, nor a code that is
                    // the whole message): from the message that reaches the node, or as an optional entity.
                    var arrival = enteredOnMessage;
                    EntityUse? alone = null;
                    var what = Alike(readings[first], readings[second]);
                    foreach (var (sample, swapped) in what is null ? BothTake(extractor, node, (a.Entity, readings[first]), (b.Entity, readings[second])) : [])
                    {
                        var (own, other) = swapped ? (b, a) : (a, b);
                        var (otherOutside, ownOutside) = (Outside(extractor, node, other.Entity, sample), Outside(extractor, node, own.Entity, sample));
                        if (((enteredOnMessage || !other.Mandatory) && otherOutside) || (!own.Mandatory && ownOutside))
                        {
                            (what, arrival, alone) = ($"'{sample}'", enteredOnMessage && otherOutside, ownOutside ? null : other);
                            break;
                        }
                    }

                    if (what is not null)
                    {
                        context.Report(b.Location,
                            $"'{a.Entity.Name}' and '{b.Entity.Name}' on {node.SystemName} both read {what}: {(arrival && alone is not null ? Alone(alone) : Consequence(a, b, arrival))}",
                            readings[first]!.Kind == ReadingKind.Words
                                ? $"make both patterns entities (type: patterns) with example sentences that tag each in the words around it, such as 'from [{Sample(readings[first]!, 0)}]({a.Entity.Name}) to [{Sample(readings[second]!, 1)}]({b.Entity.Name})': each then takes the value those words point to"
                                : ShorterThanAPhoneNumber((a.Entity, readings[first]), (b.Entity, readings[second])) is { } number
                                    ? $"give '{number}' at most {PhoneSample.Length - 1} digits (digits: {{ max: {PhoneSample.Length - 1} }}) if its values are shorter than a phone number, or collect '{b.Entity.Name}' on a node of its own after {node.SystemName}"
                                    : $"collect '{b.Entity.Name}' on a node of its own after {node.SystemName}");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether the engine takes the entity's value from a message that holds <paramref name="sample"/> among other words
    /// without answering its prompt (<see cref="EntityExtractor.TakenOutsideItsAnswer"/>): a free-text pattern takes the
    /// whole message, which it takes only as an answer.
    /// </summary>
    private static bool Outside(EntityExtractor extractor, Node node, EntityRef entity, string sample)
    {
        var message = "it is " + sample;
        return extractor.ExtractOn(node, entity, message, prompted: false) is { } value && EntityExtractor.TakenOutsideItsAnswer(entity, value, message);
    }

    /// <summary>What goes wrong when the message that reaches the node fills one of the two only, with the other's value (a code a pattern takes only as a whole answer).</summary>
    private static string Alone(EntityUse filled) =>
        $"a message that reaches the node naming it fills '{filled.Entity.Name}' with it{(filled.Mandatory ? $", and '{filled.Entity.Name}' is not asked for" : string.Empty)}";

    /// <summary>What goes wrong: both filled by the message that reaches the node, or an optional one by the answer to another's prompt.</summary>
    private static string Consequence(EntityUse a, EntityUse b, bool enteredOnMessage) =>
        enteredOnMessage ? $"a message that reaches the node naming one fills both with it{(b.Mandatory ? $", and '{b.Entity.Name}' is not asked for" : string.Empty)}"
        : a.Mandatory != b.Mandatory ? $"the answer to the prompt of '{(a.Mandatory ? a : b).Entity.Name}' fills the optional '{(a.Mandatory ? b : a).Entity.Name}' with the same value"
        : "an answer to another prompt of the node naming one fills both with it";

    /// <summary>
    /// A phone number as users write one (an Indian mobile number, as the platform's phone detector reads them):
    /// a number entity without a bound under its length takes its digits, as the platform's number detector reads
    /// digits anywhere ("9876543210 pe 199 ka recharge": the amount was the phone number).
    /// </summary>
    private const string PhoneSample = "9876543210";

    /// <summary>A number of <paramref name="digits"/> digits, as a code of that length is written ("560001" for a pincode).</summary>
    private static string NumberSample(int digits) => string.Concat(Enumerable.Range(0, digits).Select(i => "5600011234567890"[i % 16]));

    /// <summary>The number entity of a pair of a number and a phone number, when it takes a phone number's digits and bounding its own below them would part the two (not a code of six digits, which the phone detector takes).</summary>
    private static string? ShorterThanAPhoneNumber((EntityRef Entity, Reading? Reading) a, (EntityRef Entity, Reading? Reading) b)
    {
        foreach (var (number, phone) in new[] { (a, b), (b, a) })
        {
            if (number.Entity.Definition is { Type: EntityType.Number } && (number.Reading?.MinDigits ?? 1) < PhoneSample.Length
                && (number.Reading?.MaxDigits ?? int.MaxValue) >= PhoneSample.Length && phone.Reading is { Public: PublicReading.PhoneNumber })
            {
                return number.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The text of one entity's sample (a regex entity's, a phone number's, a number's of a least length) when the
    /// other entity of the node takes that very text from it, or a part of it (a number's digits in "TRX0000000000"
    /// or in a phone number, as the platform's number detector reads digits anywhere; a pincode is a phone number to
    /// the platform's phone detector), as the engine reads a message that reaches the node, in both orders, each with
    /// whether it is <paramref name="b"/>'s sample; none when neither has a sample, or the other takes something else
    /// or nothing. A patterns entity is not compared: it reads a value by the words around it, which a code alone does not have.
    /// </summary>
    private static IEnumerable<(string Sample, bool Swapped)> BothTake(EntityExtractor extractor, Node node, (EntityRef Entity, Reading? Reading) a, (EntityRef Entity, Reading? Reading) b)
    {
        foreach (var (pattern, other, swapped) in new[] { (a, b, false), (b, a, true) })
        {
            // A pattern is judged by its own sample: one that takes any text (^.{10,500}$) takes a phone number too,
            // and every other message.
            if (pattern.Reading is { Sample: { } sample } && (pattern.Reading.Kind == ReadingKind.Pattern || other.Reading?.Kind != ReadingKind.Pattern)
                && (other.Reading is { Kind: ReadingKind.Pattern } ? other.Entity.Definition!.Pattern is { } second && EntityExtractor.RegexMatch(second, sample)?.Value == sample
                    : other.Entity.Definition is not { Type: EntityType.Attachment or EntityType.Patterns }
                        && extractor.ExtractOn(node, other.Entity, sample, prompted: false)?.OriginalText is { Length: > 0 } taken && sample.Contains(taken, StringComparison.Ordinal)))
            {
                yield return (sample, swapped);
            }
        }
    }

    private enum ReadingKind
    {
        Words,
        Number,
        Currency,
        Public,
        Pattern,
    }

    /// <summary>
    /// How the engine reads an entity from a message: a dictionary's values and variants as it matches them
    /// (<see cref="Words"/>, and the values as written), a number's digit counts, a public entity's kind.
    /// </summary>
    private sealed record Reading(ReadingKind Kind, IReadOnlyList<string> Words, IReadOnlyList<string> Values, int? MinDigits = null, int? MaxDigits = null,
        PublicReading Public = PublicReading.None, string? Sample = null);

    /// <summary>How the engine reads the entity, where this check compares readings; null where it does not.</summary>
    private static Reading? ReadingOf(EntityRef entity) => entity.Definition switch
    {
        { Type: EntityType.Dictionary } d => new Reading(ReadingKind.Words, Variants(d), [.. d.Values.Select(v => v.Value)]),
        { Type: EntityType.Number } d => new Reading(ReadingKind.Number, [], [], d.MinDigits, d.MaxDigits, Sample: d.MinDigits is { } least ? NumberSample(least) : null),
        { Type: EntityType.Currency } => new Reading(ReadingKind.Currency, [], []),
        { Type: EntityType.Regex, Pattern: { } pattern } => new Reading(ReadingKind.Pattern, [], [], Sample: RegexSample.Of(pattern, EntityExtractor.RegexEntityOptions)),
        null when entity.IsPublic => PublicEntities.ReadingOf(entity.Name) switch
        {
            PublicReading.None or PublicReading.PersonName => null,
            PublicReading.Number => new Reading(ReadingKind.Number, [], []),
            PublicReading.FourDigits => new Reading(ReadingKind.Number, [], [], 4, 4, Sample: NumberSample(4)),
            PublicReading.Pincode => new Reading(ReadingKind.Number, [], [], 6, 6, Sample: NumberSample(6)),
            PublicReading.PhoneNumber => new Reading(ReadingKind.Public, [], [], Public: PublicReading.PhoneNumber, Sample: PhoneSample),
            var reading => new Reading(ReadingKind.Public, [], [], Public: reading),
        },
        _ => null,
    };

    /// <summary>A dictionary's values and variants in the form the engine matches them, in source order.</summary>
    private static List<string> Variants(EntityDefinition definition) =>
        [.. EntityExtractor.DictionaryForms(definition).Select(f => f.Variant).Distinct(StringComparer.Ordinal)];

    /// <summary>What two readings have in common, for the message; null when a message cannot fill both alike.</summary>
    private static string? Alike(Reading? a, Reading? b)
    {
        if (a is null || b is null || a.Kind != b.Kind)
        {
            return null;
        }

        switch (a.Kind)
        {
            case ReadingKind.Words:
                var shared = a.Words.Intersect(b.Words, StringComparer.Ordinal).ToList();
                return shared.Count == 0 ? null : string.Join(", ", shared.Take(3).Select(v => $"'{v}'")) + (shared.Count > 3 ? ", …" : string.Empty);
            case ReadingKind.Number:
                var (low, high) = (Math.Max(a.MinDigits ?? 1, b.MinDigits ?? 1), Math.Min(a.MaxDigits ?? int.MaxValue, b.MaxDigits ?? int.MaxValue));
                return low > high ? null
                    : high == int.MaxValue ? $"numbers of {low} digits or more"
                    : low == high ? $"numbers of {low} digit{(low == 1 ? string.Empty : "s")}"
                    : $"numbers of {low} to {high} digits";
            case ReadingKind.Currency:
                return "amounts of money";
            case ReadingKind.Pattern:
                return null;   // compared by their texts (BothTake)
            default:
                return a.Public != b.Public ? null : a.Public switch
                {
                    PublicReading.Email => "email addresses",
                    PublicReading.PhoneNumber => "phone numbers",
                    PublicReading.Date => "dates",
                    PublicReading.Time => "times",
                    PublicReading.City => "cities",
                    PublicReading.State => "states",
                    PublicReading.Country => "countries",
                    PublicReading.PanCard => "PAN numbers",
                    _ => "web addresses",
                };
        }
    }

    private static bool IsTrip(string a, string b) => PublicEntities.TripOf(a) is { } trip && (trip.Departure == b || trip.Arrival == b);

    /// <summary>A dictionary's value to show in the hint's example: the <paramref name="index"/>th (the first when it has fewer).</summary>
    private static string Sample(Reading reading, int index) => reading.Values.Count > index ? reading.Values[index] : reading.Values[0];
}
