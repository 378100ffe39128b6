using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotForge.Deploy.Releases;

/// <summary>
/// The records of the release contract (schemas/platform-api.openapi.json), shared by the dir: target, the HTTP
/// client and <c>botforge serve</c>. On the wire: JSON with snake_case names.
/// </summary>
public static class Contract
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>The same, on one line (history files).</summary>
    public static readonly JsonSerializerOptions Line = new(Json) { WriteIndented = false };

    public static readonly string[] Environments = ["staging", "production"];

    /// <summary>
    /// A bundle's content hash: "sha256:" and the SHA-256 over its files sorted by path, each as its path, a newline,
    /// its length in bytes, a newline and its bytes. The client sends it, the server computes it again and refuses a
    /// mismatch, and a reused version is checked against it.
    /// </summary>
    public static string ContentHash(IEnumerable<(string Path, byte[] Content)> files)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (path, content) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\n" + content.Length + "\n"));
            sha.AppendData(content);
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The content hash of a bundle as sent (path → base64), or null when a file is not base64.</summary>
    public static string? ContentHash(IReadOnlyDictionary<string, string> bundle)
    {
        var files = new List<(string, byte[])>(bundle.Count);
        foreach (var (path, encoded) in bundle)
        {
            if (Decode(encoded) is not { } bytes)
            {
                return null;
            }

            files.Add((path, bytes));
        }

        return ContentHash(files);
    }

    /// <summary>A file's bytes as sent (base64), or null when the text is not base64.</summary>
    public static byte[]? Decode(string? base64)
    {
        if (base64 is null)
        {
            return null;
        }

        var bytes = new byte[(base64.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? bytes[..written] : null;
    }
}

/// <summary>
/// An env variable of a version. Uploads carry a secret's <see cref="Value"/> once; what is stored and read back
/// for a secret is only a random <see cref="Salt"/> and the PBKDF2 <see cref="Hash"/> of the value.
/// </summary>
public sealed record EnvValue(string Name, bool Secret, string? Value = null, string? Salt = null, string? Hash = null);

/// <summary>A version to create: the built bundle and the sources it came from (path → base64), its env, who and why.</summary>
public sealed record VersionUpload(string ContentHash, IReadOnlyDictionary<string, string> Bundle, IReadOnlyDictionary<string, string> Sources,
    IReadOnlyList<EnvValue> Env, string CreatedBy, string? Message, string? Business);

// Fields the document requires in an answer are [JsonRequired]: an answer without one is refused when it is read
// (a clean "could not …" from the client), not taken with a default that would mislead a later step.
public sealed record VersionInfo([property: JsonRequired] int Version, [property: JsonRequired] string ContentHash, [property: JsonRequired] DateTimeOffset CreatedAt,
    [property: JsonRequired] string CreatedBy, string? Message);

/// <summary>A whole version as stored (secret values never: only salts and hashes).</summary>
public sealed record VersionDetail(VersionInfo Info, IReadOnlyDictionary<string, string> Bundle, IReadOnlyDictionary<string, string> Sources, IReadOnlyList<EnvValue> Env);

/// <summary>What is live in an environment: the version (null before the first activation) and its env.</summary>
public sealed record LiveState(VersionInfo? Live, [property: JsonRequired] IReadOnlyList<EnvValue> Env, string? Manifest);

public sealed record UploadResult([property: JsonRequired] int Version, [property: JsonRequired] bool Created);

/// <summary>An activation. <see cref="ExpectedLive"/> is the version the caller planned against (0: none was live).</summary>
public sealed record ActivateRequest(int Version, int ExpectedLive, string By);

/// <summary>Back to <see cref="To"/>, or (null) to the version live before the current one.</summary>
public sealed record RollbackRequest(int? To, int ExpectedLive, string By);

/// <summary>
/// Staging's live version to production: business settings first, then the bot, with production's env values
/// (secrets included), activated only if production's live version is still <see cref="ExpectedLive"/>.
/// </summary>
public sealed record PromoteRequest(string From, string To, int ExpectedLive, IReadOnlyList<EnvValue> Env, string By);

public sealed record HistoryEntry(int Version, DateTimeOffset At, string By, string Action);

public sealed record LockRequest(string Owner);

/// <summary>A held lock: it lapses after <see cref="LeaseSeconds"/> unless its owner takes it again (the client renews it at half-time).</summary>
public sealed record LockGranted([property: JsonRequired] string Owner, [property: JsonRequired] double LeaseSeconds, DateTimeOffset? ExpiresAt = null);

public sealed record ProblemBody(string Error, int? Live = null, string? HeldBy = null, DateTimeOffset? ExpiresAt = null);
