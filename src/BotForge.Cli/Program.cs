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

    var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
    return BotForgeCli.Run(args, stdout, stderr, cache: CliIO.UserCache(Environment.GetEnvironmentVariable), limits: limits, stdin: stdin,
        interactive: !Console.IsInputRedirected);
}
