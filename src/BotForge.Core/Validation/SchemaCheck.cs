using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BotForge.Validation;

/// <summary>
/// JSON Schema validation as the standard reads it, for schemas other than the sources' (the platform API's
/// document, checked by <c>botforge serve</c>): NJsonSchema's validator with the propertyNames check it lacks
/// (<see cref="UnionFirstValidator.WithoutShortcuts"/>).
/// </summary>
public static class SchemaCheck
{
    /// <summary>The errors of a JSON text against a schema (none when it passes).</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static ICollection<ValidationError> Validate(string json, JsonSchema schema)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return UnionFirstValidator.WithoutShortcuts.Validate(JToken.ReadFrom(reader), schema);
    }
}
