using System.Text;
using BotForge.Analysis;
using BotForge.Model;
using Scriban.Runtime;

namespace BotForge.Emit.Scripts;

/// <summary>
/// Renders the Python script of a code node's built-in action from its template in templates/actions.
/// Author values enter the template only as <see cref="PythonLiteral"/> data; the template text is the only code.
/// </summary>
internal sealed class ScriptGenerator(BotModel bot)
{
    /// <summary>The runtime appended to every Salesforce script: plain text, read once.</summary>
    private static readonly Lazy<string> Runtime = new(() => ScriptTemplates.ReadText("salesforce.runtime.py.sbn"));

    private readonly Lazy<BotGraph> _graph = new(() => new BotGraph(bot));

    public string Generate(Node node, ActionStep step)
    {
        var salesforce = bot.Salesforce
            ?? throw new InvalidOperationException($"node {node.SystemName} uses {step.Action.Name} but the bot has no Salesforce integration (binding reports this)");
        var model = new ScriptObject
        {
            ["header"] = Header(node, step),
            ["timeout_seconds"] = PythonLiteral.Number(salesforce.TimeoutSeconds),
            ["connection"] = PythonLiteral.Block(
            [
                Pair("base_url", salesforce.BaseUrl),
                Pair("username", salesforce.Username),
                Pair("client_id", salesforce.ClientId),
                Pair("private_key", salesforce.PrivateKey),
            ]),
            ["runtime"] = Runtime.Value,
        };

        if (step.Action == ActionCatalog.SalesforceCreateCase)
        {
            var fields = step.Arguments.Where(a => a.Template is not null).ToList();
            model["payload"] = PythonLiteral.Block([.. fields.Select(a => Pair(a.Name, a.Template!))]);
            model["required_entities"] = PythonLiteral.StringList(RequiredEntities(node));
        }
        else if (step.Action == ActionCatalog.SalesforceGetContact || step.Action == ActionCatalog.SalesforceGetRecord)
        {
            // get_contact is get_record of a Contact: one template, one behaviour.
            var contact = step.Action == ActionCatalog.SalesforceGetContact;
            var objectType = contact ? "Contact" : List(step, "object_type")[0];
            model["object_type"] = PythonLiteral.String(objectType);
            model["noun"] = PythonLiteral.String(contact ? "contact" : objectType);
            model["object_id"] = Parts(step.Arguments.First(a => a.Name == (contact ? "contact_id" : "object_id")).Template!);
            model["fields"] = PythonLiteral.StringList(List(step, "fields"));
            model["store"] = PythonLiteral.StringList(List(step, "store"));
            model["max_details_chars"] = PlatformLimits.DetailsSetAtOnce.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            throw new InvalidOperationException($"no template for action {step.Action.Name}");
        }

        var context = new Scriban.TemplateContext { StrictVariables = true, MemberRenamer = m => m.Name };
        context.PushGlobal(model);
        var template = step.Action == ActionCatalog.SalesforceGetContact ? ActionCatalog.SalesforceGetRecord.Name : step.Action.Name;
        var source = ScriptTemplates.Get(template + ".py.sbn").Render(context);
        return source.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
    }

    /// <summary>The entities whose absence fails the step rather than leaving a field out (<see cref="BotGraph.RequiredActionPlaceholders"/>).</summary>
    private IEnumerable<string> RequiredEntities(Node node) =>
        _graph.Value.RequiredActionPlaceholders(node).Select(p => p.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static IReadOnlyList<string> List(ActionStep step, string name) =>
        step.Arguments.FirstOrDefault(a => a.Name == name)?.List ?? [];

    private static string Pair(string key, TextTemplate template) =>
        PythonLiteral.List([PythonLiteral.String(key), Parts(template)]);

    /// <summary>A text as a list of <c>[kind, value]</c> parts: literal text, or a placeholder's namespace and key.</summary>
    private static string Parts(TextTemplate template) => PythonLiteral.List(template.Parts.Select(part => part switch
    {
        LiteralPart literal => PythonLiteral.StringList(["text", literal.Text]),
        PlaceholderPart p => PythonLiteral.StringList([Namespace(p.Kind), p.Key]),
        _ => throw new InvalidOperationException($"unknown text part {part.GetType().Name}"),
    }));

    private static string Namespace(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Entity => "entity",
        PlaceholderKind.User => "user",
        PlaceholderKind.UserDetails => "user_details",
        PlaceholderKind.Conversation => "conversation",
        PlaceholderKind.Env => "env",
        _ => throw new InvalidOperationException($"placeholder {kind} cannot reach a script (binding rejects it)"),
    };

    private static string Header(Node node, ActionStep step)
    {
        return $"# Generated by BotForge: action {step.Action.Name} of node {Safe(node.SystemName)}\n"
            + $"# (story {Safe(node.SubStory.StoryId)}, sub-story {Safe(node.SubStory.Id)}). Do not edit: change the\n"
            + "# bot's YAML and run 'botforge build'. The platform calls main(event, context);\n"
            + "# it returns final_response with 'status' and never raises.";
    }

    /// <summary>Names are validated identifiers; this keeps a comment a comment whatever they hold.</summary>
    private static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '?');
        }

        return builder.ToString();
    }
}
