namespace BotForge.Text;

/// <summary>
/// The writing systems that put no space between words (Japanese, Chinese, Thai, Lao, Khmer, Myanmar), and Korean's,
/// which writes particles against a word, as the engine, the rules and diff read them: each as a character test and
/// as the body of a .NET regex character class, which name the same characters.
/// </summary>
public static class Scripts
{
    /// <summary>Japanese kana and CJK ideographs (with the iteration mark 々), as a regex class body.</summary>
    public const string Cjk = @"\p{IsHiragana}\p{IsKatakana}\p{IsKatakanaPhoneticExtensions}\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKCompatibilityIdeographs}々";

    /// <summary>Every script written without spaces between words, as a regex class body.</summary>
    public const string WithoutSpaces = Cjk + @"\p{IsThai}\p{IsLao}\p{IsKhmer}\p{IsMyanmar}";

    /// <summary>Whether the character belongs to a script written without spaces between words (<see cref="WithoutSpaces"/>).</summary>
    public static bool IsWithoutSpaces(char c) => IsCjk(c) || c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1780' and <= '\u17FF') or (>= '\u1000' and <= '\u109F');

    /// <summary>Korean syllables, as a regex class body (<see cref="IsHangul"/>).</summary>
    public const string Hangul = @"\p{IsHangulSyllables}";

    /// <summary>
    /// Whether the character is a Korean syllable. Korean is written with spaces, but with its particles and endings
    /// against the word (택배가, 택배를, 택배는: one noun), so a word alone says less than in other languages.
    /// </summary>
    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>A Cyrillic letter (Russian, Ukrainian, Serbian, Kazakh…), with the Cyrillic Supplement.</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    /// <summary>
    /// A Latin letter's Cyrillic twin (<paramref name="fromLatin"/>) or a Cyrillic letter's Latin one: the letters that
    /// look the same (A and А, C and С, small a and а; not small b and в, whose capitals alone look alike); other
    /// characters as they are.
    /// </summary>
    public static char Lookalike(char c, bool fromLatin)
    {
        var at = (fromLatin ? LatinTwins : CyrillicTwins).IndexOf(c, StringComparison.Ordinal);
        return at < 0 ? c : (fromLatin ? CyrillicTwins : LatinTwins)[at];
    }

    /// <summary>Latin letters and the Cyrillic letters that look the same, in the same order (A and А, B and В, …).</summary>
    private const string LatinTwins = "ABCEHKMOPTXYIaceopxyi";

    /// <inheritdoc cref="LatinTwins"/>
    private const string CyrillicTwins = "АВСЕНКМОРТХУІасеорхуі";

    /// <summary>The name of a digit's script, for a digit other than ASCII's ("Devanagari" for '९'; "full-width" for '９').</summary>
    public static string DigitsOf(char digit) => digit switch
    {
        >= '\u0660' and <= '\u0669' => "Arabic-Indic",
        >= '\u06F0' and <= '\u06F9' => "Persian",
        >= '\u0966' and <= '\u096F' => "Devanagari",
        >= '\u09E6' and <= '\u09EF' => "Bengali",
        >= '\u0A66' and <= '\u0A6F' => "Gurmukhi",
        >= '\u0AE6' and <= '\u0AEF' => "Gujarati",
        >= '\u0B66' and <= '\u0B6F' => "Odia",
        >= '\u0BE6' and <= '\u0BEF' => "Tamil",
        >= '\u0C66' and <= '\u0C6F' => "Telugu",
        >= '\u0CE6' and <= '\u0CEF' => "Kannada",
        >= '\u0D66' and <= '\u0D6F' => "Malayalam",
        >= '\u0E50' and <= '\u0E59' => "Thai",
        >= '\uFF10' and <= '\uFF19' => "full-width",
        _ => "non-ASCII",
    };

    /// <summary>Whether the character is Japanese kana or a CJK ideograph (<see cref="Cjk"/>).</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or '\u3005' or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
