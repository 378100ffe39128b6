using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A mandatory entity use with no <c>prompt</c>.</summary>
public sealed class MandatoryEntityWithoutPromptRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1020", DiagnosticLevel.Error, "Mandatory entity without a prompt");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "mandatory-entity-without-prompt";

    public override string Why => """
        The platform asks for each missing mandatory entity with its entity response. Without a prompt the bot waits silently for a value the user does not know it wants.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [subscribe me]
            entities:
              - entity: email
        """, At: "stories/main/flow.yaml:7:17");

    public override RuleExample Fixed => Failing.Fix("      - entity: email", "      - entity: email\n        prompt: What's your email address?");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            foreach (var use in node.Entities.Where(e => e.Mandatory && e.Prompt is null))
            {
                context.Report(use.Entity.Location, $"mandatory entity '{use.Entity.Name}' on {node.SystemName} has no prompt, so the user is never asked for it",
                    "add prompt: with the question, or mark it mandatory: false");
            }
        }
    }
}
