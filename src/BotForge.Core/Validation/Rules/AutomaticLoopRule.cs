using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// Connections taken without waiting for the user that lead back where they started: an entity condition on a
/// node's mandatory entity is read as soon as the node's entities are known, so a cycle of them whose conditions
/// can hold together goes round until the engine gives up (a bot break).
/// </summary>
public sealed class AutomaticLoopRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1034", DiagnosticLevel.Error, "Connections that go round without waiting for the user");

    /// <summary>A value no condition names.</summary>
    private const string Other = "\0other";

    /// <summary>The most combinations of entity values tried from one node; beyond it the node is not checked.</summary>
    private const int MaxAssignments = 256;

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "automatic-loop";

    public override string Why => """
        An entity condition on one of a node's mandatory entities is read as soon as those entities are known, with no message from the user. When such connections lead round to a node already passed (a node to itself, or A → B → A), and nothing on the way clears the context or asks for a new entity, the conversation goes round without end: the engine stops after 25 nodes in one turn and the bot breaks. BotForge follows, from each node a conversation can reach, the connection the engine would take for each combination of the values the conditions name, and reports the first loop.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [report an issue]
            entities:
              - entity: issue_type
                prompt: Delivery or payment?
            bot_says:
              final: Thanks.
            next:
              - to: START
                entity: { name: issue_type, values: [delivery] }
        """, At: "stories/main/flow.yaml:12:17");

    public override RuleExample Fixed => Failing.Fix("""
              - to: START
                entity: { name: issue_type, values: [delivery] }
        """, """
              - to: DELIVERY
                entity: { name: issue_type, values: [delivery] }
          - id: DELIVERY
            end: true
            bot_says: Let's look at your delivery.
        """);

    public override void Check(RuleContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var named = context.Graph.Connections.Select(p => p.Connection.Condition).OfType<EntityValueCondition>()
            .GroupBy(c => c.Entity.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Values).Distinct(StringComparer.Ordinal).Append(Other).ToList(), StringComparer.Ordinal);
        foreach (var start in context.Graph.Nodes.Where(n => context.Graph.IsReachable(n) && n.Connections.Any(c => BotGraph.IsTakenOnceKnown(n, c))))
        {
            var known = start.Entities.Where(u => u.Mandatory).Select(u => u.Entity.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var values in Assignments(named, known))
            {
                if (Loop(start, known, values) is not { } loop)
                {
                    continue;
                }

                var nodes = loop.Select(step => step.From.SystemName).ToList();
                if (reported.Add(string.Join(",", nodes.Order(StringComparer.Ordinal))))
                {
                    var closing = loop[^1];
                    var when = string.Join(" and ", loop.Select(step => step.Connection.Condition).OfType<EntityValueCondition>()
                        .Select(c => $"{c.Entity.Name} is {values[c.Entity.Name]}").Distinct(StringComparer.Ordinal));
                    context.Report(closing.Connection.Condition.Location,
                        $"{string.Join(" → ", nodes.Append(closing.Connection.TargetName))} goes round without waiting for the user{(when.Length > 0 ? " when " + when : string.Empty)}: the bot breaks",
                        "let one connection of the loop wait for the user (phrases), or lead it elsewhere");
                }

                break;
            }
        }
    }

    /// <summary>
    /// The connections the engine takes from <paramref name="start"/> with only <paramref name="known"/> entities
    /// known, holding <paramref name="values"/>, when they come back to a node passed; null when they stop: no
    /// condition holds, or the next node clears the context, runs code or must ask for an entity.
    /// </summary>
    private static List<(Node From, Connection Connection)>? Loop(Node start, IReadOnlySet<string> known, IReadOnlyDictionary<string, string> values)
    {
        var path = new List<(Node From, Connection Connection)>();
        var node = start;
        while (true)
        {
            var taken = node.Connections.FirstOrDefault(c => BotGraph.IsTakenOnceKnown(node, c)
                && BotGraph.HoldsOn(c.Condition, name => known.Contains(name) ? values.GetValueOrDefault(name, Other) : null));
            if (taken?.ActiveTarget is not { } next)
            {
                return null;
            }

            path.Add((node, taken));
            var at = path.FindIndex(step => step.From == next);
            if (at >= 0)
            {
                return path[at..];
            }

            if (next.Type != NodeType.Static || next.IsContextClear || next.Entities.Any(u => u.Mandatory && !known.Contains(u.Entity.Name)))
            {
                return null;
            }

            node = next;
        }
    }

    /// <summary>
    /// Each combination of values of the known entities that conditions compare: every value a condition names and
    /// one no condition names (none, when more than <see cref="MaxAssignments"/> combinations).
    /// </summary>
    private static IEnumerable<Dictionary<string, string>> Assignments(IReadOnlyDictionary<string, List<string>> named, IReadOnlySet<string> known) =>
        Combinations.Of([.. known.Where(e => named.ContainsKey(e)).Order(StringComparer.Ordinal).Select(e => (e, (IReadOnlyList<string>)named[e]))], MaxAssignments) ?? [];
}
