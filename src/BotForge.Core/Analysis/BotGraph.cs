using System.Collections;
using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Facts about the conversation graph that rules, the script generator and the diff need, each computed once on
/// first use: predecessors, reachability from start nodes, which entities are surely collected on entry to a node,
/// and which are collected as mandatory on some path into it.
/// </summary>
/// <remarks>
/// "Surely collected" follows the routing the conversation engine implements (docs/testing.md): a connection with
/// phrases can be taken while the node still asks for its entities (a message at a pending prompt that is not the
/// answer), so it carries only what was collected before the node; an entity condition on an optional entity
/// carries that entity too; the automatic connection to a code node and an entity condition on a mandatory entity,
/// both taken once every mandatory entity is known, carry the node's mandatory entities. A context-clear node starts
/// from nothing.
/// </remarks>
public sealed class BotGraph
{
    private readonly Dictionary<Node, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<List<Node>[]> _predecessors;
    private readonly Lazy<bool[]> _reachable;
    private readonly Lazy<bool[]> _entered;
    private readonly Lazy<BitArray[]> _collected;
    private readonly Lazy<BitArray[]> _collectedIgnoringClears;
    private readonly Lazy<BitArray[]> _mandatorySomewhere;
    private readonly Lazy<BitArray[]> _usedSomewhere;
    private readonly Dictionary<string, int> _entityIndex = new(StringComparer.Ordinal);
    private readonly Lazy<(Node From, Connection Connection)[]> _connections;
    private readonly Lazy<(PlaceholderPart Placeholder, IReadOnlyList<EntityUse> CollectedHere)[][]> _placeholders;

    public BotGraph(BotModel bot)
    {
        Nodes = [.. bot.Nodes];
        for (var i = 0; i < Nodes.Count; i++)
        {
            _index[Nodes[i]] = i;
            foreach (var use in Nodes[i].Entities)
            {
                _entityIndex.TryAdd(use.Entity.Name, _entityIndex.Count);
            }
        }

        _predecessors = new(() =>
        {
            var result = Nodes.Select(_ => new List<Node>()).ToArray();
            foreach (var node in Nodes)
            {
                foreach (var target in Targets(node).Distinct<Node>(ReferenceEqualityComparer.Instance))
                {
                    result[_index[target]].Add(node);
                }
            }

            return result;
        });
        _reachable = new(() => Walk(static (_, connection) => connection.ActiveTarget is not null));
        _entered = new(() => Walk(CanTake));
        _collected = new(() => ComputeCollected(honourClears: true));
        _collectedIgnoringClears = new(() => ComputeCollected(honourClears: false));
        _mandatorySomewhere = new(() => ComputeSomewhere(mandatoryOnly: true));
        _usedSomewhere = new(() => ComputeSomewhere(mandatoryOnly: false));
        _connections = new(() => [.. Nodes.SelectMany(n => n.Connections.Select(c => (n, c)))]);
        _placeholders = new(() => [.. Nodes.Select(n => ModelText.Placeholders(n).ToArray())]);
    }

    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Every connection with the node it leaves, in source order (listed once: many rules walk them).</summary>
    public IReadOnlyList<(Node From, Connection Connection)> Connections => _connections.Value;

    /// <summary>
    /// <see cref="ModelText.Placeholders(Node)"/> of one of the graph's nodes, listed once for all nodes: several rules
    /// walk them.
    /// </summary>
    public IReadOnlyList<(PlaceholderPart Placeholder, IReadOnlyList<EntityUse> CollectedHere)> Placeholders(Node node) => _placeholders.Value[_index[node]];

    public static IEnumerable<Node> Targets(Node node) => node.Connections.Select(c => c.ActiveTarget).OfType<Node>();

    public IReadOnlyList<Node> Predecessors(Node node) => _predecessors.Value[_index[node]];

    /// <summary>True when a conversation can arrive at the node: it is an active start node or connected from one.</summary>
    public bool IsReachable(Node node) => _reachable.Value[_index[node]];

    /// <summary>
    /// True when a conversation can be on the node: it is an active start node, or a connection the engine can take
    /// (<see cref="CanTake"/>) leads to it from such a node. A node reachable only along connections that are never
    /// taken has no path in: what holds "on every path" into it is not judged.
    /// </summary>
    public bool IsEntered(Node node) => _entered.Value[_index[node]];

