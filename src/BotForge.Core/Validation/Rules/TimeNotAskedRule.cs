using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A time's prompt or reprompt in English without the word "time": the platform's time detector, given the bot's last
/// message, reads a number given alone as an hour only after one with that word (<see cref="EntityExtractor.AsksForTime"/>).
/// </summary>
public sealed class TimeNotAskedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2048", DiagnosticLevel.Warning, "A time prompt after which an hour given alone is not read");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "time-not-asked";

    public override string Why => """
        The platform gives its time detector the bot's last message with the user's answer, and the detector reads a number given alone ("7", "7 please", "around 7 works") as an hour only when that message has the word "time" in it ("What time should we call you?", "Pick a timeslot"). After "When should we call you?" it takes nothing from "7", and the user is asked again until the bot gives up; "7 pm", "7:30" and "at 7" are read after any message. `botforge test` reads times the same way and says so. Put "time" in the prompt and the reprompt, or ask for the time with am/pm or minutes. Judged in English, for the public `time` entity.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: CALLBACK
            start: true
            end: true
            user_says: [call me back]
            entities:
              - entity: time
                prompt: When should we call you?
            bot_says:
              final: Noted.
        """, At: "stories/main/flow.yaml:8:17");

    public override RuleExample Fixed => Failing.Fix("prompt: When should we call you?", "prompt: What time should we call you?");

    public override void Check(RuleContext context)
    {
        var english = context.Bot.Bot.Languages.Where(l => BotInfo.BaseLanguage(l) == "en").ToList();
        if (english.Count == 0)
        {
            return;
        }

        foreach (var (node, use, what, _, text) in EntityAsks.Of(context, PublicReading.Time, english).Where(a => !EntityExtractor.AsksForTime(a.Text.Raw)))
        {
            context.Report(text.Location,
                $"the {what} for {use.Entity.Name} on {node.SystemName}, '{text.Raw}', has no word 'time' in it: the platform's time detector reads a number given alone ('7', '7 please') as an hour only after a message with 'time' in it, so a user who answers so is asked again",
                "ask 'At what time…?', or for the time with am/pm or minutes, like 6:30 pm or 18:30, which it reads after any message");
        }
    }
}
