using BotForge.Diagnostics;

namespace BotForge.Cli.Output;

/// <summary>Prints diagnostics in the chosen format and computes the exit code they imply.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Text goes to stderr like any compiler's; structured formats are the command's product and go to stdout.</summary>
    public static void Print(CliIO io, IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                io.Out.Write(JsonFormatter.Format(diagnostics));
                break;
            case DiagnosticFormat.Github:
                GithubFormatter.Write(io.Out, diagnostics, io.WorkingDirectory, io.Environment("GITHUB_WORKSPACE"));
                break;
            case DiagnosticFormat.Sarif:
                io.Out.Write(SarifFormatter.Format(diagnostics, CliIO.Version, io.WorkingDirectory, io.Environment("GITHUB_WORKSPACE")));
                break;
            default:
                TextFormatter.Write(io.Error, diagnostics);
                break;
        }
    }

    public static int ExitCode(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Any(d => d.IsError && DiagnosticCodes.Find(d.Code)?.IsInputFailure == true))
        {
            return ExitCodes.BadInput;
        }

        return diagnostics.Any(d => d.IsError) ? ExitCodes.BotHasErrors : ExitCodes.Success;
    }
}