    /// <summary>
    /// True when the entity is collected on every path into the node (after the node's own context clear),
    /// so a text shown on arrival can use it. <paramref name="ignoringClears"/> asks the same question as if no
    /// node cleared the context, which tells a context-clear problem apart from an entity never collected.
    /// </summary>
    public bool IsCollectedOnEntry(Node node, string entity, bool ignoringClears = false)
    {
        if (!_entityIndex.TryGetValue(entity, out var e))
        {
            return false;
        }

        var sets = ignoringClears ? _collectedIgnoringClears.Value : _collected.Value;
        return sets[_index[node]][e];
    }

    /// <summary>
    /// True when some node on some path into <paramref name="node"/> (since the last context clear) collects the entity
    /// as mandatory: the author means it to be known here. A generated script refuses to run without such an entity
    /// rather than leave its field out (it is optional only when no path collects it as mandatory).
    /// </summary>
    public bool IsMandatoryOnSomePath(Node node, string entity) =>
        _entityIndex.TryGetValue(entity, out var e) && _mandatorySomewhere.Value[_index[node]][e];

    /// <summary>
    /// True when some node on some path into <paramref name="node"/> (since the last context clear) collects the entity,
    /// as mandatory or optional: where none does, the entity never has a value there.
    /// </summary>
    public bool IsCollectedOnSomePath(Node node, string entity) =>
        _entityIndex.TryGetValue(entity, out var e) && _usedSomewhere.Value[_index[node]][e];

    /// <summary>
    /// The entity placeholders of a code node's action inputs that some path into it collects as mandatory: the
    /// author means them known, so the generated script fails the step without them (REQUIRED_ENTITIES) and BF1015
    /// reports a path that skips them. Inputs whose entity no path collects as mandatory are optional fields.
    /// </summary>
    public IEnumerable<PlaceholderPart> RequiredActionPlaceholders(Node node) =>
        ActionEntityPlaceholders(node).Select(p => p.Placeholder).Where(p => IsMandatoryOnSomePath(node, p.Key));

    /// <summary>The entity placeholders of a code node's action inputs, each with its input (none for a script or another node).</summary>
    public static IEnumerable<(ActionArgument Input, PlaceholderPart Placeholder)> ActionEntityPlaceholders(Node node) =>
        node.Code is ActionStep step
            ? step.Arguments.SelectMany(a => (a.Template?.Parts ?? []).OfType<PlaceholderPart>().Where(p => p.Kind == PlaceholderKind.Entity).Select(p => (a, p)))
            : [];

    /// <summary>
    /// True for a connection to another node on an entity condition on one of the node's mandatory entities: the
    /// engine reads it once those are all known (before the automatic connection), never from a message before. A
    /// self-connection is always taken on a message (a later one holding the entity), as the platform's are: it keeps
    /// the conversation on the node when the user gives a new value, and makes a start node detectable by its entity
    /// (<see cref="EntityStartNodes"/>). The one definition the engine, this flow and the rules share.
    /// </summary>
    public static bool IsReadOnceKnown(Node node, Connection connection) =>
        !IsSelf(node, connection) && connection.Condition.EntityOf() is { } entity && node.Entities.Any(u => u.Mandatory && u.Entity.Name == entity.Name);

    /// <summary>A connection from the node to itself.</summary>
    public static bool IsSelf(Node node, Connection connection) => connection.TargetName == node.SystemName;

    /// <summary>
    /// The active start nodes a message holding an entity detects, as the platform detects them ("entity based node
    /// detection for start nodes": a start node with a self-connection on the entity's presence or value), each with
    /// that self-connection, in the bot's order: the engine tries them when intent detection finds nothing.
    /// </summary>
    public static IReadOnlyList<(Node Node, Connection Connection)> EntityStartNodes(IEnumerable<Node> nodes) =>
        [.. nodes.Where(n => n.IsStart && n.IsActive)
            .SelectMany(n => n.Connections.Where(c => IsSelf(n, c) && c.Condition.EntityOf() is not null && CanHold(n, c.Condition))
                .Select(c => (n, c)))];

