using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Project;
using BotForge.Syntax;
using BotForge.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BotForge.Validation;

/// <summary>
/// Checks a parsed file against its JSON Schema definition and reports each problem as a
/// diagnostic located at the YAML node that caused it.
/// </summary>
public static class SchemaValidator
{
    /// <summary>
    /// Checks every parsed file of the project, in parallel. A file the cache says passed before is skipped, and so
    /// is one whose kind and text passed in a compilation sharing the work (<see cref="SharedWork"/>); a file
    /// with problems is checked for itself, so messages name it.
    /// </summary>
    public static void Validate(ProjectSources sources, DiagnosticBag diagnostics, SchemaCache? cache = null, SharedWork? shared = null) =>
        (shared?.SchemaChecks ?? new()).ForEach(
            [.. sources.Documents.Where(document => document.Root is not null)],
            document => (document.Kind, document.File.Text),
            document =>
            {
                if (cache?.Passed(document) == true)
                {
                    return [];
                }

                var found = Check(document);
                if (found.Count == 0)
                {
                    cache?.Remember(document);
                }

                return found;
            },
            (document, found, own) => diagnostics.AddRange(own || found.Count == 0 ? found : Check(document)));

    /// <summary>Starts loading the schema on the thread pool, so it is ready (or nearly) when the first file is checked.</summary>
    public static void Preload() => _ = Task.Run(() => SourceSchemas.For(SourceKind.Project));

    /// <summary>What the schema says about one file (nothing when it passes).</summary>
    private static List<Diagnostic> Check(SourceDocument document)
    {
        var root = document.Root!;
        // Nearly every file passes, and then where each token came from is never asked: the file is converted
        // without remembering it, and converted again (and checked again, with the same errors) only when it fails.
        var schema = SourceSchemas.For(document.Kind);
        if (UnionFirstValidator.Instance.Validate(new YamlToJson(rememberOrigins: false).Convert(root), schema).Count == 0)
        {
            return [];
        }

        var converter = new YamlToJson(rememberOrigins: true);
        var errors = UnionFirstValidator.Instance.Validate(converter.Convert(root), schema);
        var reporter = new Reporter(converter, document.File, root);
        foreach (var error in errors)
        {
            reporter.Report(error);
        }

        return reporter.Results;
    }

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
    /// </summary>
    internal sealed class UnionFirstValidator : JsonSchemaValidator
    {
        public static readonly UnionFirstValidator Instance = new();

        /// <summary>With NJsonSchema's default settings (its format checks among them), as <c>JsonSchema.Validate</c> uses.</summary>
        private UnionFirstValidator()
            : base((JsonSchemaValidatorSettings?)null)
        {
        }

        /// <summary>What a value that passes gets: shared, and read-only, as callers only count and read what they get.</summary>
        private static readonly ICollection<ValidationError> NoErrors = Array.Empty<ValidationError>();

        private static readonly ConcurrentDictionary<JsonSchema, Shape> Shapes = new(ReferenceEqualityComparer.Instance);

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

    private sealed class Reporter(YamlToJson converter, SourceFile file, YamlNode root)
    {
        private readonly HashSet<(string, int, string)> _seen = [];

        public List<Diagnostic> Results { get; } = [];

        public void Report(ValidationError error)
        {
            if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf)
            {
                ReportUnion(child);
                return;
            }

            if (error is ChildSchemaValidationError nested)
            {
                foreach (var inner in nested.Errors.Values.SelectMany(e => e))
                {
                    Report(inner);
                }

                return;
            }

            if (error is MultiTypeValidationError multi)
            {
                Add(SchemaDiagnostics.WrongType(LocationOf(error.Token), ExpectedOf(error.Schema) ?? string.Join(" or ", multi.Errors.Keys.Select(TypeName)), FoundOf(error.Token)));
                return;
            }

