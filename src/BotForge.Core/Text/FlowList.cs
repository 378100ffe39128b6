namespace BotForge.Text;

/// <summary>Writing values as a YAML flow list, for hints that show what to write (<c>fields: [Status, Subject]</c>).</summary>
internal static class FlowList
{
    /// <summary>The comma-separated parts of a text written where a list was meant ("Status, Subject"), trimmed.</summary>
    public static string[] Parts(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A text as an item of a YAML flow list: as written when that reads back the same, else in double quotes.</summary>
    public static string Item(string value) =>
        value.Length > 0 && value.Trim() == value && value.IndexOfAny([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ':']) < 0
            ? value
            : System.Text.Json.JsonSerializer.Serialize(value);
}
