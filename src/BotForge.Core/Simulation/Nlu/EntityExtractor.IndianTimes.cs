using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Times in the words of Indian languages, in their scripts and in Latin letters, as the platform's time detectors for
/// them read them (its open-source recogniser, chatbot_ner, lists the words per language): read in a conversation in
/// that language only, as the platform reads a message with its language's detector. An hour with its word for
/// o'clock (बजे/baje, वाजता, વાગ્યે, টা), its minutes ("5 बजकर 30 मिनट"), a quarter or half hour ("सवा 10", "पौने 9",
/// "साढ़े 5"; in Hindi also "डेढ़", "ढाई"), and a part of the day anywhere in the message (the morning am; the
/// afternoon, the evening and the night pm, as the detectors read them; an hour of 12 or more as written). Hindi,
/// Marathi, Gujarati and Bengali: the Tamil lists give their words meanings they do not have (a weekday as the word
/// for o'clock) and are not read.
/// </summary>
public sealed partial class EntityExtractor
{
    /// <summary>The languages with time words (<see cref="TimeWords"/>), known without building their tables.</summary>
    private static readonly string[] TimeLanguages = ["hi", "mr", "gu", "bn"];

    /// <summary>The time words of the conversation's language, where the platform reads some; null in any other.</summary>
    private readonly TimeWords? _timeWords = language is not null && TimeLanguages.Contains(Model.BotInfo.BaseLanguage(language)) ? TimeWords.For(language) : null;

    /// <summary>
    /// A time written in the words of an Indian language other than <paramref name="conversationLanguage"/>'s, for the
    /// trace to say why no time was taken, where the platform does not read them: the text found and the language's
    /// name; null when there is none.
    /// </summary>
    public static (string Text, string Language)? TimeInIndianWords(string message, string? conversationLanguage)
    {
        var own = conversationLanguage is null ? null : Model.BotInfo.BaseLanguage(conversationLanguage);
        foreach (var words in TimeWords.All.Where(w => w.Code != own))
        {
            if (WordTime(message, words)?.OriginalText is { } text)
            {
                return (text, words.Name);
            }
        }

        return null;
    }

