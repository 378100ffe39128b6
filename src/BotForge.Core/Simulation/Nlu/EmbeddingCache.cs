using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Sentence embeddings remembered by text, per user (beside the schema cache, never in a project), so a second run
/// does not load the model for texts it has seen. 256 shard files per model generation, named by the first byte of
/// a text's SHA-256; each an append-only run of records: the hash's first 16 bytes, then 384 little-endian floats.
/// Best effort: anything that cannot be read or written is computed again; a record cut short by a killed run is
/// dropped; a shard past <see cref="ShardLimit"/> starts over (at most 256 × 2 MiB in all).
/// </summary>
internal sealed class EmbeddingCache(string root, string generation)
{
    private const int KeyBytes = 16;
    private const int RecordBytes = KeyBytes + (SentenceEncoder.Dimensions * sizeof(float));
    private const long ShardLimit = 2L << 20;

    private readonly string _folder = Path.Combine(root, "embeddings", generation);

    /// <summary>Shards read so far, by first byte: each file is read once per process.</summary>
    private readonly Dictionary<byte, Dictionary<UInt128, float[]>> _shards = new();

    /// <summary>True when no embedding has been cached yet (or the folder cannot be read): every text will need the model.</summary>
    public bool IsEmpty
    {
        get
        {
            try
            {
                return !Directory.Exists(_folder) || !Directory.EnumerateFiles(_folder, "*.bin").Any();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return true;
            }
        }
    }

    public IEnumerable<(string Text, float[] Vector)> Read(IReadOnlyList<string> texts)
    {
        var found = new List<(string, float[])>();
        lock (_shards)
        {
            foreach (var text in texts)
            {
                var key = Key(text);
                if (Shard(key[0]).TryGetValue(Id(key), out var vector))
                {
                    found.Add((text, vector));
                }
            }
        }

        return found;
    }

    private Dictionary<UInt128, float[]> Shard(byte first)
    {
        if (_shards.TryGetValue(first, out var shard))
        {
            return shard;
        }

        shard = [];
        _shards[first] = shard;
        try
        {
            var path = ShardPath(first);
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            for (var at = 0; at + RecordBytes <= bytes.Length; at += RecordBytes)
            {
                if (Vector(bytes.AsSpan(at + KeyBytes, RecordBytes - KeyBytes)) is { } vector)
                {
                    shard.TryAdd(Id(bytes.AsSpan(at, KeyBytes)), vector);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort by design: what could not be read is computed again.
        }

        return shard;
    }

    private static UInt128 Id(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt128LittleEndian(key);

    public void Write(IReadOnlyList<(string Text, float[] Vector)> entries)
    {
        foreach (var shard in entries.Select(e => (Key: Key(e.Text), e.Vector)).GroupBy(e => e.Key[0]))
        {
            var records = new byte[shard.Count() * RecordBytes];
            var at = 0;
            foreach (var (key, vector) in shard)
            {
                key.AsSpan(0, KeyBytes).CopyTo(records.AsSpan(at));
                for (var d = 0; d < vector.Length; d++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(records.AsSpan(at + KeyBytes + (d * sizeof(float))), vector[d]);
                }

                at += RecordBytes;
            }

            try
            {
                Directory.CreateDirectory(_folder);
                // Alone on the file while writing (another run waits for the next time); records whole.
                using var file = new FileStream(ShardPath(shard.Key), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
                var whole = file.Length - (file.Length % RecordBytes);
                file.SetLength(whole + records.Length > ShardLimit ? 0 : whole);
                file.Seek(0, SeekOrigin.End);
                file.Write(records);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort by design.
            }
        }
    }

    private static float[]? Vector(ReadOnlySpan<byte> bytes)
    {
        var vector = new float[SentenceEncoder.Dimensions];
        var norm = 0.0;
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(d * sizeof(float))..]);
            norm += (double)vector[d] * vector[d];
        }

        // A damaged record is not a unit vector (or not a number): ignore it.
        return Math.Abs(norm - 1) < 1e-3 ? vector : null;
    }

    private static byte[] Key(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private string ShardPath(byte first) => Path.Combine(_folder, first.ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + ".bin");
}
