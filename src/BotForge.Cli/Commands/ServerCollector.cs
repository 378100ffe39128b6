using System.ComponentModel;
using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace BotForge.Cli.Commands;

/// <summary>
/// The language server runs with the runtime's server garbage collector, which collects on every core at once: on
/// the 10,000-node bot it publishes an edit's diagnostics in 0.85 s at the median, where the default (workstation)
/// collector takes 1.05–1.3 s on the same machine (docs/performance.md). The runtime reads the setting as a process
/// starts, and the short commands gain nothing from it, so <c>botforge lsp</c> starts itself again with
/// <c>DOTNET_gcServer=1</c>, its stdin, stdout and stderr handed over as they are, waits for that process and exits
/// with its code. Not where the variable is set already (the user's own choice, and the process started so), nor where
/// the collector is the server's already, the executable is unknown or the CLI is not the program that runs (a test
/// calling it): there the server runs in this process.
/// </summary>
internal static class ServerCollector
{
    private const string Variable = "DOTNET_gcServer";

    /// <summary>Runs the command again in a process with the server collector; its exit code, or null where this process runs the command itself.</summary>
    public static int? Relaunch(Func<string, string?> environment)
    {
        if (GCSettings.IsServerGC || environment(Variable) is not null || Environment.ProcessPath is not { } host
            || System.Reflection.Assembly.GetEntryAssembly() != typeof(ServerCollector).Assembly)
        {
            return null;
        }

        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        var args = Environment.GetCommandLineArgs();
        // `dotnet botforge.dll lsp`: the host runs the assembly, which is the first of the arguments to give it again.
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(args[0]);
        }

        foreach (var arg in args.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[Variable] = "1";
        Process child;
        try
        {
            child = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (child)
        {
            // An editor stopping the server stops the process it started: this one passes that on.
            var registrations = new List<PosixSignalRegistration>();
            foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP })
            {
                try
                {
                    registrations.Add(PosixSignalRegistration.Create(signal, context =>
                    {
                        context.Cancel = true;
                        try
                        {
                            child.Kill();
                        }
                        catch (InvalidOperationException)
                        {
                            // It has ended already.
                        }
                    }));
                }
                catch (PlatformNotSupportedException)
                {
                    // Not every signal exists everywhere (SIGHUP on Windows).
                }
            }

            try
            {
                child.WaitForExit();
                return child.ExitCode;
            }
            finally
            {
                registrations.ForEach(r => r.Dispose());
            }
        }
    }
}
