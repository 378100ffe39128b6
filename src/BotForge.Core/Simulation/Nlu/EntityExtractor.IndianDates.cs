using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Dates in the words of Indian languages, as the platform's date detectors for them read them (its open-source
/// recogniser, chatbot_ner, keeps a word list per language: Hindi's detector of its own, and one detector made of the
/// lists for Marathi, Gujarati, Bengali, Tamil and Telugu): read in a conversation in that language only, as the
/// platform reads a message with its language's detector. Each language's words, in its script and in Latin letters:
/// today, tomorrow and the days after ("आज", "उद्या", "પરમદિવસ", "நாளை", "ఎల్లుండి"); a day and a month's name ("15
/// डिसेंबर": the next one); a day of the month ("5 तारीख": this month's, or next month's once it has passed), of the
/// next month; days after or before today ("3 दिवस नंतर", "2 দিন আগে"); a day of the week, or the next one. A day in
/// digits of any script; in number words in Hindi only.
/// </summary>
public sealed partial class EntityExtractor
{
    /// <summary>The languages with date words (<see cref="DateWords"/>), known without building their tables (built on first use: only conversations in them need them).</summary>
    private static readonly string[] DateLanguages = ["hi", "mr", "gu", "bn", "ta", "te"];

    /// <summary>The date words of the conversation's language, where the platform reads some; null in any other.</summary>
    private readonly DateWords? _dateWords = language is not null && DateLanguages.Contains(Model.BotInfo.BaseLanguage(language)) ? DateWords.For(language) : null;

