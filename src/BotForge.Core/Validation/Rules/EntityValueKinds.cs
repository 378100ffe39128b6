using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>What an entity's values are, said plainly, for the rules that find a value given where it cannot fit.</summary>
internal static class EntityValueKinds
{
    /// <summary>What the public entity <paramref name="name"/> holds ("an email address"); null for a name that is none, or one the engine does not read.</summary>
    public static string? Public(string name) => PublicEntities.ReadingOf(name) switch
    {
        PublicReading.Email => "an email address",
        PublicReading.PhoneNumber => "a phone number",
        PublicReading.PersonName => "a person's name",
        PublicReading.Date => "a date",
        PublicReading.Time => "a time",
        PublicReading.Number => "a number",
        PublicReading.FourDigits => "a four-digit number",
        PublicReading.Pincode => "a postal code",
        PublicReading.City => "a city",
        PublicReading.State => "a state",
        PublicReading.Country => "a country",
        PublicReading.PanCard => "a PAN card number",
        PublicReading.Url => "a web address",
        _ => null,
    };

    /// <summary>What a private entity of a type whose values are never text a user typed holds: an amount, an attachment; null for the other types.</summary>
    public static string? Private(EntityType type) => type switch
    {
        EntityType.Currency => "an amount of money",
        EntityType.Attachment => "an attachment",
        _ => null,
    };

    /// <summary>A dictionary entity's values, said with the first: "one of 2 values ('delivery', …)".</summary>
    public static string Dictionary(EntityDefinition entity) =>
        $"one of {(entity.Values.Count == 1 ? "one value" : $"{entity.Values.Count} values")} ('{entity.Values[0].Value}'{(entity.Values.Count > 1 ? ", …" : string.Empty)})";
}
