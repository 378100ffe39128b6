using System.Text.RegularExpressions;

namespace BotForge.Text;

/// <summary>The shape of the format's lower_snake_case ids (bot, story, sub-story, entity), as the schema's pattern writes it.</summary>
public static partial class Identifiers
{
    /// <summary>Whether <paramref name="id"/> is lower-case words of letters and digits joined by single underscores.</summary>
    public static bool IsLowerSnake(string id) => LowerSnake().IsMatch(id);

    /// <summary>An id written in capitals, CamelCase, or with spaces or dashes, in lower_snake_case ('RoomType', 'Room Type', 'ROOM_TYPE': 'room_type'); null when that is no id either.</summary>
    public static string? LowerSnakeOf(string written)
    {
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < written.Length; i++)
        {
            var c = written[i];
            if (c is ' ' or '-' or '_')
            {
                words.Append('_');
            }
            else if (char.IsAsciiLetterUpper(c) && i > 0 && (char.IsAsciiLetterLower(written[i - 1]) || char.IsAsciiDigit(written[i - 1])))
            {
                words.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(char.ToLowerInvariant(c));
            }
        }

        var snake = string.Join('_', words.ToString().Split('_', StringSplitOptions.RemoveEmptyEntries));
        return IsLowerSnake(snake) && snake != written ? snake : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerSnake();
}
