using BotForge.Simulation.Nlu;

namespace BotForge.Tests.Simulation.Nlu;

/// <summary>
/// Spell correction before intent detection, as the platform does it ("Show me servises" reaches "Show services"):
/// a long word no example has and the language does not know is read as the example word one edit away.
/// </summary>
public sealed class SpellCorrectorTests
{
    private static readonly SpellCorrector Speller = new(
        ["I want to raise a ticket", "status of my ticket", "show services", "what is your return policy", "return an item", "book a table", "talk to support", "activate my zorbix"],
        SentenceEncoder.IsWord);

    [Theory]
    [InlineData("I want to rasie a tiket", "I want to raise a ticket")]          // swapped, dropped
    [InlineData("status of my tikcet?", "status of my ticket?")]                 // swapped, the punctuation kept
    [InlineData("Show me servises", "Show me services")]                         // changed (the platform's own example)
    [InlineData("what is your retrun polcy", "what is your return policy")]
    [InlineData("my zorbixs", "my zorbix")]                                       // a plural's s on a word the language does not know
    [InlineData("tallk to supportt", "talk to support")]                          // a letter doubled, inside or at the end
    public void A_long_misspelt_word_is_read_as_the_example_word_one_edit_away(string message, string read)
    {
        Assert.Equal(read, Speller.Correct(message));
    }

    [Theory]
    [InlineData("I want to raise a ticket")]           // no mistake: the message itself
    [InlineData("teach me to book a table later")]     // words of the language stay, whatever example word they are one edit from
    [InlineData("return the other item")]
    public void Words_of_the_language_and_words_the_examples_have_are_left_as_written(string message)
    {
        Assert.Same(message, Speller.Correct(message));
    }

    [Theory]
    [InlineData("tikt")]              // shorter than five letters: one edit from too many words
    [InlineData("tcikte")]            // two edits
    [InlineData("ticket2")]           // digits
    [InlineData("routes")]            // a word of the language
    public void Short_words_two_edit_slips_and_words_with_digits_are_not_corrected(string word)
    {
        Assert.Equal(word, Speller.Correct(word));
    }

    [Fact]
    public void A_letter_added_at_the_end_of_an_example_word_is_another_word_unless_it_is_a_plurals_s()
    {
        var speller = new SpellCorrector(["set up a route", "plan a route"], _ => false);

        Assert.Equal("set up a new router", speller.Correct("set up a new router"));
        Assert.Equal("plan the route", speller.Correct("plan the routes"));
    }

    [Fact]
    public void Among_several_example_words_one_edit_away_the_most_frequent_wins_then_the_first_in_order()
    {
        var speller = new SpellCorrector(["cancel the order", "cancel it", "candel light"], _ => false);

        Assert.Equal("cancel", speller.Correct("canel"));       // 'cancel' twice, 'candel' once
        Assert.Equal("cancel", new SpellCorrector(["candel", "cancel"], _ => false).Correct("canel"));   // once each: ordinal first, whatever the examples' order
    }

    [Theory]
    [InlineData("ticket", "tiket", true)]
    [InlineData("ticket", "tikcet", true)]
    [InlineData("ticket", "tickt", true)]
    [InlineData("ticket", "ticket", false)]
    [InlineData("ticket", "tcikte", false)]
    [InlineData("ticket", "tickets", true)]
    [InlineData("abc", "bca", false)]
    public void One_edit_is_one_letter_missing_extra_changed_or_two_neighbours_swapped(string a, string b, bool one)
    {
        Assert.Equal(one, SpellCorrector.OneEdit(a, b));
        Assert.Equal(one, SpellCorrector.OneEdit(b, a));
    }
}
