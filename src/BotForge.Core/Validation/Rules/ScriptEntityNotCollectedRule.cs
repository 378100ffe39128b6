using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Python;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>A hand-written script reads an entity (<c>entities['order_id']</c>) that the platform does not pass it.</summary>
public sealed class ScriptEntityNotCollectedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1043", DiagnosticLevel.Error, "Script reads an entity the conversation may not have collected");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "script-entity-not-collected";

    public override string Why => """
        The platform passes a script the entities collected in the conversation, and no others: `entities['order_id']` raises KeyError (a bot break) when `order_id` was not collected. A subscript is reported where some path into the code node arrives without the entity, as the engine routes them: an entity no node collects (nor a connection's entity condition), which is a misspelling or a name left behind when the entity was renamed; one collected only as optional, only on some paths, or cleared by a context-clear node on the way. A read that allows for the entity's absence is not: the script tests `'order_id' in entities`, reads it with `.get` too, or reads it inside a `try` whose handler catches a KeyError (the other reads of an entity no node collects, which never give a value, are BF2053). Only names written as plain strings are judged.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrderCollecting, At: "scripts/check.py:6:31")
    {
        Files = new Dictionary<string, string> { ["scripts/check.py"] = ExampleBots.OrderScript("body['entities']['order_no'][0]['entity_value']") },
    };

    public override RuleExample Fixed => Failing.Fix("['order_no']", "['order_id']");

    public override void Check(RuleContext context) => Check(context, raising: true);

    /// <summary>
    /// Reports the reads of entities the platform does not pass the script: with <paramref name="raising"/>, the reads
    /// that raise KeyError for it (BF1043: a subscript the script does not guard, of an entity no node collects or one
    /// some path into the node skips); without, the other reads of an entity no node collects (BF2053: never a value).
    /// </summary>
    internal static void Check(RuleContext context, bool raising)
    {
        var scripted = context.Graph.Nodes.Where(n => n.IsActive && n.Code is ScriptStep).ToList();
        if (scripted.Count == 0)
        {
            return;
        }

        var bot = context.Bot;
        var onNodes = bot.Nodes.SelectMany(n => n.Entities.Select(u => u.Entity.Name)).ToHashSet(StringComparer.Ordinal);
        var collected = onNodes.Concat(bot.Nodes.SelectMany(n => n.Connections).Select(c => c.Condition.EntityOf()?.Name).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<(string File, int Offset)>();
        var reads = new Dictionary<string, IReadOnlyList<ScriptEntityRead>>(StringComparer.Ordinal);
        foreach (var node in scripted)
        {
            var script = (ScriptStep)node.Code!;
            if (!reads.TryGetValue(script.File.Path, out var ofScript))
            {
                reads[script.File.Path] = ofScript = ScriptChecker.EntitiesRead(script.Source);
            }

            foreach (var read in ofScript)
            {
                var raises = read.Subscript && !read.AllowsAbsence;
                var at = new SourceLocation(script.File, new TextSpan(read.Offset, read.Offset + read.Length));
                if (!collected.Contains(read.Name))
                {
                    if (raises == raising && reported.Add((script.File.Path, read.Offset)))
                    {
                        var meant = Suggestions.Closest(read.Name, collected);
                        context.Report(at, $"the script reads the entity '{read.Name}', which no node collects: the platform passes a script only the entities collected in the conversation, so the read "
                            + (raises ? "raises KeyError (a bot break) on every run" : "never gives a value"),
                            meant is not null ? Suggestions.DidYouMean(meant, read.Name) : $"collect '{read.Name}' on the node before {node.SystemName}, or read an entity the bot collects");
                    }

                    continue;
                }

                // Judged on the paths into the node only where the graph follows the entity (collected on a node), and
                // the node has a path in at all.
                if (!raising || !raises || !onNodes.Contains(read.Name) || !context.Graph.IsEntered(node) || context.Graph.IsCollectedOnEntry(node, read.Name))
                {
                    continue;
                }

                if (reported.Add((script.File.Path, read.Offset)))
                {
                    var why = context.Graph.IsCollectedOnEntry(node, read.Name, ignoringClears: true) ? $"a context-clear node on a path into {node.SystemName} forgets '{read.Name}'"
                        : !context.Graph.IsCollectedOnSomePath(node, read.Name) ? $"no path into {node.SystemName} collects '{read.Name}'"
                        : $"'{read.Name}' is not collected as mandatory on every path into {node.SystemName}";
                    context.Report(at, $"{why}: where it is not collected, entities['{read.Name}'] raises KeyError, a bot break",
                        $"collect '{read.Name}' as a mandatory entity on every node leading to {node.SystemName}, or read it with .get('{read.Name}') and handle None");
                }
            }
        }
    }
}
