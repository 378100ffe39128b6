using BotForge.Text;

namespace BotForge.Model;

/// <summary>A connection from one node to another, with at most one condition.</summary>
public sealed record Connection(string TargetName, Node? Target, Condition Condition, SourceLocation Location, SourceLocation TargetLocation)
{
    /// <summary>For a target that is no node, the system name BF0203's hint suggests ('BYEE': 'BYE'); else null.</summary>
    public string? Meant { get; init; }

    /// <summary>
    /// The node a conversation can take this connection to: the target when it is active, else null (an inactive
    /// node is never entered, by detection or by a connection: BF2016). The one definition the engine and the
    /// graph share.
    /// </summary>
    public Node? ActiveTarget => Target is { IsActive: true } target ? target : null;

    /// <summary>
    /// The rule of a code node's connection that a conversation can take (its target active), else null: the one
    /// definition the engine's code step and the outcomes the rules weigh (<c>WhenRules</c>) share.
    /// </summary>
    public RuleCondition? ActiveRule => Condition is RuleCondition rule && ActiveTarget is not null ? rule : null;
}

/// <summary>What makes a connection be taken.</summary>
public abstract record Condition(SourceLocation Location);

/// <summary>No condition: static → code, taken once mandatory entities are collected.</summary>
public sealed record AutomaticCondition(SourceLocation Location) : Condition(Location);

public sealed record UserSaysCondition(UtteranceSet UserSays, SourceLocation Location) : Condition(Location);

public sealed record EntityPresenceCondition(EntityRef Entity, SourceLocation Location) : Condition(Location);

public sealed record EntityValueCondition(EntityRef Entity, IReadOnlyList<string> Values, SourceLocation Location) : Condition(Location)
{
    /// <summary>
    /// Whether a detected value takes the condition: it is one of the listed values exactly as written (a dictionary
    /// entity's value is its canonical name, so <c>Delivery</c> never matches <c>delivery</c>: BF1010). The one
    /// definition the engine and the rules share.
    /// </summary>
    public bool Accepts(string value) => Values.Contains(value, StringComparer.Ordinal);
}

public sealed record RuleCondition(RuleExpression Rule, SourceLocation Location) : Condition(Location);

public static class Conditions
{
    /// <summary>The entity an entity condition (presence or value) is on; null for any other condition.</summary>
    public static EntityRef? EntityOf(this Condition condition) => condition switch
    {
        EntityPresenceCondition c => c.Entity,
        EntityValueCondition c => c.Entity,
        _ => null,
    };
}

/// <summary>A rule over a code node's output JSON.</summary>
public abstract record RuleExpression(SourceLocation Location);

public enum RuleJoin
{
    All,
    Any,
}

public sealed record RuleGroup(RuleJoin Join, IReadOnlyList<RuleExpression> Items, SourceLocation Location) : RuleExpression(Location);

/// <summary><c>var op value</c>; <see cref="Value"/> is null for exists / not exists.</summary>
public sealed record RuleComparison(string Variable, RuleOperator Operator, RuleValue? Value, SourceLocation Location) : RuleExpression(Location);

public enum RuleOperator
{
    Equals,
    NotEquals,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Contains,
    Exists,
    NotExists,
}

/// <summary>How rule operators are written in the source (<c>==</c>, <c>contains</c>, <c>not exists</c>…).</summary>
public static class RuleOperators
{
    /// <summary>Every operator by its source spelling.</summary>
    public static IReadOnlyDictionary<string, RuleOperator> BySpelling { get; } = new Dictionary<string, RuleOperator>(StringComparer.Ordinal)
    {
        ["=="] = RuleOperator.Equals,
        ["!="] = RuleOperator.NotEquals,
        [">"] = RuleOperator.GreaterThan,
        [">="] = RuleOperator.GreaterThanOrEqual,
        ["<"] = RuleOperator.LessThan,
        ["<="] = RuleOperator.LessThanOrEqual,
        ["contains"] = RuleOperator.Contains,
        ["exists"] = RuleOperator.Exists,
        ["not exists"] = RuleOperator.NotExists,
    };

    /// <summary>The source spelling of an operator.</summary>
    public static string Spelling(this RuleOperator op) => BySpelling.First(p => p.Value == op).Key;

}

/// <summary>A literal in a rule: a string, a number or a boolean.</summary>
public sealed record RuleValue(string? Text, double? Number, bool? Boolean)
{
    public override string ToString() => Boolean is { } b ? (b ? "true" : "false") : Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : Text ?? string.Empty;
}
