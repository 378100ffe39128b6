using System.Buffers;

namespace BotForge.Emit;

/// <summary>
/// A write buffer made of pooled 1 MB chunks, turned into one array of the exact size at the end. A growing
/// <see cref="MemoryStream"/> doubles and copies its array (twice the final size in large arrays, for a bundle of
/// hundreds of megabytes), then copies it once more.
/// </summary>
internal sealed class ChunkedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 1 << 20;

    private readonly List<(byte[] Chunk, int Used)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _used;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(_used);

    /// <summary>Everything written, then <paramref name="last"/>, as one array.</summary>
    public byte[] ToArray(byte last)
    {
        var result = GC.AllocateUninitializedArray<byte>(_full.Sum(f => f.Used) + _used + 1);
        var at = 0;
        foreach (var (chunk, used) in _full.Append((_current, _used)))
        {
            chunk.AsSpan(0, used).CopyTo(result.AsSpan(at));
            at += used;
        }

        result[at] = last;
        return result;
    }

    public void Dispose()
    {
        foreach (var (chunk, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _full.Clear();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
    }

    private byte[] Room(int sizeHint)
    {
        if (_current.Length - _used < Math.Max(sizeHint, 1))
        {
            _full.Add((_current, _used));
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkSize, sizeHint));
            _used = 0;
        }

        return _current;
    }
}
