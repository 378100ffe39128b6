using System.Globalization;
using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Numbers in the words of Hindi, Marathi, Gujarati, Bengali, Tamil and Telugu, in their scripts and in Latin letters,
/// read as the platform's number detector for the language reads them (chatbot_ner's numeral lists, and its reading
/// of them): the message cut at spaces (and at '-' and ':'), each word a number word or not; a run of number words is
/// one number, a scale multiplying what came before it ("दो सौ": 200, "இரண்டு ஆயிரம்": 2000), and a word as wide as the
/// one before it starting another ("दो तीन": 2 and 3). A conversation in one of these languages reads its own words
/// only, as the platform's detector for it does: English number words are not among them.
/// </summary>
internal static partial class NumberWords
{
    /// <summary>The message with each run of the language's number words written as digits; as <see cref="Rewrite(string)"/> for any other language.</summary>
    public static (string Text, IReadOnlyList<Replacement> Replacements) Rewrite(string message, string? language) =>
        language is null || Indian.For(Model.BotInfo.BaseLanguage(language)) is not { } words ? Rewrite(message)
        : Rewrite(message, IndianRuns(message, words).Select(r => (r.Index, r.Length, r.Value.ToString(CultureInfo.InvariantCulture))));

    /// <summary>
    /// The first number in the words of an Indian language whose list the platform carries, other than the
    /// conversation's, and that language's name: its number detector for the conversation's language does not read
    /// them ("do sau rupaye" in a conversation in English; "दो सौ"). In Latin letters only a run with a word English
    /// does not have (<see cref="SentenceEncoder.IsWord"/>): "do sau", "paanch", not "teen" or "do" alone. Null when
    /// there is none.
    /// </summary>
    public static (string Text, string Language)? InIndianWords(string message, string? conversationLanguage)
    {
        var own = conversationLanguage is null ? null : Model.BotInfo.BaseLanguage(conversationLanguage);
        foreach (var code in IndianLanguages.Where(code => code != own))
        {
            foreach (var (index, length, _) in IndianRuns(message, Indian.For(code)!))
            {
                var text = message.Substring(index, length);
                if (Token().Matches(text).Any(word => !word.Value.All(char.IsAsciiLetter) || !SentenceEncoder.IsWord(word.Value.ToLowerInvariant())))
                {
                    return (text, Text.LanguageNames.NameOf(code) ?? code);
                }
            }
        }

        return null;
    }

    /// <summary>The languages whose number words the platform's detectors read (<see cref="Indian.For"/>), in a fixed order.</summary>
    private static readonly string[] IndianLanguages = ["hi", "mr", "gu", "bn", "ta", "te"];

    /// <summary>
    /// The runs of number words in the message, as chatbot_ner's get_number_from_number_word finds them in each part
    /// of the message between '-' and ':': word by word (cut at whitespace), a scale closing what came before it into
    /// the number, a word of the same width as the previous number word starting a new number.
    /// </summary>
    private static List<(int Index, int Length, double Value)> IndianRuns(string message, Indian words)
    {
        var runs = new List<(int, int, double)>();
        foreach (Match segment in Segment().Matches(message))
        {
            var prevWidth = 0;
            double current = 0, result = 0;
            int start = -1, end = -1;
            var onNumber = false;
            void Emit()
            {
                if (onNumber)
                {
                    runs.Add((start, end - start, result + current));
                }

                (current, result, start, onNumber) = (0, 0, -1, false);
            }

            foreach (Match token in Token().Matches(segment.Value))
            {
                if (!words.Map.TryGetValue(token.Value.ToLowerInvariant(), out var word))
                {
                    Emit();
                    continue;
                }

                var width = Math.Max(((long)word.Increment).ToString(CultureInfo.InvariantCulture).Length, word.Scale.ToString(CultureInfo.InvariantCulture).Length);
                if (width == prevWidth)
                {
                    Emit();
                }

                current = word.Scale > 1 && current == 0 && word.Increment == 0 ? 1 : current;
                current = (current * word.Scale) + word.Increment;
                start = start < 0 ? segment.Index + token.Index : start;
                end = segment.Index + token.Index + token.Length;
                if (word.Scale > 1)
                {
                    result += current;
                    current = 0;
                }

                onNumber = true;
                prevWidth = width;
            }

            Emit();
        }

        return runs;
    }

