using BotForge.Text;

namespace BotForge.Tests.Text;

/// <summary>Did-you-mean: a typo, a different case, the singular for the plural, a Salesforce field with or without its custom __c; never the name itself.</summary>
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("entity", new[] { "node", "says", "not_says", "entities" }, "entities")]
    [InlineData("questions", new[] { "id", "question", "answer" }, "question")]
    [InlineData("Entities", new[] { "entity", "entities" }, "entities")]
    [InlineData("entity", new[] { "entity", "entities" }, null)]
    [InlineData("user_say", new[] { "user_says", "bot_says" }, "user_says")]
    [InlineData("class", new[] { "clas" }, "clas")]
    [InlineData("xyz", new[] { "node", "says" }, null)]
    [InlineData("Check_In", new[] { "Status__c", "Check_In__c" }, "Check_In__c")]
    [InlineData("Status__c", new[] { "Status", "Name" }, "Status")]
    [InlineData("Status", new[] { "Status", "Status__c" }, null)]
    [InlineData("Status", new[] { "status", "Status__c" }, "Status__c")]
    [InlineData("status", new[] { "Status", "name" }, "Status")]
    [InlineData("check_in", new[] { "Check_In__c", "Check_In" }, "Check_In")]
    public void The_closest_candidate_is_a_likely_slip_or_none(string name, string[] candidates, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(name, candidates));
}
