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
        An entity condition on one of a node's mandatory entities, on a connection to another node, is read as soon as those entities are known, with no message from the user. When such connections lead round to a node already passed (A → B → A), and nothing on the way clears the context or runs code, the conversation goes round without end once the entities of the nodes on the way are known (a node that asks for one waits for the answer once, then goes on): the engine stops after 25 nodes in one turn and the bot breaks. BotForge follows, from each node a conversation can reach, the connection the engine would take for each combination of the values the conditions name (for a dictionary entity, its values), and reports the first loop.
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
              - to: CHECK
                entity: { name: issue_type, values: [delivery] }
          - id: CHECK
            entities:
              - entity: issue_type
                prompt: Delivery or payment?
            bot_says:
              final: Checking.
            next:
              - to: START
                entity: issue_type
        """, At: "stories/main/flow.yaml:21:17");

    public override RuleExample Fixed => Failing.Fix("""
              - to: START
                entity: issue_type
        """, """
              - to: START
                user_says: [start over]
        """);

    public override void Check(RuleContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var named = context.Graph.Connections.Select(p => p.Connection.Condition).OfType<EntityValueCondition>()
            .GroupBy(c => c.Entity.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Domain(g.First().Entity, g.SelectMany(c => c.Values)), StringComparer.Ordinal);
        // Where walks have been, by node, entities known and values: the walk from there is the same whatever the
        // start, so a later walk that gets there stops (true when it went on into a loop, reported then).
        var explored = new Dictionary<(Node Node, string State), bool>();
        var starts = context.Graph.Nodes.Where(n => context.Graph.IsReachable(n) && n.Connections.Any(c => BotGraph.IsTakenOnceKnown(n, c))).ToList();
        var compared = named.Count == 0 ? null : Compared(starts, named);
        foreach (var start in starts)
        {
            foreach (var values in Assignments(named, compared?[start] ?? []))
            {
                if (Loop(start, values, explored, out var looped) is not { } loop)
                {
                    if (looped)
                    {
                        break;
                    }

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
        var held = entity.Definition is { Type: EntityType.Dictionary } dictionary
            ? values.Where(v => dictionary.Values.Any(d => d.Value == v))
            : values;
        return [.. held, .. BotGraph.HasUnlistedValue(entity, values.ToHashSet(StringComparer.Ordinal), out var other) ? [other ?? Other] : Array.Empty<string>()];
    }

    /// <summary>
    /// For each node, the entities with values to try that a walk from it can read: those of <paramref name="named"/>
    /// among the mandatory entities of the nodes the connections taken once the entities are known lead to, its own
    /// among them. One pass over the strongly connected parts of those connections (Tarjan's), so a long chain costs
    /// no more than its length.
    /// </summary>
    private static Dictionary<Node, HashSet<string>> Compared(IReadOnlyList<Node> nodes, IReadOnlyDictionary<string, List<string>> named)
    {
        static IEnumerable<Node> Next(Node node) => node.Connections.Where(c => BotGraph.IsTakenOnceKnown(node, c)).Select(c => c.ActiveTarget!)
            .Where(n => n is { Type: NodeType.Static, IsContextClear: false });

        var result = new Dictionary<Node, HashSet<string>>(ReferenceEqualityComparer.Instance);
        var index = new Dictionary<Node, (int Index, int Low)>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Node>();
        var onStack = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            // Iterative depth-first search: each frame is a node and what is left of its successors.
            var frames = new Stack<(Node Node, IEnumerator<Node> Successors)>();
            void Open(Node node)
            {
                index[node] = (index.Count, index.Count);
                stack.Push(node);
                onStack.Add(node);
                frames.Push((node, Next(node).GetEnumerator()));
            }

            Open(root);
            while (frames.TryPeek(out var frame))
            {
                if (frame.Successors.MoveNext())
                {
                    var next = frame.Successors.Current;
                    if (!index.ContainsKey(next))
                    {
                        Open(next);
                    }
                    else if (onStack.Contains(next))
                    {
                        index[frame.Node] = (index[frame.Node].Index, Math.Min(index[frame.Node].Low, index[next].Index));
                    }

                    continue;
                }

                frames.Pop();
                var (own, low) = index[frame.Node];
                if (frames.TryPeek(out var parent))
                {
                    index[parent.Node] = (index[parent.Node].Index, Math.Min(index[parent.Node].Low, low));
                }

                if (own != low)
                {
                    continue;
                }

                // A strongly connected part, closed: its entities and those of every part it leads to (all done).
                var part = new List<Node>();
                Node member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    part.Add(member);
                }
                while (member != frame.Node);

                var entities = new HashSet<string>(StringComparer.Ordinal);
                foreach (var node in part)
                {
                    entities.UnionWith(node.Entities.Where(u => u.Mandatory && named.ContainsKey(u.Entity.Name)).Select(u => u.Entity.Name));
                    foreach (var next in Next(node).Where(n => result.ContainsKey(n)))
                    {
                        entities.UnionWith(result[next]);
                    }
                }

                foreach (var node in part)
                {
                    result[node] = entities;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The connections the engine takes from <paramref name="start"/>, its mandatory entities known and every
    /// entity holding <paramref name="values"/>, when they come back to a node with no new entity asked for on the
    /// way (from then on they go round for ever); null when they stop: no condition holds, or the next node clears
    /// the context or runs code, or they reach where an earlier walk went (<paramref name="looped"/>: on into a
    /// loop). A node on the way that asks for an entity not yet known waits for the answer once, then goes on.
    /// </summary>
    private static List<(Node From, Connection Connection)>? Loop(Node start, IReadOnlyDictionary<string, string> values,
        Dictionary<(Node Node, string State), bool> explored, out bool looped)
    {
        var known = start.Entities.Where(u => u.Mandatory).Select(u => u.Entity.Name).ToHashSet(StringComparer.Ordinal);
        var assigned = string.Join(",", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
        string State() => string.Join(",", known.Order(StringComparer.Ordinal)) + "|" + assigned;
        var state = State();
        var walked = new List<(Node, string)>();
        var path = new List<(Node From, Connection Connection)>();

        // Where each node was passed, by how many entities were known then: known entities only grow, so passing a
        // node again with as many known means nothing was asked for in between.
        var passed = new Dictionary<(Node Node, int Known), int>();
        var node = start;
        while (true)
        {
            if (explored.TryGetValue((node, state), out looped))
            {
                return Remember(null, looped);
            }

            passed[(node, known.Count)] = path.Count;
            walked.Add((node, state));
            var taken = node.Connections.FirstOrDefault(c => BotGraph.IsTakenOnceKnown(node, c)
                && BotGraph.HoldsOn(c.Condition, name => known.Contains(name) ? values.GetValueOrDefault(name, Other) : null));
            if (taken?.ActiveTarget is not { Type: NodeType.Static, IsContextClear: false } next)
            {
                return Remember(null, false);
            }

            path.Add((node, taken));
            var before = known.Count;
            known.UnionWith(next.Entities.Where(u => u.Mandatory).Select(u => u.Entity.Name));
            if (known.Count != before)
            {
                state = State();
            }

            if (passed.TryGetValue((next, known.Count), out var at))
            {
                return Remember(path[at..], true);
            }

            node = next;
        }

        List<(Node From, Connection Connection)>? Remember(List<(Node From, Connection Connection)>? loop, bool into)
        {
            foreach (var step in walked)
            {
                explored[step] = into;
            }

            return loop;
        }
    }

    /// <summary>
    /// Each combination of values of the entities the walk reads that conditions compare (none, when more than
    /// <see cref="MaxAssignments"/> combinations).
    /// </summary>
    private static IEnumerable<Dictionary<string, string>> Assignments(IReadOnlyDictionary<string, List<string>> named, IReadOnlySet<string> compared) =>
        Combinations.Of([.. compared.Where(named.ContainsKey).Order(StringComparer.Ordinal).Select(e => (e, (IReadOnlyList<string>)named[e]))], MaxAssignments) ?? [];
}
