using BotForge.Tests.Emit.Scripts;
using BotForge.Tests.Support;

namespace BotForge.Tests.Binding;

/// <summary>salesforce.get_record's object_type must be a Salesforce API name: anything else never reaches a request (BF0211).</summary>
public sealed class GetRecordBindingTests
{
    private const string Project = TempProject.MinimalProjectFile + HostileValueTests.SalesforceSettings;

    private static string Flow(string objectType, string fields = "[Status]") => $$"""
        nodes:
          - id: START
            start: true
            user_says: [ticket status]
            entities: [{ entity: email, prompt: Your email? }]
            next: [{ to: READ }]
          - id: READ
            type: code
            action:
              salesforce.get_record:
                object_type: {{objectType}}
                object_id: ${entity.email}
                fields: {{fields}}
            next:
              - { to: DONE, when: status == true }
              - { to: DONE, when: status == false }
          - id: DONE
            type: output
            end: true
            bot_says: ${output.Status}
        """;

    [Theory]
    [InlineData("Case")]
    [InlineData("Support_Ticket__c")]
    [InlineData("Order")]
    [InlineData("SBQQ__Quote__c")]
    public void An_api_name_is_accepted(string objectType)
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("stories/main/flow.yaml", Flow(objectType)));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.IsError);
    }

    [Theory]
    [InlineData("\"Case&object_type=User\"")]
    [InlineData("\"Case Comment\"")]
    [InlineData("2Case")]
    [InlineData("Case__")]
    [InlineData("\"${entity.email}\"")]
    [InlineData("[Case]")]
    public void Anything_else_is_reported_at_the_value(string objectType)
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("stories/main/flow.yaml", Flow(objectType)));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);
        Assert.Equal("BF0211", found.Code);
        Assert.Equal((11, 22), found.Location!.Start);
        Assert.Contains("a Salesforce API name", found.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met porting an order-cancellation bot: 'fields: [Status, Account.Name, Total Amount]' built clean, and the
    /// script, which takes each field from the record by its name, never set the two: no field is named with a
    /// space, and a related record's field is not among the record's own.
    /// </summary>
    [Theory]
    [InlineData("[Status, Account.Name]", 26, "'Account.Name' is a field of the related Account, which a read does not return: list its id (AccountId) and read that record with salesforce.get_record")]
    [InlineData("[Status, Owner__r.Email]", 26, "'Owner__r.Email' is a field of the related Owner__r, which a read does not return: list its id (Owner__c) and read that record with salesforce.get_record")]
    [InlineData("[Status, Total Amount]", 26, "a field's API name has no spaces: did you mean 'TotalAmount'?")]
    [InlineData("[Status, \"Id \"]", 26, "a field's API name has no spaces: did you mean 'Id'?")]
    [InlineData("[Status, \"Tier (gold)\"]", 26, null)]
    public void A_field_that_is_no_api_name_is_reported_at_it(string fields, int column, string? hint)
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("stories/main/flow.yaml", Flow("Case", fields)));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.IsError);
        Assert.Equal(("BF0211", (13, column), hint), (found.Code, found.Location!.Start, found.Hint));
        Assert.StartsWith("input 'fields' of salesforce.get_record takes the API names of the record's fields", found.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Status, SBQQ__Discount__c, Tier_Level__c]")]
    public void Fields_of_installed_packages_and_custom_fields_are_accepted(string fields)
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("stories/main/flow.yaml", Flow("Case", fields)));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.IsError);
    }
}