    /// <summary>
    /// A date written in the words of an Indian language other than <paramref name="conversationLanguage"/>'s, for the
    /// trace to say why no date was taken, where the platform does not read them: the text found and the language's
    /// name; null when there is none.
    /// </summary>
    public static (string Text, string Language)? DateInIndianWords(string message, string? conversationLanguage)
    {
        var own = conversationLanguage is null ? null : Model.BotInfo.BaseLanguage(conversationLanguage);
        foreach (var words in DateWords.All.Where(w => w.Code != own))
        {
            var reader = new EntityExtractor(new DateOnly(2026, 1, 1), words.Code);
            if (reader.WordDatesIn(message).Concat(reader.WordWeekdaysIn(message)).OrderBy(d => d.At).FirstOrDefault().Value?.OriginalText is { } text)
            {
                return (text, words.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// The conversation language's name when a date was read from English day words ("tomorrow", "yesterday") that its
    /// date detector's lists do not hold, so the platform may not read them in that language; null otherwise (English
    /// words in a conversation in a language without date words of its own are read as the platform reads them).
    /// </summary>
    public string? ReadOnlyInEnglish(string originalText) =>
        _dateWords is { } words && RelativeDay().IsMatch(originalText) && WordDatesIn(originalText).Count == 0 ? words.Name : null;

    /// <summary>Every date in the conversation language's words in the message but a day of the week (<see cref="WordWeekdaysIn"/>), each with where it starts and ends.</summary>
    private List<(int At, int End, EntityValue Value)> WordDatesIn(string message)
    {
        var found = new List<(int At, int End, EntityValue Value)>();
        if (_dateWords is not { } words)
        {
            return found;
        }

        void Add(Match match, string? date)
        {
            if (date is not null)
            {
                found.Add((match.Index, match.Index + match.Length, new EntityValue(date, match.Value)));
            }
        }

        foreach (Match match in words.NextMonthDay.Matches(message))
        {
            Add(match, DayOf(today.AddMonths(1), words.Number(match.Groups["n"].Value)));
        }

        foreach (Match match in words.DayOfMonth.Matches(message))
        {
            // The day this month, or next month's once it has passed, as the detectors read "5 tarikh".
            var n = words.Number(match.Groups["n"].Value);
            Add(match, DayOf(n >= today.Day ? today : today.AddMonths(1), n));
        }

        foreach (Match match in words.DayAndMonth.Matches(message))
        {
            Add(match, words.Number(match.Groups["n"].Value) is { } n && n == Math.Floor(n)
                ? MakeDate(string.Empty, words.MonthOf(match.Groups["month"].Value), ((int)n).ToString(CultureInfo.InvariantCulture)) : null);
        }

        foreach (Match match in words.DaysFromToday.Matches(message))
        {
            Add(match, words.Number(match.Groups["n"].Value) is { } n && n == Math.Floor(n)
                ? Iso(today.AddDays((int)n * (words.IsBefore(match.Groups["dir"].Value) ? -1 : 1))) : null);
        }

        if (words.NextDay is { } nextDay)
        {
            foreach (Match match in nextDay.Matches(message))
            {
                Add(match, Iso(today.AddDays(1)));
            }
        }

        foreach (Match match in words.RelativeDay.Matches(message))
        {
            Add(match, Iso(today.AddDays(words.DaysAhead(match.Value))));
        }

        return found;
    }

    /// <summary>
    /// Every day of the week in the conversation language's words (or the English names its list holds): the coming
    /// one, today when today is one; after a word for "next", the next one after today ("agle somvar", "पुढच्या
    /// सोमवारी"). Read only when the message has no other date.
    /// </summary>
    private IEnumerable<(int At, int End, EntityValue Value)> WordWeekdaysIn(string message)
    {
        if (_dateWords is not { } words)
        {
            yield break;
        }

        foreach (Match match in words.Weekday.Matches(message))
        {
            var ahead = (words.DayOfWeekOf(match.Groups["day"].Value) - today.DayOfWeek + 7) % 7;
            yield return (match.Index, match.Index + match.Length, new EntityValue(Iso(today.AddDays(ahead == 0 && match.Groups["next"].Success ? 7 : ahead)), match.Value));
        }
    }

    /// <summary>
    /// One language's words for dates, as its date detector's lists hold them (each entry: its forms joined by '|'),
    /// and the patterns made of them. Words the lists give a meaning they do not have (a word for "previous" counted
    /// as "next") are left out: such a message gives no date here.
    /// </summary>
    private sealed class DateWords
    {
        /// <summary>Before and after a word: no letter, mark or digit (vowel signs of Indian scripts are marks, which <c>\b</c> does not count as word characters).</summary>
        private const string Start = @"(?<![\p{L}\p{M}\p{Nd}])";

        private const string End = @"(?![\p{L}\p{M}\p{Nd}])";

        private readonly Dictionary<string, double> _numbers;
        private readonly string[] _months;
        private readonly string[] _weekdays;
        private readonly string[] _relativeDays;
        private readonly Regex _before;

        private DateWords(string code, string name, (double Value, string Words)[] numbers, string[] months, string[] weekdays, string[] relativeDays,
            string next, string day, string month, string date, string after, string before, string of = "", string? nextDay = null)
        {
            (Code, Name, _months, _weekdays, _relativeDays) = (code, name, months, weekdays, relativeDays);
            _numbers = numbers.SelectMany(n => Forms(n.Words).Select(w => (w, n.Value))).ToDictionary(p => p.w, p => p.Value, StringComparer.OrdinalIgnoreCase);
            var number = NumberPattern = numbers.Length == 0 ? @"\d{1,2}" : $@"(?:\d{{1,2}}|{Alternation(string.Join('|', numbers.Select(n => n.Words)))})";
            var ofWords = of.Length == 0 ? string.Empty : $@"(?:(?:{Alternation(of)})\s+)?";
            RelativeDay = Make($"{Start}(?:{Alternation(string.Join('|', relativeDays.Where(r => r.Length > 0)))}){End}");
            DayAndMonth = Make($@"{Start}(?<n>{number})\s*(?:st|nd|rd|th)?\s*(?<month>{Alternation(string.Join('|', months))}){End}");
            DayOfMonth = Make($@"{Start}(?<n>{number})\s*(?:{Alternation(date)}){End}");
            NextMonthDay = Make(
                $@"{Start}(?:(?:{Alternation(next)})\s+(?:{Alternation(month)})\s*{ofWords}(?<n>{number})\s*(?:{Alternation(date)})"
                + $@"|(?<n>{number})\s*(?:{Alternation(date)})\s+(?:{Alternation(next)})\s+(?:{Alternation(month)})){End}");
            DaysFromToday = Make($@"{Start}(?<n>{number})\s*(?:{Alternation(day)})\s+(?<dir>{Alternation(after + "|" + before)}){End}");
            NextDay = nextDay is null ? null : Make($@"{Start}(?:{Alternation(nextDay)})\s+(?:{Alternation(day)}){End}");
            Weekday = Make($@"{Start}(?:(?<next>{Alternation(next)})\s+)?(?<day>{Alternation(string.Join('|', weekdays))}){End}");
            _before = Make($"^(?:{Alternation(before)})$");
        }

        /// <summary>The language's code, as the bot writes it (its base: "mr" for "mr-IN").</summary>
        public string Code { get; }

        /// <summary>The language's name in English, for the trace.</summary>
        public string Name { get; }

        /// <summary>A number as the patterns read one: 1 or 2 digits of any script, or one of the language's number words.</summary>
        public string NumberPattern { get; }

        public Regex RelativeDay { get; }

        public Regex DayAndMonth { get; }

        public Regex DayOfMonth { get; }

        public Regex NextMonthDay { get; }

        public Regex DaysFromToday { get; }

        /// <summary>"The next day" (Hindi's "agle din"); null where the language's list has no such phrase.</summary>
        public Regex? NextDay { get; }

        public Regex Weekday { get; }

        /// <summary>Hindi's words for dates (chatbot_ner's Hindi lists).</summary>
        public static DateWords Hindi { get; } = new(
            "hi", "Hindi",
            [
                (1, "एक|पहली|पहला|पहले|ek|pehli|pahli|pehla|pahla"),
                (2, "दो|दूसरी|दूसरा|दूसरे|do|dusri|doosri|dusra|doosra|dusre"),
                (3, "तीन|तीसरी|तीसरा|तीसरे|teen|tin|teesri|tisri|teesra|tisra"),
                (4, "चार|चौथी|चौथा|चौथे|char|chaar|chauthi|chautha"),
                (5, "पांच|पाँच|पांचवीं|पाँचवीं|पांचवी|panch|paanch|panchvi|paanchvi"),
                (6, "छह|छः|छे|छठी|chhah|chhe|chhathi"),
                (7, "सात|सातवीं|saat|saatvi"),
                (8, "आठ|आठवीं|aath|aathvi"),
                (9, "नौ|नौवीं|nau|nauvi"),
                (10, "दस|दसवीं|das|dus|dasvi"),
                (11, "ग्यारह|gyarah|gyaarah"),
                (12, "बारह|barah|baarah"),
                (13, "तेरह|terah"),
                (14, "चौदह|chaudah|chauda"),
                (15, "पंद्रह|pandrah|pandra"),
                (16, "सोलह|solah"),
                (17, "सत्रह|satrah"),
                (18, "अठारह|atharah|athara"),
                (19, "उन्नीस|unnees|unnis"),
                (20, "बीस|bees|bis"),
                (21, "इक्कीस|ikkis|ikkees"),
                (22, "बाईस|baais|bais"),
                (23, "तेईस|teis|teyis"),
                (24, "चौबीस|chaubis|chaubees"),
                (25, "पच्चीस|pachchis|pachis|pachees"),
                (26, "छब्बीस|chhabbis|chhabis"),
                (27, "सत्ताईस|sattais|sataais"),
                (28, "अट्ठाईस|अठाईस|atthais|athais"),
                (29, "उनतीस|untis|untees"),
                (30, "तीस|tees|tis"),
                (31, "इकतीस|ikatis|iktees"),
                (1.5, "डेढ़|डेढ|dedh|dhed"),
                (2.5, "ढाई|dhai|dhaai|dhaayi"),
            ],
            [
                "जनवरी|january|jan", "फ़रवरी|फरवरी|february|feb", "मार्च|march|mar", "अप्रैल|अप्रेल|april|apr", "मई|may",
                "जून|june|jun", "जुलाई|july|jul", "अगस्त|august|aug", "सितंबर|सितम्बर|september|sept|sep",
                "अक्टूबर|अक्तूबर|october|oct", "नवंबर|नवम्बर|november|nov", "दिसंबर|दिसम्बर|december|dec",
            ],
            [
                "रविवार|इतवार|ravivar|raviwar|itvar|itwar|sunday", "सोमवार|somvar|somwar|monday", "मंगलवार|mangalvar|mangalwar|tuesday",
                "बुधवार|budhvar|budhwar|wednesday", "गुरुवार|बृहस्पतिवार|guruvar|guruwar|brihaspativar|thursday",
                "शुक्रवार|shukravar|shukrawar|sukravar|friday", "शनिवार|shanivar|shaniwar|saturday",
            ],
            ["आज|aaj", "कल|kal", "परसों|परसो|parson|parso", "नरसों|नरसो|नर्सों|narson|narso"],
            next: "अगले|अगला|अगली|agle|agla|agli", day: "दिन|दिनों|din|dino", month: "महीने|महीना|mahine|mahina|month",
            date: "तारीख़|तारीख|तारिख|tareekh|tarikh|tarik", after: "बाद|baad|bad", before: "पहले|pehle|pahle", of: "की|के|का|ki|ke|ka",
            nextDay: "अगले|अगला|अगली|agle|agla|agli");

        /// <summary>Marathi's (chatbot_ner's mr lists; मागील, "previous", which they count as next, left out).</summary>
        private static DateWords Marathi { get; } = new(
            "mr", "Marathi", [],
            [
                "जानेवारी|january|jan|janevari", "फेब्रुवारी|phebruvari|february|feb", "मार्च|march|mar", "एप्रिल|april|apr|epril", "मे|may|me",
                "जून|june|jun", "जुलै|july|jul|julai", "ऑगस्ट|august|aug|ogast", "सप्टेंबर|september|sept|sep", "ऑक्टोबर|october|oct|oktobar",
                "नोव्हेंबर|november|nov|nowenber", "डिसेंबर|december|dec",
            ],
            [
                "रविवार|रविवारी|sunday|ravivar|raviwar|ravivari|raviwari|ravivaari", "सोमवार|सोमवारी|monday|somvar|somwar|somvaar|somvaari|somwari",
                "मंगळवार|मंगळवारी|mangalvari|tuesday|mangalvar|mangalwar|mangalvaar", "बुधवार|बुधवारी|wednesday|budhvar|budhwar|budhvaar|budhvari|budhwari",
                "गुरुवार|गुरुवारी|thursday|guruvar|guruwar|guroovaar|guroowar|guroovar|gurvaar|guruvari|guruwari|guroovaari|guroowari",
                "शुक्रवार|शुक्रवारी|friday|shukravar|shukrawar|shukravaar|shukravari|shukrawari", "शनिवार|शनिवारी|saturday|shanivar|shaniwar|shanivaar|shanivaari|shaniwari",
            ],
            ["आज|aaj", "उद्या|काल|कल|udya|udhya|kaal|kal", "परवा|पर्वा|parava|parva"],
            next: "पुढील|पुढे|पुढच्या|पुढचा|पुढल्या|pudcha|pudhil|pudhe|pudhchya|pudhalya|pudhlya", day: "दिवस|दिवसं|divas|divsan",
            month: "महिना|महीने|महिन्याचा|महिन्याची|months|month|mahina|mahine|mahinyacha|mahinyachi|mahinyancha",
            date: "तारिक|तार्कीला|tarik|taarik|tarkila", after: "नंतर|nantar", before: "पूर्वी|अगोदर|purvi|porvi|agodar");

        /// <summary>Gujarati's (chatbot_ner's gu lists, which have no words for "after", "before" or "next").</summary>
        private static DateWords Gujarati { get; } = new(
            "gu", "Gujarati", [],
            [
                "જાન્યુ.|જાન્યુઆરી|january|jan", "ફેબ્રુ.|ફેબ્રુઆરી|february|feb|febuary", "માર્ચ|march|mar", "એપ્રિલ|april|apr", "મે|may",
                "જૂન|જૂને|june|jun", "જુલા.|જુલાઈ|જુલાઇ|july|jul", "ઑગ.|ઓગસ્ટ|ઑગષ્ટ|august|aug", "સપ્ટે.|સપ્ટેમ્બર|september|sept|sep",
                "ઑક્ટ્.|ઓક્ટોબર|october|oct", "નવે.|નવેમ્બર|november|nov", "ડિસે.|ડિસેમ્બર|december|dec",
            ],
            [
                "રવિવાર|રવિવારે|sunday|ravivar|raviwar|ravivare|raviware", "સોમવાર|સોમવારે|monday|somvar|somwar|somvare|somware",
                "મંગળવાર|મંગળવારે|tuesday|mangadvar|mangadwar|mangalwar|mangadvare|mangadware|mangalware", "બુધવાર|બુધવારે|wednesday|budhvar|budhwar|budhware|budhvare",
                "ગુરુવાર|ગુરુવારે|thursday|guruvar|guruwar|guroovaar|guroowar|guroovar|brihaspativar|brihaspatiwar|guruvare|guruware",
                "શુક્રવાર|શુક્રવારે|friday|shukravar|shukrawar|sukravar|sukrawar|shukravare|shukraware", "શનિવાર|શનિવારે|saturday|shanivar|shaniwar|saniwar|sanivar|shanivare|shaniware",
            ],
            ["આજે|આજ|aaj|aje|aaje", "કાલ|કાલે|kal|kale|kaal|kaale", "પરમદિવસ|પરમદિવસે|paramdivse|paramdivas"],
            next: string.Empty, day: "દિવસ|દિવસે|din|dino|divas|divase|divasey", month: "મહિનો|મહિના|મહિને|months|month|mahina|mahine|mahino",
            date: "તારીખ|તારીખે|તારિખ|tareekh|tarikh|tarikhe|tarikhey|taarikh", after: string.Empty, before: string.Empty);

        /// <summary>Bengali's (chatbot_ner's bn lists).</summary>
        private static DateWords Bengali { get; } = new(
            "bn", "Bengali", [],
            [
                "জানুয়ারী|januyari", "ফেব্রুয়ারি|phebruyari", "মার্চ|march", "এপ্রিল|epril", "মে|me", "জুন|jun", "জুলাই|juloi", "অগাস্ট|আগস্ট|agast",
                "সেপ্টেম্বর|septembar", "অক্টোবর|aktobar", "নভেম্বর|nabhembar", "ডিসেম্বর|disembar",
            ],
            ["রবিবার|rabibar|robibar", "সোমবার|sombar", "মঙ্গলবার|mongolbar", "বুধবার|budhbar", "বৃহস্পতিবার|brihashpatibar|brihaspatibar", "শুক্রবার|shukrobar", "শনিবার|shonibar"],
            ["আজ|today|ajge", "আগামীকাল|agamikal", "পরশু|parasu|porasu"],
            next: "পরবর্তী|আগামী|parabartī|agami|parabati", day: "দিন|dina|din", month: "মাস|মাসে|maas|maser|mas",
            date: "তারিখ|tarikh", after: "পরবর্তীতে|পরে|parabartite|pore", before: "আগে|age");

        /// <summary>Tamil's (chatbot_ner's ta lists; its month names, which mix the Tamil calendar's, left out).</summary>
        private static DateWords Tamil { get; } = new(
            "ta", "Tamil", [],
            ["ஜனவரி", "", "", "", "", "ஜூன்", "ஜூலை", "", "செப்டம்பர்", "", "", ""],
            ["ஞாயிறு|nyaayiru|nayiur", "திங்கள்|thinggal|tingal", "செவ்வாய்|sevvaai|savai|sevai", "புதன்|budhan|budan", "வியாழன்|vyaalan|vailan", "வெள்ளி|velli|veli", "சனி|sani"],
            ["இன்று|inru|indru|innaki|inaki", "நாளை|nalai|nalaiki|maru nal", "நாள் கழித்து|nal kalittu|nala kalittu"],
            next: "அடுத்தது|அடுத்த|aṭuttatu|aṭutta", day: "நாள்|nal", month: "மதம்|matam|madham", date: "மீது|mitu", after: "pinnar", before: "முன்|mun");

        /// <summary>Telugu's (chatbot_ner's te lists).</summary>
        private static DateWords Telugu { get; } = new(
            "te", "Telugu", [],
            [
                "జన.|మొదటి నెల|జనుఅరీ|జనవరి|january|jan|janavary", "ఫిబ్ర.|ఫిబ్రవరి|ఫెబ్|february|feb|febravary", "మార్చ్|మార్|march|mar", "ఏప్రిల్|april|apr",
                "మే|may", "జూన్|jun|june", "జులై|jul|july", "ఆగ.|ఆగష్టు|అగస్ట్|ఆగస్ట్|august|aug", "సెప్.|సెప్టెంబర్|september|sep|sept",
                "అక్టో.|అక్టోబర్|అక్టోబరు|oct|october", "నవ.|నవంబర్|november|nov", "డిసె.|డిసెంబరు|డిసెంబర్|december|dec",
            ],
            [
                "ఆదివారము|భానువారము|రవివారము|అధిత్యవారము|తొలివారము|aadivaram|adivaram|adi varam|adi vaaram|bhanuvaram|ravivaram|adityavaram|sunday",
                "సోమవారం|సోమారం|ఇందువాసరము|somavaram|somavaaram|induvasaramu|induvaasaramu|induvasaram|monday",
                "మంగళవారము|అంగారకవారమ|జయవారము|mangalavaram|mangalavaaram|tuesday", "బుధవారము|సౌమ్యవాసరము|బుధవారం|budavaram|budavaaram|sowmyavaram|wednesday",
                "గురువారము|బృహస్పతి వారము|లక్ష్మివారము|గురువారం|guruvaram|guruvaaram|bruhaspathi varam|thursday|guru varam|guru vaaram|lakshmi varam|lakshmivaram",
                "శుక్రవారము|శుక్రవారం|shukravaram|shukra varam|shukravaaram|friday", "శనివారము|స్థిరవారము|మందవారము|shanivaram|shanivaaram|mandavaram|mandavaaram|saturday",
            ],
            [
                "ఇవాళ|నేడు|ఈరోజు|ఈ రోజు|ఈనాడు|ఈ నాడు|ఈదినం|ఈ దినం|ఈదినము|ఈవేళ|ivala|ivaala|nedu|needu|ee roju|e roju|eroju|eeroju|eenadu|enadu|enaadu|ee dinam",
                "రేపు|మరుసటిరోజు|మరునాడు|ఱేపు|repu|reepu|marusatiroju|marusatirooju|marunadu|marunaadu", "ఎల్లుండి|ellundi",
                "అవతలి ఎల్లుండి|అవతలేల్లుంది|అవతలిఎల్లుండి|avathali ellundi|avathalellundi",
            ],
            next: "వచ్చే|రాబోయే|vache|raboye|rabooye", day: "రోజు|రోజులు|roju|rojulu", month: "నెల|నెలలు|మాసం|మాసాలు|nela|nalalu|masam|maasam|masalu|maasaalu|masaalu",
            date: "తారీఖు|తారీఖున|tareeku|tareekhu|tareekh|tareekhuna|tareekuna",
            after: "తర్వాత|పిమ్మట|అయినాక|ఐనాకా|అయ్యాక|తరువాత|తరవాత|tarvatha|tarvata|taruvatha|ainaka|ayinaka|ayyaka|pimmata",
            before: "ముందు|పూర్వం|ముందఱ|మునుపు|పూర్వము|ముందర|mundu|purvam|poorvam|mundara|munupu|purvamu");

        /// <summary>Every language whose date words are read, Hindi first.</summary>
        public static IReadOnlyList<DateWords> All { get; } = [Hindi, Marathi, Gujarati, Bengali, Tamil, Telugu];

        /// <summary>The date words of a conversation in <paramref name="language"/>; null for a language without (English's are read in every conversation).</summary>
        public static DateWords? For(string? language) =>
            language is null ? null : All.FirstOrDefault(w => w.Code == Model.BotInfo.BaseLanguage(language));

        /// <summary>A number written in digits (of any script) or in the language's words; null when it is neither.</summary>
        public double? Number(string text) =>
            text.Length > 0 && text.All(char.IsDigit) ? text.Aggregate(0, (n, c) => n * 10 + CharUnicodeInfo.GetDecimalDigitValue(c))
            : _numbers.TryGetValue(text.Normalize(NormalizationForm.FormC), out var value) ? value : null;

        public int MonthOf(string name) => IndexOf(_months, name) + 1;

        public DayOfWeek DayOfWeekOf(string name) => (DayOfWeek)IndexOf(_weekdays, name);

        /// <summary>How many days after today a word of <see cref="RelativeDay"/> is.</summary>
        public int DaysAhead(string word) => IndexOf(_relativeDays, word);

        public bool IsBefore(string word) => _before.IsMatch(word);

        private static int IndexOf(string[] table, string word)
        {
            var key = Regex.Replace(word.Normalize(NormalizationForm.FormC), @"\s+", " ");
            return Array.FindIndex(table, words => Forms(words).Contains(key, StringComparer.OrdinalIgnoreCase));
        }

        /// <summary>A table's words, each as Unicode composes it (NFC): "फ़" typed as one character or as फ and a nukta is one word.</summary>
        internal static IEnumerable<string> Forms(string words) => words.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Normalize(NormalizationForm.FormC));

        /// <summary>
        /// The words as a regex alternation, longest first, each in both its composed and decomposed forms, a space
        /// inside one standing for any run of spaces; one that matches nothing when there are none.
        /// </summary>
        internal static string Alternation(string words) =>
            Forms(words).Any() ? string.Join('|', Forms(words)
                .SelectMany(w => new[] { w, w.Normalize(NormalizationForm.FormD) })
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
                .Select(w => Regex.Escape(w).Replace("\\ ", @"\s+", StringComparison.Ordinal)))
            : "(?!)";

        private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
