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
        An entity condition on one of a node's mandatory entities is read as soon as those entities are known, with no message from the user. When such connections lead round to a node already passed (a node to itself, or A → B → A), and nothing on the way clears the context or runs code, the conversation goes round without end once the entities of the nodes on the way are known (a node that asks for one waits for the answer once, then goes on): the engine stops after 25 nodes in one turn and the bot breaks. BotForge follows, from each node a conversation can reach, the connection the engine would take for each combination of the values the conditions name (for a dictionary entity, its values), and reports the first loop.
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
            .ToDictionary(g => g.Key, g => Domain(g.First().Entity, g.SelectMany(c => c.Values)), StringComparer.Ordinal);
        foreach (var start in context.Graph.Nodes.Where(n => context.Graph.IsReachable(n) && n.Connections.Any(c => BotGraph.IsTakenOnceKnown(n, c))))
        {
            foreach (var values in Assignments(named, Compared(start)))
            {
                if (Loop(start, values) is not { } loop)
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
    /// The values an entity can hold that conditions tell apart: each value a condition names (for a dictionary
    /// entity, those of its values), and one no condition names (for a dictionary entity, its first value not named,
    /// if any).
    /// </summary>
    private static List<string> Domain(EntityRef entity, IEnumerable<string> named)
    {
        var values = named.Distinct(StringComparer.Ordinal).ToList();
        if (entity.Definition is not { Type: EntityType.Dictionary } dictionary)
        {
            return [.. values, Other];
        }

        var own = dictionary.Values.Select(v => v.Value).ToList();
        return [.. values.Where(own.Contains), .. own.Where(v => !values.Contains(v)).Take(1)];
    }

    /// <summary>
    /// The entities the walk from <paramref name="start"/> can read: the mandatory entities of the nodes the
    /// connections taken once the entities are known lead to, the start's own among them.
    /// </summary>
    private static HashSet<string> Compared(Node start)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Node>(ReferenceEqualityComparer.Instance) { start };
        var work = new Queue<Node>([start]);
        while (work.TryDequeue(out var node))
        {
            entities.UnionWith(node.Entities.Where(u => u.Mandatory).Select(u => u.Entity.Name));
            foreach (var next in node.Connections.Where(c => BotGraph.IsTakenOnceKnown(node, c)).Select(c => c.ActiveTarget!))
            {
                if (next is { Type: NodeType.Static, IsContextClear: false } && seen.Add(next))
                {
                    work.Enqueue(next);
                }
            }
        }

        return entities;
    }

    /// <summary>
    /// The connections the engine takes from <paramref name="start"/>, its mandatory entities known and every
    /// entity holding <paramref name="values"/>, when they come back to a node with no new entity asked for on the
    /// way (from then on they go round for ever); null when they stop: no condition holds, or the next node clears
    /// the context or runs code. A node on the way that asks for an entity not yet known waits for the answer once,
    /// then goes on.
    /// </summary>
    private static List<(Node From, Connection Connection)>? Loop(Node start, IReadOnlyDictionary<string, string> values)
    {
        var known = start.Entities.Where(u => u.Mandatory).Select(u => u.Entity.Name).ToHashSet(StringComparer.Ordinal);
        var path = new List<(Node From, Connection Connection)>();

        // Where each node was passed, by how many entities were known then: known entities only grow, so passing a
        // node again with as many known means nothing was asked for in between.
        var passed = new Dictionary<(Node Node, int Known), int> { [(start, known.Count)] = 0 };
        var node = start;
        while (true)
        {
            var taken = node.Connections.FirstOrDefault(c => BotGraph.IsTakenOnceKnown(node, c)
                && BotGraph.HoldsOn(c.Condition, name => known.Contains(name) ? values.GetValueOrDefault(name, Other) : null));
            if (taken?.ActiveTarget is not { Type: NodeType.Static, IsContextClear: false } next)
            {
                return null;
            }

            path.Add((node, taken));
            known.UnionWith(next.Entities.Where(u => u.Mandatory).Select(u => u.Entity.Name));
            if (passed.TryGetValue((next, known.Count), out var at))
            {
                return path[at..];
            }

            passed[(next, known.Count)] = path.Count;
            node = next;
        }
    }

    /// <summary>
    /// Each combination of values of the entities the walk reads that conditions compare (none, when more than
    /// <see cref="MaxAssignments"/> combinations).
    /// </summary>
    private static IEnumerable<Dictionary<string, string>> Assignments(IReadOnlyDictionary<string, List<string>> named, IReadOnlySet<string> compared) =>
        Combinations.Of([.. compared.Where(named.ContainsKey).Order(StringComparer.Ordinal).Select(e => (e, (IReadOnlyList<string>)named[e]))], MaxAssignments) ?? [];
}
