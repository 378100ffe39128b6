using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>Two taskbox tasks with the same title in one language.</summary>
public sealed class DuplicateTaskboxTitleRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2010", DiagnosticLevel.Warning, "Two taskbox tasks with the same title");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "duplicate-taskbox-title";

    public override string Why => """
        The taskbox is the bot's main menu. Two tasks with the same title (after normalising case and punctuation) look like one choice offered twice, and users cannot tell which one does what.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: RAISE_TICKET
            start: true
            end: true
            user_says: [I want to raise a ticket, open a ticket]
            bot_says: Let's raise a ticket.
        """, Project: """
        taskbox:
          tasks:
            - title: Raise a ticket
              user_says: I want to raise a ticket
            - title: Raise a Ticket!
              user_says: open a ticket
        """, At: "botforge.yaml:8:14");

    public override RuleExample Fixed => Failing.Fix("\n    - title: Raise a Ticket!\n      user_says: open a ticket", string.Empty);

    public override void Check(RuleContext context)
    {
        var seen = new Dictionary<(string Language, string Key), Text.SourceLocation>();
        foreach (var task in context.Bot.Taskbox?.Tasks ?? [])
        {
            foreach (var (language, title) in task.Title.Translations)
            {
                var key = (language, UserSays.Normalize(title.Raw));
                if (!seen.TryAdd(key, title.Location))
                {
                    context.Report(title.Location, $"the task title '{title.Raw}' is also the title of the task on {UserSays.Where(seen[key], title.Location)}",
                        "give each task a title that says what it does, or remove the repeated task");
                }
            }
        }
    }
}
