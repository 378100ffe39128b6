using BotForge.Text;

namespace BotForge.Model;

public enum EntityType
{
    Dictionary,
    Patterns,
    Number,
    Regex,
    Currency,
    Attachment,
}

/// <summary>A private entity defined by the bot.</summary>
public sealed record EntityDefinition
{
    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    public string? Description { get; init; }

    /// <summary>Dictionary values with their variants, in source order.</summary>
    public IReadOnlyList<DictionaryValue> Values { get; init; } = [];

    public string? Pattern { get; init; }

    public SourceLocation? PatternLocation { get; init; }

    public int? MinDigits { get; init; }

    public int? MaxDigits { get; init; }

    /// <summary>Where <c>digits:</c> is written, when it is.</summary>
    public SourceLocation? DigitsLocation { get; init; }

    public string? AttachmentKind { get; init; }

    public IReadOnlyList<Utterance> Examples { get; init; } = [];

    public IReadOnlyList<Utterance> Negative { get; init; } = [];

    public Response? Reprompt { get; init; }

    /// <summary>
    /// The platform's previous-context tags: words one of which must be in the bot's last message for a value to be
    /// taken (a yes or a no only as the answer to the question that holds them). None: a value is taken from any message.
    /// </summary>
    public IReadOnlyList<Utterance> PreviousContext { get; init; } = [];

    public required SourceLocation Location { get; init; }

    public required SourceLocation NameLocation { get; init; }
}

/// <summary>A dictionary value and the words or phrases (variants) that mean it.</summary>
public sealed record DictionaryValue(string Value, IReadOnlyList<Utterance> Variants, SourceLocation Location);

/// <summary>How the conversation engine reads a public entity: as one of the types it extracts, or (None) not at all.</summary>
public enum PublicReading
{
    None,
    Email,
    PhoneNumber,
    PersonName,
    Date,
    Time,
    Number,
    FourDigits,
    Pincode,
    City,
    State,
    Country,
    PanCard,
    Url,
}

/// <summary>
/// The platform's public (system) entities, usable without a definition: the ones BotForge first knew, and the
/// others the platform's documentation lists among its most common public entities. Each has the reading the
/// engine gives it (docs/testing.md, "Entities").
/// </summary>
public static class PublicEntities
{
    private static readonly Dictionary<string, PublicReading> Readings = new(StringComparer.Ordinal)
    {
        ["city"] = PublicReading.City,
        ["country"] = PublicReading.Country,
        ["date"] = PublicReading.Date,
        ["email"] = PublicReading.Email,
        ["number"] = PublicReading.Number,
        ["person_name"] = PublicReading.PersonName,
        ["phone_number"] = PublicReading.PhoneNumber,
        ["pincode"] = PublicReading.Pincode,
        ["state"] = PublicReading.State,
        ["time"] = PublicReading.Time,

        // The platform's documentation's list, each read as the type its name says.
        ["age"] = PublicReading.Number,
        ["arrival_date"] = PublicReading.Date,
        ["completion_city"] = PublicReading.City,
        ["completion_email"] = PublicReading.Email,
        ["completion_phone_number"] = PublicReading.PhoneNumber,
        ["date_of_birth"] = PublicReading.Date,
        ["departure_date"] = PublicReading.Date,
        ["flight_arrival_city"] = PublicReading.City,
        ["flight_departure_city"] = PublicReading.City,
        ["international_phone_number"] = PublicReading.PhoneNumber,
        ["otp_four_digit"] = PublicReading.FourDigits,
        ["pan_card"] = PublicReading.PanCard,
        ["phone_number_without_validation"] = PublicReading.PhoneNumber,
        ["time_with_range"] = PublicReading.Time,
        ["url_capturer"] = PublicReading.Url,
        ["user_name"] = PublicReading.PersonName,
        ["utils_city"] = PublicReading.City,

        // Read by the platform's own dictionaries, models or client: not by the engine.
        ["age_range"] = PublicReading.None,
        ["color"] = PublicReading.None,
        ["completion_location"] = PublicReading.None,
        ["device_name"] = PublicReading.None,
        ["disambiguation_choice"] = PublicReading.None,
        ["disambiguation_negation"] = PublicReading.None,
        ["feedback_regex"] = PublicReading.None,
        ["feedback_request"] = PublicReading.None,
        ["feedback_thumbs"] = PublicReading.None,
        ["flight_seat_number"] = PublicReading.None,
        ["location"] = PublicReading.None,
        ["nps_feedback_range"] = PublicReading.None,
        ["origin_lat"] = PublicReading.None,
        ["origin_lng"] = PublicReading.None,
        ["product_id"] = PublicReading.None,
        ["product_name"] = PublicReading.None,
        ["product_type"] = PublicReading.None,
        ["profession"] = PublicReading.None,
        ["website_company_name_regex"] = PublicReading.None,
    };

