using System.Globalization;
using System.Text;
using BotForge.Cli.Commands;
using BotForge.Cli;
using BotForge.Cli.Output;

// Numbers, dates and messages are written the same whatever the machine's locale (LANG=de_DE would write 96,2 %).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var output = new GuardedStream(Console.OpenStandardOutput());
var stdout = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
// A refused write to stderr has nowhere to be told: it is dropped.
var stderr = new StreamWriter(new GuardedStream(Console.OpenStandardError()), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
int exit;
try
{
    exit = Run();
}
finally
{
    stdout.Flush();
}

// The output could not be written (a full disk): the run did not deliver what it was asked for.
if (output.Failure is { } failure)
{
    stderr.Write($"botforge: error: cannot write the standard output: {BotForge.Text.Printable.Escape(failure)}\n");
    return exit == ExitCodes.Success ? ExitCodes.BadInput : exit;
}

return exit;

int Run()
{
    var limits = CliIO.ReadLimits(Environment.GetEnvironmentVariable, out var limitError);
    if (limitError is not null)
    {
        stderr.Write($"botforge: error: {BotForge.Text.Printable.Escape(limitError)}\n");
        return ExitCodes.BadInput;
    }

    // Started with standard input closed (`<&-`), the process's descriptor 0 is whatever the runtime opened first: a
    // pipe of its own, which never ends. Reading it would hang `chat` for good, so it reads as empty instead.
    TextReader stdin = StandardInputIsOwnPipe() ? TextReader.Null : new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
    return BotForgeCli.Run(args, stdout, stderr, cache: CliIO.UserCache(Environment.GetEnvironmentVariable), limits: limits, stdin: stdin,
        interactive: !Console.IsInputRedirected);
}

// True when descriptor 0 is a pipe whose writing end this very process holds (Linux: /proc/self/fd), so nothing
// but the process itself could ever write to it: a closed standard input taken over by the runtime.
static bool StandardInputIsOwnPipe()
{
    try
    {
        if (!OperatingSystem.IsLinux() || new FileInfo("/proc/self/fd/0").LinkTarget is not { } pipe || !pipe.StartsWith("pipe:", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var fd in Directory.EnumerateFiles("/proc/self/fd"))
        {
            var name = Path.GetFileName(fd);
            if (name != "0" && new FileInfo(fd).LinkTarget == pipe
                && File.ReadLines($"/proc/self/fdinfo/{name}").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal)) is { } flags
                && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) == 1)   // O_WRONLY
            {
                return true;
            }
        }
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
    {
        // A descriptor closed while looking, or no /proc: standard input is read as it is.
    }

    return false;
}
