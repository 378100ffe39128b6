using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// A field of <c>salesforce.get_record</c> or <c>salesforce.get_contact</c> written in lower case where Salesforce
/// names it with a capital (<c>status</c> for <c>Status</c>): the record comes back with Salesforce's own names, and
/// the generated script reads each field by the name written, so the output is never set.
/// </summary>
public sealed class SalesforceFieldCaseRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2027", DiagnosticLevel.Warning, "Salesforce field written in the wrong case");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "salesforce-field-case";

    public override string Why => """
        Salesforce returns a record with its fields under their API names, as Salesforce spells them: standard fields begin with a capital letter (`Status`, `CaseNumber`, `FirstName`), custom ones end in `__c`. The generated script reads each field listed in `fields` by the name written there, so a field written `status` or `casenumber` is never found: its output is never set, a text showing it shows nothing and a rule testing it never holds — while a conversation test whose mocked record uses the same wrong spelling passes. `status` and `error` are also the step's own outputs. Reported for a name that begins with a lower-case letter and is not a custom field (no `__`), with Salesforce's spelling when it is one of the common standard fields.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: CHECK
            start: true
            user_says: [check my case]
            entities:
              - entity: case_id
                prompt: Which case?
            next:
              - to: FETCH
          - id: FETCH
            type: code
            action:
              salesforce.get_record:
                object_type: Case
                object_id: ${entity.case_id}
                fields: [casenumber, Subject]
            next:
              - to: FOUND
                when: status == true
              - to: NOT_FOUND
                when: status == false
          - id: FOUND
            type: output
            end: true
            bot_says: Case ${output.casenumber} (${output.Subject}) is open.
          - id: NOT_FOUND
            type: output
            end: true
            bot_says: I could not find that case.
        """, At: "stories/main/flow.yaml:16:18", Project: ExampleBots.SalesforceProject)
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = "entities:\n  - name: case_id\n    type: regex\n    pattern: '\\b500[A-Za-z0-9]{12}\\b'\n",
        },
    };

    public override RuleExample Fixed => Failing.Fix("fields: [casenumber, Subject]", "fields: [CaseNumber, Subject]").Fix("${output.casenumber}", "${output.CaseNumber}");

    /// <summary>Common standard fields of the objects bots read (Case, Contact, Account, Lead, Order, Opportunity), as Salesforce spells them.</summary>
    private static readonly Dictionary<string, string> StandardFields = new[]
    {
        "Id", "Name", "FirstName", "LastName", "Salutation", "Email", "Phone", "MobilePhone", "HomePhone", "Fax", "Title",
        "Department", "Birthdate", "Description", "OwnerId", "AccountId", "ContactId", "CreatedDate", "CreatedById",
        "LastModifiedDate", "LastModifiedById", "IsDeleted", "MailingStreet", "MailingCity", "MailingState",
        "MailingPostalCode", "MailingCountry", "OtherCity", "LeadSource", "CaseNumber", "Subject", "Status", "Priority",
        "Origin", "Type", "Reason", "IsClosed", "ClosedDate", "IsEscalated", "ParentId", "SuppliedName", "SuppliedEmail",
        "SuppliedPhone", "SuppliedCompany", "Comments", "AccountNumber", "Industry", "Website", "BillingStreet",
        "BillingCity", "BillingState", "BillingPostalCode", "BillingCountry", "ShippingStreet", "ShippingCity",
        "ShippingState", "ShippingPostalCode", "ShippingCountry", "AnnualRevenue", "NumberOfEmployees", "Company",
        "Rating", "IsConverted", "OrderNumber", "EffectiveDate", "EndDate", "TotalAmount", "StatusCode", "PoNumber",
        "Amount", "StageName", "CloseDate", "Probability",
    }.ToDictionary(f => f, StringComparer.OrdinalIgnoreCase);

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Bot.Nodes)
        {
            if (node.Code is not ActionStep step || Fields(step) is not { List: { } fields } argument)
            {
                continue;
            }

            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                if (!Misspelt(field))
                {
                    continue;
                }

                var known = StandardFields.GetValueOrDefault(field);
                var own = step.Action.Outputs.Any(o => o.Name == field) ? $"; '{field}' is also the step's own output" : string.Empty;
                context.Report(i < argument.ListLocations.Count ? argument.ListLocations[i] : argument.Location,
                    $"'{field}' is never in the record: Salesforce returns its fields as it spells them{(known is null ? ", standard ones with a capital letter" : $" ('{known}')")}{own}",
                    known is null
                        ? "write the field's API name as Salesforce spells it (a custom field ends in __c), and read it as ${output.<that name>}"
                        : $"write '{known}', and read it as ${{output.{known}}}");
            }
        }
    }

    /// <summary>
    /// The field of <paramref name="code"/>'s <c>fields</c> that reads <paramref name="key"/> in another case and is
    /// reported here, where the key itself could be Salesforce's spelling (BF1006 and BF1016 then point to the list).
    /// </summary>
    internal static string? Written(CodeStep code, string key) =>
        code is ActionStep step && !Misspelt(key) && Fields(step)?.List?.FirstOrDefault(f => Misspelt(f) && string.Equals(f, key, StringComparison.OrdinalIgnoreCase)) is { } field
            ? field
            : null;

    /// <summary>The field of <paramref name="code"/>'s <c>fields</c> that is <paramref name="key"/> in another case (a Salesforce read only), or null.</summary>
    internal static string? OtherCase(CodeStep code, string key) =>
        code is ActionStep step ? Fields(step)?.List?.FirstOrDefault(f => f != key && string.Equals(f, key, StringComparison.OrdinalIgnoreCase)) : null;

    /// <summary>The <c>fields</c> of a Salesforce read, or null.</summary>
    private static ActionArgument? Fields(ActionStep step) =>
        step.Action.Name is "salesforce.get_record" or "salesforce.get_contact" ? step.Arguments.FirstOrDefault(a => a.Name == "fields") : null;

    /// <summary>A name no Salesforce field is returned under: it begins with a lower-case letter and is not a custom field's.</summary>
    private static bool Misspelt(string field) => field.Length > 0 && char.IsLower(field[0]) && !field.Contains("__", StringComparison.Ordinal);
}
