using System.Text.Json.Nodes;
using BotForge.Emit;

namespace BotForge.Diff;

/// <summary>The diff for tools, as described by <c>schemas/diff.schema.json</c> (version 1).</summary>
public static class DiffJson
{
    public const int Version = 1;

    public static string Write(BotDiff diff)
    {
        var changes = new JsonArray();
        foreach (var change in diff.Changes)
        {
            changes.Add(new JsonObject
            {
                ["area"] = Snake(change.Area.ToString()),
                ["id"] = change.Id,
                ["field"] = change.Field,
                ["kind"] = Snake(change.Kind.ToString()),
                ["old"] = change.Old,
                ["new"] = change.New,
            });
        }

        var risks = new JsonArray();
        foreach (var risk in diff.Risks)
        {
            risks.Add(new JsonObject { ["kind"] = risk.Kind, ["subject"] = risk.Subject, ["message"] = risk.Message });
        }

        var root = new JsonObject
        {
            ["version"] = Version,
            ["old"] = Side(diff.Old),
            ["new"] = Side(diff.New),
            ["summary"] = new JsonObject
            {
                ["nodes_added"] = diff.NodesAdded,
                ["nodes_removed"] = diff.NodesRemoved,
                ["nodes_changed"] = diff.NodesChanged,
                ["changes"] = diff.Changes.Count,
            },
            ["risks"] = risks,
            ["changes"] = changes,
        };
        return JsonText.ToText(root);
    }

    private static JsonObject Side(DiffSide side) => new()
    {
        ["source"] = side.Source,
        ["bot"] = side.BotId,
        ["errors"] = side.Errors,
        ["warnings"] = side.Warnings,
    };

    /// <summary><c>SubStory</c> → <c>sub_story</c>.</summary>
    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
