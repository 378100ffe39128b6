using BotForge.Analysis;

namespace BotForge.Tests.Analysis;

/// <summary>How a negative user say is found in a message (the engine, BF2013 and BF2017 share it).</summary>
public sealed class UserSaysTests
{
    [Theory]
    [InlineData("your service was bad", "bad", true)]
    [InlineData("your service was bad", "service was", true)]
    [InlineData("your service was bad", "your", true)]
    [InlineData("your service was bad", "ba", false)]
    [InlineData("your service was bad", "vice", false)]
    [InlineData("bad", "bad", true)]
    [InlineData("badly bad", "bad", true)]
    [InlineData("badly", "bad", false)]
    [InlineData("bad", "", false)]
    [InlineData("", "", false)]
    [InlineData("not bad", "not bad at all", false)]
    public void A_phrase_is_held_as_whole_words(string text, string phrase, bool held) =>
        Assert.Equal(held, UserSays.Holds(text, phrase));

    [Theory]
    [InlineData("ツインルームを予約したいです", "ツインルーム", true)]    // Japanese: no space marks a word's edge
    [InlineData("予約をキャンセルしたい", "キャンセル", true)]
    [InlineData("帮我取消预订", "取消", true)]                       // Chinese
    [InlineData("sk204871を予約", "sk204871", true)]
    [InlineData("予約sk204871", "sk20", false)]                     // Latin letters keep their edges beside Japanese
    [InlineData("予約sk204871", "約", true)]
    [InlineData("キャンセル料は", "キャンセル料", true)]
    [InlineData("badly予約", "bad", false)]
    public void In_a_script_written_without_spaces_a_phrase_is_held_against_the_letters_beside_it(string text, string phrase, bool held) =>
        Assert.Equal(held, UserSays.Holds(text, phrase));

    /// <summary>Every text and phrase of up to four letters of "a", "b" and a space agree with the definition: the phrase, between spaces, inside the text between spaces.</summary>
    [Fact]
    public void Holds_is_the_padded_search()
    {
        var words = new List<string> { string.Empty };
        for (var length = 1; length <= 4; length++)
        {
            words.AddRange(words.Where(w => w.Length == length - 1).SelectMany(w => new[] { w + "a", w + "b", w + " " }).ToList());
        }

        foreach (var text in words)
        {
            foreach (var phrase in words)
            {
                var expected = phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);
                Assert.True(expected == UserSays.Holds(text, phrase), $"'{text}' holds '{phrase}': expected {expected}");
            }
        }
    }

    /// <summary>
    /// One text however its characters were typed: compatibility forms (full-width letters of an Asian keyboard,
    /// ligatures copied from a PDF) and a letter written with a combining mark (a decomposed é, a Hindi nukta) are the
    /// precomposed text's normal form. Before 2026-12-05 the CLI ran without ICU, where NFKC does nothing.
    /// </summary>
    [Theory]
    [InlineData("ｃａｎｃｅｌ ｍｙ ＯＲＤＥＲ！", "cancel my order")]
    [InlineData("ﬁnd my ﬂight", "find my flight")]
    [InlineData("cafe\u0301 au lait", "caf\u00e9 au lait")]
    [InlineData("\u0916\u093C\u092C\u0930 \u0926\u094B", "\u0916\u093C\u092C\u0930 \u0926\u094B")]  // ख़बर with the nukta apart
    [InlineData("\u0959\u092C\u0930 \u0926\u094B", "\u0916\u093C\u092C\u0930 \u0926\u094B")]       // ख़बर precomposed: the same
    public void Texts_typed_differently_have_one_normal_form(string text, string normal) =>
        Assert.Equal(normal, UserSays.Normalize(text));

    [Theory]
    [InlineData("Ankara'ya gönderin", "ankara'ya gönderin")]
    [InlineData("DİYARBAKIR", "di\u0307yarbakir")]              // Python's lower(): İ is i and a combining dot above
    [InlineData("I'm at www.example.com: now", "i'm at www.example.com now")]
    [InlineData("ürün:hasarlı", "ürün:hasarlı")]               // a colon between letters is inside a word too
    [InlineData("1,200.50 TL", "1,200.50 tl")]                 // a comma or a dot between digits
    [InlineData("order_id 5", "order_id 5")]
    [InlineData("wi-fi, e-posta!", "wi fi e posta")]           // a hyphen cuts words
    [InlineData("'quoted' end.", "quoted end")]
    [InlineData("予約.確認", "予約 確認")]                          // scripts written without spaces are not joined so
    public void The_platforms_words_are_read_as_its_dictionary_detector_cuts_them(string text, string expected)
    {
        Assert.Equal(expected, UserSays.PlatformWords(text));
    }

    /// <summary>
    /// Met porting a Turkish courier's bot: "İADE ETMEK İSTİYORUM" (I want to return it) reached its node at 0.48 where
    /// "iade etmek istiyorum" did at 0.91, as .NET's invariant lower case leaves the dotted capital İ as it is; a
    /// sentence that begins with İade or İptal, as Turkish writes it, shared no word with its user says.
    /// </summary>
    [Theory]
    [InlineData("İADE ETMEK İSTİYORUM", "iade etmek istiyorum")]
    [InlineData("İptal", "iptal")]
    [InlineData("IŞIK", "işik")]                       // the dotless capital is lower-cased as in English, as Python and .NET both do
    [InlineData("ılık", "ılık")]
    public void The_turkish_dotted_capital_i_is_a_small_i(string text, string normal) =>
        Assert.Equal(normal, UserSays.Normalize(text));
}
