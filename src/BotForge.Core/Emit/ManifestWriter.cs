using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace BotForge.Emit;

/// <summary>manifest.json: every emitted file with its size and SHA-256, sorted by path.</summary>
internal static class ManifestWriter
{
    public const string FileName = "manifest.json";
    public const string Format = "botforge.manifest/1";

    public static EmittedFile Write(string botId, IEnumerable<EmittedFile> files) => new(FileName, JsonText.ToBytes(new JsonObject
    {
        ["format"] = Format,
        ["bot"] = botId,
        ["files"] = new JsonArray([.. files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => (JsonNode)new JsonObject
        {
            ["path"] = f.Path,
            ["size"] = f.Content.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(f.Content)),
        })]),
    }));
}
