using System.Globalization;
using System.Text;
using BotForge.Cli.Commands;
using BotForge.Cli;

// Numbers, dates and messages are written the same whatever the machine's locale (LANG=de_DE would write 96,2 %).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
try
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
finally
{
    stdout.Flush();
}
