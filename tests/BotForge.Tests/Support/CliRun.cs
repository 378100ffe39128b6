using BotForge.Cli.Commands;

namespace BotForge.Tests.Support;

/// <summary>Runs the real CLI in-process with captured writers.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(string workingDirectory, params string[] args) => WithInput(workingDirectory, null, args);

    /// <summary>The CLI with <paramref name="input"/> as what the user types (for <c>botforge chat</c>).</summary>
    public static CliRun WithInput(string workingDirectory, string? input, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = BotForgeCli.Run(args, stdout, stderr, workingDirectory, stdin: input is null ? null : new StringReader(input));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
