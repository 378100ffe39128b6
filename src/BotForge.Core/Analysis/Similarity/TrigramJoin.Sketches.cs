using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BotForge.Analysis.Similarity;

public static partial class TrigramJoin
{
    /// <summary>
    /// What the join knows of each of a list of texts: its trigram set, a one-byte fingerprint of each MinHash of
    /// its signature, and its key on each band. Computed in parallel; a text's sketch depends on the text and the
    /// threshold only.
    /// </summary>
    internal sealed class Sketches
    {
        public Sketches(IReadOnlyList<string> texts, double threshold)
        {
            (Rows, Bands) = Banding(threshold);
            var block = Math.Max(Vector<uint>.Count, Vector128<byte>.Count);
            Stride = (Rows * Bands + block - 1) / block * block;
            Count = texts.Count;
            // A text has at most as many trigrams as characters; the distinct texts of a project within its size
            // limit (512 MB unless raised past 2 GB) stay well inside an array's reach.
            _setStart = new int[Count + 1];
            for (var i = 0; i < Count; i++)
            {
                _setStart[i + 1] = checked(_setStart[i] + texts[i].Length);
            }

            _texts = texts;
            _setData = GC.AllocateUninitializedArray<ulong>(_setStart[Count]);
            _setCount = new int[Count];
            _setState = new int[Count];
            Fingerprints = new byte[Count * Stride];
            BandKeys = new ulong[Count * Bands];

            var (multipliers, offsets) = HashFunctions(Stride);
            Parallel.For(0, Count, () => new Scratch(Stride), (i, _, scratch) =>
            {
                var trigrams = scratch.Trigrams(texts[i].Length);
                Pack(texts[i], trigrams);
                var signature = scratch.Signature;
                Sign(trigrams, multipliers, offsets, scratch.Mins, signature);
                for (var band = 0; band < Bands; band++)
                {
                    BandKeys[band * Count + i] = KeyOf(signature.AsSpan(band * Rows, Rows));
                }

                var fingerprint = Fingerprints.AsSpan(i * Stride, Stride);
                for (var h = 0; h < Stride; h++)
                {
                    fingerprint[h] = (byte)signature[h];
                }

                return scratch;
            }, _ => { });
        }

        public int Count { get; }

        public int Rows { get; }

        public int Bands { get; }

        /// <summary>Hashes per signature, rounded up to whole vectors (the padding hashes are real hashes too).</summary>
        public int Stride { get; }

        private readonly IReadOnlyList<string> _texts;

        /// <summary>
        /// Room for every text's trigram set in one array, each text's at <see cref="_setStart"/> (as many places as
        /// the text has characters): one large array the garbage collector never moves, where an array per text
        /// (200,000 of them at 10,000 nodes) was copied by every collection that saw it young. A text's set is
        /// written, sorted and made distinct the first time a verification asks for it (<see cref="Set"/>), which
        /// few texts ever are; signing reads the trigrams from a worker's own buffer, as the text gives them (a
        /// repeat cannot change a minimum). Sorting every text's up front was a fifth of a join from scratch, and
        /// the places of texts never verified are never written (nor zeroed).
        /// </summary>
        private readonly ulong[] _setData;

        private readonly int[] _setStart;

        /// <summary>How many of a text's places hold its set once it is written (<see cref="_setState"/>).</summary>
        private readonly int[] _setCount;

        /// <summary>Per text: <see cref="Unwritten"/>, <see cref="Writing"/> (by one thread) or <see cref="Written"/>.</summary>
        private readonly int[] _setState;

        private const int Unwritten = 0;
        private const int Writing = 1;
        private const int Written = 2;

        /// <summary>The low byte of each minimum hash, <see cref="Stride"/> bytes per text.</summary>
        public byte[] Fingerprints { get; }

        /// <summary>Each text's key on each band, band by band (all texts' keys on band 0, then band 1, …), so a band is read in one sweep.</summary>
        public ulong[] BandKeys { get; }

        /// <summary>True for an empty text, which has no trigram and matches nothing.</summary>
        public bool IsEmpty(int text) => _setStart[text + 1] == _setStart[text];

