using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>A hand-written script reads, allowing for its absence, an entity that no node collects: it never has a value.</summary>
public sealed class ScriptEntityNeverPassedRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2053", DiagnosticLevel.Warning, "Script reads an entity no node collects");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "script-entity-never-passed";

    public override string Why => """
        The platform passes a script the entities collected in the conversation, and no others. A script that reads an entity no node collects (nor a connection's entity condition) with `entities.get('order_no')`, or after testing `'order_no' in entities`, never gets a value: the branch that uses it never runs, and the step answers as if the user had given nothing. It is nearly always a misspelling, or a name left behind when the entity was renamed. A read that raises KeyError instead (`entities['order_no']`) is BF1043, an error.
        """;

    public override RuleExample Failing => new(ExampleBots.CheckOrderCollecting, At: "scripts/check.py:6:35")
    {
        Files = new Dictionary<string, string> { ["scripts/check.py"] = ExampleBots.OrderScript("body['entities'].get('order_no', [{}])[0].get('entity_value')") },
    };

    public override RuleExample Fixed => Failing.Fix(".get('order_no',", ".get('order_id',");

    public override void Check(RuleContext context) => ScriptEntityNotCollectedRule.Check(context, raising: false);
}