    /// <summary>
    /// False for an entity condition on an entity the node does not collect (mandatory or optional): it is read
    /// from what the node collected (BF1009).
    /// </summary>
    public static bool Collects(Node node, Condition condition) =>
        condition.EntityOf() is not { } entity || node.Entities.Any(u => u.Entity.Name == entity.Name);

    /// <summary>
    /// False for an entity condition that is never true: on an entity the node does not collect (BF1009), or on a
    /// connection out of a context-clear node, whose entities are gone before its conditions are read (BF1011). The
    /// one definition the engine and the rules share.
    /// </summary>
    public static bool CanHold(Node node, Condition condition) =>
        Collects(node, condition) && !(node.IsContextClear && condition is EntityPresenceCondition or EntityValueCondition);

    /// <summary>
    /// True when a message can take the connection: its target is active, and its condition is not an entity
    /// condition read only once the node's entities are known, nor one that is never true. The one definition the
    /// engine and BF2013 share.
    /// </summary>
    public static bool TakesMessages(Node node, Connection connection) =>
        connection.ActiveTarget is not null && !IsReadOnceKnown(node, connection) && CanHold(node, connection.Condition);

    /// <summary>
    /// True for a connection a conversation can go along: into an active node, on a condition that can be true
    /// (<see cref="CanHold"/>), and not out of an end node the conversation has ended on (<see cref="EndsBefore"/>).
    /// The flows over paths (<see cref="IsEntered"/>, entities collected on entry, <see cref="SetOnEveryPath"/>)
    /// follow these only, so a connection BF1009, BF1011 or BF1035 reports is not also a path further on.
    /// </summary>
    public static bool CanTake(Node node, Connection connection) =>
        connection.ActiveTarget is not null && CanHold(node, connection.Condition) && !EndsBefore(node, connection);

    /// <summary>
    /// True for a connection out of an end node with no mandatory entity that waits for a message: the conversation
    /// ends on the node, so the connection is never taken (BF1035).
    /// </summary>
    public static bool EndsBefore(Node node, Connection connection) =>
        node.IsEnd && !node.Entities.Any(e => e.Mandatory) && TakesMessages(node, connection);

    /// <summary>
    /// True for a connection the engine takes without a message once the node's mandatory entities are known, when
    /// its condition holds: into an active node, on an entity condition then read (<see cref="IsReadOnceKnown"/>)
    /// that can be true (<see cref="CanHold"/>).
    /// </summary>
    public static bool IsTakenOnceKnown(Node node, Connection connection) =>
        connection.ActiveTarget is not null && IsReadOnceKnown(node, connection) && CanHold(node, connection.Condition);

    /// <summary>True for the automatic connection into an active code node, taken once the node's mandatory entities are known.</summary>
    public static bool RunsCode(Connection connection) =>
        connection.Condition is AutomaticCondition && connection.ActiveTarget is { Type: NodeType.Code };

    /// <summary>
    /// The node's responses after which a conversation waits on it, each with the entity then asked for: the prompts
    /// and reprompts of its mandatory entities, and, unless it always goes on once they are known (its final response
    /// is then followed by another node's), its final response (its initial one when it has no mandatory entity).
    /// What a message to the node answers: BF2013 and BF2031 read them.
    /// </summary>
    public static IEnumerable<(Response Response, EntityUse? Asking)> WaitingAfter(Node node)
    {
        foreach (var use in node.Entities.Where(u => u.Mandatory))
        {
            foreach (var response in new[] { use.Prompt, use.Reprompt }.OfType<Response>())
            {
                yield return (response, use);
            }
        }

        if (StaysOnceKnown(node) is null)
        {
            yield break;
        }

        var mandatory = node.Entities.Any(u => u.Mandatory);
        if (node.BotSays.Initial is { } initial && !mandatory)
        {
            yield return (initial, null);
        }

        if (node.BotSays.Final is { } final)
        {
            yield return (final, null);
        }
    }