    /// <summary>The first time in the language's words in the message (<see cref="TimeWords.Time"/>), as HH:mm.</summary>
    private static EntityValue? WordTime(string message, TimeWords words)
    {
        foreach (Match match in words.Time.Matches(message))
        {
            if (words.Dates.Number(match.Groups["h"].Value) is not { } value)
            {
                continue;
            }

            value += match.Groups["ref"].Success ? words.QuarterOf(match.Groups["ref"].Value) : 0;
            var hour = (int)Math.Floor(value);
            var minute = (int)Math.Round((value - hour) * 60);
            if (match.Groups["m"].Success)
            {
                if (words.Dates.Number(match.Groups["m"].Value) is not { } minutes || minutes != Math.Floor(minutes))
                {
                    continue;
                }

                minute += (int)minutes;
            }

            // An hour of 1 to 11 with a part of the day anywhere in the message: the morning am, the others pm, as the
            // detectors read them ("raat 2 baje" too); without one, the hour as written (the platform chooses am or pm
            // by its clock, which a test cannot repeat). 0 and 12 or more: as written.
            if (hour is >= 1 and < 12 && words.Afternoon.IsMatch(message) && !words.Morning.IsMatch(message))
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

    /// <summary>One language's words for times, as its time detector's lists hold them, and the patterns made of them.</summary>
    private sealed class TimeWords
    {
        /// <summary>Before and after a word: no letter, mark or digit (vowel signs of Indian scripts are marks, which <c>\b</c> does not count as word characters).</summary>
        private const string Start = @"(?<![\p{L}\p{M}\p{Nd}])";

        private const string End = @"(?![\p{L}\p{M}\p{Nd}])";

        /// <summary>A quarter past, a quarter to, and half past.</summary>
        private readonly (double Shift, string Words)[] _quarters;

        private TimeWords(string code, DateWords dates, string hour, string minute, string morning, string afternoon, (double Shift, string Words)[] quarters, string at = "")
        {
            (Code, Dates, _quarters) = (code, dates, quarters);
            var dayParts = morning + "|" + afternoon;
            var quarterWords = string.Join('|', quarters.Select(q => q.Words));
            var number = dates.NumberPattern;
            var atWords = at.Length == 0 ? string.Empty : $@"(?:(?:{DateWords.Alternation(at)})\s+)?";
            Time = Make(
                $@"{Start}(?:(?:{DateWords.Alternation(dayParts)})\s+{atWords})?(?:(?<ref>{DateWords.Alternation(quarterWords)})\s*)?(?<h>{number})\s*(?:{DateWords.Alternation(hour)})"
                + $@"(?:\s*(?<m>{number})\s*(?:{DateWords.Alternation(minute)}))?(?:\s+(?:{DateWords.Alternation(dayParts)}))?{End}");
            Morning = Make($"{Start}(?:{DateWords.Alternation(morning)}){End}");
            Afternoon = Make($"{Start}(?:{DateWords.Alternation(afternoon)}){End}");
        }

        public string Code { get; }

        public string Name => Dates.Name;

        /// <summary>The language's date words, whose numbers a time reads too.</summary>
        public DateWords Dates { get; }

        /// <summary>An hour with its word for o'clock, its minutes and a part of the day around it ("शाम को 6 बजे", "6 baje shaam").</summary>
        public Regex Time { get; }

        public Regex Morning { get; }

        public Regex Afternoon { get; }

        /// <summary>Every language whose time words are read, Hindi first.</summary>
        public static IReadOnlyList<TimeWords> All { get; } =
        [
            new("hi", DateWords.Hindi, hour: "बजकर|बजे|बज|bajkar|bajkr|baje|bje|baj", minute: "मिनट|minutes|minute|mins|min",
                morning: "सुबह|subah|subeh", afternoon: "दोपहर|दुपहर|शाम|संध्या|रात|dopahar|dopehar|dupahar|shaam|sham|saam|sandhya|raat|rat",
                quarters: [(0.25, "सवा|sava|sawa"), (-0.25, "पौने|paune"), (0.5, "साढ़े|साढे|saade|sade|sadhe")], at: "को|में|ko|me|mein|ke"),
            new("mr", DateWords.For("mr")!, hour: "वाजले|वाजता|वाजुन|vajle|vajta|vazta|vazle|vajun|vazun", minute: "मिनिट|मिनिटे|minute|minte",
                morning: "सकाळ|सकाळी|sakal|sakali", afternoon: "दुपार|दुपारी|संध्याकाळी|संध्याकाळ|रात्री|रात्र|dupar|dupari|sandhyakali|sandhyakal|ratri|ratra",
                quarters: [(0.25, "सवा|sawa|sava|sauva"), (-0.25, "पौने|paune"), (0.5, "साढे|साडे|saade|sade|sadhe|saadhe")]),
            new("gu", DateWords.For("gu")!, hour: "વાગે|વાગ્યા|વાગીને|vage|vagya|vagine", minute: "મિનિટ|મિનિટે|minutes|mins|minute|min",
                morning: "સવાર|સવારે|પરોઢે|સવારમાં|સવારમા|સવારના|savare|parodhe|savar|savarma|subah|subeh",
                afternoon: "બપોર|બપ્પોર|બપોરે|બપોરના|સાંજે|સાંજ|રાતે|રાત્રે|રાતનાં|રાતના|bapor|bapore|bappor|bappore|baporma|dopahar|dopehar|dupahar|saanjh|sanj|sanjhe|saanjhe|sanjna|saanjhna|sandhyakale|sandhyakade|shaam|sandhya|sham|saam|raate|ratre|rate|ratna|raat",
                quarters: []),
            new("bn", DateWords.For("bn")!, hour: "সময়|টায়|টা|samay|somay|ta", minute: "মিনিট|minite|minute",
                morning: "সকাল|shokol|sokole", afternoon: "বিকেল|সন্ধ্যা|রাত|dupur|sandhe|shandya|raat", quarters: []),
        ];

        /// <summary>The time words of a conversation in <paramref name="language"/>; null for a language without (English's are read in every conversation).</summary>
        public static TimeWords? For(string? language) =>
            language is null ? null : All.FirstOrDefault(w => w.Code == Model.BotInfo.BaseLanguage(language));

        public double QuarterOf(string word) => _quarters.First(q => DateWords.Forms(q.Words).Contains(word.Normalize(NormalizationForm.FormC), StringComparer.OrdinalIgnoreCase)).Shift;

        private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
