using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A person name's prompt or reprompt that does not ask for a name in the words the platform's name detector looks
/// for in the bot's last message (<see cref="EntityExtractor.NameAsks"/>): the detector reads no name after it.
/// </summary>
public sealed class NameNotAskedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2044", DiagnosticLevel.Warning, "A name prompt the platform's name detector does not answer to");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "name-not-asked";

    public override string Why => """
        The platform's name detector reads a name only after a bot message that asks for one in its words: in English one with "name" in it ("What is your name?", "May I have your full name?") or "call you" or "address you"; in Hindi "नाम", in Marathi "नाव", in Tamil "பெயர்", in Telugu "పేరు", in Gujarati "નામ", in Bengali "নাম" (or the language's words for calling someone). After a prompt without them ("Who is the booking for?", "யாருக்காக பதிவு செய்கிறோம்?") it takes nothing from the answer, however plainly it is a name, and the user is asked again until the bot gives up. `botforge test` reads names the same way and says so. Ask for the name in those words, in the prompt and in the reprompt. Judged for the public `person_name` and `user_name` in English and the Indian languages above; the detector's lists for other languages are not carried, and their prompts are not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: BOOK
            start: true
            end: true
            user_says: [book a table]
            entities:
              - entity: person_name
                prompt: Who is the booking for?
            bot_says:
              final: Booked.
        """, At: "stories/main/flow.yaml:8:17");

    public override RuleExample Fixed => Failing.Fix("prompt: Who is the booking for?", "prompt: What name is the booking for?");

    public override void Check(RuleContext context)
    {
        var languages = context.Bot.Bot.Languages.Where(l => EntityExtractor.NameAsks(l) is not null).ToList();
        if (languages.Count == 0)
        {
            return;
        }

        foreach (var (node, use, what, language, text) in EntityAsks.Of(context, PublicReading.PersonName, languages).Where(a => !EntityExtractor.AsksForName(a.Text.Raw, a.Language)))
        {
            context.Report(text.Location,
                $"the {what} for {use.Entity.Name} on {node.SystemName}, '{text.Raw}', does not ask for a name in the words the platform's name detector looks for ({string.Join(", ", EntityExtractor.NameAsks(language)!.Select(w => $"'{w}'"))}): it reads no name after it, and the user is asked again",
                $"ask for the name in them, like '{Example(language)}'");
        }
    }

    /// <summary>A prompt in the language that the detector answers to.</summary>
    private static string Example(string language) => BotInfo.BaseLanguage(language) switch
    {
        "hi" => "आपका नाम क्या है?",
        "mr" => "तुमचे नाव काय आहे?",
        "ta" => "உங்கள் பெயர் என்ன?",
        "te" => "మీ పేరు ఏమిటి?",
        "gu" => "તમારું નામ શું છે?",
        "bn" => "আপনার নাম কি?",
        _ => "What is your name?",
    };
}