    /// <summary>The ones BotForge first knew, which a bot relies on most: a private entity may not take their names (BF0220).</summary>
    private static readonly HashSet<string> Core = new(
        ["city", "country", "date", "email", "number", "person_name", "phone_number", "pincode", "state", "time"], StringComparer.Ordinal);

    /// <summary>Every public entity's name, in order.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Readings.Keys.Order(StringComparer.Ordinal)];

    public static bool Contains(string name) => Readings.ContainsKey(name);

    /// <summary>Whether a private entity may not take the name (BF0220); it may take the others' (its definition is then used).</summary>
    public static bool IsCore(string name) => Core.Contains(name);

    /// <summary>How the engine reads the public entity <paramref name="name"/> (None for a name that is no public entity).</summary>
    public static PublicReading ReadingOf(string name) => Readings.GetValueOrDefault(name);

    /// <summary>How the engine reads <paramref name="entity"/> as a public entity: None for a private one (defined by the bot, under a public name too) or a name that is no public entity.</summary>
    public static PublicReading ReadingOf(EntityRef entity) => entity.Definition is null ? ReadingOf(entity.Name) : PublicReading.None;

    /// <summary>
    /// What a name's words say it holds, for a name that is no entity ('return_date': a date, 'pickup_city': a city,
    /// 'customer_email': an email); <see cref="PublicReading.None"/> when no word does.
    /// </summary>
    public static PublicReading ReadingNamed(string name)
    {
        foreach (var word in name.ToLowerInvariant().Split('_', '-', ' '))
        {
            var reading = word switch
            {
                "date" or "dob" or "birthday" => PublicReading.Date,
                "time" => PublicReading.Time,
                "city" => PublicReading.City,
                "email" or "mail" => PublicReading.Email,
                "phone" or "mobile" => PublicReading.PhoneNumber,
                "name" => PublicReading.PersonName,
                _ => PublicReading.None,
            };
            if (reading != PublicReading.None)
            {
                return reading;
            }
        }

        return PublicReading.None;
    }

    /// <summary>The public entities read as <paramref name="reading"/>: the one BotForge always knew first, then the others by name, a trip's departure before its arrival.</summary>
    public static IReadOnlyList<string> Read(PublicReading reading) =>
        reading == PublicReading.None ? [] : [.. Readings.Where(r => r.Value == reading).Select(r => r.Key)
            .OrderBy(n => IsCore(n) ? 0 : 1).ThenBy(n => TripOf(n) is { } trip ? trip.Departure : n, StringComparer.Ordinal).ThenBy(n => TripOf(n)?.Arrival == n)];

    /// <summary>
    /// The trip a public entity is one end of: <c>departure_date</c> and <c>arrival_date</c>,
    /// <c>flight_departure_city</c> and <c>flight_arrival_city</c>; null for any other entity. On a node that collects
    /// both ends, one message's values are shared between them (docs/testing.md, "Entities").
    /// </summary>
    public static (string Departure, string Arrival)? TripOf(string name) => name switch
    {
        "departure_date" or "arrival_date" => ("departure_date", "arrival_date"),
        "flight_departure_city" or "flight_arrival_city" => ("flight_departure_city", "flight_arrival_city"),
        _ => null,
    };

    /// <summary>
    /// Whether the engine may miss a value the platform's detector finds: a place beyond the engine's list of places, or
    /// an entity the engine does not read at all. A quick reply to its prompt is left unjudged (BF2013).
    /// </summary>
    public static bool MayMiss(string name) =>
        Readings.TryGetValue(name, out var reading) && reading is PublicReading.None or PublicReading.City or PublicReading.State or PublicReading.Country;
}
