using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>A diagnostic code declared once in a catalog: its code, default level and title.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticLevel Level, string Title)
{
    /// <summary>True when the problem makes the input unreadable (exit code 2) rather than the bot wrong (exit code 1).</summary>
    public bool IsInputFailure { get; init; }

    public Diagnostic At(SourceLocation? location, string message, string? hint = null) =>
        new(Code, Level, location, message, hint);
}
