using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BotForge.Validation;

/// <summary>
/// NJsonSchema's validator, with shortcuts that give exactly its answer for a value that passes:
/// <list type="bullet">
/// <item>For the schema's many unions (a text is a string or a map of languages, a message one of seven
/// shapes...). The base class checks every branch of an anyOf through its public entry point, which builds the
/// JSON path of the value each time, and keeps every branch's errors even when one passes. For a schema that
/// is nothing but an anyOf, this tries the branches in order and stops at the first that passes.</item>
/// <item>For a schema that is nothing but <c>type: string</c> (every text), a string passes with no further
/// work, and so does an array of strings for one that is nothing but an array of such strings (every list of
/// user says), without the JSON path of each item the base class builds. An array of other items (nodes,
/// connections, entity uses) that is constrained by nothing but its items and a minimum count has its items
/// checked the same way, without a path each.</item>
/// <item>For a schema that is an object with properties and nothing else (a node, a connection, a file): the
/// base class makes, for every object, a set of the schema's property names, a path string for every property
/// the schema names (present or not), a list of the object's properties and one of the others. This checks
/// what the base class checks (each present property against its schema, unless it is null and may be, the
/// required ones, and the others against additionalProperties) without them; the properties are checked
/// with the object's path, as a path is only ever shown from the base class's own check.</item>
/// <item>For a scalar schema (strings with a pattern, a length or an enum; booleans; strings, booleans and
/// numbers together): a string or a boolean is checked as the base class checks it, without its list, type
/// dictionary and property-name set; numbers and nulls go to the base class.</item>
/// </list>
/// A value a shortcut finds failing is checked again by the base class, which reports exactly NJsonSchema's
/// errors, unless it is being tried as (part of) a branch of a union: then only its failing matters, and one
/// error says so. Any other schema goes to the base class.
/// It also checks <c>propertyNames</c>, a JSON Schema keyword NJsonSchema leaves unchecked (its issue #1915), so the
/// compiler and editors read the schemas alike (a test compares it with Python's jsonschema).
/// </summary>
internal sealed class UnionFirstValidator : JsonSchemaValidator
{
    public static readonly UnionFirstValidator Instance = new(shortcuts: true);

    /// <summary>
    /// NJsonSchema's own checks with propertyNames added, without the shortcuts: what <see cref="Instance"/> must
    /// answer exactly (the tests compare the two).
    /// </summary>
    internal static readonly UnionFirstValidator WithoutShortcuts = new(shortcuts: false);

    private readonly bool _shortcuts;

    /// <summary>With NJsonSchema's default settings (its format checks among them), as <c>JsonSchema.Validate</c> uses.</summary>
    private UnionFirstValidator(bool shortcuts)
        : base((JsonSchemaValidatorSettings?)null)
    {
        _shortcuts = shortcuts;
    }

    /// <summary>What a value that passes gets: shared, and read-only, as callers only count and read what they get.</summary>
    private static readonly ICollection<ValidationError> NoErrors = Array.Empty<ValidationError>();

    private static readonly ConcurrentDictionary<JsonSchema, Shape> Shapes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether the value passes, as <c>Validate(token, schema).Count == 0</c> says, but stopping at the first
    /// failure without building errors: the value is checked as if it were a union's branch being tried. A file
    /// with mistakes is checked again for its errors, so this halves what a broken file costs.
    /// </summary>
    public bool Passes(JToken token, JsonSchema schema)
    {
        t_trying++;
        try
        {
            return Validate(token, schema).Count == 0;
        }
        finally
        {
            t_trying--;
        }
    }

    /// <summary>How many unions this thread is trying branches of.</summary>
    [ThreadStatic]
    private static int t_trying;

    private enum Shape
    {
        Other,
        OnlyAnyOf,
        OnlyString,
        OnlyStrings,
        OnlyItems,
        OnlyObject,
        OnlyScalar,
    }

    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        var errors = ValidateKnown(token, schema, schemaType, propertyName, propertyPath);
        if (token is not JObject obj || KeySchemas.GetOrAdd(schema, KeySchemaOf) is not { } keys)
        {
            return errors;
        }

        // propertyNames (JSON Schema draft 6), which NJsonSchema does not check: each key, as a string, against its
        // schema (but keys binding checks: KeySchemaOf). An error names the key (its token is the property).
        var wrongKeys = obj.Properties()
            .Select(key => (Key: key, Errors: ValidateKnown(new JValue(key.Name), keys, schemaType, key.Name, $"{propertyPath}.{key.Name}")))
            .Where(k => k.Errors.Count > 0)
            .ToList();
        if (wrongKeys.Count == 0)
        {
            return errors;
        }

        if (t_trying > 0)
        {
            return [new ValidationError(ValidationErrorKind.NotAnyOf, propertyName, propertyPath, token, schema)];
        }

