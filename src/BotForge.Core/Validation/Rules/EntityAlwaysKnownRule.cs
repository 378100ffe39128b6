using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>
/// A node's mandatory entity that every path into the node has already collected: the node never asks for it, and
/// the value stays the one collected before (a follow-up node that means to ask "which account now?").
/// </summary>
public sealed class EntityAlwaysKnownRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2025", DiagnosticLevel.Warning, "Entity always known when its node is reached");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "entity-always-known";

    public override string Why => """
        A collected entity is kept for the rest of the conversation (until a context-clear node), and a node asks only for the mandatory entities not yet known. When every path into a node has already collected one of its entities, the node never sends that prompt, and the value stays the one collected before: a follow-up node meant to ask again ("and my checking account?") shows the first account once more. To ask for a new value, collect it under an entity of its own (the same values, another name) and use that one from there on; if the node only re-states the entity, remove the entity from it. Paths are followed as the engine routes them, from the start nodes (which can be reached with nothing collected) and through context clears; a node that only connections never taken lead to (BF1009, BF1011, BF1035) has no path in and is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: BALANCE
            start: true
            user_says: [check my balance]
            entities:
              - entity: account
                prompt: Which account?
            next:
              - to: FETCH
          - id: FETCH
            type: code
            script: scripts/balance.py
            outputs: [balance]
            next:
              - to: SHOW
                when: status == true
              - to: FAILED
                when: status == false
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry, I could not get your balance.
          - id: SHOW
            type: output
            bot_says: Your ${entity.account} balance is ${output.balance}.
            next:
              - to: OTHER
                user_says: [what about the other account, and my other account]
          - id: OTHER
            entities:
              - entity: account
                prompt: Which other account?
            next:
              - to: FETCH
        """, At: "stories/main/flow.yaml:31:9")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = "entities:\n  - name: account\n    type: dictionary\n    values: { checking: [checking], savings: [savings] }\n",
            ["scripts/balance.py"] = Script,
        },
    };

    public override RuleExample Fixed => Failing.Fix(
        "      - entity: account\n        prompt: Which other account?\n    next:\n      - to: FETCH",
        "      - entity: other_account\n        prompt: Which other account?\n    end: true\n    bot_says:\n      final: I will look up your ${entity.other_account} account.") with
    {
        Files = new Dictionary<string, string>(Failing.Files)
        {
            ["entities.yaml"] = "entities:\n  - name: account\n    type: dictionary\n    values: { checking: [checking], savings: [savings] }\n"
                + "  - name: other_account\n    type: dictionary\n    values: { checking: [checking], savings: [savings] }\n",
        },
    };

    private const string Script = """
        import json


        def main(event, context):
            return {"statusCode": 200, "body": json.dumps({"status": True, "balance": "100"}), "headers": {"Content-Type": "application/json"}}
        """;

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Graph.Nodes)
        {
            // A node no path enters (only along connections never taken) has no path to judge: "every path" would be none.
            if (node.IsStart || !context.Graph.IsEntered(node))
            {
                continue;
            }

            foreach (var use in node.Entities)
            {
                if (use is { Mandatory: true, Prompt: not null } && context.Graph.IsCollectedOnEntry(node, use.Entity.Name))
                {
                    context.Report(use.Location,
                        $"every path into {node.SystemName} has collected '{use.Entity.Name}' already: {node.SystemName} never asks for it, and the value stays the one collected before",
                        $"to ask for a new value, collect it under an entity of its own (the same values, another name); else remove '{use.Entity.Name}' from {node.SystemName}'s entities");
                }
            }
        }
    }
}
