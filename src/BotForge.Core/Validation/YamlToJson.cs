using BotForge.Syntax;
using Newtonsoft.Json.Linq;

namespace BotForge.Validation;

/// <summary>
/// Converts a YAML tree to JSON tokens for schema validation and (when asked to) remembers, for every token,
/// the YAML node it came from so errors point at the right line and column. Aliases are expanded; the parser
/// has already bounded what they expand to (<see cref="Parsing.Limits.Values"/>).
/// </summary>
/// <param name="rememberOrigins">Whether to remember each token's node (<see cref="OriginOf"/> answers null otherwise).</param>
internal sealed class YamlToJson(bool rememberOrigins = true)
{
    private readonly Dictionary<JToken, YamlNode>? _origins = rememberOrigins ? new(ReferenceEqualityComparer.Instance) : null;

    public YamlNode? OriginOf(JToken token) => _origins?.GetValueOrDefault(token);

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

    private static JValue ConvertScalar(YamlScalar scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return JValue.CreateNull();
            case ScalarKind.Boolean:
                return new JValue(ScalarTyping.AsBoolean(scalar));
            case ScalarKind.Integer:
                var integer = ScalarTyping.AsInteger(scalar);
                return integer is { } i ? new JValue(i) : new JValue(ScalarTyping.AsDouble(scalar));
            case ScalarKind.Float:
                return new JValue(ScalarTyping.AsDouble(scalar));
            default:
                return new JValue(scalar.Value);
        }
    }
}
