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

    /// <summary>Whether the character is Japanese kana or a CJK ideograph (<see cref="Cjk"/>).</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or '\u3005' or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
