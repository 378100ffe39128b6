using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotForge.Emit;

/// <summary>Serialises JSON the same way on every machine: two-space indent, LF, final newline, UTF-8 without BOM.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToBytes(JsonNode node) => ToBytes(writer => node.WriteTo(writer));

    /// <summary>What <paramref name="write"/> writes, the same way (for JSON written piece by piece).</summary>
    public static byte[] ToBytes(Action<Utf8JsonWriter> write)
    {
        using var buffer = new ChunkedBuffer();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.ToArray((byte)'\n');
    }

    public static string ToText(JsonNode node) => Encoding.UTF8.GetString(ToBytes(node));
}
