using System.Text.RegularExpressions;

namespace BotForge.Text;

/// <summary>The shapes of the format's ids, as the schema's patterns write them: lower_snake_case ids (bot, story, sub-story, entity) and system names.</summary>
public static partial class Identifiers
{
    /// <summary>Whether <paramref name="id"/> is lower-case words of letters and digits joined by single underscores.</summary>
    public static bool IsLowerSnake(string id) => LowerSnake().IsMatch(id);

    /// <summary>
    /// An id written in capitals, CamelCase, with spaces or dashes, or with letters outside ASCII, in lower_snake_case
    /// ('RoomType', 'Room Type', 'ROOM_TYPE': 'room_type'; 'şehir': 'sehir'; 'город': 'gorod'); null when that is no id either.
    /// </summary>
    public static string? LowerSnakeOf(string written)
    {
        var ascii = IdLetters(written);
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < ascii.Length; i++)
        {
            var c = ascii[i];
            if (c is ' ' or '-' or '_')
            {
                words.Append('_');
            }
            else if (char.IsAsciiLetterUpper(c) && i > 0 && (char.IsAsciiLetterLower(ascii[i - 1]) || char.IsAsciiDigit(ascii[i - 1])))
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

    /// <summary>A system name written in lower case, with spaces or dashes, or with letters outside ASCII, in capitals ('search_again', 'search again': 'SEARCH_AGAIN'; 'İADE': 'IADE'; 'ЗАПИСЬ': 'ZAPIS'); null when that is no system name either.</summary>
    public static string? SystemNameOf(string written)
    {
        var capitals = string.Join('_', IdLetters(written).Trim().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return capitals.Length > 0 && capitals.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_') ? capitals : null;
    }

    /// <summary>
    /// Letters with diacritics as their ASCII letters, as authors write ids in ASCII ('şehir': 'sehir', 'İADE': 'IADE',
    /// 'çalışma': 'calisma', 'Straße': 'Strasse'); other characters as they are.
    /// </summary>
    public static string AsciiLetters(string written)
    {
        if (System.Text.Ascii.IsValid(written))
        {
            return written;
        }

        var letters = new System.Text.StringBuilder(written.Length);
        foreach (var c in written.Normalize(System.Text.NormalizationForm.FormD))
        {
            _ = c switch
            {
                'ı' => letters.Append('i'),
                'ß' => letters.Append("ss"),
                'æ' => letters.Append("ae"),
                'Æ' => letters.Append("AE"),
                'ø' => letters.Append('o'),
                'Ø' => letters.Append('O'),
                'đ' => letters.Append('d'),
                'Đ' => letters.Append('D'),
                'ł' => letters.Append('l'),
                'Ł' => letters.Append('L'),
                _ when System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark => letters,
                _ => letters.Append(c),
            };
        }

        return letters.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>The letters of a name as an id writes them, in ASCII: Cyrillic ones Latin (<see cref="LatinLetters"/>), then without their marks (<see cref="AsciiLetters"/>).</summary>
    public static string IdLetters(string written) => AsciiLetters(LatinLetters(written));

    /// <summary>
    /// Cyrillic letters as the Latin ones an id means: in a name that has Latin letters too, those that look like Latin
    /// letters as the letters they look like, typed in a Cyrillic layout or copied ('SТАТUS' with Cyrillic Т and А:
    /// 'STATUS'); the others, or all in a name of Cyrillic letters alone, romanised in the common way (ж zh, х kh,
    /// я ya; ь and ъ dropped: 'ЗАПИСЬ': 'ZAPIS', 'город': 'gorod', 'щётка': 'shchetka'); other characters as they are.
    /// </summary>
    public static string LatinLetters(string written)
    {
        if (!written.Any(Scripts.IsCyrillic))
        {
            return written;
        }

        var mixed = written.Any(char.IsAsciiLetter);
        var latin = new System.Text.StringBuilder(written.Length + 4);
        foreach (var c in written)
        {
            var twin = mixed ? Scripts.Lookalike(c, fromLatin: false) : c;
            if (twin != c || !Scripts.IsCyrillic(c))
            {
                latin.Append(twin);
                continue;
            }

            var at = Cyrillic.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            var letters = at < 0 ? c.ToString() : Romanised[at];
            latin.Append(char.IsUpper(c) && letters.Length > 0 ? char.ToUpperInvariant(letters[0]) + letters[1..] : letters);
        }

        return latin.ToString();
    }

    /// <summary>
    /// The Cyrillic letters of a name written with Latin letters too that look like Latin ones ('SТАТUS': "ТА"), typed
    /// in a Cyrillic layout or copied from Cyrillic text; empty when there are none.
    /// </summary>
    public static string CyrillicLookalikes(string written) =>
        written.Any(char.IsAsciiLetter) ? string.Concat(written.Where(c => Scripts.IsCyrillic(c) && Scripts.Lookalike(c, fromLatin: false) != c).Distinct()) : string.Empty;

    /// <summary>The Russian and Ukrainian small letters, and each one's romanisation, in the same order (<see cref="LatinLetters"/>).</summary>
    private const string Cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ";

    private static readonly string[] Romanised =
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ye", "i", "yi", "g"];

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerSnake();
}