    [GeneratedRegex(@"[^\-:]+", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>
    /// One language's number words: each word's scale and increment (a unit's scale is 1; a scale's increment 0), as
    /// chatbot_ner's numerals list gives them, lower-cased; words of several tokens (which a word of the message never
    /// equals) and scales of one letter (which its reading leaves out) are not listed.
    /// </summary>
    private sealed class Indian
    {
        private Indian(string units, string scales)
        {
            foreach (var (line, isScale) in units.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (l, false))
                         .Concat(scales.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (l, true))))
            {
                var (variants, value) = (line[..line.LastIndexOf(',')], double.Parse(line[(line.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture));
                foreach (var variant in variants.Split('|').Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0 && !v.Contains(' ')))
                {
                    if (!isScale || variant.Length > 1)
                    {
                        Map[variant] = isScale ? (value, 0) : (1, value);
                    }
                }
            }
        }

        public Dictionary<string, (double Scale, double Increment)> Map { get; } = new(StringComparer.Ordinal);

        public static Indian? For(string language) => language switch
        {
            "hi" => Hindi,
            "mr" => Marathi,
            "gu" => Gujarati,
            "bn" => Bengali,
            "ta" => Tamil,
            "te" => Telugu,
            _ => null,
        };

        private static Indian Hindi => field ??= new(
            """
            शून्य|zero|sunya,0
            एक|ek|ik,1
            डेढ़|ढेड़|देढ़|dedh|dhed,1.5
            दो|do|du,2
            ढाई|ढ़ाई|धाइ|धाई|dhaai|daai|dhai|dai,2.5
            तीन|teen|tin,3
            चार|char|chaar,4
            पाँच|पांच|panch|paanch|paach,5
            छह|chhe|chhah|chheh,6
            सात|saat,7
            आठ|ath|aath,8
            नौ|nau|nao,9
            दस|dus|das,10
            ग्यारह|gyareh|gyarah,11
            बारह|bareh|barah,12
            तेरह|terah|tereh,13
            चौदह|chaudeh|chaudah|chauda,14
            पन्द्रह|pandreh|pandrah|pehdrah|pendreh,15
            सोलह|solah|soleh|sholah|sholeh,16
            सत्रह|satreh|starah,17
            अठारह|athrah|athreh|aththarah|aththareh,18
            उन्नीस|unnis|unnish,19
            बीस|bis|bish|bees|beesh,20
            इक्कीस|ikkis|ikkish|ekkis|ekkish,21
            बाईस|bais|baish|bayis|bayish,22
            तेईस|teis|teish|teyis|teyish,23
            चौबीस|chaubis|chaubish|chaubees|chaubeesh,24
            पच्चीस|pachis|pachish|pachchis|pachchish|pachees|pacheesh|pachchees|pachcheesh,25
            छब्बीस|chhabis|chhabish|chhabees|chhabeesh|chhabbis|chhabbish|chhabbees|chhabbeesh,26
            सत्ताईस|sattais|sattaish|sattaees|sattaeesh,27
            अट्ठाईस|athais|athaish|athaees|athaeesh|aththais|aththaish|aththaees|aththaeesh,28
            उनतीस|untis|untish|untees|unteesh,29
            तीस|tis|tish|tees|teesh,30
            इकतीस|ikkatis|ikkatish|ikattis|ikattish|ikkattis|ikkattish|ekkatis|ekkatish|ekattis|ekattish|ekkattis|ekkattish,31
            बत्तीस|batis|batish|battis|battish|batees|bateesh|battees|batteesh,32
            तैंतीस|taitis|taitish|taitees|taiteesh|taintis|taintish|taintees|tainteesh,33
            चौंतीस|chautis|chautish|chautees|chauteesh|chauntis|chauntish|chauntees|chaunteesh,34
            पैंतीस|paitis|paitish|paitees|paiteesh|paintis|paintish|paintees|painteesh,35
            छत्तीस|chhatis|chhatish|chhatees|chhateesh|chhattis|chhattish|chhattees|chhatteesh,36
            सैंतीस|saitis|saitish|saitees|saiteesh|saintis|saintish|saintees|sainteesh,37
            अड़तीस|adtis|adtish|adtees|adteesh,38
            उनतालीस|unchalis|unchalish|unchalees|unchaleesh,39
            चालीस|chalis|chalish|chalees|chaleesh,40
            इकतालीस|iktalis|iktalish|iktalees|iktaleesh|ektalis|ektalish|ektalees|ektaleesh,41
            बयालीस|bayalis|bayalish|bayalees|bayaleesh,42
            तैंतालीस|taitalis|taitalish|taitalees|taitaleesh|taintalis|taintalish|taintalees|taintaleesh,43
            चौंतालीस|चौवालिश|चौवालिस|chautalis|chautalish|chautalees|chautaleesh|chauntalis|chauntalish|chauntalees|chauntaleesh|chauvalis|chauvalish|chauvalees|chauvaleesh,44
            पैंतालीस|paitalis|paitalish|paitalees|paitaleesh|paintalis|paintalish|paintalees|paintaleesh,45
            छियालीस|chhiyalis|chhiyalish|chhiyalees|chhiyaleesh|chhialis|chhialish|chhialees|chhialeesh,46
            सैंतालीस|saitalis|saitalish|saitalees|saitaleesh|saintalis|saintalish|saintalees|saintaleesh,47
            अड़तालीस|adtalis|adtalish|adtalees|adtaleesh,48
            उनचास|unchaas|unchaash|unchas|unchash,49
            पचास|pachas|pachash|pachaas|pachaash,50
            इक्याबन|ikyavan|ikyawan|ekyavan|ekyawan,51
            बावन|bawan|bavan,52
            तिरेपन|तिरप्पन|तिरपन|tirpan|tirappan|tirepan,53
            चौबन|चौव्वन|चौवन|chauvan|chauwan|chauvvan|chauwwan,54
            पचपन|pachpan,55
            छप्पन|chhappan,56
            सत्तावन|satavan|sattavan|satawan|sattawan,57
            अट्ठावन|aththavan|aththawan|athavan|athawan|atthavan|atthawan,58
            उनसठ|unsath|unshath,59
            साठ|sath|shath,60
            इकसठ|iksath|ikshath|eksath|ekshath,61
            बासठ|basath|bashath,62
            तिरसठ|tirsath|tirshath,63
            चौंसठ|chausath|chaushath|chaunsath|chaunshath,64
            पैंसठ|paisath|paishath|painsath|painshath,65
            छियासठ|chhiyasath|chhiyashath|chhiasath|chhiashath,66
            सड़सठ|sadsath|sadshath,67
            अड़सठ|adsath|adshath,68
            उनहत्तर|unhatar|unhattar|unnatar|unnattar,69
            सत्तर|sattar,70
            इकहत्तर|ikhatar|ikhattar|ekhatar|ekhattar,71
            बहत्तर|bahatar|bahattar,72
            तिहत्तर|tihatar|tihattar,73
            चौहत्तर|chauhatar|chauhattar,74
            पचहत्तर|pachhatar|pachhattar,75
            छिहत्तर|chhiyatar|chhiyattar|chhihatar|chhihattar,76
            सतहत्तर|sathatar|sathattar,77
            अठहत्तर|athhatar|athhattar,78
            उनासी|unasi|unashi|unnasi|unnashi,79
            अस्सी|assi|asshi|ashshi,80
            इक्यासी|ikyasi|ikyashi|ekyasi|ekyashi,81
            बयासी|bayasi|bayashi,82
            तिरासी|tirasi|tirashi,83
            चौरासी|chaurasi|chaurashi,84
            पचासी|pachasi|pachashi|pachchasi|pachchashi,85
            छियासी|chhiyasi|chhiyashi|chhiasi|chhiashi,86
            सतासी|सत्तासी|satasi|satashi|sattasi|sattashi,87
            अठासी|अठ्ठासी|aththasi|aththashi|athasi|athashi,88
            नवासी|navasi|navashi|nawasi|nawashi,89
            नब्बे|nabbe|nabbay|nabay,90
            इक्यानबे|ikyanabe|ikyanabay|ikyanbe|ikyanbay|ekyanabe|ekyanabay|ekyanbe|ekyanbay,91
            बानवे|बनाबे|banabe|banabay|banbe|banbay,92
            तिरानवे|tiranave|tiranawe|tirannave|tirannawe,93
            चौरानवे|chauranave|chauranawe|chauranve|chauranwe,94
            पचानवे|पंचानवे|pachanave|pachanawe|pachanve|pachanwe|panchanave|panchanawe|panchanve|panchanwe,95
            छियानवे|chhiyanave|chhiyanawe|chhiyanve|chhiyanwe|chhianave|chhianawe|chhianve|chhianwe,96
            सत्तानवे|सतानवे|satanve|satanwe|sattanve|sattanwe|satanave|satanawe|sattanave|sattanawe,97
            अट्ठानवे|aththanve|aththanwe|aththanave|aththanawe|athanve|athanwe|athanave|athanawe,98
            निन्यानवे|निन्यानबे|ninyanbe|ninyanabe|ninyanve|ninyanave|ninyanwe|ninyanawe,99
            """,
            """
            सौ|sau|sao,100
            हज़ार|हजार|hajar|hajaar|hazar|hazaar|k,1000
            लाख|lakh|laakh|lac,100000
            करोड़|crore|karor|caror,10000000
            """);

        private static Indian Marathi => field ??= new(
            """
            शून्य|shunya,0
            एक|ek|ik,1
            दीड|दिध|दीद|ढीद|didha|dhid,1.5
            दोन|don,2
            आधिज|आधीच|aadhij,2.5
            तीन|tin|teen,3
            चार|char,4
            पाच|pach,5
            सहा|saha|saa,6
            सात|saat|sat,7
            आठ|aath,8
            नऊ|nau,9
            दहा|daha,10
            अकरा|akara|akkara,11
            बारा|bara|baara,12
            तेरा|tera,13
            चौदा|chauda,14
            पंधरा|pandhara|pandra|pandara,15
            सोळा|sola,16
            सतरा|satara|satra,17
            अठरा|athara|athra|atra,18
            एकोणीस|ekonis|econis,19
            वीस|vis,20
            एकवीस|ekavis|ekvis,21
            बावीस|bavis,22
            तेवीस|tevis,23
            चोवीस|chauwis|chauvis,24
            पंचवीस|panchavis|panchvis,25
            सव्वीस|savvis,26
            सत्तावीस|sattavis,27
            अठ्ठावीस|aththavis|attavis,28
            एकोणतीस|ekonatis|ekontis,29
            तीस|tees|tis,30
            एकतीस|ektis|ektees,31
            बत्तीस|battis,32
            तेहेतीस|tehetis|tettis,33
            चौतीस|chautis,34
            पस्तीस|pastis,35
            छत्तीस|chattis,36
            सदतीस|sadatis,37
            अडतीस|adatis,38
            एकोणचाळीस|ekonachalis|ekonchalis|econchalis,39
            चाळीस|chalis,40
            एक्केचाळीस|ekkechalis|akkechalis,41
            बेचाळीस|bechalis,42
            त्रेचाळीस|trechalis,43
            चव्वेचाळीस|chavvechalis|chavechalis,44
            पंचेचाळीस|pamchechalis|panchechalis,45
            सेहेचाळीस|sehechalis|sechalis,46
            सत्तेचाळीस|sattechalis,47
            अठ्ठेचाळीस|aththechalis,48
            एकोणपन्नास|ekonapannas|ekonpannas,49
            पन्नास|pannas,50
            एक्कावन्न|ekkavann|ekkavan,51
            बावन्न|bavann|bavan,52
            त्रेपन्न|trepann|trepan,53
            चोपन्न|chopann|chaupan|chopan,54
            पंचावन्न|pamchavann|panchavan,55
            छप्पन्न|chappann|chappan,56
            सत्तावन्न|sattavann|sattavan,57
            अठ्ठावन्न|aththavann|aththavan|attavan,58
            एकोणसाठ|ekonasath|ekonasat|ekonsath,59
            साठ|sath,60
            एकसष्ठ|ekasashth|ekshasth,61
            बासष्ठ|basashth|basath,62
            त्रेसष्ठ|tresashth|tresath,63
            चौसष्ठ|chausashth|chausath,64
            पासष्ठ|pasashth|pasath,65
            सहासष्ठ|sahasashth|sahasath,66
            सदुसष्ठ|sadusashth|sadusath,67
            अडुसष्ठ|adusashth|adusath,68
            एकोणसत्तर|ekonsattar,69
            सत्तर|sattar,70
            एक्काहत्तर|ekkahattar|ekattar,71
            बाहत्तर|bahattar|baattar,72
            त्र्याहत्तर|tryahattar,73
            चौर्याहत्तर|chauryahattar,74
            पंच्याहत्तर|pamchyahattar|panchattar,75
            शहात्तर|shahattar|shattar,76
            सत्याहत्तर|satyahattar|satyattar,77
            अठ्ठ्याहत्तर|aththyahattar,78
            ऐंशी|aenshi,80
            एक्क्याऐंशी|ekkyaaimshi|ekkyanshi,81
            ब्याऐंशी|byaaimshi|byanshi,82
            त्र्याऐंशी|tryaaimshi|tryaanshi,83
            चौऱ्याऐंशी|chauryaaimshi|chauryanshi,84
            पंच्याऐंशी|pamchyaaimshi|panchyanshi,85
            शहाऐंशी|shahaaimshi|shaynshi,86
            सत्त्याऐंशी|sattyaaimshi|satyanshi,87
            अठ्ठ्याऐंशी|aththyaaimshi|athyanshi,88
            एकोणनव्वद|ekonanavvad|ekonnavvad,89
            नव्वद|navvad|navad,90
            एक्क्याण्णव|ekkyannav,91
            ब्याण्णव|byannav,92
            त्र्याण्णव|tryannav,93
            चौऱ्याण्णव|chauryannav|chauryanav,94
            पंच्याण्णव|pamchyannav|panchyanav,95
            शहाण्णव|shahannav|shyanav,96
            सत्त्याण्णव|sattyannav,97
            अठ्ठ्याण्णव|aththyannav|athyanav,98
            नव्व्याण्णव|navvyannav|navyannav,99
            """,
            """
            शंभर|shambhar|shambar,100
            हजार|hazar|hajar,1000
            लाख|lakh,100000
            कोटी|koti,10000000
            """);

        private static Indian Gujarati => field ??= new(
            """
            શૂન્ય|shunya|sunya,0
            એક|ek,1
            બે|be|bey,2
            ત્રણ|tran|tain,3
            ચાર|char|chaar,4
            પાંચ|panch|paanch,5
            છ|chha|chcha,6
            સાત|sat|saat,7
            આઠ|ath|aath|aanth,8
            નવ|nav,9
            દસ|das|dus,10
            અગિયાર|agiyar|agyar|agiyaar|agyaar,11
            બાર|bar|baar,12
            તેર|ter|tair,13
            ચૌદ|chaud,14
            પંદર|pandar,15
            સોળ|sol|sod,16
            સત્તર|sattar,17
            અઢાર|adhar|adhaar,18
            ઓગણિસ|oganis|ognis|oganees|ognees,19
            વીસ|vis|vees,20
            એકવીસ|ekavis|ekvis|ekavees|ekvees,21
            બાવીસ|bavis|bavees,22
            તેવીસ|tevis|tevees|trevis|trevees,23
            ચોવીસ|chovis|chovees|chauvis|chauvees,24
            પચ્ચીસ|pachis|pachchis|pachees|pachchees,25
            છવીસ|chavis|chavees|chhavis|chhavees,26
            સત્તાવીસ|sattavis|sattavees|satyaavis|satyaavees|satavis|satavees|satyavis|satyavees,27
            અઠ્ઠાવીસ|athavis|athavees|aththavis|aththavees|athyavis|athyavees|athyaavis|athyaavees,28
            ઓગણત્રીસ|oganatris|oganatrees|ogantris|ogantrees,29
            ત્રીસ|tris|trees,30
            એકત્રીસ|ekatris|ekatrees,31
            બત્રીસ|batris|batrees,32
            તેત્રીસ|tetris|tetrees,33
            ચોત્રીસ|chotris|chotrees|chautris|chautrees,34
            પાંત્રીસ|pantris|pantrees|paantris|paantrees,35
            છત્રીસ|chhatris|chhatrees|chatris|chatrees,36
            સડત્રીસ|sadatris|sadatrees|saadatris|saadatrees,37
            અડત્રીસ|adatris|adatrees|aadatris|aadatrees,38
            ઓગણચાલીસ|oganachalis|oganachalees|oganchalis|oganchalees,39
            ચાલીસ|chalis|chalees|chaalis|chaalees,40
            એકતાલીસ|ekatalis|ekatalees|ektalis|ektalees,41
            બેતાલીસ|betalis|betalees,42
            ત્રેતાલીસ|tretalis|tretalees,43
            ચુંમાલીસ|chunmalis|chunmalees|chumalis|chumalees,44
            પિસ્તાલીસ|pistalis|pistalees,45
            છેતાલીસ|chhetalis|chhetalees|chetalis|chetalees,46
            સુડતાલીસ|sudatalis|sudatalees|sudtalis|sudtalees,47
            અડતાલીસ|adatalis|adatalees|adtalis|adtalees,48
            ઓગણપચાસ|oganapachas|oganpachas|oganapachaas|oganpachaas,49
            પચાસ|pachas|pachaas,50
            એકાવન|ekavan|ekaavan,51
            બાવન|bavan|baavan,52
            ત્રેપન|trepan,53
            ચોપન|chopan|chaupan,54
            પંચાવન|panchavan|panchaavan,55
            છપ્પન|chhappan|chappan|chhapan,56
            સત્તાવન|sattavan|satavan|sattaavan|sataavan,57
            અઠ્ઠાવન|aththavan|athavan|aththaavan|athaavan,58
            ઓગણસાઠ|oganasath|ogansath|oganasaath|ogansaath,59
            સાઈઠ|saith|sahith|saaith|saahith,60
            એકસઠ|ekasath|eksath,61
            બાસઠ|basath|baasath,62
            ત્રેસઠ|tresath,63
            ચોસઠ|chosath|chausath,64
            પાંસઠ|pansath|paansath|pasath|paasath,65
            છાસઠ|chhasath|chhaasath|chasath|chasaath,66
            સડસઠ|sadasath|sadsath,67
            અડસઠ|adasath|adsath,68
            અગણોસિત્તેર|aganositter|oganasitter|ogansitter,69
            સિત્તેર|sitter,70
            એકોતેર|ekoter,71
            બોતેર|boter,72
            તોતેર|toter,73
            ચુમોતેર|chumoter,74
            પંચોતેર|panchoter|punchoter,75
            છોતેર|chhoter|choter,76
            સિત્યોતેર|sityoter,77
            ઇઠ્યોતેર|ithyoter,78
            ઓગણાએંસી|oganaensi|oganensi|oganaesi|oganesi,79
            એંસી|ensi|esi,80
            એક્યાસી|ekyasi|ekyaasi,81
            બ્યાસી|byasi|byaasi,82
            ત્યાસી|tyasi|tyaasi,83
            ચોર્યાસી|choryasi|choryaasi,84
            પંચાસી|panchasi|panchaasi|punchasi|punchaasi,85
            છ્યાસી|chhyasi|chyasi|chhyaasi|chyaasi,86
            સિત્યાસી|sityasi|sityaasi,87
            ઈઠ્યાસી|ithyasi|ithyaasi,88
            નેવ્યાસી|nevyasi|nevyaasi,89
            નેવું|nevun|nevu,90
            એકાણું|ekanun|ekanu|ekaanun|ekaanu,91
            બાણું|banun|baanun|banu|baanu,92
            ત્રાણું|tranun|tranu|traanun|traanu,93
            ચોરાણું|choranun|choranu|choraanun|choraanu,94
            પંચાણું|panchanun|panchanu|panchaanun|panchaanu,95
            છન્નું|chhannun|chhannu|channun|channu|chanun|chanu,96
            સત્તાણું|sattanun|sattanu|sattaanun|sattaanu,97
            અઠ્ઠાણું|aththanun|aththanu|aththaanun|aththaanu|athanun|athanu|athaanun|athaanu,98
            નવ્વાણું|navvanun|navvanu|navanun|navanu|navvaanun|navvaanu|navaanun|navaanu,99
            """,
            """
            સો|so|sou,100
            હજાર|hajar|hajaar,1000
            લાખ|lakh|laakh,100000
            કરોડ઼|karor|karod,10000000
            """);

        private static Indian Bengali => field ??= new(
            """
            শুন্য|shunyo|sunya,0
            এক|ek|eka,1
            দুই|dui|duto,2
            তিন|tin|tinte,3
            চার|char|charte,4
            পাঁচ|panch|ponchom|panchte,5
            ছয়|choi|choita,6
            সাত|sat|satte,7
            আট|aat|aatte,8
            নয়|noya|noyta,9
            দশ|das|doshta|dos,10
            এগারো|egaro|egarota,11
            বারো|baro|barota,12
            তেরো|tero|terota,13
            চৌদ্দ|choddo/choddota,14
            পনেরো|ponero|panero/ponerota,15
            ষোল|sollo|sola,16
            সতেরো|satero|sotero,17
            আঠারো|atharo|atharota,18
            ঊনিশ|unes|uneso,19
            বিশ|bees|kudi,20
            একুশ|ekus,21
            বাইশ|baisa|bais|baish,22
            তেইশ|teis|teiso,23
            চব্বিশ|chobis|chobbis,24
            পঁচিশ|ponchis|pochis,25
            ছাব্বিশchobbis|chobbiso|chobis,26
            সাতাশ|shotaish|satas,27
            আঠাশ|ataish|athas|athasa,28
            ঊনত্রিশ|unatris|unatrisho|unatrisha|unatrisa,29
            ত্রিশ|tris|tiris|trisish,30
            একত্রিশ|ektrish|ektirish,31
            বত্রিশ|batrish|batirish,32
            তেত্রিশ|tetrish|tetris|tetrisho,33
            চৌত্রিশ|chautrish|chotrish|chautris,34
            পঁয়ত্রিশ|poithrish|poitrish|poitris,35
            ছত্রিশ|chotrish|chautris|chatris|chatrish,36
            সাইত্রিশ|saitrish|soitrish|soitris|saitris,37
            আটত্রিশ|atatirsh|atatris|atatrish,38
            ঊনচল্লিশ|unchalish|uncallis|unchollish,39
            চল্লিশ|chollish|cholis|callis|callish,40
            একচল্লিশ|ekachollish|ekcholis|ekacallis|ekacallish,41
            বিয়াল্লিশ|beyalish|bayalis|biyallis,42
            তেতাল্লিশ|tetalish|tetallis|tetalliso,43
            চুয়াল্লিশ|chaualish|cuyalish|cuyalis,44
            পঁয়তাল্লিশ|pointalish|pantalish|pointalis,45
            ছেচল্লিশ|cheyalish|checallis|choialish,46
            সাতচল্লিশ|chontalish/satacallis|chantalish,47
            আটচল্লিশ|atacholish|atacallis|atachalish|atcholish,48
            ঊনপঞ্চাশ|unpanchas|unponchas|unpanchash,49
            পঞ্চাশ|ponchas|pancas,50
            ষাট|sat|shat|shot,60
            সত্তর|sottor|shottor|sattar,70
            আশি|asi|asshi,80
            নব্বই|nobboi|nabbai|nabai,90
            """,
            """
            একশো|ekso|ekaso,100
            ekhajar,1000
            eklakh,100000
            """);

        private static Indian Tamil => field ??= new(
            """
            பூஜ்ஜியம்|pujjiyam|zero|pujiyam,0
            ஒன்று|oru|mutal|onavatu,1
            இரண்டு|irantu|irandavatu,2
            மூன்று|munru|munavatu,3
            நான்கு|nanku|nalavatu,4
            ஐந்து|aintu|ainavatu,5
            ஆறு|aru|aruavatu,6
            ஏழு|elu|elavatu,7
            எட்டு|ettu|ettaavatu,8
            ஒன்பது|onpatu|ompadavatu,9
            பத்து|pattu|pattuavatu,10
            பதினொன்று|patinolru|pationavatu,11
            பன்னிரண்டு|pannirantu|pannirandavatu,12
            பதின்மூன்று|patinmunru|patimunavatu,13
            பதினான்கு|patinanku|patinalavatu,14
            பதினைந்து|patinaintu|patiainavatu,15
            பதினாறு|patinaru|patiaruavatu,16
            பதினேழு|patinelu|patielavatu,17
            பதினெட்டு|patinettu|patiettaavatu,18
            பத்தொன்பது|pattonpatu|patiompadavatu,19
            இருபது|irupatu|iruavatu,20
            முப்பது|muppatu|muppadavatu|nuppatu,30
            நாற்பது|narpatu|napatu,40
            ஐம்பது|aimpatu|ambavtu,50
            அறுபது|arupatu|arvathu,60
            எழுபது|elupatu|eluvathu,70
            எண்பது|enpatu|embatu,80
            தொன்னூறு|tonnuru|tonoor,90
            """,
            """
            நூறு|nuru|noor,100
            ஆயிரம்|ayiram|airam,1000
            நூறாயிரம்|nurayiram|noorairam|இலட்சம்|ilatcam,100000
            மெய்யிரம்|meyyiram|pattulacaham,1000000
            தொள்ளுண்|tollun|pattukodi|நிகர்ப்புதம்|nikarpputam,100000000
            """);

        private static Indian Telugu => field ??= new(
            """
            సున్నా|సున్న|శూన్యం|సూన్యం|జీరో|sunna|shunyam|sunyam|zero,0
            ఒకటిన్నర|okatinnara,1.5
            రెండున్నర|rendunnara,2.5
            ఒక్కటి|ఒకటి|మొదటిది|ఒకటవ|ఒకటో|okkati|okati|modatidi|okatova|okato|okkato|okkatova,1
            రెండు|రొండు|రెండొవ|రెండో|రెండొవది|rendu|rondu|rendova|rendo|rendovadi,2
            మూడు|మూడోవ|మూడొవది|మూడో|mudu|muudu|mudova|muudova|mudovadi|mudo|muudo,3
            నాలుగు|నాల్గు|నాల్గొవ|నాల్గొవది|నాల్గో|నాలగు|nalugu|naalugu|nalgu|nalgova|nalgovadi|nalgo|nalagu|naalagu,4
            ఐదు|అయిదు|ఐదొవ|అయిదవది|ఐదో|idu|ayidu|iydu|iydova|ayidovadi|ayido|ido|aidu,5
            ఆరు|ఆఱు|ఆరొవ|ఆరొవది|ఆరో|aru|aaru|aarova|aarovadi|aro|aaro,6
            ఏడు|ఏడొవ|ఏడొవది|ఏడో|aedu|aedova|aedovadi|aedo|ado|adova|adovadi,7
            ఎనిమిది|ఎనిమిదొవ|ఎనిమిదిది|ఎనిమిదో|enimidi|enimdova|enimididi|enimido,8
            తొమ్మిది|తొమ్మిదిది|తొమ్మిదో|tommidi|thommidi|thommididi|thommido|tomidi|thomido,9
            పది|పదొవ|పదొవది|పదో|padi|padhi|padova|padovadi|pado,10
            పదకొండు|పదకొండొవ|పదకొండొవది|పదకొండో|padakondu|padakondova|padakondovadi|padakondo,11
            పన్నెండు|పన్నెండవ|పన్నెండవది|పన్నెండో|పన్నెండొవ|పన్నెండొవది|పన్నెండొ|pannendu|pannendova|pannendovadi|pannendo,12
            పదమూడు|పదమూడొవ|పదముండొవది|పదముండొ|padamudu|padamudova|padamundovadi|padamundo,13
            పద్నాలుగు|పద్నలుగొవ|పద్నాలుగుది|పద్నాలుగో|padnalugu|padnalugova|padnalugudi|padnalugo|padinalugu|padinalagu,14
            పదిహేను|పదిహేనోవా|పదిహేనోవాది|పదిహేనో|పదైదు|padihenu|padihenova|padihenovadi|padiheno|padaidu,15
            పదహారు|పదహారోది|పదహారో|padahaaru|padhaharu|padaharodi|padaharo,16
            పదిహేడు|padihedu|padhihedu,17
            పద్దెనిమిది|పద్దెనిమిదొవ|పద్దెనిమిదిది|పద్దెనిమిదో|paddenimidi|padhenimidi|paddenimidova|paddenimididi|padhenimidho|padhenimidova,18
            పంతొమ్మిది|పందొమ్మిదొవ|పంతొమ్మిదో|పంతొమ్మిదొవ|పందొమ్మిది|pantommidi|pandommidova|panthommido,19
            ఇరవై|ఇరవయ్యొవది|ఇరవయ్యో|iravay|iravai|iravayyovadi|iravayyo,20
            ఇరవయ్యొక్కటి|iravayyokkati,21
            ఇరవయ్యేడు|ఇరవయ్యేడొవ|ఇరవయ్యేడొవది|ఇరవయ్యేడో|iravayeedu|iravayeedova|iravayeedovadi|iravayeedo,27
            ముప్పై|ముప్పైయొవది|ముప్పైయ్యొవది|ముప్పైయొవ|ముప్పైయో|muppai|muppaiovadi|muppaiova|muppaiyo,30
            నలభై|నలబై|నలభైయొవ|నలభైయొవది|నలభైయ్యొవది|నలభైయో|nalabhai|nalabhay|nalabayova|nalabayovadi|nalabhayo,40
            యాభై|యాభైయొవ|యాభైయొవది|యాభైయ్యో|yabhai|yabhaiyyova|yabhaiyova|yabhaiyyovadi|yabhaiyyo,50
            అరవై|అరవైయవ|అరవైయొవ|అరవయొవది|అరవైయ్యొవది|అరవయ్యో|అరవయోవ|aravay|aravai|aravaiyova|aravaiyyovadi|aravayyo,60
            డెబ్బై|డెబ్బైయొవ|డెబ్బైయ్యొవది|డెబ్బైయ్యో|debhai|debhaiyyova|debhaiyovadi|debhaiyyo,70
            """,
            string.Empty);
    }
}
