using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary><c>${entity.x}</c> where x is not surely collected when the text is shown.</summary>
public sealed class EntityNotCollectedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1015", DiagnosticLevel.Error, "Entity placeholder not collected on every path into the node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entity-not-collected";

    public override string Why => """
        A placeholder for an entity that some path into the node never collects (as mandatory) shows nothing, or the raw tag, to those users. The check follows every path from the start nodes, as the engine routes them: a connection with phrases can be taken while a node still asks for its entities, so it carries only what was collected before that node; only the automatic connection to a code node waits for them. A connection never taken (a condition never true, BF1009 and BF1011; a connection out of an end node that waits for a message, BF1035) is no path: that mistake is reported there. Entities the node itself collects count for its final response and later prompts. In a built-in action's inputs, an entity that some path collects as mandatory must be collected on every path: where a path skips it, the generated script fails the step (status false) and sends nothing. An output node collects only optional entities, so for its texts the hint names the static nodes before its code node where a path arrives without the entity.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi ${entity.person_name}!
            end: true
        """, At: "stories/main/flow.yaml:5:18");

    public override RuleExample Fixed => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            entities:
              - entity: person_name
                prompt: What's your name?
            bot_says:
              final: Hi ${entity.person_name}!
            end: true
        """);

    public override void Check(RuleContext context)
    {
        foreach (var (node, placeholder, inAction) in context.EntityUsesNotCollected)
        {
            if (context.Graph.IsCollectedOnEntry(node, placeholder.Key, ignoringClears: true))
            {
                continue;
            }

            // An initial response the platform never sends (BF1018, whose hint says where the text goes).
            if (InitialWithOneEntityRule.NeverSendsInitial(node) && Holds(node.BotSays.Initial, placeholder))
            {
                continue;
            }

            // The node collects an entity that does not exist, named like this one (BF0204: 'plans', did you mean
            // 'plan'?): that it is not collected follows from that error.
            if (node.Entities.Any(e => e.Entity.Meant == placeholder.Key))
            {
                continue;
            }

            if (inAction)
            {
                context.Report(placeholder.Location, $"'{placeholder.Key}' is not collected on every path into {node.SystemName}: where a path skips it, the step fails and sends nothing",
                    $"collect '{placeholder.Key}' as a mandatory entity on every node leading to {node.SystemName}; a connection with phrases can be taken before a node's entities are collected");
            }
            else
            {
                context.Report(placeholder.Location, $"'{placeholder.Key}' is not collected on every path into {node.SystemName} when this text is shown",
                    SentBeforeOwnPrompt(node, placeholder) is { } which
                        ? $"{node.SystemName} asks for '{placeholder.Key}' itself, after this text: {which}. "
                          + $"Show the value in {node.SystemName}'s final response (bot_says: final:), sent once its mandatory entities are known"
                        : EarlyConnection(context, node, placeholder.Key) is { } early
                        ? $"{early.SystemName}'s connection to {node.SystemName} is taken on what the user says, also while {early.SystemName} still asks for '{placeholder.Key}': "
                          + $"collect '{placeholder.Key}' as a mandatory entity on {node.SystemName} too (it is asked only when not yet known)"
                          + (SentBeforeAnyPrompt(node, placeholder) ? $" and show this text in {node.SystemName}'s final response (bot_says: final:), sent once it is known" : string.Empty)
                        : node.Type == NodeType.Output
                        ? OutputNodeHint(context, node, placeholder.Key)
                        : $"collect '{placeholder.Key}' as a mandatory entity on {node.SystemName} or on every node leading to it");
            }
        }
    }

    /// <summary>
    /// The hint for an output node, which may collect only optional entities: the static nodes before its code nodes
    /// where a path arrives without the entity and that do not ask for it, as those are where it is collected.
    /// </summary>
    private static string OutputNodeHint(RuleContext context, Node node, string entity)
    {
        var codeNodes = context.Graph.Predecessors(node).Where(p => p.Type == NodeType.Code).Distinct().ToList();
        var skipping = codeNodes
            .SelectMany(code => context.Graph.Predecessors(code).Where(p => p.Type == NodeType.Static).Select(p => (Static: p, Code: code)))
            .Where(p => !context.Graph.IsCollectedOnEntry(p.Static, entity, ignoringClears: true) && !p.Static.Entities.Any(e => e.Mandatory && e.Entity.Name == entity))
            .DistinctBy(p => p.Static)
            .ToList();
        const string Why = "(an output node collects only optional entities)";
        return skipping.Count == 0
            ? $"collect '{entity}' as a mandatory entity on every node leading to {string.Join(", ", codeNodes.Select(c => c.SystemName))} {Why}"
            : $"collect '{entity}' as a mandatory entity on {string.Join(", ", skipping.Select(p => $"{p.Static.SystemName}, which leads to {p.Code.SystemName}"))} {Why}";
    }

    /// <summary>
    /// When <paramref name="node"/> asks for the placeholder's entity itself (as mandatory) but the text is sent before
    /// that, which text it is: the author who collects it on the node has done what the usual hint says.
    /// </summary>
    private static string? SentBeforeOwnPrompt(Node node, PlaceholderPart placeholder)
    {
        var own = -1;
        for (var i = 0; i < node.Entities.Count && own < 0; i++)
        {
            own = node.Entities[i].Mandatory && node.Entities[i].Entity.Name == placeholder.Key ? i : -1;
        }

        if (own < 0)
        {
            return null;
        }

        var before = $"can be sent before {node.SystemName} knows any of its entities";
        if (Holds(node.BotSays.Initial, placeholder))
        {
            return $"its initial response {before}";
        }

        if (Holds(node.BotSays.FollowUp?.Says, placeholder))
        {
            return $"its follow-up {before}";
        }

        for (var i = 0; i <= own; i++)
        {
            var use = node.Entities[i];
            var which = Holds(use.Prompt, placeholder) ? "prompt" : Holds(use.Reprompt, placeholder) ? "reprompt" : null;
            if (which is not null)
            {
                return $"the {which} of '{use.Entity.Name}' is sent before '{placeholder.Key}' is known";
            }
        }

        return null;
    }

    /// <summary>
    /// True when the text is one the node sends before it asks for any entity (its initial response, its follow-up):
    /// collecting the entity on the node does not put it there, as moving the text to the final response does.
    /// </summary>
    private static bool SentBeforeAnyPrompt(Node node, PlaceholderPart placeholder) =>
        Holds(node.BotSays.Initial, placeholder) || Holds(node.BotSays.FollowUp?.Says, placeholder);

    private static bool Holds(Response? response, PlaceholderPart placeholder) => ModelText.Of(response).Any(t => t.Placeholders.Contains(placeholder));

    /// <summary>
    /// A node that collects <paramref name="entity"/> and connects to <paramref name="node"/> on a condition, which
    /// the engine may take before the entity is known: the likeliest path the author did not see.
    /// </summary>
    private static Node? EarlyConnection(RuleContext context, Node node, string entity) =>
        context.Graph.Connections
            .Where(c => c.Connection.Target == node && c.From != node && c.Connection.Condition is not AutomaticCondition
                && c.Connection.Condition.EntityOf()?.Name != entity && c.From.Entities.Any(e => e.Mandatory && e.Entity.Name == entity))
            .Select(c => c.From)
            .FirstOrDefault();
}
