using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Diff;

/// <summary>Stories, sub-stories (with moves) and nodes as a whole.</summary>
public static partial class BotDiffer
{
    private static string SubStoryKey(SubStory s) => s.StoryId + "/" + s.Id;

    /// <summary>
    /// Stories and sub-stories by id. An old and a new sub-story left unmatched that share most of their nodes are
    /// one sub-story moved (its file went to another story folder, or its id changed). Returns old key → new key.
    /// </summary>
    private static Dictionary<string, string> CompareStories(DiffInput oldInput, DiffInput newInput, Changes changes)
    {
        var (old, @new) = (oldInput.Model, newInput.Model);
        var oldSubs = ByKey(old.Stories.SelectMany(s => s.SubStories), SubStoryKey);
        var newSubs = ByKey(@new.Stories.SelectMany(s => s.SubStories), SubStoryKey);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in oldSubs.Keys.Where(newSubs.ContainsKey))
        {
            map[key] = key;
        }

        var newOnly = newSubs.Values.Where(s => !oldSubs.ContainsKey(SubStoryKey(s))).ToList();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var newNodes = newOnly.ToDictionary(SubStoryKey, s => s.Nodes.Select(n => n.SystemName).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var gone in oldSubs.Values.Where(s => !newSubs.ContainsKey(SubStoryKey(s))))
        {
            var names = gone.Nodes.Select(n => n.SystemName).ToList();
            var best = newOnly
                .Where(s => !claimed.Contains(SubStoryKey(s)))
                .Select(s => (SubStory: s, Shared: names.Count(newNodes[SubStoryKey(s)].Contains)))
                .Where(c => c.Shared * 2 > Math.Max(names.Count, c.SubStory.Nodes.Count))
                .OrderByDescending(c => c.Shared)
                .FirstOrDefault();
            if (best.SubStory is not null)
            {
                map[SubStoryKey(gone)] = SubStoryKey(best.SubStory);
                claimed.Add(SubStoryKey(best.SubStory));
            }
        }

        var oldStories = old.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var newStories = @new.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var story in @new.Stories.Where(s => !oldStories.Contains(s.Id)))
        {
            changes.Add(DiffArea.Story, story.Id, string.Empty, ChangeKind.Added, null, "sub-stories: " + string.Join(", ", story.SubStories.Select(s => s.Id)));
        }

        foreach (var story in old.Stories.Where(s => !newStories.Contains(s.Id)))
        {
            changes.Add(DiffArea.Story, story.Id, string.Empty, ChangeKind.Removed, "sub-stories: " + string.Join(", ", story.SubStories.Select(s => s.Id)), null);
        }

        var movedTo = map.Where(m => m.Key != m.Value).ToDictionary(m => m.Value, m => m.Key, StringComparer.Ordinal);
        foreach (var (key, sub) in newSubs)
        {
            if (movedTo.TryGetValue(key, out var from))
            {
                changes.Add(DiffArea.SubStory, key, string.Empty, ChangeKind.Moved, from, key);
            }
            else if (!oldSubs.ContainsKey(key))
            {
                changes.Add(DiffArea.SubStory, key, string.Empty, ChangeKind.Added, null, sub.Name);
                continue;
            }

            var before = oldSubs[movedTo.GetValueOrDefault(key, key)];
            changes.Compare(DiffArea.SubStory, key, "name", before.Name, sub.Name, ChangeKind.Renamed);
            if (!movedTo.ContainsKey(key))
            {
                // Same ids from another file (story: / sub_story: set in the file): the file moved, nothing else.
                changes.Compare(DiffArea.SubStory, key, "file", oldInput.Relative(before.File.Path), newInput.Relative(sub.File.Path), ChangeKind.Moved);
            }
        }

        foreach (var (key, sub) in oldSubs.Where(s => !map.ContainsKey(s.Key)))
        {
            changes.Add(DiffArea.SubStory, key, string.Empty, ChangeKind.Removed, sub.Name, null);
        }

        return map;
    }

    private static void CompareNodes(BotModel old, BotModel @new, Dictionary<string, string> subStoryMap, Changes changes)
    {
        var oldNodes = old.NodesBySystemName();
        var newNodes = @new.NodesBySystemName();

        // Nodes are compared in parallel, each into a list of its own; the lists are joined in node order.
        var nodes = newNodes.Values.ToArray();
        var perNode = new List<DiffChange>[nodes.Length];
        Parallel.For(0, nodes.Length, i =>
        {
            var node = nodes[i];
            var own = new Changes();
            if (oldNodes.TryGetValue(node.SystemName, out var before))
            {
                CompareNode(before, node, subStoryMap, own);
            }
            else
            {
                own.Add(DiffArea.Node, node.SystemName, string.Empty, ChangeKind.Added, null, Summary(node));
            }

            perNode[i] = own.List;
        });
        foreach (var list in perNode)
        {
            changes.List.AddRange(list);
        }

        foreach (var node in oldNodes.Values.Where(n => !newNodes.ContainsKey(n.SystemName)))
        {
            changes.Add(DiffArea.Node, node.SystemName, string.Empty, ChangeKind.Removed, Summary(node), null);
        }
    }

    /// <summary>An added or removed node in a few lines: its name, then type, place and what it does.</summary>
    private static string Summary(Node node)
    {
        var lines = new List<string> { node.Name, $"{node.Type.ToString().ToLowerInvariant()} node in {SubStoryKey(node.SubStory)}" };
        var flags = new[] { (node.IsStart, "start"), (!node.IsActive, "inactive"), (node.IsContextClear, "context clear"), (node.IsEnd, "end") }
            .Where(f => f.Item1).Select(f => f.Item2).ToList();
        if (flags.Count > 0)
        {
            lines.Add(string.Join(", ", flags));
        }

        var userSays = node.UserSays.All.Count();
        if (userSays > 0)
        {
            lines.Add($"{userSays} user says");
        }

        if (node.Entities.Count > 0)
        {
            lines.Add("entities: " + string.Join(", ", node.Entities.Select(e => e.Entity.Name + (e.Mandatory ? string.Empty : " (optional)"))));
        }

        if (node.Code is not null)
        {
            lines.Add("runs " + Describe.CodeStep(node.Code));
        }

        if (node.Connections.Count > 0)
        {
            lines.Add("next: " + string.Join(", ", node.Connections.Select(c => c.TargetName)));
        }

        return string.Join("\n", lines);
    }
}
