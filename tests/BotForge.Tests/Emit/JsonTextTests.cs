using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BotForge.Emit;

namespace BotForge.Tests.Emit;

/// <summary>JSON written through the chunked buffer is byte for byte what a plain stream gets, across many chunks too.</summary>
public sealed class JsonTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(40_000)]   // about 3 MB: several 1 MB chunks, values split across their ends
    public void Written_in_chunks_is_what_a_stream_gets(int items)
    {
        void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartArray();
            for (var i = 0; i < items; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("text", $"utterance {i} — «quoted» \"text\" ${{entity.x}}");
                writer.WriteNumber("n", i);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer);
        }

        stream.WriteByte((byte)'\n');

        var chunked = JsonText.ToBytes(Write);

        Assert.Equal(stream.ToArray(), chunked);
        Assert.EndsWith("]\n", Encoding.UTF8.GetString(chunked), StringComparison.Ordinal);
    }
}
