using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A bot text that shows users an entity's value written as a key (<c>new_york</c>).</summary>
public sealed class ValueKeyShownRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2022", DiagnosticLevel.Warning, "Entity value written as a key shown to users");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "value-key-shown";

    public override string Why => """
        A dictionary entity's value is the name written in `values:`, whichever variant the user typed: "I'm flying from NYC" collects `new_york`, and `${entity.city}` in a bot text shows users `new_york`. A value with an underscore reads as a key, not as words. Name each value as users should read it (`new york: [nyc]`); conditions on the entity and scripts read the same name, so change them with it. Values of patterns entities are checked too, where `values:` gives them.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [fly to a city]
            entities:
              - entity: destination
                prompt: Where to?
            bot_says:
              final: Flying to ${entity.destination}.
        """, At: "stories/main/flow.yaml:10:24")
    {
        Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: destination\n    type: dictionary\n    values: { paris: [paris], new_york: [new york, nyc] }\n" },
    };

    public override RuleExample Fixed => Failing.Fix("new_york: [new york, nyc]", "new york: [nyc]");

    public override void Check(RuleContext context)
    {
        var keyed = context.Bot.Entities
            .Select(e => (e.Name, Key: e.Values.Select(v => v.Value).FirstOrDefault(v => v.Contains('_', StringComparison.Ordinal))))
            .Where(e => e.Key is not null)
            .ToDictionary(e => e.Name, e => e.Key!, StringComparer.Ordinal);
        if (keyed.Count == 0)
        {
            return;
        }

        foreach (var node in context.Graph.Nodes)
        {
            foreach (var (placeholder, _) in context.Graph.Placeholders(node))
            {
                if (placeholder.Kind == PlaceholderKind.Entity && keyed.TryGetValue(placeholder.Key, out var key))
                {
                    context.Report(placeholder.Location, $"${{entity.{placeholder.Key}}} shows users the value as written in values:, such as '{key}'",
                        $"name each value as users should read it ('{key.Replace('_', ' ')}'); conditions and scripts read the same name");
                }
            }
        }
    }
}
