using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Diff;

/// <summary>Entity definitions, the taskbox and the FAQ.</summary>
public static partial class BotDiffer
{
    private static void CompareEntities(IReadOnlyList<EntityDefinition> old, IReadOnlyList<EntityDefinition> @new, Changes changes)
    {
        var oldByName = ByKey(old, e => e.Name);
        var newByName = ByKey(@new, e => e.Name);
        foreach (var entity in @new)
        {
            if (oldByName.TryGetValue(entity.Name, out var before))
            {
                changes.Compare(DiffArea.Entity, entity.Name, "definition", Describe.Entity(before), Describe.Entity(entity));
            }
            else
            {
                changes.Add(DiffArea.Entity, entity.Name, string.Empty, ChangeKind.Added, null, Describe.Entity(entity));
            }
        }

        foreach (var entity in old.Where(e => !newByName.ContainsKey(e.Name)))
        {
            changes.Add(DiffArea.Entity, entity.Name, string.Empty, ChangeKind.Removed, Describe.Entity(entity), null);
        }
    }

    /// <summary>Taskbox tasks are matched by their title (in the default language).</summary>
    private static void CompareTaskbox(Taskbox? old, Taskbox? @new, Changes changes)
    {
        const string Id = "taskbox";
        changes.Compare(DiffArea.Taskbox, Id, "header", Describe.Text(old?.Header), Describe.Text(@new?.Header));
        var oldTasks = ByKey(old?.Tasks ?? [], t => Describe.Text(t.Title));
        var newTasks = ByKey(@new?.Tasks ?? [], t => Describe.Text(t.Title));
        var gone = oldTasks.Where(t => !newTasks.ContainsKey(t.Key)).Select(t => t.Value).ToList();
        foreach (var (title, task) in newTasks)
        {
            if (oldTasks.TryGetValue(title, out var before))
            {
                changes.Compare(DiffArea.Taskbox, Id, "task " + title, Task(before), Task(task));
                continue;
            }

            // A task whose title changed but which still sends the same text is the same task, renamed.
            var renamed = gone.FirstOrDefault(t => Describe.Text(t.UserSays) == Describe.Text(task.UserSays));
            if (renamed is not null)
            {
                gone.Remove(renamed);
                changes.Add(DiffArea.Taskbox, Id, "task " + title, ChangeKind.Renamed, Describe.Text(renamed.Title), title);
                changes.Compare(DiffArea.Taskbox, Id, "task " + title, Task(renamed), Task(task));
            }
            else
            {
                changes.Add(DiffArea.Taskbox, Id, "task " + title, ChangeKind.Added, null, Task(task));
            }
        }

        foreach (var task in gone)
        {
            changes.Add(DiffArea.Taskbox, Id, "task " + Describe.Text(task.Title), ChangeKind.Removed, Task(task), null);
        }

        // The menu shows its tasks in order, so a new order is a change a user sees (tasks kept under their title),
        // each list read in its own order.
        string Kept(Taskbox? side, Dictionary<string, TaskboxTask> other) =>
            string.Join(", ", (side?.Tasks ?? []).Select(t => Describe.Text(t.Title)).Distinct(StringComparer.Ordinal).Where(other.ContainsKey));
        changes.Compare(DiffArea.Taskbox, Id, "tasks.order", Kept(old, newTasks), Kept(@new, oldTasks));
    }

    private static string Task(TaskboxTask task) =>
        $"says: {Describe.Text(task.UserSays)}" + (task.Icon is null ? string.Empty : $"; icon: {task.Icon}") + (task.Visible ? string.Empty : "; hidden");

    private static void CompareFaq(IReadOnlyList<FaqEntry> old, IReadOnlyList<FaqEntry> @new, Changes changes)
    {
        var oldById = ByKey(old, f => f.Id);
        var newById = ByKey(@new, f => f.Id);
        foreach (var entry in @new)
        {
            if (!oldById.TryGetValue(entry.Id, out var before))
            {
                changes.Add(DiffArea.Faq, entry.Id, string.Empty, ChangeKind.Added, null, Faq(entry));
                continue;
            }

            changes.CompareSets(DiffArea.Faq, entry.Id, "questions", Describe.Utterances(before.Questions), Describe.Utterances(entry.Questions));
            changes.Compare(DiffArea.Faq, entry.Id, "answer", Describe.Response(before.Answer), Describe.Response(entry.Answer));
            changes.Compare(DiffArea.Faq, entry.Id, "quick_replies", string.Join(", ", before.QuickReplies.Select(Describe.Text)), string.Join(", ", entry.QuickReplies.Select(Describe.Text)));
            changes.Compare(DiffArea.Faq, entry.Id, "link", Link(before.Link), Link(entry.Link));
        }

        foreach (var entry in old.Where(f => !newById.ContainsKey(f.Id)))
        {
            changes.Add(DiffArea.Faq, entry.Id, string.Empty, ChangeKind.Removed, Faq(entry), null);
        }
    }

    private static string Faq(FaqEntry entry) => $"{entry.Questions.All.Count()} questions\nanswer: {Describe.Response(entry.Answer)}";

    private static string? Link(FaqLink? link) =>
        link is null ? null : $"{Describe.Text(link.Text)} [{Describe.Text(link.Button)}] → {link.Url}";
}
