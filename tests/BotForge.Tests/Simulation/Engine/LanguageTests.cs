using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Simulation.Testing;
using BotForge.Tests.Support;

namespace BotForge.Tests.Simulation.Engine;

/// <summary>
/// A conversation in one of the bot's languages, as on the platform (a model per language): detection is trained on
/// that language's user says, the bot answers in it, and code nodes get it as user.language_code. A language the
/// sentence model does not cover (Hindi here) is detected by wording alone.
/// </summary>
public sealed class LanguageTests(LanguageTests.TwoLanguageBot fixture) : IClassFixture<LanguageTests.TwoLanguageBot>
{
    private const string Project = """
        bot:
          id: two_languages
          name: Two languages
          languages: [en, hi]
        business:
          bot_break_message: { en: "Sorry, I did not get that.", hi: "माफ़ कीजिए, मैं समझ नहीं पाया।" }
        """;

    private const string Flow = """
        nodes:
          - id: BLOCK_CARD
            start: true
            user_says:
              en: [block my card, I lost my card, my card was stolen]
              hi: [मेरा कार्ड ब्लॉक करें, मेरा कार्ड खो गया, मेरा कार्ड चोरी हो गया]
            bot_says: { en: I can block your card., hi: मैं आपका कार्ड ब्लॉक कर सकता हूँ। }
            next:
              - to: WHICH_LANGUAGE
          - id: WHICH_LANGUAGE
            type: code
            script: scripts/language.py
            outputs: [status, language]
            next:
              - { to: DONE, when: status == true }
              - { to: DONE, when: status == false }
          - id: DONE
            type: output
            end: true
            bot_says: { en: "Blocked (${output.language}).", hi: "ब्लॉक किया गया (${output.language})।" }
        """;

    private const string Script = """
        import json


        def main(event, context):
            body = json.loads(event["body"])
            final_response = {"status": True, "language": body["user"]["language_code"]}
            return {"statusCode": 200, "body": json.dumps(final_response), "headers": {"Content-Type": "application/json"}}
        """;

    /// <summary>The bot, compiled once for the class (its folder removed after).</summary>
    public sealed class TwoLanguageBot : IDisposable
    {
        private readonly TempProject _project = TempProject.With(("botforge.yaml", Project), ("stories/cards/block.yaml", Flow), ("scripts/language.py", Script));

        public TwoLanguageBot()
        {
            var compilation = Compilation.Create(_project.Root);
            Assert.DoesNotContain(compilation.Validate(), d => d.IsError);
            Bot = compilation.Model!;
        }

        public BotModel Bot { get; }

        public string Root => _project.Root;

        public void Dispose() => _project.Dispose();
    }