        return [.. errors, .. wrongKeys.Select(k => new ValidationError(k.Errors.First().Kind, k.Key.Name, $"{propertyPath}.{k.Key.Name}", k.Key, keys))];
    }

    /// <summary>
    /// The keys' schema of an object schema with <c>propertyNames</c> (held by NJsonSchema as extension data, unread),
    /// as a schema of its own with its annotations (x-botforge-id, description, which a diagnostic reads). Null for a
    /// schema without one, and for keys binding checks itself (x-botforge-checked-by), with a message that knows the
    /// bot (a language the bot does not have, an action that does not exist): a second error would say it less well.
    /// </summary>
    private static JsonSchema? KeySchemaOf(JsonSchema schema)
    {
        if (schema.ExtensionData is not { } extensions || !extensions.TryGetValue("propertyNames", out var value)
            || value is not IDictionary<string, object?> names || names.ContainsKey("x-botforge-checked-by"))
        {
            return null;
        }

        if (names.ContainsKey("$ref"))
        {
            throw new NotSupportedException("propertyNames with a $ref is not checked: write the key's schema in place");
        }

        return JsonSchema.FromJsonAsync(System.Text.Json.JsonSerializer.Serialize(names)).GetAwaiter().GetResult();
    }

    private static readonly ConcurrentDictionary<JsonSchema, JsonSchema?> KeySchemas = new(ReferenceEqualityComparer.Instance);

    /// <summary>What NJsonSchema checks, with the shortcuts.</summary>
    private ICollection<ValidationError> ValidateKnown(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        if (!_shortcuts)
        {
            return base.Validate(token, schema, schemaType, propertyName, propertyPath);
        }

        bool? passes = Shapes.GetOrAdd(schema, ShapeOf) switch
        {
            Shape.OnlyString => token.Type == JTokenType.String,
            Shape.OnlyStrings => token is JArray array && array.All(item => item.Type == JTokenType.String),
            Shape.OnlyItems => token is JArray array && array.Count >= schema.MinItems
                && array.All(item => Validate(item, schema.Item!.ActualSchema, schemaType, null, propertyPath).Count == 0),
            Shape.OnlyObject => token is JObject obj && Passes(obj, schema, schemaType, propertyPath),
            Shape.OnlyScalar => ScalarPasses(token, schema),
            Shape.OnlyAnyOf => AnyBranchPasses(token, schema, schemaType, propertyName, propertyPath),
            _ => null,
        };

        // Inside a union's branch being tried only the failing matters (the union reports for itself), so one
        // error says so; elsewhere the base class checks the value again and reports exactly its errors.
        return passes switch
        {
            true => NoErrors,
            false when t_trying > 0 => [new ValidationError(ValidationErrorKind.NotAnyOf, propertyName, propertyPath, token, schema)],
            _ => base.Validate(token, schema, schemaType, propertyName, propertyPath),
        };
    }

    private bool AnyBranchPasses(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        t_trying++;
        try
        {
            foreach (var branch in schema.AnyOf)
            {
                if (Validate(token, branch.ActualSchema, schemaType, propertyName, propertyPath).Count == 0)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            t_trying--;
        }
    }

    /// <summary>
    /// Whether a scalar schema (<see cref="IsOnlyScalar"/>) takes the value, where that is sure without the base
    /// class: a string (against the pattern, length and enum, as JsonSchemaValidator.ValidateString and
    /// ValidateEnum check them) or a boolean passes when the schema allows its type, an object or a list never
    /// does; anything else (numbers, null) is left to the base class.
    /// </summary>
    private static bool? ScalarPasses(JToken token, JsonSchema schema) => token.Type switch
    {
        JTokenType.String => schema.Type.HasFlag(JsonObjectType.String) && token.Value<string>() is { } value
            && (string.IsNullOrEmpty(schema.Pattern) || Regex.IsMatch(value, schema.Pattern))
            && !(value.Length < schema.MinLength) && !(value.Length > schema.MaxLength)
            && (schema.Enumeration.Count == 0 || schema.Enumeration.Any(v => v?.ToString() == token.ToString())),
        JTokenType.Boolean => schema.Type.HasFlag(JsonObjectType.Boolean),
        JTokenType.Object or JTokenType.Array => false,
        _ => null,
    };

    /// <summary>What the base class's property checks find nothing wrong with (JsonSchemaValidator.ValidateProperties, with the property counts).</summary>
    private bool Passes(JObject obj, JsonSchema schema, SchemaType schemaType, string propertyPath)
    {
        if ((schema.MaxProperties > 0 && obj.Count > schema.MaxProperties) || (schema.MinProperties > 0 && obj.Count < schema.MinProperties))
        {
            return false;
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (obj.TryGetValue(name, out var value) && value is not null)
            {
                if ((value.Type != JTokenType.Null || !property.IsNullable(schemaType))
                    && Validate(value, property.ActualSchema, schemaType, name, propertyPath).Count > 0)
                {
                    return false;
                }
            }
            else if (property.IsRequired)
            {
                return false;
            }
        }

        foreach (var required in schema.RequiredProperties)
        {
            if (!schema.Properties.ContainsKey(required) && !obj.ContainsKey(required))
            {
                return false;
            }
        }

        foreach (var (name, value) in obj)
        {
            if (schema.Properties.ContainsKey(name))
            {
                continue;
            }

            if (schema.AdditionalPropertiesSchema is { } additional
                ? value is null || Validate(value, additional.ActualSchema, schemaType, null, propertyPath).Count > 0
                : !schema.AllowAdditionalProperties)
            {
                return false;
            }
        }

        return true;
    }

    private static Shape ShapeOf(JsonSchema schema) =>
        schema.Item is { } item && schema.AnyOf.Count == 0 && schema.Type == JsonObjectType.Array && ConstrainsOnlyBy(schema, item)
            && ShapeOf(item.ActualSchema) == Shape.OnlyString ? Shape.OnlyStrings
        : schema.Item is { } items && schema.AnyOf.Count == 0 && schema.Type == JsonObjectType.Array && ConstrainsOnlyBy(schema, items, orMinItems: true) ? Shape.OnlyItems
        : IsOnlyObject(schema) ? Shape.OnlyObject
        : schema.AnyOf.Count == 0 && schema.Type == JsonObjectType.String && ConstrainsOnlyBy(schema, item: null) ? Shape.OnlyString
        : IsOnlyScalar(schema) ? Shape.OnlyScalar
        : schema.AnyOf.Count > 0 && schema.Type == JsonObjectType.None && ConstrainsOnlyBy(schema, item: null) ? Shape.OnlyAnyOf
        : Shape.Other;

    /// <summary>
    /// True for <c>type: object</c> with properties, required, additionalProperties, property counts and nothing
    /// else the base class checks on an object (no union, enum, pattern properties; not nullable).
    /// </summary>
    private static bool IsOnlyObject(JsonSchema schema) =>
        schema.Type == JsonObjectType.Object && schema.AnyOf.Count == 0 && schema.AllOf.Count == 0 && schema.OneOf.Count == 0
        && schema.Not is null && schema.Enumeration.Count == 0 && !schema.IsNullableRaw.GetValueOrDefault()
        && schema.PatternProperties.Count == 0 && !schema.HasReference;

    /// <summary>
    /// True for a schema of strings, booleans and numbers only (any of them), constrained by nothing else, but a
    /// schema of strings only by a pattern, a length or an enum. (A plain <c>type: string</c> is matched first, by a shape of its own.)
    /// </summary>
    private static bool IsOnlyScalar(JsonSchema schema)
    {
        const JsonObjectType scalars = JsonObjectType.String | JsonObjectType.Boolean | JsonObjectType.Number | JsonObjectType.Integer;
        if (schema.Type == JsonObjectType.None || (schema.Type & ~scalars) != 0 || schema.AnyOf.Count > 0)
        {
            return false;
        }

        var stringChecks = !string.IsNullOrEmpty(schema.Pattern) || schema.MinLength is not null || schema.MaxLength is not null || schema.Enumeration.Count > 0;
        return stringChecks
            ? schema.Type == JsonObjectType.String && ConstrainsOnlyBy(schema, item: null, orStringChecks: true)
            : ConstrainsOnlyBy(schema, item: null);
    }

    /// <summary>
    /// True when the schema constrains a value only through anyOf, type and <paramref name="item"/> (annotations
    /// like description aside), and minItems when <paramref name="orMinItems"/>, and a string's pattern, length
    /// and enum when <paramref name="orStringChecks"/>.
    /// </summary>
    private static bool ConstrainsOnlyBy(JsonSchema schema, JsonSchema? item, bool orMinItems = false, bool orStringChecks = false) =>
        schema.AllOf.Count == 0 && schema.OneOf.Count == 0 && schema.Not is null
        && (orStringChecks || schema.Enumeration.Count == 0) && !schema.IsNullableRaw.GetValueOrDefault()
        && schema.Properties.Count == 0 && schema.RequiredProperties.Count == 0 && schema.PatternProperties.Count == 0
        && schema.AdditionalPropertiesSchema is null && schema.AllowAdditionalProperties
        && schema.MaxProperties == 0 && schema.MinProperties == 0
        && schema.Item == item && schema.Items.Count == 0 && (orMinItems || schema.MinItems == 0) && schema.MaxItems == 0 && !schema.UniqueItems
        && (orStringChecks || (string.IsNullOrEmpty(schema.Pattern) && schema.MinLength is null && schema.MaxLength is null)) && string.IsNullOrEmpty(schema.Format)
        && schema.Minimum is null && schema.Maximum is null && schema.ExclusiveMinimum is null && schema.ExclusiveMaximum is null
        && schema.MultipleOf is null && !schema.HasReference;
}
