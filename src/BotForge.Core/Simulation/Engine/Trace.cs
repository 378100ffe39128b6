using System.Text.Json.Nodes;
using BotForge.Simulation.Code;

namespace BotForge.Simulation.Engine;

/// <summary>How a turn was understood, like the studio's debug log.</summary>
public enum Detection
{
    /// <summary>A connection of the node the conversation was on (phrases or an entity condition).</summary>
    Connection,

    /// <summary>
    /// Intent detection over the start nodes (no connection matched); failing that, a start node detected by an
    /// entity the message holds (its self-connection's condition, said in the trace's note).
    /// </summary>
    StartNode,

    /// <summary>An FAQ question.</summary>
    Faq,

    /// <summary>The answer to the entity the bot asked for.</summary>
    EntityAnswer,

    /// <summary>The entity asked for was not found: its reprompt was sent.</summary>
    Reprompt,

    /// <summary>Nothing matched, or a code node failed: the business's bot-break message.</summary>
    BotBreak,
}

/// <summary>A code node's run: what it returned (or why it failed), the requests it made, and the rule followed.</summary>
public sealed record CodeTrace(string Node, JsonNode? Output, string? Error, string Printed, IReadOnlyList<ServiceRequest> Requests, string? Taken, TimeSpan Elapsed);

/// <summary>
/// One turn: what the user said, how it was understood (with the classifier's confidence and the nearest
/// example), the entities found in it, connections taken, code run, what the bot said, and the state after.
/// </summary>
public sealed record TurnTrace(
    string User,
    Detection How,
    string? Detected,
    double? Confidence,
    string? NearestExample,
    IReadOnlyDictionary<string, string> Found,
    IReadOnlyList<string> Path,
    IReadOnlyList<CodeTrace> Code,
    IReadOnlyList<string> BotSays,
    string? Node,
    IReadOnlyDictionary<string, string> Entities,
    string? Note,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// For a bot break further on in a turn whose message was understood (a start node detected, an entity answered,
    /// whose code node then failed or whose rules matched nothing): how it was understood, with that detection's
    /// note. <see cref="How"/> and <see cref="Note"/> are the break and its reason.
    /// </summary>
    public (Detection How, string? Note)? BrokeAfter { get; init; }
}
