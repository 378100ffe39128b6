using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using BotForge.Project;

namespace BotForge.Validation;

/// <summary>
/// Remembers which file contents passed the schema check with nothing to report, so an unchanged file is not
/// checked again by the next run. The check is a pure function of a file's kind and text, the schema and this
/// build of BotForge, so skipping it gives exactly the diagnostics a check would: none. Entries are empty files
/// named by the SHA-256 of kind and text, in a folder named by the schema and the build; files with problems are
/// never remembered. The cache is best-effort: if it cannot be read or written, files are simply checked.
/// </summary>
/// <remarks>
/// It lives outside the project (the CLI uses the user's cache folder), so a pull request cannot bring entries
/// that would let an invalid file through; anyone who can write to it could, which is why it is per user.
/// </remarks>
public sealed class SchemaCache
{
    /// <summary>The schema text and this build's module id: a new schema or a new BotForge starts a fresh folder.</summary>
    private static readonly Lazy<string> Generation = new(() =>
    {
        var schema = SourceSchemas.ReadText("botforge.schema.json");
        var build = typeof(SchemaCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build + "\n" + schema)))[..24];
    });

    private readonly string _folder;

    /// <param name="root">The cache folder (for example ~/.cache/botforge); created on first write.</param>
    public SchemaCache(string root)
    {
        Root = root;
        _folder = Path.Combine(root, "schema-passed", Generation.Value);
    }

    /// <summary>The cache folder this instance reads and writes under.</summary>
    public string Root { get; }

    /// <summary>
    /// Whether the sentence model may be compiled into this folder for faster loads (<c>CompiledModel</c>): not on a CI
    /// machine, whose cache usually starts empty, so that writing it would cost every run a second.
    /// </summary>
    public bool KeepsCompiledModel { get; init; }

    /// <summary>True when an earlier run found nothing to report in a file with exactly this kind and text.</summary>
    public bool Passed(SourceDocument document)
    {
        try
        {
            return File.Exists(Path.Combine(_folder, Key(document)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the folder has entries: a run that will probably skip most files.</summary>
    public bool IsWarm
    {
        get
        {
            try
            {
                return Directory.Exists(_folder) && Directory.EnumerateFiles(_folder).Any();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    /// <summary>Records that the file passed; failures to write are ignored (the next run checks it again).</summary>
    public void Remember(SourceDocument document)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            using var _ = new FileStream(Path.Combine(_folder, Key(document)), FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort by design.
        }
    }

    /// <summary>The SHA-256 of the kind, a line feed and the text (UTF-8): encoded into a pooled buffer, as the text of every file is hashed on each run.</summary>
    private static string Key(SourceDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(document.Kind + "\n"));
        var text = document.File.Text;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
