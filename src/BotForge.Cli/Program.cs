using System.Text;
using BotForge.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
try
{
    return BotForgeCli.Run(args, stdout, stderr, cache: CliIO.UserCache(Environment.GetEnvironmentVariable));
}
finally
{
    stdout.Flush();
}
