using System.Text;
using BotForge.Analysis;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// How the lexical half of intent detection reads words in one language: which are function words (they say little
/// about intent) and how a word is cut to its stem, so that "reservas", "reserva" and "reservar" meet. Written for
/// English, Spanish, Portuguese, French, Italian, German, Arabic, Russian and Hindi (in Devanagari and in Latin letters, with
/// English's, as Hindi bots mix in English words); any other language reads with English's rules, for the same
/// reason (a word of another script is left as it is), and text in a script written without spaces between words
/// (Japanese, Chinese, Thai…) or in Korean as its pairs of characters. Every language
/// reads letters without their accents ("reservación" and "reservacion" are one word), as people type both.
/// </summary>
internal sealed class Wording
{
    private readonly HashSet<string> _functionWords;
    private readonly Func<string, string> _stem;

    /// <param name="functionWords">The language's function words, separated by spaces (without accents).</param>
    /// <param name="stem">Cuts a word to its stem.</param>
    /// <param name="answersCount">
    /// Whether a yes or a no (<see cref="Polarity"/>: "no", "si", "nahi") counts in full even where it is a function
    /// word: in a language read by wording alone, a quick reply "No" or "Sí" has nothing else to be matched by.
    /// </param>
    private Wording(string functionWords, Func<string, string> stem, bool answersCount = true)
    {
        FunctionWords = functionWords;
        _functionWords = new HashSet<string>(functionWords.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        if (answersCount)
        {
            _functionWords.ExceptWith(Answers);
        }

        _stem = stem;
    }

    /// <summary>The rules for a language code (en, es-MX, …): its own where written, English's otherwise.</summary>
    public static Wording For(string? language)
    {
        var code = language is null ? "en" : BotInfo.BaseLanguage(language);
        return code switch
        {
            "es" => Languages.Spanish,
            "pt" => Languages.Portuguese,
            "fr" => Languages.French,
            "it" => Languages.Italian,
            "de" => Languages.German,
            "hi" => Languages.Hindi,
            "ar" => Languages.Arabic,
            "ru" => Languages.Russian,
            _ => Languages.English,
        };
    }

    public bool IsFunctionWord(string word) => _functionWords.Contains(word);

    /// <summary>
    /// Hindi's postpositions, pronouns, question words, auxiliaries and modals as Indian users type them in Latin
    /// letters ("mera order kahan hai"), hardly any of them an English word: function words in English too, as an English
    /// bot in India hears Hinglish, and the words that tell it (<see cref="IsHinglish"/>).
    /// </summary>
    internal const string HindiInLatin =
        "hai hain mera meri mere mujhe mujhse hum humara hame hamein aap aapka aapki aapke apka apki tum tumhara yeh ye woh wo " +
        "kya kaise kaisa kaisi kab kahan kidhar kyun kyu kaun kaunsa kitna kitni kitne ka ki ke ko se mein tha thi aur bhi " +
        "kar karo karna karni karne karu kiya hoga hogi hua hui raha rahi rahe chahiye sakta sakti sakte " +
        "wala wale liye abhi koi kuch bahut zyada ji kripya kijiye dijiye";

    /// <summary>
    /// The words of <see cref="IsHinglish"/>: <see cref="HindiInLatin"/> and Hindi's yes and no as typed in Latin
    /// letters, which tell Hinglish too but are no function words: where the wording must confirm a match, "nahi yaar"
    /// (no, mate) has its "nahi" to meet a connection's "nahi" by.
    /// </summary>
    private static readonly HashSet<string> HindiWordsInLatin = new((HindiInLatin + " nahi nahin nhi haan").Split(' '), StringComparer.Ordinal);

    /// <summary>
    /// Whether a text is Hindi typed in Latin letters, as most Indian users type to a bot ("mera recharge nahi hua",
    /// "refund kab aayega"): two or more of <see cref="HindiInLatin"/>'s words, or one in a text of three words or
    /// fewer ("recharge karna hai" has two; "refund chahiye" one). The sentence model, which knows English, reads such
    /// text poorly: it puts any two Hinglish messages close together.
    /// </summary>
    public static bool IsHinglish(string text)
    {
        var words = FoldedWords(text);
        var hindi = words.Count(HindiWordsInLatin.Contains);
        return hindi >= 2 || (hindi == 1 && words.Length <= 3);
    }

    /// <summary>Whether every word of the text is a yes, a no or a function word ("no gracias", "sim obrigado"; not "no funciona").</summary>
    public bool IsBareAnswer(string text) =>
        FoldedWords(text).All(w => _functionWords.Contains(w) || Answers.Contains(w));

    /// <summary>The text's words, normalised as the validation rules do and without accents, not yet stemmed.</summary>
    private static string[] FoldedWords(string text) => Fold(UserSays.Normalize(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The function words, separated by spaces (as written).</summary>
    private string FunctionWords { get; }

    /// <summary>
    /// The text's words, normalised as the validation rules do, without accents, each cut to its stem. Text in a
    /// script written without spaces between words (Japanese, Chinese, Thai…), and Korean, is read as its overlapping
    /// pairs of characters (<see cref="SpacelessPairs"/>).
    /// </summary>
    public string[] Words(string text)
    {
        var words = FoldedWords(text);
        if (words.Any(w => w.Any(IsPaired)))
        {
            words = words.SelectMany(SpacelessPairs).ToArray();
        }

        for (var i = 0; i < words.Length; i++)
        {
            words[i] = _functionWords.Contains(words[i]) || IsPaired(words[i][0]) ? words[i] : _stem(words[i]);
        }

        return words;
    }

    /// <summary>A character of the scripts read by pairs (<see cref="SpacelessPairs"/>).</summary>
    private static bool IsPaired(char c) => Scripts.IsWithoutSpaces(c) || Scripts.IsHangul(c);

    /// <summary>A CJK ideograph (kanji, hanzi).</summary>
    private static bool IsIdeograph(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>
    /// A word as pieces a message can share with an example: each run of spaceless characters as its overlapping
    /// pairs ("予約したい" → 予約, 約し, した, たい; one character alone as itself), as search engines read Chinese
    /// and Japanese without a dictionary of their words, then each ideograph of the run alone (予, 約); a Korean word
    /// as its pairs of syllables too ("택배가" → 택배, 배가), so that a noun meets itself whatever particle is against
    /// it and a verb across its endings (바꾸고, 바꾸고 싶어요); the rest of the word (Latin letters, digits) as one
    /// word.
    /// </summary>
    private static IEnumerable<string> SpacelessPairs(string word)
    {
        var start = 0;
        while (start < word.Length)
        {
            var paired = IsPaired(word[start]);
            var end = start + 1;
            while (end < word.Length && IsPaired(word[end]) == paired)
            {
                end++;
            }

            if (!paired || end - start == 1)
            {
                yield return word[start..end];
            }
            else
            {
                for (var i = start; i + 2 <= end; i++)
                {
                    yield return word.Substring(i, 2);
                }

                // An ideograph alone often carries the meaning (金 money, 返 return): each counts as a word too.
                for (var i = start; i < end; i++)
                {
                    if (IsIdeograph(word[i]))
                    {
                        yield return word.Substring(i, 1);
                    }
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// Latin letters without their accents (é → e, ñ → n, ç → c, also when written as a letter and a combining
    /// accent; the Turkish dotless ı → i, the Russian ё → е); letters of other scripts, whose marks are part of them, kept. A table rather than Unicode
    /// decomposition: quicker, and the same whatever ICU version the machine has.
    /// </summary>
    internal static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= First and <= Last && Bases[c - First] is var letter && letter != '\0')
            {
                folded.Append(letter);
            }
            else if (c == 'ı')
            {
                folded.Append('i');   // the Turkish dotless i, which has no decomposition, as people type it without a Turkish keyboard
            }
            else if (c == 'ё')
            {
                folded.Append('е');   // Russian ё, which most Russian text writes as е ("ещё", "еще")
            }
            else if (c is >= '\u0300' and <= '\u036F' && folded.Length > 0 && char.IsAsciiLetter(folded[^1]))
            {
                // A combining accent on a Latin letter.
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private const char First = '\u00C0', Last = '\u024F';

    /// <summary>
    /// The base letter of each accented Latin letter from U+00C0 to U+024F (its canonical decomposition's first
    /// letter); \0 for the others.
    /// </summary>
    private static readonly char[] Bases = MakeBases(
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ",
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy");

    /// <summary>Every yes word and no word, without accents (declared after <see cref="Bases"/>, which folding them reads).</summary>
    private static readonly HashSet<string> Answers = new(Polarity.AnswerWords.Select(Fold), StringComparer.Ordinal);

    private static char[] MakeBases(string accented, string bases)
    {
        var table = new char[Last - First + 1];
        for (var i = 0; i < accented.Length; i++)
        {
            table[accented[i] - First] = bases[i];
        }

        return table;
    }

    private static bool EndsWith(string word, string suffix, int keep) =>
        word.Length - suffix.Length >= keep && word.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>The first suffix of <paramref name="suffixes"/> the word ends with, leaving at least <paramref name="keep"/> letters, taken off.</summary>
    private static string Strip(string word, int keep, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (EndsWith(word, suffix, keep))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>
    /// The languages' rules, in a class of their own: built after <see cref="Wording"/>'s own tables (the accented
    /// letters, the answer words), which their construction reads, whatever the order the fields are written in.
    /// </summary>
    private static class Languages
    {
        /// <summary>English function words (and contractions as normalisation leaves them), and Hindi's as typed in Latin letters (<see cref="HindiInLatin"/>).</summary>
        internal static readonly Wording English = new(
            "a an the i me my mine we our you your yours he she it its they them their this that these those am is are was were be been being " +
            "do does did have has had having will would shall should can could may might must to of in on at by for with about from into " +
            "over after before as and or but if so than too very just not no nor what whats which who whom whose when where why how " +
            "there here all any some such own same s t d ll m re ve don doesn didn isn wasn aren weren haven hasn won wouldn can cannot " +
            "please " + HindiInLatin,
            // A light suffix strip ("refunds", "charged", "returning" → "refund", "charg", "return").
            word => word.Length <= 4 || word.EndsWith("ss", StringComparison.Ordinal) ? word : Strip(word, 3, "ing", "ed", "es", "s"),
            // The sentence model tells a yes from a no in English.
            answersCount: false);

        /// <summary>
        /// Spanish (after folding): plurals and gender ("reservas", "reserva" → "reserv"), infinitives and the common verb
        /// endings ("cancelar", "cancelen", "cancelé", "cancelando" → "cancel"), "-ces" → "z" ("luces" → "luz").
        /// </summary>
        internal static readonly Wording Spanish = new(
            "a al algo alguien algun alguna alguno algunos ante antes aqui asi cada como con contra cual cuales cuando de del desde donde " +
            "e el ella ellas ellos en entre era eres es esa ese eso esta estas este esto estos estoy fue ha hay hasta he la las le les lo los " +
            "me mi mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque que quien se sea ser si sin sobre " +
            "su sus tambien te ti tu tus u un una uno unos usted ustedes vos y ya yo favor hola gracias " +
            "quiero quiere quieren quisiera quisieramos necesito necesita necesitamos puedo puede pueden podemos debo debe " +
            "tengo tiene tenemos voy va vamos pa",
            word => Romance(word, ["ando", "iendo", "aron", "ieron", "amos", "emos", "imos", "ado", "ido", "ada", "ida", "ar", "er", "ir", "an", "en", "as", "es", "os"], "ces", "z"));

        /// <summary>Portuguese, as Spanish, with "-ões"/"-ães" plurals ("reclamações" → "reclamac").</summary>
        internal static readonly Wording Portuguese = new(
            "a ao aos as ate com como da das de do dos e ela elas ele eles em entre era essa esse esta este eu foi ha isso isto ja la lhe mais " +
            "mas me meu meus minha minhas muito na nas nao nem no nos nossa nosso num numa o os ou para pela pelo por porque quando que quem " +
            "se sem ser seu seus sua suas tambem te tem teu tu um uma uns voce voces favor ola obrigado obrigada " +
            "quero queria quer querem gostaria gostariamos preciso precisa precisamos posso pode podem podemos devo deve " +
            "estou estao estamos tenho temos vou vai vamos pra pro vc vcs ta to",
            word => Romance(word, ["ando", "endo", "indo", "aram", "eram", "amos", "emos", "imos", "ado", "ido", "ada", "ida", "ar", "er", "ir", "am", "em", "as", "es", "os"], "oes", "ao"));

        /// <summary>French: elided articles and pronouns are function words; plurals, feminine e, infinitives and the usual verb endings go ("annulez", "annulé", "annuler" → "annul").</summary>
        internal static readonly Wording French = new(
            "a au aux avec ce ces cet cette dans de des du elle elles en est et etre eu il ils je la le les leur leurs lui ma mais me mes moi mon " +
            "ne ni nos notre nous on ou par pas plus pour qu que qui sa se ses si son sont sur ta te tes toi ton tu un une vos votre vous y " +
            "c d j l m n s t ai as avez avons suis sommes etes ete fait bonjour merci svp plait",
            word => Romance(word, ["issons", "issez", "ons", "ez", "ent", "er", "ir", "ee", "ees", "es", "e", "s", "x"], null, null));

        /// <summary>
        /// Italian (after folding): articles (and their elided forms, "l'ordine" → "l ordine"), pronouns, prepositions,
        /// question words, auxiliaries and modal verbs, as English has them; final vowels (gender and number) and the
        /// common verb endings.
        /// </summary>
        internal static readonly Wording Italian = new(
            "a ad al alla alle ai agli anche che chi ci come con da dal dalla dei del della delle di e ed gli ha hai ho i il in io la le lei lo " +
            "loro lui ma mi mia mio ne nei nel nella no noi non o per perche piu quale quando questa questo se si sono su sua suo ti tu tua tuo " +
            "un una uno vi voi gia grazie ciao " +
            "l d c dell all dall nell sull sul sulla sui tra fra miei mie tuoi tue suoi sue nostro nostra nostri vostro vostra vostri " +
            "questi queste quello quella quelli quelle cui qual quanto quanta quanti quante cosa cos dove dov " +
            "sei siamo siete era erano essere stato stata avere abbiamo avete hanno fare faccio fa fai facciamo " +
            "posso puoi puo possiamo potete possono voglio vuoi vuole vogliamo vorrei vorremmo devo deve dobbiamo sto sta stai " +
            "molto tutto tutti ancora qui qua ecco favore prego",
            word => Romance(word, ["ando", "endo", "are", "ere", "ire", "ato", "ata", "ati", "ate", "uto", "ito", "a", "e", "i", "o"], null, null));

        /// <summary>
        /// German (after folding): articles, pronouns, prepositions, question words, auxiliaries and modal verbs, as
        /// English has them; the usual inflection endings ("Bestellungen", "Bestellung" → "bestellung"; "stornieren",
        /// "storniert" → "stornier").
        /// </summary>
        internal static readonly Wording German = new(
            "aber als am an auch auf aus bei bin bis bist da das dass dein deine dem den der des die dir du ein eine einem einen einer es fur hat " +
            "hatte ich ihr im in ist ja kann mein meine mich mir mit nach nicht noch nur oder sein sich sie sind so uber um und uns unser von vor " +
            "war was wie wir wo zu zum zur bitte danke hallo " +
            "er ihm ihn ihnen ihre ihren ihrem ihrer ihres euch euer eure unsere unserem unseren unserer meinem meinen meiner meines deinem deinen " +
            "deiner dieser diese dieses diesen diesem man alle alles jeder jede jedes kein keine keinen keinem keiner " +
            "wann wer wen wem wessen welche welcher welches welchen welchem warum wieso weshalb wohin woher " +
            "wird wirst werden wurde wurden worden habe hast haben habt hab ware waren seid gewesen kannst konnen konnte konnten mochte mochten " +
            "will willst wollen soll sollte sollen muss musst mussen darf darfst durfen " +
            "ob wenn weil denn dann doch schon mal sehr gern gerne hier dort jetzt etwas durch gegen ohne",
            word => word.Length <= 4 ? word : Strip(word, 4, "ern", "en", "er", "es", "et", "st", "e", "n", "s", "t"));

        /// <summary>Hindi's postpositions, pronouns and auxiliaries, in Devanagari and as written in Latin letters (<see cref="HindiInLatin"/> and a few that are English words too), beside English's; English's stems for words in Latin letters.</summary>
        internal static readonly Wording Hindi = new(
            "का की के को से में पर है हैं था थी थे और या भी नहीं ना न तो ही यह वह ये वो मैं मेरा मेरी मेरे मुझे हम हमारा हमें आप आपका आपकी आपके " +
            "तुम तुम्हारा क्या कैसे कब कहाँ कहां क्यों कौन जो एक कर करें करो करना हो होगा जी कृपया " +
            // In Latin letters: HindiInLatin (in English's list too), and the words that are also English ones.
            "par ya na hi main jo ek ho " +
            English.FunctionWords,
            English._stem);

        /// <summary>
        /// Arabic: prepositions, pronouns, question words, conjunctions and particles (in the spellings people type, with
        /// and without hamza), and a light stem (<see cref="ArabicStem"/>).
        /// </summary>
        internal static readonly Wording Arabic = new(
            "في من على الى إلى عن مع ب ل ك هل ما ماذا كيف متى اين أين لماذا لم لن قد كم اي أي هذا هذه ذلك تلك هذي الذي التي الذين " +
            "انا أنا انت أنت هو هي نحن هم انتم أنتم و او أو ثم ان أن إن كان كانت يكون كل بعض عند لدي لدينا لي لك له لها لنا يا " +
            "ايضا أيضا فقط جدا الان الآن هناك هنا ممكن يمكن يمكنني يمكنك ارجو أرجو فضلك سمحت",
            ArabicStem);

        /// <summary>
        /// Russian: Snowball's Russian stop words (prepositions, pronouns, conjunctions, particles), with the possessives,
        /// beside English's; Snowball's Russian stem
        /// (<see cref="RussianStem"/>) for a Cyrillic word ("заказа", "заказом", "заказе" → "заказ"), English's for the
        /// others.
        /// </summary>
        internal static readonly Wording Russian = new(
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему " +
            "теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут " +
            "где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой " +
            "совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец об другой хоть после над " +
            "больше тот через эти нас про всего них какая много разве эту моя впрочем свою этой перед иногда чуть том нельзя такой им более " +
            "всегда конечно всю между мои мою моего моей моих мое ваш ваша ваше ваши вашего вашей свой свои своего своей это эта " +
            English.FunctionWords,
            word => word.Any(Scripts.IsCyrillic) ? RussianStem(word) : English._stem(word));
    }

    /// <summary>
    /// A Russian word's stem by Snowball's Russian stemmer (Porter's algorithm for Russian): ё read as е; in the part
    /// after the first vowel, a perfective gerund's ending taken off, or a reflexive one and then an adjective's (with
    /// a participle's before it), a verb's or a noun's; then a final и, a derivational -ость in the second region, a
    /// superlative -ейш(е), a doubled н and a soft sign.
    /// </summary>
    internal static string RussianStem(string word)
    {
        word = word.Replace('ё', 'е');   // as Fold reads it, for a word stemmed without folding
        var rv = word.IndexOfAny(RussianVowels) + 1;
        if (rv <= 0 || rv >= word.Length)
        {
            return word;
        }

        // The second region: after the first non-vowel following a vowel, twice.
        var r1 = Region(word, 0);
        var r2 = Region(word, r1);

        var w = word;
        if (!Take(ref w, rv, PerfectiveGerund1, afterAOrYa: true) && !Take(ref w, rv, PerfectiveGerund2, afterAOrYa: false))
        {
            Take(ref w, rv, Reflexive, afterAOrYa: false);
            if (Take(ref w, rv, Adjective, afterAOrYa: false))
            {
                _ = Take(ref w, rv, Participle1, afterAOrYa: true) || Take(ref w, rv, Participle2, afterAOrYa: false);
            }
            else if (!Take(ref w, rv, Verb1, afterAOrYa: true) && !Take(ref w, rv, Verb2, afterAOrYa: false))
            {
                Take(ref w, rv, Noun, afterAOrYa: false);
            }
        }

        if (w.Length > rv && w.EndsWith('и'))
        {
            w = w[..^1];
        }

        Take(ref w, Math.Max(r2, rv), Derivational, afterAOrYa: false);

        if (w.Length - 2 >= rv && w.EndsWith("нн", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        else if (Take(ref w, rv, Superlative, afterAOrYa: false))
        {
            if (w.Length - 2 >= rv && w.EndsWith("нн", StringComparison.Ordinal))
            {
                w = w[..^1];
            }
        }
        else if (w.Length > rv && w.EndsWith('ь'))
        {
            w = w[..^1];
        }

        return w;

        static int Region(string word, int from)
        {
            for (var i = from + 1; i < word.Length; i++)
            {
                if (Array.IndexOf(RussianVowels, word[i - 1]) >= 0 && Array.IndexOf(RussianVowels, word[i]) < 0)
                {
                    return i + 1;
                }
            }

            return word.Length;
        }
    }

    /// <summary>
    /// Takes off the longest of <paramref name="endings"/> that the word ends with inside its region from
    /// <paramref name="start"/>, when (<paramref name="afterAOrYa"/>) an а or я, inside it too, comes before it; whether it did.
    /// </summary>
    private static bool Take(ref string word, int start, string[] endings, bool afterAOrYa)
    {
        foreach (var ending in endings)   // longest first
        {
            if (word.Length - ending.Length >= start && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var at = word.Length - ending.Length;
                if (afterAOrYa && !(at - 1 >= start && word[at - 1] is 'а' or 'я'))
                {
                    return false;
                }

                word = word[..at];
                return true;
            }
        }

        return false;
    }

    private static readonly char[] RussianVowels = ['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я'];

    private static string[] Longest(params string[] endings) => [.. endings.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)];

    private static readonly string[] PerfectiveGerund1 = Longest("в", "вши", "вшись");
    private static readonly string[] PerfectiveGerund2 = Longest("ив", "ивши", "ившись", "ыв", "ывши", "ывшись");
    private static readonly string[] Reflexive = Longest("ся", "сь");
    private static readonly string[] Adjective = Longest("ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею");
    private static readonly string[] Participle1 = Longest("ем", "нн", "вш", "ющ", "щ");
    private static readonly string[] Participle2 = Longest("ивш", "ывш", "ующ");
    private static readonly string[] Verb1 = Longest("ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно");
    private static readonly string[] Verb2 = Longest("ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю");
    private static readonly string[] Noun = Longest("а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я");
    private static readonly string[] Superlative = Longest("ейше", "ейш");
    private static readonly string[] Derivational = Longest("ость", "ост");

    /// <summary>
    /// An Arabic word's light stem, after Larkey, Ballesteros and Connell's light10 (2002): without short vowels and
    /// tatweel, alef with hamza or madda as bare alef, alef maqsura as ya, ta marbuta as ha; then without a leading
    /// "and" (و) and a definite article (ال, وال, بال, كال, فال, لل), and without the common suffixes, each leaving at
    /// least two letters ("والبطاقة", "البطاقة", "بطاقة" → "بطاق").
    /// </summary>
    private static string ArabicStem(string word)
    {
        var normal = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is (>= '\u064B' and <= '\u0652') or '\u0640')
            {
                continue;
            }

            normal.Append(c switch { 'أ' or 'إ' or 'آ' => 'ا', 'ى' => 'ي', 'ة' => 'ه', _ => c });
        }

        var stem = normal.ToString();
        if (stem.Length > 3 && stem[0] == 'و')
        {
            stem = stem[1..];
        }

        foreach (var article in ArabicArticles)
        {
            if (stem.Length - article.Length >= 2 && stem.StartsWith(article, StringComparison.Ordinal))
            {
                stem = stem[article.Length..];
                break;
            }
        }

        foreach (var suffix in ArabicSuffixes)
        {
            if (stem.Length - suffix.Length >= 2 && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
            }
        }

        return stem;
    }

    private static readonly string[] ArabicArticles = ["وال", "بال", "كال", "فال", "لل", "ال"];

    private static readonly string[] ArabicSuffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>
    /// A Romance-language light stem: a special plural first (<paramref name="plural"/> → <paramref name="singular"/>),
    /// then the first ending of <paramref name="endings"/> that leaves four letters, then a final vowel.
    /// </summary>
    private static string Romance(string word, string[] endings, string? plural, string? singular)
    {
        if (word.Length <= 4)
        {
            return word;
        }

        if (plural is not null && EndsWith(word, plural, 3))
        {
            word = word[..^plural.Length] + singular;
        }

        var stem = Strip(word, 4, endings);
        return stem.Length > 4 && stem[^1] is 'a' or 'e' or 'o' ? stem[..^1] : stem;
    }
}
