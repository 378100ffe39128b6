using BotForge.Analysis;

namespace BotForge.Simulation.Nlu;

/// <summary>Whether a short message is a yes or a no.</summary>
public enum AnswerPolarity
{
    /// <summary>Neither: not a short answer that starts with a yes or a no word.</summary>
    None,

    Yes,

    No,
}

/// <summary>
/// Yes and no, told apart. Sentence embeddings put "no" next to "yes" (their cosine is about 0.7: both answer a
/// question), so a "No" tapped at "Shall I pay?" came out as the connection whose phrase is "yes". A short answer
/// (at most <see cref="MostWords"/> words) that starts with a yes word ("yes", "sure, go ahead", "haan ji") or a no
/// word ("no", "not now", "nahi chahiye") is never the nearest to an example of the other kind, in detection or in
/// a connection's phrases. Words of English and Hindi (in Devanagari and in Latin letters), and of a few other
/// common languages; a language's own yes and no outside these are judged by similarity alone.
/// </summary>
public static class Polarity
{
    /// <summary>The most words a text may have to be read as a yes or a no.</summary>
    public const int MostWords = 4;

    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "yes", "yeah", "yep", "yup", "yea", "yess", "yesss", "sure", "ok", "okay", "okey", "k", "kk", "alright", "affirmative",
        "absolutely", "definitely", "certainly", "correct", "confirm", "confirmed", "agreed", "agree", "proceed",
        "हाँ", "हां", "हा", "जी", "ठीक", "बिल्कुल", "बिलकुल", "haan", "han", "haa", "haanji", "hanji", "theek", "thik", "bilkul",
        "sim", "sí", "si", "oui", "ja", "jawohl", "نعم", "أجل", "اجل", "ايوه", "أيوه", "ايوا",
        "да", "ага", "угу", "конечно", "верно",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "nope", "nah", "nay", "not", "never", "dont", "don", "negative", "incorrect", "wrong",
        "नहीं", "नही", "ना", "मत", "nahi", "nahin", "nhi", "nai", "nahii", "mat",
        "não", "nao", "non", "nein", "لا", "كلا",
        "нет", "неа", "ні",
    };

    /// <summary>Whether <paramref name="text"/> is a short yes or no answer (read from its first word).</summary>
    public static AnswerPolarity Of(string text)
    {
        // Most examples are sentences: one with more than three times as many spaces is no short answer, whatever
        // its punctuation, and is passed over without being normalised.
        if (text.AsSpan().Count(' ') > 3 * MostWords)
        {
            return AnswerPolarity.None;
        }

        var words = UserSays.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MostWords)
        {
            return AnswerPolarity.None;
        }

        return YesWords.Contains(words[0]) ? AnswerPolarity.Yes : NoWords.Contains(words[0]) ? AnswerPolarity.No : AnswerPolarity.None;
    }

    /// <summary>Every yes word and no word, as written in the lists.</summary>
    internal static IEnumerable<string> AnswerWords => YesWords.Concat(NoWords);

    /// <summary>True when one is a yes and the other a no.</summary>
    public static bool Opposite(AnswerPolarity a, AnswerPolarity b) =>
        (a == AnswerPolarity.Yes && b == AnswerPolarity.No) || (a == AnswerPolarity.No && b == AnswerPolarity.Yes);
}
