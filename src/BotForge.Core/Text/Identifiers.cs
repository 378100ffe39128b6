using System.Text.RegularExpressions;

namespace BotForge.Text;

/// <summary>The shape of the format's lower_snake_case ids (bot, story, sub-story, entity), as the schema's pattern writes it.</summary>
public static partial class Identifiers
{
    /// <summary>Whether <paramref name="id"/> is lower-case words of letters and digits joined by single underscores.</summary>
    public static bool IsLowerSnake(string id) => LowerSnake().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerSnake();
}
