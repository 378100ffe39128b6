using BotForge.Analysis;
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
        With exactly one entity, and that one mandatory, the platform sends no initial response: the entity's prompt plays that role. Put the text in the prompt; a text that shows the entity (a thank-you with the number given) is meant for after the answer: make it the final response. (An optional entity has no prompt, so a node whose one entity is optional sends its initial response.)
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
        foreach (var node in context.Graph.Nodes.Where(NeverSendsInitial))
        {
            // A text that shows the entity is meant for after its answer (a thank-you), not for the prompt.
            var entity = node.Entities[0].Entity.Name;
            context.Report(node.BotSays.Initial!.Location, $"{node.SystemName} collects exactly one entity, so the platform sends its prompt instead of the initial response",
                node.BotSays.Final is null && ModelText.Of(node.BotSays.Initial).Any(t => t.Placeholders.Any(p => p.Kind == PlaceholderKind.Entity && p.Key == entity))
                    ? $"it shows '{entity}', which is known only once its prompt is answered: make it {node.SystemName}'s final response (bot_says: final: …)"
                    : $"move the text into the prompt of '{entity}'");
        }
    }

    /// <summary>Whether the node has an initial response the platform never sends (this rule's finding; BF1015 leaves its placeholders alone).</summary>
    internal static bool NeverSendsInitial(Node node) => node.PromptReplacesInitial && node.BotSays.Initial is not null && node.Type == NodeType.Static;
}
