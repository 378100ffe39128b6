using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>Static → output, code → code, code → static, output → output and output → code connections.</summary>
public sealed class ForbiddenConnectionRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1001", DiagnosticLevel.Error, "Connection kind the platform forbids");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "forbidden-connection";

    public override string Why => """
        The platform allows static → static, static → code, code → output and output → static connections. It rejects static → output, code → code, output → output and output → code: an output node only renders a code node's result, and a code node hands over to output nodes only.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says: Hi! How can I help?
            next:
              - to: DONE
                user_says: [done]
          - id: DONE
            type: output
            end: true
            bot_says: Done.
        """, At: "stories/main/flow.yaml:7:13");

    public override RuleExample Fixed => Failing.Fix("  - id: DONE\n    type: output", "  - id: DONE");

    public override void Check(RuleContext context)
    {
        foreach (var (node, connection) in context.Graph.Connections)
        {
            if (connection.Target is { } target && Forbidden(node.Type, target.Type))
            {
                context.Report(connection.TargetLocation, $"{Kind(node.Type)} node {node.SystemName} cannot connect to {Kind(target.Type)} node {target.SystemName}",
                    "allowed: static → static, static → code, code → output, output → static");
            }
        }
    }

    internal static string Kind(NodeType type) => type.ToString().ToLowerInvariant();

    /// <summary>"a static", "a code", "an output".</summary>
    internal static string AKind(NodeType type) => (type == NodeType.Output ? "an " : "a ") + Kind(type);

    private static bool Forbidden(NodeType from, NodeType to) => (from, to) switch
    {
        (NodeType.Static, NodeType.Output) or (NodeType.Code, NodeType.Code) or (NodeType.Code, NodeType.Static) => true,
        (NodeType.Output, NodeType.Output) or (NodeType.Output, NodeType.Code) => true,
        _ => false,
    };
}
