namespace BotForge.Diagnostics;

/// <summary>How serious a diagnostic is; lint settings may change it per rule.</summary>
public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