            var at = LocationOf(error.Token);
            switch (error.Kind)
            {
                case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                    var known = error.Schema?.ActualSchema.ActualProperties.Keys ?? [];
                    Add(SchemaDiagnostics.UnknownKey(at, error.Property ?? "?", Describe(error.Token?.Parent ?? error.Token), Suggestions.Closest(error.Property ?? string.Empty, known)));
                    break;
                case ValidationErrorKind.PropertyRequired:
                    Add(SchemaDiagnostics.MissingKey(at, error.Property ?? "?", Describe(error.Token)));
                    break;
                case ValidationErrorKind.PatternMismatch:
                    var what = Extension(error.Schema, "x-botforge-id") ?? "value";
                    var description = error.Schema?.ActualSchema.Description;
                    Add(SchemaDiagnostics.BadIdentifier(at, ValueText(error.Token), what, description));
                    break;
                case ValidationErrorKind.NotInEnumeration:
                    var allowed = error.Schema?.ActualSchema.Enumeration.Select(e => e?.ToString() ?? "null").ToList() ?? [];
                    Add(SchemaDiagnostics.NotAllowed(at, ValueText(error.Token), allowed, Suggestions.Closest(ValueText(error.Token), allowed)));
                    break;
                case ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                    or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                    or ValidationErrorKind.NullExpected:
                    Add(SchemaDiagnostics.WrongType(at, ExpectedOf(error.Schema) ?? KindExpected(error.Kind), FoundOf(error.Token), QuoteHint(error)));
                    break;
                case ValidationErrorKind.TooFewItems:
                    Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} must not be empty"));
                    break;
                case ValidationErrorKind.TooManyProperties:
                    Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} takes exactly one entry"));
                    break;
                case ValidationErrorKind.TooFewProperties:
                    Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} must not be empty"));
                    break;
                case ValidationErrorKind.ItemsNotUnique:
                    Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} lists the same value twice"));
                    break;
                case ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig:
                    Add(SchemaDiagnostics.OutOfRange(at, $"{ValueText(error.Token)} is too large; the maximum is {error.Schema?.ActualSchema.Maximum}"));
                    break;
                case ValidationErrorKind.NumberTooSmall:
                    var min = error.Schema?.ActualSchema.Minimum ?? error.Schema?.ActualSchema.ExclusiveMinimum;
                    Add(SchemaDiagnostics.OutOfRange(at, $"{ValueText(error.Token)} is too small; the minimum is {min}"));
                    break;
                default:
                    Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} is not valid here ({error.Kind})"));
                    break;
            }
        }

        private void ReportUnion(ChildSchemaValidationError union)
        {
            var token = union.Token;
            var branches = union.Errors
                .Select(pair => pair.Value.ToList())
                .Where(errors => !errors.Any(e => IsTypeMismatchAt(e, token)))
                .ToList();
            if (branches.Count == 0)
            {
                Add(SchemaDiagnostics.WrongType(LocationOf(token), ExpectedOf(union.Schema) ?? "another kind of value", FoundOf(token)));
                return;
            }

            var best = branches.OrderBy(CountLeaves).First();
            foreach (var error in best)
            {
                Report(error);
            }
        }

        private static int CountLeaves(IEnumerable<ValidationError> errors) => errors.Sum(e => e is ChildSchemaValidationError c ? 1 + CountLeaves(c.Errors.Values.SelectMany(v => v)) : 1);

        private static bool IsTypeMismatchAt(ValidationError error, JToken? token)
        {
            if (!ReferenceEquals(error.Token, token))
            {
                return false;
            }

            return error switch
            {
                MultiTypeValidationError => true,
                ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf =>
                    child.Errors.Values.All(errors => errors.Any(e => IsTypeMismatchAt(e, token))),
                _ => error.Kind is ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                    or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                    or ValidationErrorKind.NullExpected,
            };
        }

        private void Add(Diagnostic diagnostic)
        {
            var key = (diagnostic.Code, diagnostic.Location?.Span.Start ?? -1, diagnostic.Message);
            if (_seen.Add(key))
            {
                Results.Add(diagnostic);
            }
        }

        private SourceLocation LocationOf(JToken? token)
        {
            for (var t = token; t is not null; t = t.Parent)
            {
                if (converter.OriginOf(t) is { } node)
                {
                    return node.LocationIn(file);
                }
            }

            return new SourceLocation(file, new TextSpan(root.Span.Start, root.Span.Start));
        }

        private string Describe(JToken? token)
        {
            // Name the mapping by the key that holds it: "the mapping under 'bot'", "item 2 of 'nodes'".
            var holder = token?.Parent;
            if (holder is JProperty property)
            {
                return $"'{property.Name}'";
            }

            if (holder is JArray array && token is not null && array.Parent is JProperty listName)
            {
                return $"item {array.IndexOf(token) + 1} of '{listName.Name}'";
            }

            return token?.Parent is null ? "the file" : "this value";
        }

        private static string? Extension(JsonSchema? schema, string key)
        {
            for (var s = schema; s is not null; s = s.HasReference ? s.Reference : null)
            {
                if (s.ExtensionData?.TryGetValue(key, out var value) == true && value is string text)
                {
                    return text;
                }

                if (!s.HasReference)
                {
                    break;
                }
            }

            return null;
        }

        private static string? ExpectedOf(JsonSchema? schema) => Extension(schema, "x-botforge-expected");

        private static string FoundOf(JToken? token)
        {
            if (token is JValue { Type: JTokenType.String } s)
            {
                return $"the text '{Truncate(s.ToString())}'";
            }

            return token?.Type switch
            {
                JTokenType.Object => "a mapping",
                JTokenType.Array => "a list",
                JTokenType.Boolean => $"the boolean {token.ToString().ToLowerInvariant()}",
                JTokenType.Integer or JTokenType.Float => $"the number {token}",
                JTokenType.Null or null => "nothing (null)",
                _ => token.Type.ToString().ToLowerInvariant(),
            };
        }

        private static string? QuoteHint(ValidationError error) => error.Kind switch
        {
            ValidationErrorKind.StringExpected when error.Token?.Type is JTokenType.Boolean or JTokenType.Integer or JTokenType.Float or JTokenType.Null =>
                "put the value in quotes to make it text",
            ValidationErrorKind.BooleanExpected when error.Token?.Type == JTokenType.String =>
                "write true or false (YAML 1.2 reads yes/no/on/off as text)",
            _ => null,
        };

        private static string ValueText(JToken? token) => Truncate(token?.ToString() ?? string.Empty);

        private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

        private static string KindExpected(ValidationErrorKind kind) => kind switch
        {
            ValidationErrorKind.StringExpected => "a string",
            ValidationErrorKind.NumberExpected => "a number",
            ValidationErrorKind.IntegerExpected => "an integer",
            ValidationErrorKind.BooleanExpected => "true or false",
            ValidationErrorKind.ObjectExpected => "a mapping",
            ValidationErrorKind.ArrayExpected => "a list",
            _ => "null",
        };

        private static string TypeName(JsonObjectType type) => type switch
        {
            JsonObjectType.String => "a string",
            JsonObjectType.Number => "a number",
            JsonObjectType.Integer => "an integer",
            JsonObjectType.Boolean => "true or false",
            JsonObjectType.Object => "a mapping",
            JsonObjectType.Array => "a list",
            _ => type.ToString().ToLowerInvariant(),
        };
    }
}
