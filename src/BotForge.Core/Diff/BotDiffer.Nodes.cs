using System.Globalization;
using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Diff;

/// <summary>One node's parts: flags, user says, entities, responses, code, connections.</summary>
public static partial class BotDiffer
{
    private static void CompareNode(Node old, Node node, Dictionary<string, string> subStoryMap, Changes changes)
    {
        var id = node.SystemName;
        var oldPlace = subStoryMap.GetValueOrDefault(SubStoryKey(old.SubStory), SubStoryKey(old.SubStory));
        if (oldPlace != SubStoryKey(node.SubStory))
        {
            changes.Add(DiffArea.Node, id, "sub_story", ChangeKind.Moved, SubStoryKey(old.SubStory), SubStoryKey(node.SubStory));
        }

        changes.Compare(DiffArea.Node, id, "name", old.Name, node.Name, ChangeKind.Renamed);
        changes.Compare(DiffArea.Node, id, "type", old.Type.ToString().ToLowerInvariant(), node.Type.ToString().ToLowerInvariant());
        changes.Compare(DiffArea.Node, id, "start", Describe.Flag(old.IsStart), Describe.Flag(node.IsStart));
        changes.Compare(DiffArea.Node, id, "active", Describe.Flag(old.IsActive), Describe.Flag(node.IsActive));
        changes.Compare(DiffArea.Node, id, "context_clear", Describe.Flag(old.IsContextClear), Describe.Flag(node.IsContextClear));
        changes.Compare(DiffArea.Node, id, "end", Describe.Flag(old.IsEnd), Describe.Flag(node.IsEnd));
        changes.CompareSets(DiffArea.Node, id, "user_says", Describe.Utterances(old.UserSays), Describe.Utterances(node.UserSays));
        changes.CompareSets(DiffArea.Node, id, "negative_user_says", Describe.Utterances(old.NegativeUserSays), Describe.Utterances(node.NegativeUserSays));
        CompareEntityUses(id, old.Entities, node.Entities, changes);
        changes.Compare(DiffArea.Node, id, "bot_says.initial", Describe.Response(old.BotSays.Initial), Describe.Response(node.BotSays.Initial));
        changes.Compare(DiffArea.Node, id, "bot_says.final", Describe.Response(old.BotSays.Final), Describe.Response(node.BotSays.Final));
        changes.Compare(DiffArea.Node, id, "bot_says.follow_up", FollowUp(old.BotSays.FollowUp), FollowUp(node.BotSays.FollowUp));
        CompareCode(id, old.Code, node.Code, changes);
        CompareConnections(id, old.Connections, node.Connections, changes);
    }

    private static string? FollowUp(FollowUp? followUp) =>
        followUp is null ? null : $"after {followUp.DelaySeconds?.ToString(CultureInfo.InvariantCulture) ?? "?"}s: {Describe.Response(followUp.Says)}";

    private static void CompareEntityUses(string id, IReadOnlyList<EntityUse> old, IReadOnlyList<EntityUse> @new, Changes changes)
    {
        var oldByName = ByKey(old, e => e.Entity.Name);
        var newByName = ByKey(@new, e => e.Entity.Name);
        foreach (var use in @new)
        {
            var field = "entity " + use.Entity.Name;
            if (!oldByName.TryGetValue(use.Entity.Name, out var before))
            {
                changes.Add(DiffArea.Node, id, field, ChangeKind.Added, null, EntityUse(use));
                continue;
            }

            changes.Compare(DiffArea.Node, id, field + ".mandatory", Describe.Flag(before.Mandatory), Describe.Flag(use.Mandatory));
            changes.Compare(DiffArea.Node, id, field + ".prompt", Describe.Response(before.Prompt), Describe.Response(use.Prompt));
            changes.Compare(DiffArea.Node, id, field + ".reprompt", Describe.Response(before.Reprompt), Describe.Response(use.Reprompt));
        }

        foreach (var use in old.Where(u => !newByName.ContainsKey(u.Entity.Name)))
        {
            changes.Add(DiffArea.Node, id, "entity " + use.Entity.Name, ChangeKind.Removed, EntityUse(use), null);
        }

        // Mandatory entities are asked in order, so a new order is a change a user will notice. (Lambdas, not method
        // groups: a delegate to a method of a generic dictionary is built by a slow runtime lookup, 20 µs per node.)
        var kept = @new.Select(e => e.Entity.Name).Where(name => oldByName.ContainsKey(name)).ToList();
        var keptBefore = old.Select(e => e.Entity.Name).Where(name => newByName.ContainsKey(name)).ToList();
        changes.Compare(DiffArea.Node, id, "entities.order", string.Join(", ", keptBefore), string.Join(", ", kept));
    }

