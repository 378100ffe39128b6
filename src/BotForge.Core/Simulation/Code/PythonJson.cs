using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotForge.Simulation.Code;

/// <summary>JSON as Python's <c>json.dumps</c> writes it by default (", " and ": " between items, every character past ASCII escaped).</summary>
public static class PythonJson
{
    /// <summary>The length of <c>json.dumps(value)</c>, for a value that came from a Python script's JSON.</summary>
    public static int Length(JsonNode? node) => node switch
    {
        null => 4,
        JsonObject map => ObjectLength(map),
        JsonArray list => list.Count == 0 ? 2 : 2 + (2 * (list.Count - 1)) + list.Sum(Length),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => Length(value.GetValue<string>()),
            JsonValueKind.True or JsonValueKind.Null => 4,
            JsonValueKind.False => 5,
            // Numbers keep the text Python wrote (1.0, 1e+100).
            _ => value.ToJsonString().Length,
        },
        _ => node.ToJsonString().Length,
    };

    /// <summary>The length of <c>json.dumps</c> of an object with these entries.</summary>
    public static int ObjectLength(IEnumerable<KeyValuePair<string, JsonNode?>> entries)
    {
        var (count, length) = (0, 0);
        foreach (var (key, value) in entries)
        {
            count++;
            length += Length(key) + 2 + Length(value);
        }

        return count == 0 ? 2 : 2 + (2 * (count - 1)) + length;
    }

    /// <summary>A string's length in quotes: \" \\ \n \r \t \b \f are two characters, anything else outside ' '..'~' a \uXXXX escape per UTF-16 unit.</summary>
    private static int Length(string text)
    {
        var length = 2;
        foreach (var c in text)
        {
            length += c switch
            {
                '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' => 2,
                >= ' ' and <= '~' => 1,
                _ => 6,
            };
        }

        return length;
    }
}
