using System.Globalization;
using System.Text;

namespace BotForge.Text;

/// <summary>Writing values as YAML, for hints that show what to write (<c>fields: [Status, Subject]</c>, <c>"Press #1"</c>).</summary>
internal static class YamlText
{
    /// <summary>The comma-separated parts of a text written where a list was meant ("Status, Subject"), trimmed.</summary>
    public static string[] Parts(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A text as an item of a YAML flow list: as written when that reads back the same, else in double quotes.</summary>
    public static string Item(string value) =>
        value.Length > 0 && value.Trim() == value && value.IndexOfAny([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ':']) < 0
            ? value
            : DoubleQuoted(value);

    /// <summary>
    /// A text in YAML's double quotes, read back as the same text: '\' and '"' escaped, and the characters YAML does
    /// not take as written (controls, line breaks); every other character as it is ("Café", "don't").
    /// </summary>
    public static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                '\r' => quoted.Append("\\r"),
                < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' =>
                    quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