        /// <summary>
        /// A text's distinct trigrams, sorted. The first caller writes them; any other thread asking meanwhile waits
        /// the microsecond that takes, and later callers read them. Safe from any thread.
        /// </summary>
        public ReadOnlySpan<ulong> Set(int text)
        {
            if (Volatile.Read(ref _setState[text]) != Written)
            {
                WriteSet(text);
            }

            return _setData.AsSpan(_setStart[text], _setCount[text]);
        }

        private void WriteSet(int text)
        {
            if (Interlocked.CompareExchange(ref _setState[text], Writing, Unwritten) == Unwritten)
            {
                _setCount[text] = Trigrams(_texts[text], _setData.AsSpan(_setStart[text], _setStart[text + 1] - _setStart[text]));
                Volatile.Write(ref _setState[text], Written);
                return;
            }

            var wait = default(SpinWait);
            while (Volatile.Read(ref _setState[text]) != Written)
            {
                wait.SpinOnce();
            }
        }

        public ReadOnlySpan<byte> Fingerprint(int text) => Fingerprints.AsSpan(text * Stride, Stride);

        public ulong BandKey(int text, int band) => BandKeys[band * Count + text];
    }

    /// <summary>One worker's space for signing: a text's trigrams, the running minimums and the finished signature.</summary>
    private sealed class Scratch(int stride)
    {
        private ulong[] _trigrams = new ulong[256];

        public Vector<uint>[] Mins { get; } = new Vector<uint>[stride / Vector<uint>.Count];

        public uint[] Signature { get; } = new uint[stride];

        /// <summary>Room for the trigrams of a text of <paramref name="length"/> characters (one per character).</summary>
        public Span<ulong> Trigrams(int length)
        {
            if (_trigrams.Length < length)
            {
                _trigrams = new ulong[Math.Max(length, _trigrams.Length * 2)];
            }

            return _trigrams.AsSpan(0, length);
        }
    }

    /// <summary>The second multiplier of the hash functions' mixing step.</summary>
    private static readonly Vector<uint> Multiplier2 = new(0x846CA68Bu);

    /// <summary>The MinHash signature: for each hash function, the least hash of any trigram (repeats change nothing). <paramref name="mins"/> is scratch space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sign(ReadOnlySpan<ulong> set, Vector<uint>[] multipliers, Vector<uint>[] offsets, Vector<uint>[] mins, uint[] signature)
    {
        Array.Fill(mins, new Vector<uint>(uint.MaxValue));
        foreach (var trigram in set)
        {
            var h = new Vector<uint>(Mix(trigram));
            for (var i = 0; i < mins.Length; i++)
            {
                var value = (h ^ offsets[i]) * multipliers[i];
                value ^= Vector.ShiftRightLogical(value, 15);
                value *= Multiplier2;
                value ^= Vector.ShiftRightLogical(value, 13);
                mins[i] = Vector.Min(mins[i], value);
            }
        }

        for (var i = 0; i < mins.Length; i++)
        {
            mins[i].CopyTo(signature, i * Vector<uint>.Count);
        }
    }

    /// <summary>
    /// Fixed seeds of the hash functions h(x) = mix((x ⊕ b) · a), where mix is a multiply–xorshift finaliser:
    /// plain a·x + b (mod 2³²) hashes are too correlated for MinHash and make large chance buckets.
    /// </summary>
    private static (Vector<uint>[] Multipliers, Vector<uint>[] Offsets) HashFunctions(int count)
    {
        var multipliers = new uint[count];
        var offsets = new uint[count];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < count; i++)
        {
            multipliers[i] = (uint)Mix64(ref state) | 1;
            offsets[i] = (uint)Mix64(ref state);
        }

        var width = Vector<uint>.Count;
        return ([.. Enumerable.Range(0, count / width).Select(v => new Vector<uint>(multipliers, v * width))],
                [.. Enumerable.Range(0, count / width).Select(v => new Vector<uint>(offsets, v * width))]);
    }

    private static ulong KeyOf(ReadOnlySpan<uint> rows)
    {
        var key = 0xCBF29CE484222325UL;
        foreach (var value in rows)
        {
            key = (key ^ value) * 0x100000001B3UL;
        }

        return key;
    }

    /// <summary>A 32-bit hash of a packed trigram (the finaliser of MurmurHash3).</summary>
    private static uint Mix(ulong trigram)
    {
        var h = trigram ^ (trigram >> 33);
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (uint)h;
    }

    /// <summary>SplitMix64: the next number of a fixed sequence.</summary>
    private static ulong Mix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
