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

    /// <summary>
    /// A name typed with Cyrillic letters that look like Latin ones reads the same as the one meant, so the hint says
    /// which letters are Cyrillic (met breaking a Russian car-service bot: 'SЕRVICE_API_KEY', 'gоrod').
    /// </summary>
    [Theory]
    [InlineData("SERVICE_API_KEY", "SЕRVICE_API_KEY", "did you mean 'SERVICE_API_KEY'? 'SЕRVICE_API_KEY' has Cyrillic letters that look like Latin ones (Е), typed in a Cyrillic layout or copied from Cyrillic text")]
    [InlineData("gorod", "gоrod", "did you mean 'gorod'? 'gоrod' has Cyrillic letters that look like Latin ones (о), typed in a Cyrillic layout or copied from Cyrillic text")]
    [InlineData("SERVICE_API_KEY", "SERVCE_API_KEY", "did you mean 'SERVICE_API_KEY'?")]    // a Latin slip: nothing more to say
    [InlineData("ZAPIS", "ЗАПИСЬ", "did you mean 'ZAPIS'?")]                                  // Cyrillic alone: romanised, no look-alike
    public void A_name_with_cyrillic_look_alikes_says_which_letters_they_are(string meant, string written, string expected) =>
        Assert.Equal(expected, Suggestions.DidYouMean(meant, written));

    [Theory]
    [InlineData('А', true, 'А')]    // already Cyrillic
    [InlineData('А', false, 'A')]
    [InlineData('а', false, 'a')]
    [InlineData('В', false, 'B')]
    [InlineData('в', false, 'в')]   // small в looks like no Latin letter; only its capital does
    [InlineData('b', true, 'b')]
    [InlineData('C', true, 'С')]
    public void Look_alike_letters_are_those_that_look_the_same(char c, bool fromLatin, char expected) =>
        Assert.Equal(expected, Scripts.Lookalike(c, fromLatin));
}