    private TurnTrace Say(string? language, string message)
    {
        var bot = fixture.Bot;
        var engine = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null), language: language), new CodeRunner(), new ConversationSettings { Language = language });
        return engine.Say(message);
    }

    [Fact]
    public void A_conversation_in_the_second_language_is_understood_answered_and_told_to_code_nodes_in_it()
    {
        var trace = Say("hi", "मेरा कार्ड खो गया");

        Assert.Equal("DONE", trace.Node);
        Assert.Equal(["मैं आपका कार्ड ब्लॉक कर सकता हूँ।", "ब्लॉक किया गया (hi)।"], trace.BotSays);
    }

    [Fact]
    public void Without_a_language_the_conversation_is_in_the_first_one()
    {
        var trace = Say(null, "I lost my card");

        Assert.Equal("DONE", trace.Node);
        Assert.Equal(["I can block your card.", "Blocked (en)."], trace.BotSays);
        Assert.Null(Say(null, "मेरा कार्ड खो गया").Node);
    }

    [Theory]
    [InlineData("मेरा डेबिट कार्ड खो गया है", "BLOCK_CARD")]
    [InlineData("तोता", null)]
    [InlineData("आज मौसम कैसा है", null)]
    public void A_language_the_sentence_model_does_not_cover_is_detected_by_its_wording(string message, string? node)
    {
        var trace = Say("hi", message);

        Assert.Equal(node is null ? null : "DONE", trace.Node);
        if (node is null)
        {
            Assert.Equal(["माफ़ कीजिए, मैं समझ नहीं पाया।"], trace.BotSays);
        }

        Assert.False(SentenceEncoder.Covers("hi"));
        Assert.True(SentenceEncoder.Covers("en-GB"));
    }

    [Fact]
    public void A_test_names_its_language_by_language_or_by_the_users_language_code_and_only_one_the_bot_speaks()
    {
        var tests = """
            conversations:
              - name: in Hindi
                language: hi
                turns: [{ user: मेरा कार्ड खो गया, expect: { node: DONE, says: ब्लॉक किया गया (hi) } }]
              - name: by the user's language code
                user: { language_code: hi }
                turns: [{ user: मेरा कार्ड खो गया, expect: { node: DONE } }]
              - name: in French
                language: fr
                turns: [{ user: bonjour }]
              - name: by a user's language code the bot does not speak
                user: { language_code: fr }
                turns: [{ user: bonjour }]
            """;
        using var copy = TempProject.With(("botforge.yaml", Project), ("stories/cards/block.yaml", Flow), ("scripts/language.py", Script), ("tests/conversations.yaml", tests));
        var compilation = Compilation.Create(copy.Root);
        compilation.Validate();
        var suite = TestBinder.Bind(compilation.Sources!, compilation.Model!, compilation.Diagnostics);

        var refused = Assert.Single(compilation.Diagnostics.ToSortedList(), d => d.Code == TestDiagnostics.UnknownLanguageCode.Code);
        Assert.Equal("the bot does not speak 'fr' (bot.languages: en, hi)", refused.Message);
        Assert.Equal(9, refused.Location!.Start.Line);
        Assert.Equal(["hi", "hi", null, null], suite.Conversations.Select(c => c.Settings.Language));

        var encoder = SentenceEncoder.For(null);
        var results = TestRunner.Run(compilation.Model!, new IntentsByLanguage(compilation.Model!, encoder, new Intents(compilation.Model!, encoder)), suite, new CodeRunner(), filter: "in Hindi");
        Assert.True(Assert.Single(results).Passed);
    }

    /// <summary>
    /// Each language's detection is cross-validated on its own user says (a hotel port in English and Spanish measured
    /// only its English before); the messages under intents: are measured in the first language.
    /// </summary>
    [Fact]
    public void The_report_measures_each_language()
    {
        var run = CliRun.Of(Repo.Root, "test", fixture.Root, "--report");

        Assert.StartsWith("intent detection in en, cross-validated over", run.Out, StringComparison.Ordinal);
        Assert.Contains("\nintent detection in hi, cross-validated over start-node user says and FAQ questions (each left out in turn): ", run.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// Paraphrases under intents: may be given per language, as user says are, and each is measured in its own
    /// language (porting an airline bot in German and English, its English paraphrases were measured in German
    /// and broke the bot, so the report said detection missed what it takes); a plain list stays the first language's.
    /// </summary>
    [Fact]
    public void Paraphrases_are_measured_in_the_language_they_are_given_in()
    {
        const string Paraphrases = """
            intents:
              BLOCK_CARD:
                en: [please block my card]
                hi: [कृपया मेरा कार्ड ब्लॉक करें]
              none:
                hi: [आज मौसम कैसा है]
            """;
        using var project = TempProject.With(("botforge.yaml", Project), ("stories/cards/block.yaml", Flow), ("scripts/language.py", Script), ("tests/paraphrases.yaml", Paraphrases));

        var run = CliRun.Of(project.Root, "test", ".", "--report");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Contains("\nheld-out paraphrases: 2/2 = 100.0%\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\nout-of-scope messages (should break): 1/1 = 100.0%\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("given as a plain list", run.Out, StringComparison.Ordinal);

        project.Write("tests/paraphrases.yaml", "intents:\n  BLOCK_CARD: [please block my card]\n");
        var plain = CliRun.Of(project.Root, "test", ".", "--report");

        Assert.Contains("\n(the messages under intents: given as a plain list are measured in en, the first language; { hi: [...] } measures them in another)\nheld-out paraphrases: 1/1 = 100.0%\n", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Paraphrases_in_a_language_the_bot_lacks_are_reported()
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("stories/cards/block.yaml", Flow), ("scripts/language.py", Script),
            ("tests/paraphrases.yaml", "intents:\n  BLOCK_CARD:\n    fr: [bloquez ma carte]\n"));

        var run = CliRun.Of(project.Root, "test", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("./tests/paraphrases.yaml:3:5: error BF0305: the bot does not speak 'fr' (bot.languages: en, hi)\n    hint: give the paraphrases under one of them (a plain list is in the first, en), e.g. hi: [...]\n", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A language written without the region bot.languages gives it (met breaking a gym bot in es-MX and en-US: 'es'
    /// under intents:, 'en' as a conversation's language) is named as bot.languages writes it.
    /// </summary>
    [Fact]
    public void A_language_written_without_its_region_is_named_as_the_bot_writes_it()
    {
        using var project = TempProject.With(("botforge.yaml", Project.Replace("[en, hi]", "[en-US, hi]", StringComparison.Ordinal).Replace("{ en:", "{ en-US:", StringComparison.Ordinal)),
            ("stories/cards/block.yaml", Flow.Replace("en: [", "en-US: [", StringComparison.Ordinal).Replace("{ en:", "{ en-US:", StringComparison.Ordinal)), ("scripts/language.py", Script),
            ("tests/t.yaml", "conversations:\n  - name: block\n    language: en\n    turns: [{ user: block my card }]\nintents:\n  BLOCK_CARD:\n    en: [please block my card]\n"));

        var run = CliRun.Of(project.Root, "test", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("./tests/t.yaml:3:15: error BF0305: the bot does not speak 'en' (bot.languages: en-US, hi)\n    hint: bot.languages writes it 'en-US': write language: en-US\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("./tests/t.yaml:7:5: error BF0305: the bot does not speak 'en' (bot.languages: en-US, hi)\n    hint: bot.languages writes it 'en-US': write en-US: [...]\n", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met breaking a Korean courier's port: 'language: kr' (Korea's country code) in a conversation of a bot in ko
    /// was told to hold the conversation in 'en'. A country's code for a language the bot speaks is named so.
    /// </summary>
    [Fact]
    public void A_country_code_for_a_language_the_bot_speaks_is_named_so()
    {
        using var project = TempProject.With(("botforge.yaml", "bot: { id: t, name: T, languages: [ko, en] }\nlint: { rules: { BF2007: off } }\n"),
            ("stories/main/flow.yaml", "nodes:\n  - id: HELLO\n    start: true\n    end: true\n    user_says: { ko: [안녕하세요], en: [hello] }\n    bot_says: { ko: 안녕하세요!, en: Hello! }\n"),
            ("tests/t.yaml", "conversations:\n  - name: hello\n    language: kr\n    turns: [{ user: 안녕하세요 }]\nintents:\n  HELLO:\n    kr: [안녕]\n"));

        var run = CliRun.Of(project.Root, "test", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("./tests/t.yaml:3:15: error BF0305: the bot does not speak 'kr' (bot.languages: ko, en)\n    hint: 'kr' is Korea's country code, and bot.languages writes its language 'ko': write language: ko\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: 'kr' is Korea's country code, and bot.languages writes its language 'ko': write ko: [...]\n", run.Error, StringComparison.Ordinal);
    }
}
