using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Validation;
using NJsonSchema;

namespace BotForge.Serve;

/// <summary>
/// The OpenAPI document (schemas/platform-api.openapi.json) as checks: each operation's path and query
/// parameters and request body are validated against the document's own schemas (NJsonSchema, with the propertyNames
/// check it lacks: <see cref="SchemaCheck"/>) before a
/// handler runs, and (for tests) a response against its documented status and schema. Nothing is checked by hand
/// per field: a change to the document changes what the server accepts.
/// </summary>
public sealed class ContractValidator
{
    private readonly Dictionary<(string Method, string Path), Operation> _operations = [];
    private readonly JsonSchema _problem;

    private ContractValidator(JsonObject document)
    {
        // One definitions block for every schema built here: the components, with their references rewritten.
        var definitions = Rewrite(document["components"]!["schemas"]!.DeepClone());
        JsonSchema Schema(JsonNode schema)
        {
            var root = new JsonObject { ["definitions"] = definitions.DeepClone(), ["allOf"] = new JsonArray(Rewrite(schema.DeepClone())) };
            return JsonSchema.FromJsonAsync(root.ToJsonString()).GetAwaiter().GetResult();
        }

        _problem = Schema(new JsonObject { ["$ref"] = "#/components/schemas/Problem" });
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in operations!.AsObject())
            {
                var parameters = (node!["parameters"]?.AsArray() ?? []).Select(p => new Parameter(
                    p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false,
                    p["schema"]!["type"]?.GetValue<string>(), Schema(p["schema"]!))).ToList();
                var body = node["requestBody"]?["content"]?["application/json"]?["schema"] is { } b ? Schema(b) : null;
                var responses = node["responses"]!.AsObject().ToDictionary(
                    r => int.Parse(r.Key, CultureInfo.InvariantCulture),
                    r => r.Value!["content"]?["application/json"]?["schema"] is { } s ? Schema(s) : null);
                _operations[(method.ToUpperInvariant(), path)] = new Operation(node["operationId"]!.GetValue<string>(), parameters, body, responses);
            }
        }
    }

    /// <summary>The document shipped with this build.</summary>
    public static ContractValidator Shipped { get; } = new(JsonNode.Parse(SourceSchemas.ReadText("platform-api.openapi.json"))!.AsObject());

    /// <summary>An operation by method and path template as the document writes it (<c>…/versions/{version}</c>).</summary>
    public Operation? Find(string method, string pathTemplate) => _operations.GetValueOrDefault((method, pathTemplate));

    /// <summary>What is wrong with the request's parameters, or null.</summary>
    public static string? CheckParameters(Operation operation, Func<string, string?> path, Func<string, string?> query)
    {
        foreach (var parameter in operation.Parameters)
        {
            var value = parameter.In == "path" ? path(parameter.Name) : query(parameter.Name);
            if (value is null)
            {
                if (parameter.Required)
                {
                    return $"the {parameter.In} parameter '{parameter.Name}' is required";
                }

                continue;
            }

            // Parameters arrive as text: an integer or boolean parameter is checked as the number or truth value it spells.
            var json = parameter.Type switch
            {
                "integer" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n.ToString(CultureInfo.InvariantCulture),
                "boolean" when value is "true" or "false" => value,
                _ => JsonSerializer.Serialize(value),
            };
            if (SchemaCheck.Validate(json, parameter.Schema).FirstOrDefault() is { } error)
            {
                return $"the {parameter.In} parameter '{parameter.Name}' is not allowed here ({Describe(error)})";
            }
        }

        return null;
    }

    /// <summary>What is wrong with a request body, or null.</summary>
    public static string? CheckBody(Operation operation, string body)
    {
        if (operation.Body is null)
        {
            return null;
        }

        try
        {
            var errors = SchemaCheck.Validate(body, operation.Body);
            return errors.Count == 0 ? null : "the body does not match the contract: " + string.Join("; ", errors.Take(3).Select(Describe));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return "the body is not JSON";
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or FormatException)
        {
            // The validator cannot hold the value (a number too large for any integer type, say): not one the contract allows.
            return "the body holds a value the contract does not allow (a number out of range?)";
        }
    }

    /// <summary>
    /// For tests: what is wrong with a response (an undocumented status, or a body outside its schema), or null. An
    /// answer no operation gave (<paramref name="pathTemplate"/> null: a request the HTTP layer could not parse,
    /// refused before routing, or no such path) must be a 400, 401 or 404 Problem.
    /// </summary>
    public string? CheckResponse(string method, string? pathTemplate, int status, string body)
    {
        if (pathTemplate is null)
        {
            if (status is not (400 or 401 or 404))
            {
                return $"{method} of no operation answered {status}, not 400, 401 or 404";
            }

            return Valid(_problem, body) is { } wrong ? $"{method} of no operation, {status}: {wrong}" : null;
        }

        if (Find(method, pathTemplate) is not { } operation)
        {
            return $"{method} {pathTemplate} is not in the document";
        }

        if (!operation.Responses.TryGetValue(status, out var schema))
        {
            return $"{operation.Id} answered {status}, which the document does not list ({string.Join(", ", operation.Responses.Keys)})";
        }

        if (schema is null)
        {
            return null;
        }

        return Valid(schema, body) is { } problem ? $"{operation.Id} {status}: {problem}" : null;
    }

    private static string? Valid(JsonSchema schema, string body)
    {
        try
        {
            var errors = SchemaCheck.Validate(body, schema);
            return errors.Count == 0 ? null : string.Join("; ", errors.Take(3).Select(Describe));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return $"the body is not JSON: {body[..Math.Min(body.Length, 80)]}";
        }
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        $"{(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}: {error.Kind}" + (error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? " (" + string.Join(", ", child.Errors.SelectMany(e => e.Value).Take(2).Select(Describe)) + ")"
            : string.Empty);

    /// <summary>References to <c>#/components/schemas/X</c> become <c>#/definitions/X</c>.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key == "$ref" && value is JsonValue v && v.GetValue<string>() is { } reference)
                    {
                        o[key] = reference.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
                    }
                    else if (value is not null)
                    {
                        Rewrite(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Rewrite(item);
                    }
                }

                break;
        }

        return node;
    }

    public sealed record Parameter(string Name, string In, bool Required, string? Type, JsonSchema Schema);

    public sealed record Operation(string Id, IReadOnlyList<Parameter> Parameters, JsonSchema? Body, IReadOnlyDictionary<int, JsonSchema?> Responses);
}
