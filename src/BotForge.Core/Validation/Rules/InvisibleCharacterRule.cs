using System.Globalization;
using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// A user say, FAQ question or entity synonym with a character that shows as nothing or reorders the text, or a text
/// users see with one that shows as nothing or reverses it: copied from a document or a web page, or planted.
/// </summary>
public sealed class InvisibleCharacterRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2049", DiagnosticLevel.Warning, "Invisible character in a text or a user say");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "invisible-character";

    public override string Why => """
        Text copied from a document, a spreadsheet or a web page often carries characters that show as nothing: a zero-width space (U+200B), a soft hyphen (U+00AD), a word joiner (U+2060), a byte order mark (U+FEFF). In a user say, an FAQ question or an entity's synonym, users never type them, so the example is not what it looks like: "hel\u{200B}lo" is read as two words, and a synonym with one is never met. A text users see keeps them, and one that reverses what follows it (a right-to-left override, U+202E) shows users other words than the file seems to hold, and a reviewer too: a change of such characters alone looks like no change. BotForge's own output (messages, the diff of a pull request) shows each as an escape, `\u{200B}`. The joiners scripts and emoji need (U+200C, U+200D), the left-to-right and right-to-left marks in texts users see and the isolates that keep a number or a name apart in a right-to-left text are not reported. In a user say, any bidirectional control is: users do not type them.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: GREETING
            start: true
            end: true
            user_says: [hello there, "good\u200Bmorning", hi bot]
            bot_says: Hello!
        """, At: "stories/main/flow.yaml:5:30");

    public override RuleExample Fixed => Failing.Fix("\"good\\u200Bmorning\"", "good morning");

    /// <summary>What a user say may not hold: what shows as nothing, and every bidirectional control.</summary>
    private static bool NotTyped(char c) => Printable.ShowsAsNothing(c) || Printable.IsBidiControl(c);

    /// <summary>What a text users see may not hold: what shows as nothing but the direction marks, and the overrides.</summary>
    private static bool NotShown(char c) => (Printable.ShowsAsNothing(c) && !IsDirectionMark(c)) || c is '\u202D' or '\u202E';

    public override void Check(RuleContext context)
    {
        // A bot written in ASCII (and Latin-1's letters) has none: binding notes whether any text has a character where they are.
        if ((context.Bot.TextTraits & TextTraits.FromSoftHyphenUp) == 0)
        {
            return;
        }

        foreach (var said in context.UserSays)
        {
            if (Find(said.Utterance.Text, NotTyped) is var at and >= 0)
            {
                Report(context, said.Utterance, said.Utterance.Text[at], said.Kind.Name(), said.Owner);
            }
        }

        foreach (var node in context.Bot.Nodes)
        {
            foreach (var utterance in node.NegativeUserSays.All)
            {
                if (Find(utterance.Text, NotTyped) is var at and >= 0)
                {
                    Report(context, utterance, utterance.Text[at], "negative user say", node.SystemName);
                }
            }
        }

        foreach (var entity in context.Bot.Entities)
        {
            foreach (var value in entity.Values)
            {
                foreach (var variant in value.Variants)
                {
                    if (Find(variant.Text, NotTyped) is var at and >= 0)
                    {
                        Report(context, variant, variant.Text[at], "synonym", $"'{value.Value}' of the entity {entity.Name}");
                    }
                }
            }
        }

        foreach (var (owner, text) in ModelText.Texts(context.Bot))
        {
            foreach (var (_, template) in text.Translations)
            {
                if (Find(template.Raw, NotShown) is var at and >= 0 && template.Raw[at] is var c)
                {
                    context.Report(text.Location, $"the text '{Printable.Escape(ModelText.Shorten(template.Raw))}' of {owner} has {Name(c)}, {(c is '\u202D' or '\u202E' ? "which reverses what follows it: users see other words than the file seems to hold" : "which shows as nothing")}",
                        "delete it: text copied from a document or a web page often carries such characters");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Where the first character <paramref name="which"/> takes is in <paramref name="text"/>, or -1. Every character
    /// sought is at U+00AD or above: a text below it throughout (most are) is passed over at vector speed.
    /// </summary>
    private static int Find(string text, Func<char, bool> which)
    {
        var from = text.AsSpan().IndexOfAnyInRange('\u00AD', char.MaxValue);
        if (from >= 0)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (which(text[i]))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The left-to-right, right-to-left and Arabic letter marks: a right-to-left text may need them where a number or a Latin word meets it.</summary>
    private static bool IsDirectionMark(char c) => c is '\u200E' or '\u200F' or '\u061C';

    private static string Name(char c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} ({c switch
    {
        '\u00AD' => "a soft hyphen",
        '\u034F' => "a combining grapheme joiner",
        '\u061C' => "an Arabic letter mark",
        '\u115F' or '\u1160' or '\u3164' or '\uFFA0' => "a Hangul filler",
        '\u17B4' or '\u17B5' => "a Khmer inherent vowel",
        '\u180E' => "a Mongolian vowel separator",
        '\u200B' => "a zero-width space",
        '\u200E' => "a left-to-right mark",
        '\u200F' => "a right-to-left mark",
        '\u2060' => "a word joiner",
        '\uFEFF' => "a byte order mark",
        '\u202A' or '\u202B' => "a bidirectional embedding",
        '\u202C' => "a pop directional formatting",
        '\u202D' => "a left-to-right override",
        '\u202E' => "a right-to-left override",
        '\u2066' or '\u2067' or '\u2068' => "a bidirectional isolate",
        '\u2069' => "a pop directional isolate",
        _ => "an invisible operator",
    }})");

    private static void Report(RuleContext context, Utterance utterance, char c, string what, string owner) =>
        context.Report(utterance.Location, $"the {what} '{Printable.Escape(ModelText.Shorten(utterance.Text))}' of {owner} has {Name(c)}, which users never type: the example is not read as it looks",
            "delete it: text copied from a document or a web page often carries such characters");
}
