using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>An <c>entity:</c> condition naming an entity that the connection's source node does not collect.</summary>
public sealed class EntityConditionNotCollectedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1009", DiagnosticLevel.Error, "Entity condition on an entity the node does not collect");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entity-condition-not-collected";

    public override string Why => """
        An entity condition is read from what the source node collected. If the node does not collect that entity, the condition is never true and the path is dead.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            next:
              - to: THANKS
                entity: email
          - id: THANKS
            end: true
            bot_says: Thanks!
        """, At: "stories/main/flow.yaml:7:17");

    public override RuleExample Fixed => Failing.Fix("    user_says: [hello]", "    user_says: [hello]\n    entities:\n      - entity: email\n        prompt: What's your email?");

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            var entity = connection.Condition.EntityOf();
            // On a connection out of or into a code node an entity condition is never read at all (BF1005 says so).
            if (entity is not null && !BotGraph.Collects(node, connection.Condition) && node.Type != NodeType.Code && connection.Target?.Type != NodeType.Code)
            {
                // An output node collects only optional entities (BF0229), and a mandatory one on a static node needs its prompt (BF1020).
                context.Report(entity.Location, $"{node.SystemName} does not collect '{entity.Name}', so this condition is never true",
                    node.Type == NodeType.Output
                        ? $"add '{entity.Name}' to the entities of {node.SystemName} as optional ('- entity: {entity.Name}' with 'mandatory: false'): an output node takes it from the user's answer, and collects no mandatory entity"
                        : $"add '{entity.Name}' to the entities of {node.SystemName}, with the prompt that asks for it");
            }
        }
    }
}
