using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary><c>prompt</c> or <c>reprompt</c> on an entity marked <c>mandatory: false</c>.</summary>
public sealed class PromptOnOptionalEntityRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1019", DiagnosticLevel.Error, "Prompt or reprompt on an optional entity");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "prompt-on-optional-entity";

    public override string Why => """
        Entity responses exist only for mandatory entities: the platform never asks for an optional one, so its prompt and reprompt are never sent.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [call me back]
            entities:
              - entity: phone_number
                mandatory: false
                prompt: Your phone number?
        """, At: "stories/main/flow.yaml:9:17");

    public override RuleExample Fixed => Failing.Fix("      - entity: phone_number\n        mandatory: false", "      - entity: phone_number");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            foreach (var use in node.Entities.Where(e => !e.Mandatory))
            {
                foreach (var response in new[] { use.Prompt, use.Reprompt }.OfType<Response>())
                {
                    context.Report(response.Location, $"'{use.Entity.Name}' is optional on {node.SystemName}, so this entity response is never sent",
                        "make the entity mandatory, or remove the prompt");
                }
            }
        }
    }
}
