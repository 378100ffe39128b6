using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// Times in Hindi words, in Devanagari and in Latin letters, as the platform's Hindi time detector reads them (its
/// open-source recogniser, chatbot_ner, lists the words): read in a conversation in Hindi only, as the platform reads a
/// message with its language's detector. An hour with बजे/baje, its minutes ("5 बजकर 30 मिनट"), a quarter or half hour
/// ("सवा 10", "पौने 9", "साढ़े 5", "डेढ़", "ढाई"), and a part of the day anywhere in the message (सुबह/subah am; दोपहर,
/// शाम and रात pm, as the detector reads them; an hour of 12 or more as written). Hindi's dates are read with the other
/// Indian languages' (EntityExtractor.IndianDates.cs).
/// </summary>
public sealed partial class EntityExtractor
{
    /// <summary>Whether the conversation is in Hindi, where <see cref="Hindi"/>'s times are read.</summary>
    private readonly bool _hindi = language is not null && Model.BotInfo.BaseLanguage(language) == "hi";

    /// <summary>A time written in Hindi words (the text found), for the trace to say why no time was taken in a conversation in another language; null when there is none.</summary>
    public static string? TimeInHindiWords(string message) => HindiTime(message)?.OriginalText;

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

    /// <summary>Hindi's words for times, and the pattern made of them (built on first use: only conversations in Hindi need them).</summary>
    private static class Hindi
    {
        /// <summary>Before and after a word: no letter, mark or digit (Devanagari's vowel signs are marks that <c>\b</c> does not count as word characters).</summary>
        private const string Start = @"(?<![\p{L}\p{M}\p{Nd}])";

        private const string End = @"(?![\p{L}\p{M}\p{Nd}])";

        private const string HourWords = "बजकर|बजे|बज|bajkar|bajkr|baje|bje|baj";
        private const string MinuteWords = "मिनट|minutes|minute|mins|min";
        private const string AtWords = "को|में|ko|me|mein|ke";
        private const string MorningWords = "सुबह|subah|subeh";
        private const string AfternoonWords = "दोपहर|दुपहर|शाम|संध्या|रात|dopahar|dopehar|dupahar|shaam|sham|saam|sandhya|raat|rat";

        /// <summary>A quarter past, a quarter to, and half past.</summary>
        private static readonly (double Shift, string Words)[] Quarters = [(0.25, "सवा|sava|sawa"), (-0.25, "पौने|paune"), (0.5, "साढ़े|साढे|saade|sade|sadhe")];

        private static readonly string NumberPattern = DateWords.Hindi.NumberPattern;

        internal static readonly Regex Time = Make(
            $@"{Start}(?:(?:{Alternation(DayPartWords)})\s+(?:(?:{Alternation(AtWords)})\s+)?)?(?:(?<ref>{Alternation(QuarterWords)})\s*)?(?<h>{NumberPattern})\s*(?:{Alternation(HourWords)})"
            + $@"(?:\s*(?<m>{NumberPattern})\s*(?:{Alternation(MinuteWords)}))?(?:\s+(?:{Alternation(DayPartWords)}))?{End}");

        internal static readonly Regex Morning = Make($"{Start}(?:{Alternation(MorningWords)}){End}");

        internal static readonly Regex Afternoon = Make($"{Start}(?:{Alternation(AfternoonWords)}){End}");

        private static string QuarterWords => string.Join('|', Quarters.Select(q => q.Words));

        /// <summary>A part of the day before or after the hour, part of the time's text ("शाम को 6 बजे", "6 baje shaam").</summary>
        private static string DayPartWords => MorningWords + "|" + AfternoonWords;

        /// <summary>A number written in digits (of any script) or in Hindi words; null when it is neither.</summary>
        internal static double? Number(string text) => DateWords.Hindi.Number(text);

        internal static double QuarterOf(string word) => Quarters.First(q => DateWords.Forms(q.Words).Contains(word.Normalize(NormalizationForm.FormC), StringComparer.OrdinalIgnoreCase)).Shift;

        private static string Alternation(string words) => DateWords.Alternation(words);

        private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
