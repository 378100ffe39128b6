namespace BotForge.Model;

/// <summary>A built-in ticketing step: the inputs it takes and the outputs its script returns.</summary>
public sealed record ActionDefinition(string Name, IReadOnlyList<ActionInput> Inputs, IReadOnlyList<ActionOutput> Outputs, string Summary)
{
    public ActionInput? FindInput(string name) => Inputs.FirstOrDefault(i => i.Name == name);

    /// <summary>
    /// The <c>status</c> whenever <paramref name="output"/> (one of a step's outputs) is returned, or null when it
    /// always is: a declared output's own, and success for the fields a read lists (its other outputs).
    /// </summary>
    public bool? OnlyWhenStatus(string output) => Outputs.FirstOrDefault(o => o.Name == output) is { } declared ? declared.OnlyWhenStatus : true;
}

public enum ActionInputKind
{
    /// <summary>A text that may contain placeholders.</summary>
    Text,

    /// <summary>A list of plain names (e.g. Salesforce fields).</summary>
    NameList,

    /// <summary>One plain name (e.g. a Salesforce object's API name), checked against <see cref="ActionCatalog.ApiName"/>.</summary>
    Name,
}

public sealed record ActionInput(string Name, ActionInputKind Kind, bool Required, string Description);

public enum OutputType
{
    Boolean,
    String,
    Any,
}

public sealed record ActionOutput(string Name, OutputType Type, string Description)
{
    /// <summary>
    /// The step's <c>status</c> whenever the output is returned (true: only on success, false: only on failure), or
    /// null when it always is. The fields a read lists are returned on success only.
    /// </summary>
    public bool? OnlyWhenStatus { get; init; }
}

/// <summary>The v1 built-in actions (docs/format.md, "Built-in actions").</summary>
public static class ActionCatalog
{
    public static readonly ActionDefinition SalesforceCreateCase = new(
        "salesforce.create_case",
        [
            new("subject", ActionInputKind.Text, false, "Case subject"),
            new("Description", ActionInputKind.Text, false, "Case description"),
            new("Type", ActionInputKind.Text, false, "Case type"),
            new("Reason", ActionInputKind.Text, false, "Case reason"),
            new("SuppliedName", ActionInputKind.Text, false, "Customer's name"),
            new("SuppliedEmail", ActionInputKind.Text, false, "Customer's email"),
            new("SuppliedPhone", ActionInputKind.Text, false, "Customer's phone"),
            new("SuppliedCompany", ActionInputKind.Text, false, "Customer's company"),
            new("priority", ActionInputKind.Text, false, "Case priority"),
        ],
        [
            new("status", OutputType.Boolean, "true when the case was created"),
            new("case_id", OutputType.String, "the new case's id") { OnlyWhenStatus = true },
            new("error", OutputType.String, "what went wrong, when status is false") { OnlyWhenStatus = false },
        ],
        "Creates a Salesforce case through the integration service.");

    public static readonly ActionDefinition SalesforceGetContact = new(
        "salesforce.get_contact",
        [
            new("contact_id", ActionInputKind.Text, true, "The Salesforce Contact id"),
            new("fields", ActionInputKind.NameList, false, "Contact fields to return as outputs"),
            new("store", ActionInputKind.NameList, false, "Fields (of 'fields') also stored in conversation_details"),
        ],
        [
            new("status", OutputType.Boolean, "true when the contact was read"),
            new("error", OutputType.String, "what went wrong, when status is false") { OnlyWhenStatus = false },
        ],
        "Reads a Salesforce Contact through the integration service.");

    public static readonly ActionDefinition SalesforceGetRecord = new(
        "salesforce.get_record",
        [
            new("object_type", ActionInputKind.Name, true, "The Salesforce object's API name: Case, Account, Order, My_Object__c"),
            new("object_id", ActionInputKind.Text, true, "The record's id"),
            new("fields", ActionInputKind.NameList, false, "Fields of the record to return as outputs"),
            new("store", ActionInputKind.NameList, false, "Fields (of 'fields') also stored in conversation_details"),
        ],
        [
            new("status", OutputType.Boolean, "true when the record was read"),
            new("error", OutputType.String, "what went wrong, when status is false") { OnlyWhenStatus = false },
        ],
        "Reads any Salesforce record (a Case's status, an Order, …) through the integration service.");

    public static readonly IReadOnlyList<ActionDefinition> All = [SalesforceCreateCase, SalesforceGetContact, SalesforceGetRecord];

    /// <summary>
    /// A Salesforce API name, as object and field names are written: a letter, then letters, digits and single
    /// underscores, optionally a custom suffix such as <c>__c</c>, after an installed package's namespace prefix
    /// where it has one (<c>SBQQ__Quote__c</c>); at most 80 characters. Anything else never reaches a request.
    /// </summary>
    public static readonly System.Text.RegularExpressions.Regex ApiName = new(
        "^(?=.{1,80}$)([A-Za-z][A-Za-z0-9]*__)?[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*(__[a-z]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static ActionDefinition? Find(string name) => All.FirstOrDefault(a => a.Name == name);
}
