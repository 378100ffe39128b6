namespace BotForge.Cli.Output;

/// <summary>How diagnostics are printed.</summary>
internal enum DiagnosticFormat
{
    Text,
    Json,
    Github,
    Sarif,
}