    /// <summary>
    /// Whether the conversation stays on the node once its mandatory entities are known and its final response is
    /// sent (BF2014; BF2013 judges the replies of that response there). Null when the node always goes on (the
    /// automatic connection to a code node, or an entity condition then read that holds for every value); else when
    /// it stays: empty for always, or " when ENTITY is VALUE" for a value no entity-value condition lists.
    /// </summary>
    public static string? StaysOnceKnown(Node node)
    {
        var then = node.Connections.Where(c => RunsCode(c) || IsTakenOnceKnown(node, c)).ToList();
        if (then.Any(c => c.Condition is AutomaticCondition or EntityPresenceCondition))
        {
            return null;
        }

        if (!then.Any(c => c.Condition is EntityValueCondition))
        {
            return string.Empty;
        }

        var listed = then.Select(c => c.Condition).OfType<EntityValueCondition>().GroupBy(c => c.Entity.Name, StringComparer.Ordinal).ToList();

        // The engine takes the first condition that holds: the node stays when every entity compared has a value no
        // condition on it lists (never, for an entity whose dictionary values are all listed).
        var unlisted = new List<string>();
        foreach (var entity in listed)
        {
            if (!HasUnlistedValue(entity.First().Entity, entity.SelectMany(c => c.Values).ToHashSet(StringComparer.Ordinal), out var value))
            {
                return null;
            }

            unlisted.Add(value is null ? $"{entity.Key} has a value no condition lists" : $"{entity.Key} is {value}");
        }

        return " when " + string.Join(" and ", unlisted);
    }

    /// <summary>
    /// Whether the entity can hold a value none of <paramref name="listed"/> is: for a dictionary entity, its first
    /// value not listed (<paramref name="value"/>; false when every value is listed); for any other entity, any
    /// other value (true, with <paramref name="value"/> null). BF2014 and BF1034 read it.
    /// </summary>
    public static bool HasUnlistedValue(EntityRef entity, IReadOnlySet<string> listed, out string? value)
    {
        if (entity.Definition is not { Type: EntityType.Dictionary } dictionary)
        {
            value = null;
            return true;
        }

        value = dictionary.Values.Select(v => v.Value).FirstOrDefault(v => !listed.Contains(v));
        return value is not null;
    }

    /// <summary>
    /// Whether an entity condition holds on what is collected, given <paramref name="valueOf"/> (an entity's value,
    /// or null when it is not known). The one reading the engine and BF1034 share.
    /// </summary>
    public static bool HoldsOn(Condition condition, Func<string, string?> valueOf) => condition switch
    {
        EntityPresenceCondition c => valueOf(c.Entity.Name) is not null,
        EntityValueCondition c => valueOf(c.Entity.Name) is { } value && c.Accepts(value),
        _ => false,
    };

    /// <summary>What a conversation surely has collected when it leaves <paramref name="node"/> by <paramref name="connection"/>, given what it had on entry.</summary>
    private BitArray Exit(Node node, Connection connection, BitArray entry, bool honourClears)
    {
        var exit = honourClears && node.IsContextClear ? new BitArray(entry.Length) : new BitArray(entry);
        switch (connection.Condition)
        {
            // Taken once the node's mandatory entities are known: the automatic connection to a code node, and an
            // entity condition on one of those entities (read then, never from a message before).
            case AutomaticCondition:
            case EntityPresenceCondition or EntityValueCondition when IsReadOnceKnown(node, connection):
                foreach (var use in node.Entities.Where(u => u.Mandatory))
                {
                    exit[_entityIndex[use.Entity.Name]] = true;
                }

                break;
            case EntityPresenceCondition c when _entityIndex.TryGetValue(c.Entity.Name, out var e):
                exit[e] = true;
                break;
            case EntityValueCondition c when _entityIndex.TryGetValue(c.Entity.Name, out var e):
                exit[e] = true;
                break;
        }

        return exit;
    }

