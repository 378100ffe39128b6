using System.Collections;
using BotForge.Model;

namespace BotForge.Analysis;

/// <summary>
/// Facts about the conversation graph that several rules need, each computed once on first use:
/// predecessors, reachability from start nodes, and which entities are surely collected on entry to a node.
/// </summary>
public sealed class BotGraph
{
    private readonly Dictionary<Node, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<List<Node>[]> _predecessors;
    private readonly Lazy<bool[]> _reachable;
    private readonly Lazy<BitArray[]> _collected;
    private readonly Lazy<BitArray[]> _collectedIgnoringClears;
    private readonly Dictionary<string, int> _entityIndex = new(StringComparer.Ordinal);

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
        _reachable = new(ComputeReachable);
        _collected = new(() => ComputeCollected(honourClears: true));
        _collectedIgnoringClears = new(() => ComputeCollected(honourClears: false));
    }

    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Every connection with the node it leaves, in source order.</summary>
    public IEnumerable<(Node From, Connection Connection)> Connections => Nodes.SelectMany(n => n.Connections.Select(c => (n, c)));

    public static IEnumerable<Node> Targets(Node node) => node.Connections.Select(c => c.Target).OfType<Node>();

    public IReadOnlyList<Node> Predecessors(Node node) => _predecessors.Value[_index[node]];

    /// <summary>True when a conversation can arrive at the node: it is an active start node or connected from one.</summary>
    public bool IsReachable(Node node) => _reachable.Value[_index[node]];

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

    private bool[] ComputeReachable()
    {
        var seen = new bool[Nodes.Count];
        var queue = new Queue<Node>(Nodes.Where(n => n.IsStart && n.IsActive));
        foreach (var start in queue)
        {
            seen[_index[start]] = true;
        }

        while (queue.TryDequeue(out var node))
        {
            foreach (var target in Targets(node))
            {
                if (!seen[_index[target]])
                {
                    seen[_index[target]] = true;
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }

    /// <summary>Must-collected entities on entry, by a forward data-flow to a fixed point (intersection over predecessors).</summary>
    private BitArray[] ComputeCollected(bool honourClears)
    {
        var count = _entityIndex.Count;
        var entry = Nodes.Select(n => n.IsStart ? new BitArray(count) : new BitArray(count, true)).ToArray();
        var exit = new BitArray[Nodes.Count];
        var reachable = _reachable.Value;
        var work = new Queue<int>(Enumerable.Range(0, Nodes.Count).Where(i => reachable[i]));
        var queued = new bool[Nodes.Count];
        foreach (var i in work)
        {
            queued[i] = true;
        }

        while (work.TryDequeue(out var i))
        {
            queued[i] = false;
            var node = Nodes[i];
            var output = honourClears && node.IsContextClear ? new BitArray(count) : new BitArray(entry[i]);
            foreach (var use in node.Entities.Where(u => u.Mandatory))
            {
                output[_entityIndex[use.Entity.Name]] = true;
            }

            if (exit[i] is { } previous && SameBits(previous, output))
            {
                continue;
            }

            exit[i] = output;
            foreach (var target in Targets(node))
            {
                var t = _index[target];
                if (target.IsStart)
                {
                    continue;
                }

                var before = new BitArray(entry[t]);
                entry[t].And(output);
                if (!SameBits(before, entry[t]) || exit[t] is null)
                {
                    if (!queued[t])
                    {
                        queued[t] = true;
                        work.Enqueue(t);
                    }
                }
            }
        }

        for (var i = 0; i < Nodes.Count; i++)
        {
            if (honourClears && Nodes[i].IsContextClear)
            {
                entry[i] = new BitArray(count);
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