    private static string EntityUse(EntityUse use) =>
        (use.Mandatory ? "mandatory" : "optional") + (use.Prompt is null ? string.Empty : "; prompt: " + Describe.Response(use.Prompt));

    private static void CompareCode(string id, CodeStep? old, CodeStep? @new, Changes changes)
    {
        changes.Compare(DiffArea.Node, id, "code", Describe.CodeStep(old), Describe.CodeStep(@new));
        if (old is ActionStep oldAction && @new is ActionStep newAction && oldAction.Action.Name == newAction.Action.Name)
        {
            var oldArgs = ByKey(oldAction.Arguments, a => a.Name);
            var newArgs = ByKey(newAction.Arguments, a => a.Name);
            foreach (var input in newAction.Action.Inputs)
            {
                changes.Compare(DiffArea.Node, id, "action." + input.Name,
                    oldArgs.TryGetValue(input.Name, out var o) ? Describe.Argument(o) : null,
                    newArgs.TryGetValue(input.Name, out var n) ? Describe.Argument(n) : null);
            }
        }

        if (old is ScriptStep oldScript && @new is ScriptStep newScript)
        {
            changes.Compare(DiffArea.Node, id, "script", oldScript.Source, newScript.Source);
        }

        if (old is ScriptStep || @new is ScriptStep)
        {
            changes.Compare(DiffArea.Node, id, "outputs", string.Join(", ", old?.Outputs ?? []), string.Join(", ", @new?.Outputs ?? []));
        }
    }

    /// <summary>
    /// Connections are matched by target, then (for the rest) by condition: a connection with the same condition
    /// and a new target is a retarget; what is left is added or removed. The engine tries a node's connections in
    /// order, the first that holds taken, so the kept ones in a new order are a change too.
    /// </summary>
    private static void CompareConnections(string id, IReadOnlyList<Connection> old, IReadOnlyList<Connection> @new, Changes changes)
    {
        var unmatchedOld = old.ToList();
        var unmatchedNew = new List<Connection>();
        var kept = new List<(Connection Old, Connection New)>();
        foreach (var connection in @new)
        {
            var same = unmatchedOld.FirstOrDefault(o => o.TargetName == connection.TargetName && Describe.Condition(o.Condition) == Describe.Condition(connection.Condition))
                ?? unmatchedOld.FirstOrDefault(o => o.TargetName == connection.TargetName);
            if (same is null)
            {
                unmatchedNew.Add(connection);
                continue;
            }

            unmatchedOld.Remove(same);
            kept.Add((same, connection));
            changes.Compare(DiffArea.Node, id, "connection → " + connection.TargetName, Describe.Condition(same.Condition), Describe.Condition(connection.Condition));
        }

        var place = -1;
        foreach (var (before, _) in kept)
        {
            var at = IndexOf(old, before);
            if (at < place)
            {
                var oldOrder = kept.OrderBy(k => IndexOf(old, k.Old)).Select(k => k.New.TargetName);
                changes.Add(DiffArea.Node, id, "connections.order", ChangeKind.Changed, string.Join(", ", oldOrder), string.Join(", ", kept.Select(k => k.New.TargetName)));
                break;
            }

            place = at;
        }

        foreach (var connection in unmatchedNew)
        {
            var condition = Describe.Condition(connection.Condition);
            var retargeted = unmatchedOld.FirstOrDefault(o => Describe.Condition(o.Condition) == condition);
            if (retargeted is not null)
            {
                unmatchedOld.Remove(retargeted);
                changes.Add(DiffArea.Node, id, "connection (" + condition + ")", ChangeKind.Retargeted, retargeted.TargetName, connection.TargetName);
            }
            else
            {
                changes.Add(DiffArea.Node, id, "connection → " + connection.TargetName, ChangeKind.Added, null, condition);
            }
        }

        foreach (var connection in unmatchedOld)
        {
            changes.Add(DiffArea.Node, id, "connection → " + connection.TargetName, ChangeKind.Removed, Describe.Condition(connection.Condition), null);
        }
    }

    /// <summary>The place of <paramref name="connection"/> in <paramref name="list"/>, by reference (two may be equal records).</summary>
    private static int IndexOf(IReadOnlyList<Connection> list, Connection connection)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], connection))
            {
                return i;
            }
        }

        return -1;
    }
}
