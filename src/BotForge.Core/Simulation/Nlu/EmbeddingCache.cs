using System.Buffers;
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

    /// <summary>
    /// The cached embeddings of those texts that have one. Each shard a text falls in is scanned once per call, and
    /// only the records asked for are decoded: a full cache (512 MiB) costs a small bot what its own texts cost.
    /// </summary>
    public List<(string Text, float[] Vector)> Read(IReadOnlyList<string> texts)
    {
        var found = new List<(string, float[])>();
        var byShard = new Dictionary<byte, Dictionary<UInt128, string>>();
        foreach (var text in texts)
        {
            var key = Key(text);
            if (!byShard.TryGetValue(key[0], out var wanted))
            {
                byShard[key[0]] = wanted = [];
            }

            wanted.TryAdd(Id(key), text);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(RecordBytes * 256);
        try
        {
            foreach (var (first, wanted) in byShard)
            {
                Scan(first, wanted, buffer, found);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return found;
    }

    /// <summary>Reads a shard in whole records, taking the first sound record of each wanted key.</summary>
    private void Scan(byte first, Dictionary<UInt128, string> wanted, byte[] buffer, List<(string, float[])> found)
    {
        var whole = buffer.Length - (buffer.Length % RecordBytes);
        try
        {
            using var file = new FileStream(ShardPath(first), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            while (wanted.Count > 0)
            {
                var filled = 0;
                int read;
                while (filled < whole && (read = file.Read(buffer, filled, whole - filled)) > 0)
                {
                    filled += read;
                }

                // A record cut short (a run killed while writing) ends the file.
                for (var at = 0; at + RecordBytes <= filled; at += RecordBytes)
                {
                    var id = Id(buffer.AsSpan(at, KeyBytes));
                    if (wanted.TryGetValue(id, out var text) && Vector(buffer.AsSpan(at + KeyBytes, RecordBytes - KeyBytes)) is { } vector)
                    {
                        found.Add((text, vector));
                        wanted.Remove(id);
                    }
                }

                if (filled < whole)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort by design (a shard not written yet is a FileNotFoundException): what could not be read is computed again.
        }
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
