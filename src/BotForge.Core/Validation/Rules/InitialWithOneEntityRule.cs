using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>An <c>initial</c> response on a node that collects exactly one entity.</summary>
public sealed class InitialWithOneEntityRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1018", DiagnosticLevel.Error, "Initial response on a node with exactly one entity");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "initial-with-one-entity";

    public override string Why => """
        With exactly one entity, and that one mandatory, the platform sends no initial response: the entity's prompt plays that role. Put the text in the prompt. (An optional entity has no prompt, so a node whose one entity is optional sends its initial response.)
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [track my order]
            entities:
              - entity: order_id
                prompt: What's the order number?
            bot_says:
              initial: Let's find your order.
              final: Looking up ${entity.order_id}…
        """, At: "stories/main/flow.yaml:10:16");

    public override RuleExample Fixed => Failing.Fix("        prompt: What's the order number?\n    bot_says:\n      initial: Let's find your order.", "        prompt: [Let's find your order., What's the order number?]\n    bot_says:");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes.Where(n => n.PromptReplacesInitial && n.BotSays.Initial is not null && n.Type == NodeType.Static))
        {
            context.Report(node.BotSays.Initial!.Location, $"{node.SystemName} collects exactly one entity, so the platform sends its prompt instead of the initial response",
                "move the text into the prompt of '" + node.Entities[0].Entity.Name + "'");
        }
    }
}
