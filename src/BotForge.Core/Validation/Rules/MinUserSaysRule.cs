using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A start node with fewer user says than <c>lint.min_user_says</c> (default 10).</summary>
public sealed class MinUserSaysRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2007", DiagnosticLevel.Warning, "Start node with too few user says");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "min-user-says";

    public override string Why => """
        Start nodes are found by intent detection trained on their user says. The platform's guidance is ten or more varied utterances per node; with fewer, users who phrase things differently hit the bot-break message. Each language is its own model, so a bot with several languages needs them in each.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRACK
            start: true
            end: true
            user_says: [where is my order, track my parcel]
            bot_says: Your order is on its way.
        """, At: "stories/main/flow.yaml:2:9");

    public override RuleExample Fixed => new("""
        nodes:
          - id: TRACK
            start: true
            end: true
            user_says:
              - where is my order
              - track my parcel
              - has my package shipped
              - when will my order arrive
              - order status
              - is my delivery on the way
              - I want to track my order
              - where's my stuff
              - delivery status please
              - my order hasn't come yet
            bot_says: Your order is on its way.
        """);

    public override void Check(RuleContext context)
    {
        var minimum = context.Bot.Lint.MinUserSays ?? DefaultMinimum;
        var languages = context.Bot.Bot.Languages;
        foreach (var node in context.Graph.Nodes.Where(n => n.IsStart && n.IsActive))
        {
            // Each language trains a model of its own: each list is counted (a missing one is BF1028's).
            var lists = node.UserSays.ByLanguage.Where(l => languages.Contains(l.Key, StringComparer.Ordinal)).ToList();
            foreach (var (language, utterances) in lists.Count == 0 ? [new(languages[0], [])] : lists)
            {
                if (utterances.Count < minimum)
                {
                    var which = languages.Count > 1 ? $" in {language}" : string.Empty;
                    context.Report(node.IdLocation, $"start node {node.SystemName} has {utterances.Count} user says{which}; at least {minimum} train intent detection well",
                        "add varied phrasings users really write; lint.min_user_says sets the minimum");
                }
            }
        }
    }

    private const int DefaultMinimum = 10;
}
