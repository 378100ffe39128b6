using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>One problem found in a bot's sources.</summary>
/// <param name="Code">The stable code, e.g. BF0203.</param>
/// <param name="Level">Error, warning or info.</param>
/// <param name="Location">Where it is; null only for problems with no file (e.g. the project folder is missing).</param>
/// <param name="Message">One line naming the exact objects involved.</param>
/// <param name="Hint">An optional suggestion of how to fix it.</param>
public sealed record Diagnostic(string Code, DiagnosticLevel Level, SourceLocation? Location, string Message, string? Hint = null)
{
    public bool IsError => Level == DiagnosticLevel.Error;

    /// <summary>The edit that makes what the hint says, in the file of <see cref="Location"/>, where the hint's own words cannot give it (an editor offers it as a quick fix).</summary>
    public Replacement? Fix { get; init; }
}

/// <summary>An edit of a file's text: <paramref name="Span"/> replaced by <paramref name="Text"/>.</summary>
public sealed record Replacement(TextSpan Span, string Text);
