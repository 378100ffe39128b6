namespace BotForge.Text;

/// <summary>Other platforms' names of the system entities the platform has as public entities, as a port writes them.</summary>
internal static class SystemEntityNames
{
    /// <summary>By the name without its prefix, dashes written as underscores: the public entity's name.</summary>
    private static readonly Dictionary<string, string> Public = new(StringComparer.Ordinal)
    {
        ["date"] = "date", ["time"] = "time", ["email"] = "email", ["phone_number"] = "phone_number", ["number"] = "number",
        ["number_integer"] = "number", ["age"] = "age", ["color"] = "color", ["location"] = "location", ["url"] = "url_capturer",
        ["given_name"] = "person_name", ["last_name"] = "person_name", ["person"] = "person_name", ["geo_city"] = "city",
        ["geo_country"] = "country", ["geo_state"] = "state", ["zip_code"] = "pincode",
    };

    /// <summary>
    /// The public entity another platform's system entity names: Dialogflow's <c>sys.date</c> or
    /// <c>@sys.phone-number</c> (date, phone_number), <c>sys.given-name</c> (person_name), a Duckling dimension written
    /// with dashes as Rasa's ports do (<c>phone-number</c>); null for any other name.
    /// </summary>
    public static string? PublicFor(string name)
    {
        var bare = name.TrimStart('@');
        if (bare.StartsWith("sys.", StringComparison.Ordinal))
        {
            bare = bare[4..];
        }
        else if (!bare.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        return Public.GetValueOrDefault(bare.Replace('-', '_'));
    }

    /// <summary>Every public entity a name may be mapped to (a test checks each is one).</summary>
    internal static IEnumerable<string> Targets => Public.Values.Distinct(StringComparer.Ordinal);
}
