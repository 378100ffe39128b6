using BotForge.Tests.Emit.Scripts;
using BotForge.Tests.Support;

namespace BotForge.Tests.Binding;

/// <summary>salesforce.get_record's object_type must be a Salesforce API name: anything else never reaches a request (BF0211).</summary>
public sealed class GetRecordBindingTests
{
    private const string Project = TempProject.MinimalProjectFile + HostileValueTests.SalesforceSettings;

    private static string Flow(string objectType) => $$"""
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
                fields: [Status]
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
}
