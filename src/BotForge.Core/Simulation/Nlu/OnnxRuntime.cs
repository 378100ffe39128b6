using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// ONNX Runtime, started without its telemetry. Since 1.32 its official builds report usage to Microsoft from Linux
/// and macOS too (a process event, the models and sessions loaded; a device id and an event cache kept under
/// <c>~/.cache/Microsoft/DeveloperTools/.onnxruntime</c>) unless <c>ORT_DISABLE_TELEMETRY=1</c> is in the process's
/// environment when it starts; on Windows it logs through the system's tracing unless told not to. BotForge runs
/// offline on authors' machines and sends nothing: every use of ONNX Runtime goes through <see cref="Env"/> first.
/// </summary>
internal static class OnnxRuntime
{
    private static readonly Lazy<OrtEnv> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The runtime's environment, started once per process with telemetry off.</summary>
    public static OrtEnv Env => Started.Value;

    private static OrtEnv Start()
    {
        if (!OperatingSystem.IsWindows())
        {
            // Read by the native library with getenv: .NET's own SetEnvironmentVariable does not reach it on Unix.
            _ = SetEnv("ORT_DISABLE_TELEMETRY"u8, "1"u8, 1);
        }

        var env = OrtEnv.Instance();
        env.DisableTelemetryEvents();
        return env;
    }

    private static int SetEnv(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, int overwrite) =>
        setenv([.. name, 0], [.. value, 0], overwrite); // NUL-terminated for C

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int setenv(byte[] name, byte[] value, int overwrite);
}
