using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BotForge.Syntax;

/// <summary>
/// The one conversion of a YAML tree to JSON, with YAML 1.2 core typing: the schema check validates its tokens
/// and, when asked to, maps each token back to the YAML node it came from so errors point at the right line and
/// column; raw data the author owns (raw HSL, stubbed service answers in tests) is the same JSON as
/// <see cref="JsonNode"/>. Aliases are expanded; the parser has already bounded what they expand to
/// (<see cref="Parsing.Limits.Values"/>).
/// </summary>
/// <param name="rememberOrigins">Whether to remember each token's node (<see cref="OriginOf"/> answers null otherwise).</param>
internal sealed class YamlToJson(bool rememberOrigins = true)
{
    private readonly Dictionary<JToken, YamlNode>? _origins = rememberOrigins ? new(ReferenceEqualityComparer.Instance) : null;

    public YamlNode? OriginOf(JToken token) => _origins?.GetValueOrDefault(token);

    /// <summary>The JSON of <paramref name="node"/> as a System.Text.Json tree (null for a YAML null).</summary>
    public static JsonNode? ToJsonNode(YamlNode node) => JsonNode.Parse(new YamlToJson(rememberOrigins: false).Convert(node).ToString(Formatting.None));

    public JToken Convert(YamlNode node)
    {
        JToken token;
        switch (node)
        {
            case YamlMapping mapping:
                var obj = new JObject();
                foreach (var entry in mapping.Entries)
                {
                    var property = new JProperty(entry.Key.Value, Convert(entry.Value));
                    _origins?[property] = entry.Key;
                    obj.Add(property);
                }

                token = obj;
                break;
            case YamlSequence sequence:
                var array = new JArray();
                foreach (var item in sequence.Items)
                {
                    array.Add(Convert(item));
                }

                token = array;
                break;
            case YamlScalar scalar:
                token = ConvertScalar(scalar);
                break;
            default:
                throw new InvalidOperationException($"unexpected YAML node {node.GetType().Name}");
        }

        _origins?[token] = node;
        return token;
    }

    /// <summary>
    /// A scalar's JSON value: null, a boolean, an integer (a double when it is out of range for a long), a finite
    /// float, or else its text. JSON has no infinity or NaN, so <c>.inf</c> and <c>.nan</c> stay the text written.
    /// </summary>
    private static JValue ConvertScalar(YamlScalar scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return JValue.CreateNull();
            case ScalarKind.Boolean:
                return new JValue(ScalarTyping.AsBoolean(scalar));
            case ScalarKind.Integer when ScalarTyping.AsInteger(scalar) is { } integer:
                return new JValue(integer);
            case ScalarKind.Integer or ScalarKind.Float when double.IsFinite(ScalarTyping.AsDouble(scalar)):
                return new JValue(ScalarTyping.AsDouble(scalar));
            default:
                return new JValue(scalar.Value);
        }
    }
}
