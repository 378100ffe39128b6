namespace BotForge.Text;

/// <summary>Language codes by the languages' English (and own) names, as authors write them in place of the code.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["english"] = "en", ["hindi"] = "hi", ["tamil"] = "ta", ["telugu"] = "te", ["kannada"] = "kn", ["malayalam"] = "ml",
        ["marathi"] = "mr", ["bengali"] = "bn", ["bangla"] = "bn", ["gujarati"] = "gu", ["punjabi"] = "pa", ["urdu"] = "ur",
        ["odia"] = "or", ["oriya"] = "or", ["assamese"] = "as", ["spanish"] = "es", ["español"] = "es", ["french"] = "fr",
        ["français"] = "fr", ["german"] = "de", ["deutsch"] = "de", ["portuguese"] = "pt", ["português"] = "pt", ["arabic"] = "ar",
        ["indonesian"] = "id", ["bahasa"] = "id", ["chinese"] = "zh", ["japanese"] = "ja", ["italian"] = "it", ["russian"] = "ru",
        ["dutch"] = "nl", ["turkish"] = "tr", ["thai"] = "th", ["vietnamese"] = "vi", ["korean"] = "ko", ["malay"] = "ms",
        ["русский"] = "ru", ["ukrainian"] = "uk", ["українська"] = "uk", ["türkçe"] = "tr",
    };

    /// <summary>
    /// Whether <paramref name="key"/> is written as the code of a language named here, a region after it or not
    /// ('ja', 'hi-IN', 'pt_BR'): how a key that is a language is told from a misspelt key.
    /// </summary>
    public static bool IsCode(string key)
    {
        var dash = key.IndexOfAny(['-', '_']);
        var code = dash < 0 ? key : key[..dash];
        return code.Length is 2 or 3 && KnownCodes.Contains(code) && (dash < 0 || key.Length - dash - 1 is >= 2 and <= 4);
    }

    private static readonly HashSet<string> KnownCodes = new(Codes.Values, StringComparer.Ordinal);

    /// <summary>The English name of the language whose code is <paramref name="code"/> ('ko': Korean), or null.</summary>
    public static string? NameOf(string code) =>
        Codes.FirstOrDefault(p => p.Value == code && p.Key.All(char.IsAsciiLetterLower)).Key is { } name ? char.ToUpperInvariant(name[0]) + name[1..] : null;

    /// <summary>Countries' codes that authors write for their languages' ('kr' for Korean, whose code is 'ko').</summary>
    private static readonly Dictionary<string, (string Code, string Country)> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kr"] = ("ko", "Korea"), ["jp"] = ("ja", "Japan"), ["cn"] = ("zh", "China"), ["tw"] = ("zh", "Taiwan"), ["dk"] = ("da", "Denmark"),
        ["se"] = ("sv", "Sweden"), ["gr"] = ("el", "Greece"), ["cz"] = ("cs", "Czechia"), ["ua"] = ("uk", "Ukraine"), ["il"] = ("he", "Israel"),
        ["vn"] = ("vi", "Vietnam"), ["br"] = ("pt", "Brazil"), ["mx"] = ("es", "Mexico"),
    };

    /// <summary>
    /// The language code an author likely meant by a country's code ('kr': 'ko', as Korea's), with the country; null for
    /// any other key. Some are also codes of other languages (kr is Kanuri's): ask only where the bot has the language.
    /// </summary>
    public static (string Code, string Country)? OfCountry(string code) => Countries.TryGetValue(code, out var meant) ? meant : null;

    /// <summary>The code of the language <paramref name="name"/> names (any case: 'Hindi' is hi), or null.</summary>
    public static string? CodeOf(string name) => Codes.GetValueOrDefault(name.ToLowerInvariant());
}
