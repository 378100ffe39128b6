using Microsoft.ML.OnnxRuntime;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// The sentence model compiled for this ONNX Runtime (its ORT format, the graph already optimised), about 90 MB,
/// in a folder's <c>models/</c>: beside BotForge's assemblies when it is published with one (read only), or in the
/// user's cache beside the embeddings. A session reads it in place in about half the time the package's
/// model takes (parsed, copied and optimised on every load). Named by the model generation and the runtime's
/// version, so another version of either compiles its own. Best effort: a copy that cannot be read or written is
/// ignored and the package's model is loaded; one is written whole under another name and then renamed, so a run
/// stopped half-way never leaves one cut short.
/// </summary>
internal sealed class CompiledModel(string root, string generation)
{
    /// <summary>Larger than any copy this model compiles to (about 91 MB): anything bigger is not ours to read.</summary>
    private const long MaxBytes = 256L << 20;

    private static int _writes;

    /// <summary>Where the compiled copy is kept; asked only when the model is loaded (it starts ONNX Runtime, which a run without the model never does).</summary>
    public string FilePath => Path.Combine(root, "models", $"{generation}.ort{OnnxRuntime.Env.GetVersionString()}.ort");

    /// <summary>The compiled model's bytes in a pinned array (the session reads them in place), or null when there is none to read.</summary>
    public byte[]? Read()
    {
        try
        {
            using var file = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (file.Length is 0 or > MaxBytes)
            {
                return null;
            }

            var bytes = GC.AllocateUninitializedArray<byte>((int)file.Length, pinned: true);
            file.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Runs <paramref name="save"/> (a session that writes its optimised model to the path given) and puts what it
    /// wrote in place; the session, or null when it could not be made (the caller then loads the model as usual).
    /// </summary>
    public InferenceSession? Write(Func<string, InferenceSession> save)
    {
        var path = FilePath;
        var folder = Path.GetDirectoryName(path)!;
        var partial = Path.Join(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}-{Interlocked.Increment(ref _writes)}.partial");
        InferenceSession session;
        try
        {
            Directory.CreateDirectory(folder);
            session = save(partial);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OnnxRuntimeException)
        {
            Forget(partial);
            return null;
        }

        try
        {
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Forget(partial);
        }

        return session;
    }

    private static void Forget(string partial)
    {
        try
        {
            File.Delete(partial);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, harmless: nothing reads a partial file.
        }
    }
}
