using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;
using CsCheck;

namespace BotForge.Tests.Hostile;

/// <summary>
/// What a user can type never makes the engine fail: random conversations with the engine's test bot (dictionary,
/// number, currency and regex entities, public ones, an FAQ, a code node), of phrases it knows cut and mixed with
/// digits of several scripts, separators, units, dates, times and any character. The entity extractors alone have
/// their own property (<c>EntityExtractorTests.No_message_makes_an_extractor_fail</c>); this one runs every step a
/// message takes: the answer to a prompt, connections, detection, the reprompt, responses and placeholders.
/// </summary>
public sealed class HostileMessageTests
{
    private static readonly string[] Pieces =
    [
        "I want to order a pizza", "large", "medium", "call me back", "menu", "next page", "I have a voucher", "my budget is", "what sizes do you have",
        "yes", "no", "1", "12", "2.5k", "99999999999999999999999999999 crore", "५००", "१७/१२/१९", "٣", "１２", "$", "₹", "rs", "20 dollars",
        "31/02/2026", "12/25/2026", "tomorrow", "at 7 tonight", "5:29 this evening", "13pm", "+91 98450 12345", "jane@example.com", "my name is Ann Lee",
        "ABC-1234", " ", "\n", "\t", "${entity.size}", "%name", "{{", "}}", "\\", "'", "\"", "😀", "\u200b", "\u0301", "ﬁ", "İ", "ß",
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]), Gen.Char.Select(c => c.ToString()));

    private static readonly Gen<string> Message = Gen.Select(Piece.Array[0, 6], Gen.Bool, (pieces, spaced) => string.Join(spaced ? " " : string.Empty, pieces));

    [Fact]
    public void No_message_makes_the_engine_fail()
    {
        var bot = EngineBot.Model;
        var intents = new Intents(bot, SentenceEncoder.For(null));
        Message.Array[1, 5].Sample(messages =>
        {
            var engine = new ConversationEngine(bot, intents, new CodeRunner(), new ConversationSettings());
            foreach (var message in messages)
            {
                _ = engine.Say(message);
            }
        }, iter: 150, threads: 1);
    }
}
