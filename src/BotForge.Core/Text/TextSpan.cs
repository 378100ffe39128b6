namespace BotForge.Text;

/// <summary>A range of character offsets in one source file.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
