using System.Globalization;
using System.Text;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;

namespace BotForge.Tests.Analysis;

/// <summary>
/// The compiler's verdicts against the engine, on random bots of static nodes (start nodes, context clears, inactive
/// nodes, mandatory and optional entities, connections on phrases, entity presence and entity values, texts showing
/// entities, quick replies on texts and prompts; for the replies, negative user says and an FAQ), in one language
/// or in two, talked to at random: where the engine shows an entity it does not know, BF1014 or BF1015 reported that
/// text; where the engine is, the node is active and reachable (no BF2002); an answer the engine meets with silence
/// and no way on is one BF2014 reported; a tapped quick reply breaks the bot (or, at a prompt, gets the reprompt)
/// exactly where BF2013 said nothing takes it; the engine goes round to its step limit only where BF1034 reported a
/// loop.
/// </summary>
public sealed class EngineAgreementTests
{
    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];
    private static readonly string[] Entities = ["color", "code", "size"];

    /// <summary>Quick replies: phrases some bots have, entity values, words no bot has.</summary>
    private static readonly string[] Replies = ["red", "large", "1234", "go alpha", "go bravo", "go charlie", "hop alpha bravo 0", "hop bravo alpha 1", "hello there", "menu"];

    private const string EntitiesYaml = """
        entities:
          - name: color
            type: dictionary
            values:
              red: [red]
              blue: [blue]
          - name: size
            type: dictionary
            values:
              small: [small]
              large: [large]
          - name: code
            type: regex
            pattern: '[0-9]{4}'

        """;

    [Theory]
    [InlineData(7, false)]
    [InlineData(9, true)]
    public void The_engine_shows_an_unknown_entity_only_in_a_text_the_compiler_reported(int seed, bool bilingual)
    {
        const int Bots = 150;
        var empties = 0;
        var silent = 0;
        for (var b = 0; b < Bots; b++)
        {
            var random = new Random((seed * 100_003) + b);
            var language = bilingual && random.Next(3) > 0 ? "fr" : "en";
            var (flow, vocabulary) = Bot(random, bilingual: bilingual);
            var (bot, diagnostics, intents) = Compiled(flow, language: bilingual ? language : null);
            var flowLines = flow.Split('\n').ToList();
            for (var c = 0; c < 6; c++)
            {
                var engine = new ConversationEngine(bot, intents, new CodeRunner(), new ConversationSettings { Language = bilingual ? language : null });
                var said = new List<string>();
                for (var t = 0; t < 8; t++)
                {
                    var message = vocabulary[random.Next(vocabulary.Count)];
                    message = language == "fr" ? French(message) : message;
                    said.Add(message);
                    var turn = engine.Say(message);
                    if (turn.Notes.FirstOrDefault(n => n.EndsWith(" has nothing to send: the platform answers with the bot-break message", StringComparison.Ordinal)) is { } nothing)
                    {
                        // A node resting with nothing sent (the bot-break message): BF2014 must have said so of it when
                        // its last entity was answered there, BF1037 when it sends nothing on arrival.
                        var node = nothing[..nothing.IndexOf(' ', StringComparison.Ordinal)];
                        var answered = turn.How == Detection.EntityAnswer && turn.Path.Count == 0;
                        silent += answered ? 1 : 0;
                        Assert.True(diagnostics.Any(d => (d.Code == "BF2014" && d.Message.StartsWith($"{node} says nothing", StringComparison.Ordinal))
                                || (!answered && d.Code == "BF1037" && d.Message.StartsWith($"{node} has nothing to send", StringComparison.Ordinal))),
                            $"bot {b}: {node} had nothing to send after '{message}', after [{string.Join(" | ", said)}], but no BF2014{(answered ? string.Empty : " or BF1037")} names it\n{flow}");
                    }

                    if (turn.Node is { } now)
                    {
                        // Where a conversation is, the graph reaches: an active node BF2002 does not report.
                        Assert.True(bot.Nodes.Single(n => n.SystemName == now).IsActive, $"bot {b}: the engine entered inactive {now}\n{flow}");
                        Assert.DoesNotContain(diagnostics, d => d.Code == "BF2002" && d.Message.EndsWith($" {now}", StringComparison.Ordinal));
                    }

                    foreach (var line in turn.BotSays)
                    {
                        var head = System.Text.RegularExpressions.Regex.Match(line, @"^(N\d+) ([a-z-]+):");
                        if (!head.Success)
                        {
                            continue;
                        }

                        var textLine = flowLines.FindIndex(l => l.Contains($"\"{head.Value}", StringComparison.Ordinal)) + 1;
                        Assert.True(textLine > 0, line);
                        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(line, @"([a-z]+)=\[([^\]]*)\]"))
                        {
                            var (entity, value) = (m.Groups[1].Value, m.Groups[2].Value);
                            if (value.Length > 0)
                            {
                                continue;
                            }

                            empties++;
                            if (!diagnostics.Any(d => d.Code is "BF1014" or "BF1015" && d.Location?.Start.Line == textLine && d.Message.StartsWith($"'{entity}'", StringComparison.Ordinal)))
                            {
                                Assert.Fail($"bot {b}: line {textLine} showed {entity} unknown ('{line}') after [{string.Join(" | ", said)}], but no BF1014/BF1015 there names it; reported: [{string.Join(" | ", diagnostics.Where(d => d.Code is "BF1014" or "BF1015").Select(d => d.Location?.Start.Line + ": " + d.Message))}]\n{flow}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(empties > 1000 && silent > 20, $"only {empties} texts showed an unknown entity and {silent} answers were met with silence: the bots no longer test the flow");
    }

    /// <summary>
    /// BF2013 against the engine, on bots with negative user says and an FAQ too: when the conversation waits on a
    /// node that showed quick replies and the user taps one, the engine breaks exactly when BF2013 reported that reply
    /// on that node as taken by nothing. And when the engine goes round until its step limit, BF1034 reported a loop.
    /// Bilingual, the bots have English and French (<see cref="French"/>), some utterances in English only, and two in
    /// three conversations are in French: detection is trained on the conversation's language, as BF2013 judges each.
    /// </summary>
    [Theory]
    [InlineData(3, false)]
    [InlineData(5, true)]
    public void A_tapped_quick_reply_breaks_the_bot_exactly_where_BF2013_said_nothing_takes_it(int seed, bool bilingual)
    {
        const int Bots = 300;
        var tapped = 0;
        var loops = 0;
        var foreign = 0;
        for (var b = 0; b < Bots; b++)
        {
            var random = new Random((seed * 100_003) + b);
            var language = bilingual && random.Next(3) > 0 ? "fr" : "en";
            var (flow, vocabulary) = Bot(random, replies: true, negatives: true, bilingual: bilingual);
            var faq = Faq(random, [.. Replies.Skip(3), "opening hours"], bilingual);
            var (bot, diagnostics, intents) = Compiled(flow, faq, bilingual ? language : null);
            flow += faq;
            var shownAs = bilingual ? $" ({language}) on " : " on ";
            for (var c = 0; c < 6; c++)
            {
                var engine = new ConversationEngine(bot, intents, new CodeRunner(), new ConversationSettings { Language = bilingual ? language : null });
                var said = new List<string>();
                var flowLines = flow.Split('\n').ToList();
                (string Node, string[] Replies, int Line)? offered = null;
                string? reprompted = null;
                for (var t = 0; t < 8; t++)
                {
                    var tap = offered is { } o && random.Next(5) > 0 ? o.Replies[random.Next(o.Replies.Length)] : null;
                    var message = tap ?? vocabulary[random.Next(vocabulary.Count)];
                    message = tap is null && language == "fr" ? French(message) : message;
                    said.Add(message);
                    var turn = engine.Say(message);
                    if (turn.Note?.StartsWith("more than", StringComparison.Ordinal) == true)
                    {
                        // The engine went round until its step limit: BF1034 must have said so.
                        loops++;
                        Assert.True(diagnostics.Any(d => d.Code == "BF1034"), $"bot {b}: the engine went round ({turn.Note}) after [{string.Join(" | ", said)}], but no BF1034\n{flow}");
                        offered = null;
                        continue;
                    }

                    if (tap is not null)
                    {
                        tapped++;
                        foreign += language == "fr" ? 1 : 0;
                        // Reported where it is shown (a node's prompt and its final response may show the same text). Tapped
                        // at a prompt and taken by nothing, it gets the reprompt first.
                        var reported = diagnostics.Any(d => d.Code == "BF2013" && d.Location?.Start.Line == offered!.Value.Line
                            && d.Message.StartsWith($"'{tap}'{shownAs}{offered.Value.Node} ", StringComparison.Ordinal));
                        Assert.True(reported == (turn.How is Detection.BotBreak or Detection.Reprompt),
                            $"bot {b} ({language}): '{tap}' tapped on {offered!.Value.Node} after [{string.Join(" | ", said)}]: the engine {(turn.How == Detection.BotBreak ? "broke" : $"took it ({turn.How} {turn.Detected})")}, BF2013 {(reported ? "reported it" : "did not")}\n{flow}");
                    }

                    // The replies the conversation waits on: the last text of the node it is on that showed some. Once the
                    // engine has sent an entity's reprompt, later answers to that entity go to detection at the usual
                    // threshold (docs/testing.md), which BF2013 does not judge: no replies are offered until the entity
                    // is answered (the next one has its own reprompt) or a node is entered.
                    reprompted = turn.How == Detection.Reprompt ? turn.Node
                        : turn.How is Detection.StartNode or Detection.Connection or Detection.EntityAnswer || turn.Path.Count > 0 || turn.Node != reprompted ? null : reprompted;
                    offered = null;
                    foreach (var line in reprompted is not null ? [] : turn.BotSays)
                    {
                        var shown = System.Text.RegularExpressions.Regex.Match(line, @"^((N\d+) (?:says|asks-[a-z]+):).*\s\[([^\]]*)\]$");
                        if (shown.Success && shown.Groups[2].Value == turn.Node && shown.Groups[3].Value.Length > 0)
                        {
                            offered = (turn.Node, shown.Groups[3].Value.Split(", "), flowLines.FindIndex(l => l.Contains($"\"{shown.Groups[1].Value}", StringComparison.Ordinal)) + 1);
                        }
                    }
                }
            }
        }

        Assert.True(tapped > 60 && loops > 5 && (!bilingual || foreign > 40), $"only {tapped} quick replies were tapped ({foreign} in French) and {loops} loops met: the bots no longer test the replies");
    }

    /// <summary>
    /// A reply written as the user say of a start node that its own negative user says hold back, and as an FAQ
    /// question too (BF1032): detection may choose the node, and then breaks, so BF2013 may not take the text as
    /// plainly detected; it asks the classifier, as the engine does.
    /// </summary>
    [Fact]
    public void A_reply_a_start_node_holds_back_is_judged_as_the_engine_takes_it()
    {
        var flow = """
            nodes:
              - id: MENU
                start: true
                user_says: [show the menu]
                bot_says: { text: "MENU says: what now?", quick_replies: [go charlie] }
              - id: CHARLIE
                start: true
                end: true
                user_says: [go charlie, charlie please]
                negative_user_says: [go charlie]
                bot_says: Charlie.
            """;
        var (bot, diagnostics, intents) = Compiled(flow, "faq:\n  - id: F0\n    questions: [go charlie, opening hours]\n    answer: F0 answers.\n");
        var engine = new ConversationEngine(bot, intents, new CodeRunner(), new ConversationSettings());
        Assert.Equal("MENU", engine.Say("show the menu").Node);
        var broke = engine.Say("go charlie").How == Detection.BotBreak;

        Assert.Equal(broke, diagnostics.Any(d => d.Code == "BF2013" && d.Message.StartsWith("'go charlie' on MENU ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// BF2017 against the engine: a user say (the node's own, or a connection's phrase) that holds one of the node's
    /// negative user says (case and punctuation ignored, whole words) never brings the conversation to its node, and
    /// is reported; one that does not hold it is taken, and not reported.
    /// </summary>
    [Theory]
    [InlineData("where  is MY order", true)]
    [InlineData("Where is my order?", true)]
    [InlineData("my order", true)]
    [InlineData("where is my parcel", false)]
    public void A_user_say_that_holds_a_negative_user_say_is_refused_as_BF2017_says(string negative, bool never)
    {
        var flow = $"""
            nodes:
              - id: MENU
                start: true
                user_says: [show the menu]
                bot_says: What now?
                next:
                  - to: TRACK
                    user_says: [track it, where is my order]
              - id: TRACK
                start: true
                end: true
                user_says: [track my parcel, where is my order]
                negative_user_says: [cancel my order, "{negative}"]
                bot_says: Let me look it up.
            """;
        var (bot, diagnostics, intents) = Compiled(flow);
        var found = diagnostics.Where(d => d.Code == "BF2017").Select(d => d.Message).ToList();
        Assert.Equal(never ? 2 : 0, found.Count);
        Assert.All(found, m => Assert.EndsWith("it never brings the conversation to TRACK", m, StringComparison.Ordinal));

        foreach (var opening in new[] { null, "show the menu" })
        {
            var engine = new ConversationEngine(bot, intents, new CodeRunner(), new ConversationSettings());
            if (opening is not null)
            {
                Assert.Equal("MENU", engine.Say(opening).Node);
            }

            Assert.Equal(never ? null : "TRACK", engine.Say("where is my order").Node is "TRACK" ? "TRACK" : null);
        }

        if (!never)
        {
            var engine = new ConversationEngine(bot, intents, new CodeRunner(), new ConversationSettings());
            Assert.NotEqual("TRACK", engine.Say(negative).Node);
        }
    }

    /// <summary>
    /// The bot of <paramref name="flow"/>, what validation found in it (no reading or binding error), and its intents in
    /// <paramref name="language"/>: given, the bot has English and French.
    /// </summary>
    private static (BotModel Bot, IReadOnlyList<Diagnostic> Diagnostics, Intents Intents) Compiled(string flow, string? faq = null, string? language = null)
    {
        var bot = "bot:\n  id: example\n  name: Example\n" + (language is null ? string.Empty : "  languages: [en, fr]\n");
        using var project = TempProject.With([("botforge.yaml", bot), ("entities.yaml", EntitiesYaml), ("stories/main/flow.yaml", flow),
            .. faq is null ? Array.Empty<(string, string)>() : [("faq.yaml", faq)]]);
        var compilation = Compilation.Create(project.Root);
        var diagnostics = compilation.Validate();
        Assert.NotNull(compilation.Model);
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("BF00", StringComparison.Ordinal) || d.Code.StartsWith("BF02", StringComparison.Ordinal));
        return (compilation.Model, diagnostics, new Intents(compilation.Model, SentenceEncoder.For(null), language: language));
    }

    /// <summary>An FAQ file of one to three entries, each with one or two questions from <paramref name="pool"/> (null: none, half the time).</summary>
    private static string? Faq(Random random, IReadOnlyList<string> pool, bool bilingual = false)
    {
        if (random.Next(2) == 0)
        {
            return null;
        }

        var faq = new StringBuilder("faq:\n");
        var questions = pool.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToList();
        for (var f = 0; questions.Count > 0; f++)
        {
            var take = Math.Min(questions.Count, random.Next(1, 3));
            faq.Append(CultureInfo.InvariantCulture, $"  - id: F{f}\n    questions: {Utterances(random, questions.Take(take), bilingual)}\n    answer: {(bilingual ? $"{{ en: F{f} answers., fr: F{f} répond. }}" : $"F{f} answers.")}\n");
            questions.RemoveRange(0, take);
        }

        return faq.ToString();
    }

    /// <summary>
    /// A bot of three to six static nodes, and the messages its phrases and entities make. <paramref name="bilingual"/>:
    /// every text in English and French, utterances in English only a quarter of the time (the vocabulary stays English).
    /// </summary>
    private static (string Flow, List<string> Vocabulary) Bot(Random random, bool replies = false, bool negatives = false, bool bilingual = false)
    {
        var count = random.Next(3, 7);
        var vocabulary = new List<string> { "red", "blue", "small", "large", "1234", "red 1234", "blue small", "hello there" };
        var flow = new StringBuilder("nodes:\n");
        for (var i = 0; i < count; i++)
        {
            flow.Append(CultureInfo.InvariantCulture, $"  - id: N{i}\n");
            if (i == 0 || random.Next(3) == 0)
            {
                var phrase = $"go {Words[i]}";
                flow.Append(CultureInfo.InvariantCulture, $"    start: true\n    user_says: {Utterances(random, [phrase], bilingual)}\n");
                vocabulary.Add(phrase);
            }

            if (random.Next(5) == 0)
            {
                flow.Append("    context_clear: true\n");
            }

            if (negatives && random.Next(3) == 0)
            {
                // Phrases of other nodes and connections, or replies: what the node must not be reached by.
                var pool = vocabulary.Concat(Replies).Where(v => v.Contains(' ', StringComparison.Ordinal)).ToList();
                flow.Append(CultureInfo.InvariantCulture, $"    negative_user_says: {Utterances(random, pool.OrderBy(_ => random.Next()).Take(random.Next(1, 3)), bilingual)}\n");
            }

            if (i > 0 && random.Next(8) == 0)
            {
                flow.Append("    active: false\n");
            }

            var uses = Entities.Where(_ => random.Next(3) == 0).ToList();
            if (uses.Count > 0)
            {
                flow.Append("    entities:\n");
                foreach (var e in uses)
                {
                    var mandatory = random.Next(3) > 0;
                    flow.Append(CultureInfo.InvariantCulture, $"      - entity: {e}\n");
                    // With replies, a prompt shows some too (tapped, they answer the prompt, or not).
                    var ask = $"N{i} asks-{e}: {Placeholders(random)}";
                    flow.Append(!mandatory ? "        mandatory: false\n"
                        : replies ? $"        prompt: {{ text: {Text(ask, bilingual)}, quick_replies: [{string.Join(", ", Replies.Where(_ => random.Next(3) == 0).Select(r => Text(r, bilingual)))}] }}\n"
                        : $"        prompt: {Text(ask, bilingual)}\n");
                }
            }

            var text = $"N{i} says: {Placeholders(random)}";
            var shown = replies ? $"{{ text: {Text(text, bilingual)}, quick_replies: [{string.Join(", ", Replies.Where(_ => random.Next(3) == 0).Select(r => Text(r, bilingual)))}] }}" : Text(text, bilingual);
            // Some nodes with entities say nothing once they are answered (no final response).
            var final = uses.Count == 0 || random.Next(4) > 0;
            var initial = uses.Count >= 2 && random.Next(2) == 0;
            flow.Append(uses.Count == 0 ? $"    bot_says: {shown}\n" : final || initial ? "    bot_says:\n" : string.Empty);
            if (uses.Count > 0 && final)
            {
                flow.Append(CultureInfo.InvariantCulture, $"      final: {shown}\n");
            }

            if (initial)
            {
                flow.Append(CultureInfo.InvariantCulture, $"      initial: {Text($"N{i} starts: {Placeholders(random)}", bilingual)}\n");
            }

            var connections = random.Next(0, 3);
            if (connections == 0)
            {
                flow.Append("    end: true\n");
                continue;
            }

            flow.Append("    next:\n");
            for (var k = 0; k < connections; k++)
            {
                // Half the connections lead to the node's partner (N0 and N1, N2 and N3...), so that pairs of entity
                // conditions read once known go round (A → B → A); a self-connection waits for a message.
                var target = random.Next(2) == 0 && (i ^ 1) < count ? i ^ 1 : random.Next(count);
                flow.Append(CultureInfo.InvariantCulture, $"      - to: N{target}\n");
                if (target == (i ^ 1) && uses.Count > 0)
                {
                    flow.Append(CultureInfo.InvariantCulture, $"        entity: {uses[random.Next(uses.Count)]}\n");
                    continue;
                }

                switch (random.Next(3))
                {
                    case 0:
                        var phrase = $"hop {Words[i]} {Words[target]} {k}";
                        flow.Append(CultureInfo.InvariantCulture, $"        user_says: {Utterances(random, [phrase], bilingual)}\n");
                        vocabulary.Add(phrase);
                        break;
                    case 1:
                        flow.Append(CultureInfo.InvariantCulture, $"        entity: {Entities[random.Next(Entities.Length)]}\n");
                        break;
                    default:
                        flow.Append(random.Next(2) == 0 ? "        entity: { name: color, values: [red] }\n" : "        entity: { name: size, values: [large] }\n");
                        break;
                }
            }
        }

        return (flow.ToString(), vocabulary);
    }

    /// <summary>The French of a message: other words for the phrases' verbs and the greeting; entity values and names stay.</summary>
    private static string French(string english) =>
        english.Replace("go ", "va ", StringComparison.Ordinal).Replace("hop ", "saute ", StringComparison.Ordinal)
            .Replace("hello there", "bonjour toi", StringComparison.Ordinal).Replace("menu", "carte", StringComparison.Ordinal);

    /// <summary>A text of the bot (quoted), in English and French when <paramref name="bilingual"/> (a node's own texts read the same in both).</summary>
    private static string Text(string english, bool bilingual) =>
        bilingual ? $"{{ en: \"{english}\", fr: \"{French(english)}\" }}" : $"\"{english}\"";

    /// <summary>A list of utterances; bilingual, by language, and in English only a quarter of the time.</summary>
    private static string Utterances(Random random, IEnumerable<string> english, bool bilingual)
    {
        var list = english.ToList();
        return !bilingual ? $"[{string.Join(", ", list)}]"
            : random.Next(4) == 0 ? $"{{ en: [{string.Join(", ", list)}] }}"
            : $"{{ en: [{string.Join(", ", list)}], fr: [{string.Join(", ", list.Select(French))}] }}";
    }

    private static string Placeholders(Random random) =>
        string.Join(" ", Entities.Where(_ => random.Next(3) == 0).Select(e => $"{e}=[%entitytag_{e}]"));
}
