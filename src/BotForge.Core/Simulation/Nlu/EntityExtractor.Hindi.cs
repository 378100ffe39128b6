using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Dates and times in Hindi words, in Devanagari and in Latin letters, as the platform's Hindi date and time detectors
/// read them (its open-source recogniser, chatbot_ner, lists the words): read in a conversation in Hindi only, as the
/// platform reads a message with its language's detector. Dates: आज/aaj, कल/kal (tomorrow, as the detector reads it
/// unless told the date is past), परसों/parso, नरसों/narso; a day and a month ("15 दिसंबर", "pehli april"); a day of
/// the month ("5 तारीख": the next 5th), of the next month ("अगले महीने की 2 तारीख"); a day of the week, or the next
/// one ("अगले सोमवार", "agle shukravar"); days after or before today ("3 दिन बाद", "2 din pehle"), the next day
/// ("agle din"). Times: an hour with बजे/baje, its minutes ("5 बजकर 30 मिनट"), a quarter or half hour ("सवा 10", "पौने
/// 9", "साढ़े 5", "डेढ़", "ढाई"), and a part of the day anywhere in the message (सुबह/subah am; दोपहर, शाम and रात pm,
/// as the detector reads them; an hour of 12 or more as written).
/// </summary>
public sealed partial class EntityExtractor
{
    /// <summary>Whether the conversation is in Hindi, where <see cref="Hindi"/>'s words are read.</summary>
    private readonly bool _hindi = language is not null && Model.BotInfo.BaseLanguage(language) == "hi";

    /// <summary>
    /// A date written in Hindi words (the text found), for the trace to say why no date was taken in a conversation
    /// in another language, where the platform does not read them; null when there is none.
    /// </summary>
    public static string? DateInHindiWords(string message)
    {
        var hindi = new EntityExtractor(new DateOnly(2026, 1, 1), "hi");
        return hindi.HindiDatesIn(message).Concat(hindi.HindiWeekdaysIn(message)).OrderBy(d => d.At).FirstOrDefault().Value?.OriginalText;
    }

    /// <summary>A time written in Hindi words (the text found), as <see cref="DateInHindiWords"/>; null when there is none.</summary>
    public static string? TimeInHindiWords(string message) => HindiTime(message)?.OriginalText;

    /// <summary>Every date in Hindi words in the message but a day of the week (<see cref="HindiWeekdaysIn"/>), each with where it starts and ends.</summary>
    private List<(int At, int End, EntityValue Value)> HindiDatesIn(string message)
    {
        var found = new List<(int At, int End, EntityValue Value)>();
        void Add(Match match, string? date)
        {
            if (date is not null)
            {
                found.Add((match.Index, match.Index + match.Length, new EntityValue(date, match.Value)));
            }
        }

        foreach (Match match in Hindi.NextMonthDay.Matches(message))
        {
            Add(match, DayOf(today.AddMonths(1), Hindi.Number(match.Groups["n"].Value)));
        }

        foreach (Match match in Hindi.DayOfMonth.Matches(message))
        {
            // The day this month, or next month's once it has passed, as the detector reads "5 tarikh".
            var n = Hindi.Number(match.Groups["n"].Value);
            Add(match, DayOf(n >= today.Day ? today : today.AddMonths(1), n));
        }

        foreach (Match match in Hindi.DayAndMonth.Matches(message))
        {
            Add(match, Hindi.Number(match.Groups["n"].Value) is { } n && n == Math.Floor(n)
                ? MakeDate(string.Empty, Hindi.MonthOf(match.Groups["month"].Value), ((int)n).ToString(CultureInfo.InvariantCulture)) : null);
        }

        foreach (Match match in Hindi.DaysFromToday.Matches(message))
        {
            Add(match, Hindi.Number(match.Groups["n"].Value) is { } n && n == Math.Floor(n)
                ? Iso(today.AddDays((int)n * (Hindi.Before.IsMatch(match.Groups["dir"].Value) ? -1 : 1))) : null);
        }

        foreach (Match match in Hindi.NextDay.Matches(message))
        {
            Add(match, Iso(today.AddDays(1)));
        }

        foreach (Match match in Hindi.RelativeDay.Matches(message))
        {
            Add(match, Iso(today.AddDays(Hindi.DaysAhead(match.Value))));
        }

        return found;
    }

    /// <summary>
    /// Every day of the week in Hindi words (or English names, as the Hindi detector reads them too): the coming one,
    /// today when today is one; with agle, the next one after today ("agle somvar"). Read only when the message has no
    /// other date.
    /// </summary>
    private IEnumerable<(int At, int End, EntityValue Value)> HindiWeekdaysIn(string message)
    {
        foreach (Match match in Hindi.Weekday.Matches(message))
        {
            var ahead = (Hindi.DayOfWeekOf(match.Groups["day"].Value) - today.DayOfWeek + 7) % 7;
            yield return (match.Index, match.Index + match.Length, new EntityValue(Iso(today.AddDays(ahead == 0 && match.Groups["next"].Success ? 7 : ahead)), match.Value));
        }
    }