    /// <summary>The nodes a conversation arrives at from the active start nodes, going along the connections <paramref name="follows"/> takes.</summary>
    private bool[] Walk(Func<Node, Connection, bool> follows)
    {
        var seen = new bool[Nodes.Count];
        var queue = new Queue<Node>(Nodes.Where(n => n.IsStart && n.IsActive));
        foreach (var start in queue)
        {
            seen[_index[start]] = true;
        }

        while (queue.TryDequeue(out var node))
        {
            foreach (var connection in node.Connections)
            {
                if (follows(node, connection) && connection.ActiveTarget is { } target && !seen[_index[target]])
                {
                    seen[_index[target]] = true;
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// Whether what <paramref name="sets"/> says a node sets (a conversation detail its read stores) is set on every
    /// path into each node, by a forward data-flow to a fixed point: the intersection over the connections the engine
    /// can take (none whose condition is never true, none waiting for a message on an end node it stops on); a start
    /// node begins without it. A node no such path enters holds it vacuously.
    /// </summary>
    public Func<Node, bool> SetOnEveryPath(Func<Node, bool> sets)
    {
        var entry = Nodes.Select(n => !n.IsStart).ToArray();
        Narrow((from, _, to) =>
        {
            if (!entry[to] || entry[from] || sets(Nodes[from]))
            {
                return false;
            }

            entry[to] = false;
            return true;
        });
        return node => entry[_index[node]];
    }

    /// <summary>Must-collected entities on entry, by a forward data-flow to a fixed point (intersection over incoming connections).</summary>
    private BitArray[] ComputeCollected(bool honourClears)
    {
        var count = _entityIndex.Count;
        var entry = Nodes.Select(n => n.IsStart ? new BitArray(count) : new BitArray(count, true)).ToArray();
        Narrow((from, connection, to) =>
        {
            var before = new BitArray(entry[to]);
            entry[to].And(Exit(Nodes[from], connection, entry[from], honourClears));
            return !SameBits(before, entry[to]);
        });

        for (var i = 0; i < Nodes.Count; i++)
        {
            if (honourClears && Nodes[i].IsContextClear)
            {
                entry[i] = new BitArray(count);
            }
        }

        return entry;
    }

    /// <summary>
    /// The worklist of the forward data-flows over paths (<see cref="SetOnEveryPath"/>, entities collected on entry), to a
    /// fixed point. Every entered node is visited; each connection it can take (<see cref="CanTake"/>) into a node that
    /// is not a start node (one reached by detection from anywhere, with nothing known: its entry stays as it starts)
    /// is given to <paramref name="narrow"/> with the two nodes' indexes, which narrows the target's entry by the
    /// node's and says whether it changed: the target is then visited again. A connection never taken (BF1009, BF1011,
    /// BF1035) is no way in: a node entered only so has no entry to judge (<see cref="IsEntered"/>), and that one
    /// mistake is not also an entity "not collected" further on. A connection's target is entered when its node is, so
    /// every node a flow narrows was in the first round.
    /// </summary>
    private void Narrow(Func<int, Connection, int, bool> narrow)
    {
        var queued = (bool[])_entered.Value.Clone();
        var work = new Queue<int>(Enumerable.Range(0, Nodes.Count).Where(i => queued[i]));
        while (work.TryDequeue(out var i))
        {
            queued[i] = false;
            var node = Nodes[i];
            foreach (var connection in node.Connections)
            {
                if (CanTake(node, connection) && connection.ActiveTarget is { IsStart: false } target && narrow(i, connection, _index[target]) && !queued[_index[target]])
                {
                    queued[_index[target]] = true;
                    work.Enqueue(_index[target]);
                }
            }
        }
    }

    /// <summary>Entities collected as mandatory on some path into each node, by a forward data-flow (union over predecessors).</summary>
    /// <summary>Per node, the entities some node on some path into it collects since the last context clear (mandatory ones only, or any).</summary>
    private BitArray[] ComputeSomewhere(bool mandatoryOnly)
    {
        var count = _entityIndex.Count;
        var entry = Nodes.Select(_ => new BitArray(count)).ToArray();
        var work = new Queue<int>(Enumerable.Range(0, Nodes.Count));
        var queued = Enumerable.Repeat(true, Nodes.Count).ToArray();
        while (work.TryDequeue(out var i))
        {
            queued[i] = false;
            var node = Nodes[i];
            var exit = node.IsContextClear ? new BitArray(count) : new BitArray(entry[i]);
            foreach (var use in node.Entities.Where(u => u.Mandatory || !mandatoryOnly))
            {
                exit[_entityIndex[use.Entity.Name]] = true;
            }

            foreach (var target in Targets(node))
            {
                var t = _index[target];
                var before = new BitArray(entry[t]);
                entry[t].Or(exit);
                if (!SameBits(before, entry[t]) && !queued[t])
                {
                    queued[t] = true;
                    work.Enqueue(t);
                }
            }
        }

        return entry;
    }

    private static bool SameBits(BitArray a, BitArray b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
