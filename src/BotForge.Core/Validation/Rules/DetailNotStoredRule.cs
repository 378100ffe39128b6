using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Python;

namespace BotForge.Validation.Rules;

/// <summary>
/// <c>${conversation.k}</c> where a Salesforce read stores k (<c>store:</c>), or a script sets it by name, but not on every path into the node: a
/// conversation that comes another way has no such detail, so the text shows nothing there and an action input
/// holding it is left out of the request.
/// </summary>
public sealed class DetailNotStoredRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2029", DiagnosticLevel.Warning, "Conversation detail not stored on every path into the node");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "detail-not-stored";

    public override string Why => """
        A Salesforce read's `store:` keeps fields in the conversation's details, which later nodes read as `${conversation.KEY}`. A node that a conversation can reach without passing that read — straight from a start node, or by another branch — finds no such detail: a text shows nothing in its place, and the generated script leaves an action input that holds it out of the request (a case created without its subject). The check follows every path from the start nodes as the engine routes them (a conversation may begin at any start node with no details); a connection that is never true, or waits for a message on an end node (BF1035), is no path. A hand-written script that sets `conversation_details` naming each key (`'conversation_details': {'last_incident': number}`, or `final['conversation_details']['k'] = v`) keeps those keys as a `store:` does, on the paths through its code node. A detail nothing keeps is reported only when its name is close to one kept (a typo: `${conversation.Firstname}` for `FirstName`) and no script may set others; a detail a script may set in a way that names no key (a dict built elsewhere, `**`, a comprehension) is not judged when the script's text names it.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: PROFILE
            start: true
            user_says: [my profile]
            next:
              - to: FETCH
          - id: FETCH
            type: code
            action:
              salesforce.get_contact:
                contact_id: ${user_details.contact_id}
                fields: [FirstName]
                store: [FirstName]
            next:
              - to: SHOWN
                when: status == true
              - to: FAILED
                when: status == false
          - id: SHOWN
            type: output
            end: true
            bot_says: Hi ${output.FirstName}!
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry, I could not find you.
          - id: HELP
            start: true
            end: true
            user_says: [help]
            bot_says: How can I help, ${conversation.FirstName}?
        """, At: "stories/main/flow.yaml:31:31", Project: ExampleBots.SalesforceProject);

    public override RuleExample Fixed => Failing.Fix("bot_says: How can I help, ${conversation.FirstName}?", "bot_says: How can I help?");

    public override void Check(RuleContext context)
    {
        // A hand-written script that names each key it sets stores those; one that may set others is not followed.
        var written = context.Graph.Nodes.Select(n => n.Code).OfType<ScriptStep>().Where(s => s.Source.Contains("conversation_details", StringComparison.Ordinal))
            .Distinct().ToDictionary(s => s, s => ScriptChecker.ConversationDetailKeys(s.Source));
        IEnumerable<string> Stored(Node node) => node.Code switch
        {
            ActionStep step => step.Arguments.Where(a => a.Name == "store").SelectMany(a => a.List ?? []),
            ScriptStep script when written.TryGetValue(script, out var keys) && keys is not null => keys,
            _ => [],
        };

        var stored = context.Graph.Nodes
            .SelectMany(node => Stored(node).Select(key => (Key: key, Node: node)))
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Node).ToList(), StringComparer.Ordinal);
        if (stored.Count == 0)
        {
            return;
        }

        var scripts = written.Where(w => w.Value is null).Select(w => w.Key).ToList();
        var flows = new Dictionary<string, Func<Node, bool>>(StringComparer.Ordinal);
        foreach (var node in context.Graph.Nodes.Where(context.Graph.IsReachable))
        {
            foreach (var (placeholder, inAction) in Uses(context.Graph, node))
            {
                if (scripts.Any(s => s.Writes(placeholder.Key)))
                {
                    continue;
                }

                if (!stored.TryGetValue(placeholder.Key, out var storers))
                {
                    // Kept by no store: and no script: a detail with a name close to one a read or a script keeps is a typo of it.
                    if (scripts.Count == 0 && Text.Suggestions.Closest(placeholder.Key, stored.Keys) is { } meant)
                    {
                        context.Report(placeholder.Location,
                            $"${{conversation.{placeholder.Key}}} is kept by no store: or script of the bot, so it is never set; '{meant}' is, by {Storers(stored[meant])}",
                            $"did you mean ${{conversation.{meant}}}?");
                    }

                    continue;
                }

                if (!flows.TryGetValue(placeholder.Key, out var storedOnEntry))
                {
                    var key = placeholder.Key;
                    // A read that stores the key has it afterwards, on either branch (a failed read stores nothing, so
                    // this errs towards silence).
                    flows[key] = storedOnEntry = context.Graph.SetOnEveryPath(n => Stored(n).Contains(key, StringComparer.Ordinal));
                }

                if (storedOnEntry(node))
                {
                    continue;
                }

                context.Report(placeholder.Location,
                    $"${{conversation.{placeholder.Key}}} is stored by {Storers(storers)}, but not on every path into {node.SystemName}: "
                    + (inAction ? "where a path skips it, this input is left out of the request" : "where a path skips it, the text shows nothing in its place"),
                    $"run the {(storers.All(n => n.Code is ActionStep) ? "read" : "code node")} that stores it on every path into {node.SystemName}, or read the value another way (an entity, ${{user_details.…}})");
            }
        }
    }

    /// <summary>The nodes that keep a detail, each with how: a read's <c>store:</c>, or its script's <c>conversation_details</c>.</summary>
    private static string Storers(IEnumerable<Node> nodes) => string.Join(", ", nodes.Distinct()
        .Select(n => $"{n.SystemName} ({(n.Code is ActionStep ? "store:" : "its script's conversation_details")})").Order(StringComparer.Ordinal));

    /// <summary>The node's <c>${conversation.k}</c>: in what it says, and in its action's inputs.</summary>
    private static IEnumerable<(PlaceholderPart Placeholder, bool InAction)> Uses(BotGraph graph, Node node)
    {
        foreach (var (placeholder, _) in graph.Placeholders(node).Where(p => p.Placeholder.Kind == PlaceholderKind.Conversation))
        {
            yield return (placeholder, false);
        }

        if (node.Code is ActionStep step)
        {
            foreach (var placeholder in step.Arguments.Select(a => a.Template).OfType<TextTemplate>()
                .SelectMany(t => t.Parts.OfType<PlaceholderPart>()).Where(p => p.Kind == PlaceholderKind.Conversation))
            {
                yield return (placeholder, true);
            }
        }
    }
}
