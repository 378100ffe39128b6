using System.Globalization;
using System.Text;

namespace BotForge.Emit.Scripts;

/// <summary>
/// Writes author values as Python literals made of ASCII only: every quote, backslash, control
/// character and non-ASCII character is escaped, so no value can end the literal or change the code.
/// </summary>
internal static class PythonLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(c, value[++i]):x8}");
                    }
                    else if (c < 0x20 || c == 0x7f)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
                    }
                    else if (c > 0x7e)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A list on one line: <c>["a", "b"]</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    public static string StringList(IEnumerable<string> values) => List(values.Select(String));

    /// <summary>A list with one item per line, for long tables.</summary>
    public static string Block(IReadOnlyList<string> items) =>
        items.Count == 0 ? "[]" : "[\n" + string.Concat(items.Select(i => "    " + i + ",\n")) + "]";

    public static string Number(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
