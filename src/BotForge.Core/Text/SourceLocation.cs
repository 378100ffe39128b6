namespace BotForge.Text;

/// <summary>Where something is written: a file and a span in it.</summary>
public sealed record SourceLocation(SourceFile File, TextSpan Span)
{
    /// <summary>A location at the very start of a file, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(SourceFile file) => new(file, new TextSpan(0, 0));

    public (int Line, int Column) Start => File.GetLineColumn(Span.Start);
}