    /// <summary>Day <paramref name="n"/> of <paramref name="month"/>'s month, as yyyy-MM-dd; null when it has no such day.</summary>
    private static string? DayOf(DateOnly month, double? n) =>
        n is { } day && day == Math.Floor(day) && day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month) ? Iso(new DateOnly(month.Year, month.Month, (int)day)) : null;

    /// <summary>The first time in Hindi words in the message (<see cref="Hindi.Time"/>), as HH:mm.</summary>
    private static EntityValue? HindiTime(string message)
    {
        foreach (Match match in Hindi.Time.Matches(message))
        {
            if (Hindi.Number(match.Groups["h"].Value) is not { } value)
            {
                continue;
            }

            value += match.Groups["ref"].Success ? Hindi.QuarterOf(match.Groups["ref"].Value) : 0;
            var hour = (int)Math.Floor(value);
            var minute = (int)Math.Round((value - hour) * 60);
            if (match.Groups["m"].Success)
            {
                if (Hindi.Number(match.Groups["m"].Value) is not { } minutes || minutes != Math.Floor(minutes))
                {
                    continue;
                }

                minute += (int)minutes;
            }

            // An hour of 1 to 11 with a part of the day anywhere in the message: subah am, the others pm, as the
            // detector reads them ("raat 2 baje" too); without one, the hour as written (the platform chooses am or pm
            // by its clock, which a test cannot repeat). 0 and 12 or more: as written.
            if (hour is >= 1 and < 12 && Hindi.Afternoon.IsMatch(message) && !Hindi.Morning.IsMatch(message))
            {
                hour += 12;
            }

            if (hour < 24 && minute < 60)
            {
                return new EntityValue($"{hour:00}:{minute:00}", match.Value);
            }
        }

        return null;
    }

    /// <summary>Hindi's words for dates and times, and the patterns made of them (built on first use: only conversations in Hindi need them).</summary>
    private static class Hindi
    {
        /// <summary>Before and after a word: no letter, mark or digit (Devanagari's vowel signs are marks that <c>\b</c> does not count as word characters).</summary>
        private const string Start = @"(?<![\p{L}\p{M}\p{Nd}])";

        private const string End = @"(?![\p{L}\p{M}\p{Nd}])";

        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        /// <summary>1 to 31, as cardinals and ordinals, and 1.5 and 2.5 (for times).</summary>
        private static readonly (double Value, string Words)[] Numbers =
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
        ];

        private static readonly string[] MonthNames =
        [
            "जनवरी|january|jan",
            "फ़रवरी|फरवरी|february|feb",
            "मार्च|march|mar",
            "अप्रैल|अप्रेल|april|apr",
            "मई|may",
            "जून|june|jun",
            "जुलाई|july|jul",
            "अगस्त|august|aug",
            "सितंबर|सितम्बर|september|sept|sep",
            "अक्टूबर|अक्तूबर|october|oct",
            "नवंबर|नवम्बर|november|nov",
            "दिसंबर|दिसम्बर|december|dec",
        ];

        /// <summary>Sunday first, as <see cref="DayOfWeek"/> counts.</summary>
        private static readonly string[] WeekdayNames =
        [
            "रविवार|इतवार|ravivar|raviwar|itvar|itwar|sunday",
            "सोमवार|somvar|somwar|monday",
            "मंगलवार|mangalvar|mangalwar|tuesday",
            "बुधवार|budhvar|budhwar|wednesday",
            "गुरुवार|बृहस्पतिवार|guruvar|guruwar|brihaspativar|thursday",
            "शुक्रवार|shukravar|shukrawar|sukravar|friday",
            "शनिवार|shanivar|shaniwar|saturday",
        ];

        /// <summary>Today, tomorrow, the day after, and the day after that.</summary>
        private static readonly string[] RelativeDays = ["आज|aaj", "कल|kal", "परसों|परसो|parson|parso", "नरसों|नरसो|नर्सों|narson|narso"];

        private const string NextWords = "अगले|अगला|अगली|agle|agla|agli";
        private const string DayWords = "दिन|दिनों|din|dino";
        private const string MonthWords = "महीने|महीना|mahine|mahina|month";
        private const string DateWords = "तारीख़|तारीख|तारिख|tareekh|tarikh|tarik";
        private const string AfterWords = "बाद|baad|bad";
        private const string BeforeWords = "पहले|pehle|pahle";
        private const string OfWords = "की|के|का|ki|ke|ka";
        private const string HourWords = "बजकर|बजे|बज|bajkar|bajkr|baje|bje|baj";
        private const string MinuteWords = "मिनट|minutes|minute|mins|min";
        private const string AtWords = "को|में|ko|me|mein|ke";
        private const string MorningWords = "सुबह|subah|subeh";
        private const string AfternoonWords = "दोपहर|दुपहर|शाम|संध्या|रात|dopahar|dopehar|dupahar|shaam|sham|saam|sandhya|raat|rat";

        /// <summary>A quarter past, a quarter to, and half past.</summary>
        private static readonly (double Shift, string Words)[] Quarters = [(0.25, "सवा|sava|sawa"), (-0.25, "पौने|paune"), (0.5, "साढ़े|साढे|saade|sade|sadhe")];

        private static readonly Dictionary<string, double> NumberOf = Numbers
            .SelectMany(n => Forms(n.Words).Select(w => (w, n.Value)))
            .ToDictionary(p => p.w, p => p.Value, StringComparer.OrdinalIgnoreCase);

        private static readonly string NumberPattern = $@"(?:\d{{1,2}}|{Alternation(string.Join('|', Numbers.Select(n => n.Words)))})";

        internal static readonly Regex RelativeDay = Make($"{Start}(?:{Alternation(string.Join('|', RelativeDays))}){End}");

        internal static readonly Regex DayAndMonth = Make($@"{Start}(?<n>{NumberPattern})\s*(?:st|nd|rd|th)?\s*(?<month>{Alternation(string.Join('|', MonthNames))}){End}");

        internal static readonly Regex DayOfMonth = Make($@"{Start}(?<n>{NumberPattern})\s*(?:{Alternation(DateWords)}){End}");

        internal static readonly Regex NextMonthDay = Make(
            $@"{Start}(?:(?:{Alternation(NextWords)})\s+(?:{Alternation(MonthWords)})\s*(?:(?:{Alternation(OfWords)})\s+)?(?<n>{NumberPattern})\s*(?:{Alternation(DateWords)})"
            + $@"|(?<n>{NumberPattern})\s*(?:{Alternation(DateWords)})\s+(?:{Alternation(NextWords)})\s+(?:{Alternation(MonthWords)})){End}");

        internal static readonly Regex DaysFromToday = Make($@"{Start}(?<n>{NumberPattern})\s*(?:{Alternation(DayWords)})\s+(?<dir>{Alternation(AfterWords + "|" + BeforeWords)}){End}");

        internal static readonly Regex NextDay = Make($@"{Start}(?:{Alternation(NextWords)})\s+(?:{Alternation(DayWords)}){End}");

        internal static readonly Regex Weekday = Make($@"{Start}(?:(?<next>{Alternation(NextWords)})\s+)?(?<day>{Alternation(string.Join('|', WeekdayNames))}){End}");

        internal static readonly Regex Before = Make($"^(?:{Alternation(BeforeWords)})$");

        internal static readonly Regex Time = Make(
            $@"{Start}(?:(?:{Alternation(DayPartWords)})\s+(?:(?:{Alternation(AtWords)})\s+)?)?(?:(?<ref>{Alternation(QuarterWords)})\s*)?(?<h>{NumberPattern})\s*(?:{Alternation(HourWords)})"
            + $@"(?:\s*(?<m>{NumberPattern})\s*(?:{Alternation(MinuteWords)}))?(?:\s+(?:{Alternation(DayPartWords)}))?{End}");

        internal static readonly Regex Morning = Make($"{Start}(?:{Alternation(MorningWords)}){End}");

        internal static readonly Regex Afternoon = Make($"{Start}(?:{Alternation(AfternoonWords)}){End}");

        private static string QuarterWords => string.Join('|', Quarters.Select(q => q.Words));

        /// <summary>A part of the day before or after the hour, part of the time's text ("शाम को 6 बजे", "6 baje shaam").</summary>
        private static string DayPartWords => MorningWords + "|" + AfternoonWords;

        /// <summary>A number written in digits (of any script) or in words; null when it is neither.</summary>
        internal static double? Number(string text) =>
            text.Length > 0 && text.All(char.IsDigit) ? text.Aggregate(0, (n, c) => n * 10 + CharUnicodeInfo.GetDecimalDigitValue(c))
            : NumberOf.TryGetValue(text.Normalize(NormalizationForm.FormC), out var value) ? value : null;

        internal static int MonthOf(string name) => IndexOf(MonthNames, name) + 1;

        internal static DayOfWeek DayOfWeekOf(string name) => (DayOfWeek)IndexOf(WeekdayNames, name);

        internal static int DaysAhead(string word) => IndexOf(RelativeDays, word);

        internal static double QuarterOf(string word) => Quarters.First(q => Forms(q.Words).Contains(word.Normalize(NormalizationForm.FormC), StringComparer.OrdinalIgnoreCase)).Shift;

        private static int IndexOf(string[] table, string word)
        {
            var key = word.Normalize(NormalizationForm.FormC);
            return Array.FindIndex(table, words => Forms(words).Contains(key, StringComparer.OrdinalIgnoreCase));
        }

        /// <summary>A table's words, each as Unicode composes it (NFC): "फ़" typed as one character or as फ and a nukta is one word.</summary>
        private static IEnumerable<string> Forms(string words) => words.Split('|').Select(w => w.Normalize(NormalizationForm.FormC));

        /// <summary>The words as a regex alternation, longest first, each in both its composed and decomposed forms.</summary>
        private static string Alternation(string words) => string.Join('|', words.Split('|')
            .SelectMany(w => new[] { w.Normalize(NormalizationForm.FormC), w.Normalize(NormalizationForm.FormD) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(Regex.Escape));

        private static Regex Make(string pattern) => new(pattern, Options);
    }
}
