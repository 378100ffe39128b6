using System.Globalization;
using System.Text;
using BotForge.Analysis;
using BotForge.Model;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;
using CsCheck;

namespace BotForge.Tests.Analysis;

/// <summary>
/// BotGraph's "surely collected on entry" follows the engine's routing: a phrase connection can leave a node whose
/// prompt is pending, an entity condition carries its entity, the automatic connection (and an entity condition on
/// a mandatory entity) waits for the node's mandatory entities, a context clear forgets. Checked on shapes, and on
/// random small bots against the engine itself.
/// </summary>
public sealed class BotGraphTests
{
    private const string Entities = """
        entities:
          - name: colour
            type: dictionary
            values: { red: [red], blue: [blue] }
          - name: size
            type: dictionary
            values: { small: [small], large: [large] }
          - name: mood
            type: dictionary
            values: { happy: [happy], sad: [sad] }
        """;

    private static (BotGraph Graph, BotModel Bot) Graph(string flow)
    {
        using var project = TempProject.With(("entities.yaml", Entities), ("stories/main/flow.yaml", flow));
        var compilation = Compilation.Create(project.Root, ".");
        compilation.Validate();
        return (new BotGraph(compilation.Model!), compilation.Model!);
    }

    private static Node N(BotModel bot, string id) => bot.Nodes.Single(n => n.SystemName == id);

    [Fact]
    public void Fan_in_by_phrases_from_nodes_that_ask_for_an_entity_does_not_collect_it()
    {
        var (graph, bot) = Graph("""
            nodes:
              - id: A
                start: true
                user_says: [alpha]
                entities: [{ entity: colour, prompt: Which colour? }]
                next: [{ to: CONFIRM, user_says: [yes] }]
              - id: B
                start: true
                user_says: [beta]
                entities: [{ entity: colour, prompt: Which colour? }]
                next: [{ to: CONFIRM, user_says: [yes] }]
              - id: CONFIRM
                end: true
                bot_says: Done.
            """);

        Assert.False(graph.IsCollectedOnEntry(N(bot, "CONFIRM"), "colour"));
        Assert.True(graph.IsMandatoryOnSomePath(N(bot, "CONFIRM"), "colour"));
    }

    [Fact]
    public void An_entity_condition_carries_its_entity_and_on_a_mandatory_one_all_of_the_nodes()
    {
        var (graph, bot) = Graph("""
            nodes:
              - id: A
                start: true
                user_says: [alpha]
                entities:
                  - { entity: colour, prompt: Which colour? }
                  - { entity: size, mandatory: false }
                next:
                  - { to: BY_MANDATORY, entity: { name: colour, values: [red] } }
                  - { to: BY_OPTIONAL, entity: size }
              - id: BY_MANDATORY
                end: true
                bot_says: Red.
              - id: BY_OPTIONAL
                end: true
                bot_says: Sized.
            """);

        Assert.True(graph.IsCollectedOnEntry(N(bot, "BY_MANDATORY"), "colour"));
        Assert.True(graph.IsCollectedOnEntry(N(bot, "BY_OPTIONAL"), "size"));
        Assert.False(graph.IsCollectedOnEntry(N(bot, "BY_OPTIONAL"), "colour"));
    }

    [Fact]
    public void A_loop_keeps_what_every_way_in_brought_and_a_context_clear_forgets_it()
    {
        var (graph, bot) = Graph("""
            nodes:
              - id: A
                start: true
                user_says: [alpha]
                entities: [{ entity: colour, prompt: Which colour? }]
                next: [{ to: LOOP, entity: colour }]
              - id: LOOP
                entities: [{ entity: size, prompt: Which size? }]
                next:
                  - { to: LOOP, user_says: [again] }
                  - { to: CLEAR, entity: size }
              - id: CLEAR
                context_clear: true
                next: [{ to: AFTER, user_says: [next] }]
              - id: AFTER
                end: true
                bot_says: After.
            """);

        Assert.True(graph.IsCollectedOnEntry(N(bot, "LOOP"), "colour"));
        Assert.False(graph.IsCollectedOnEntry(N(bot, "LOOP"), "size"));
        Assert.False(graph.IsCollectedOnEntry(N(bot, "AFTER"), "colour"));
        Assert.True(graph.IsCollectedOnEntry(N(bot, "AFTER"), "colour", ignoringClears: true));
        Assert.False(graph.IsMandatoryOnSomePath(N(bot, "AFTER"), "colour"));
    }

    /// <summary>
    /// Random small bots (static nodes, dictionary entities, phrase and entity connections, start nodes, context
    /// clears) and random conversations: after every turn, each entity the analysis calls surely collected on entry
    /// to the node the conversation is on has been collected by the engine.
    /// </summary>
    [Fact]
    public void What_the_analysis_calls_collected_the_engine_has_collected_on_random_bots()
    {
        var bots = Gen.Int[2, 5].SelectMany(count => Gen.Select(
            Gen.Bool.Array[count], Gen.Bool.Array[count], Gen.Int[0, 7].Array[count], Gen.Int[0, 63].Array[count * 3], Gen.Int[0, 99].Array[10]));
        bots.Sample(sample =>
        {
            var (starts, clears, entityMasks, connectionCodes, messageCodes) = sample;
            var flow = RandomFlow(starts, clears, entityMasks, connectionCodes);
            using var project = TempProject.With(("entities.yaml", Entities), ("stories/main/flow.yaml", flow));
            var compilation = Compilation.Create(project.Root, ".");
            compilation.Validate();
            var bot = compilation.Model!;
            var graph = new BotGraph(bot);
            var engine = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null)), new CodeRunner(), new ConversationSettings());
            var vocabulary = Vocabulary(bot);
            foreach (var code in messageCodes)
            {
                var message = vocabulary[code % vocabulary.Count];
                engine.Say(message);
                if (engine.Current is not { } node)
                {
                    continue;
                }

                foreach (var entity in new[] { "colour", "size", "mood" })
                {
                    Assert.True(!graph.IsCollectedOnEntry(node, entity) || engine.Entities.ContainsKey(entity),
                        $"the analysis calls {entity} collected on entry to {node.SystemName}, but the engine has not collected it (after '{message}')\n{flow}");
                }
            }
        }, iter: 150, seed: "0N0XIzNsQ0O2");
    }

    private static readonly string[] EntityNames = ["colour", "size", "mood"];

    private static string RandomFlow(bool[] starts, bool[] clears, int[] entityMasks, int[] connectionCodes)
    {
        var count = starts.Length;
        var text = new StringBuilder("nodes:\n");
        for (var i = 0; i < count; i++)
        {
            var start = i == 0 || starts[i];
            text.Append(CultureInfo.InvariantCulture, $"  - id: N{i}\n    end: true\n    bot_says: At {i}.\n");
            if (start)
            {
                text.Append(CultureInfo.InvariantCulture, $"    start: true\n    user_says: [start{i}]\n");
            }

            if (clears[i])
            {
                text.Append("    context_clear: true\n");
            }

            // Bits 0-2: which entities the node collects; bit 3 of the mask's second use: mandatory or optional.
            var uses = Enumerable.Range(0, 3).Where(e => (entityMasks[i] & (1 << e)) != 0).ToList();
            if (uses.Count > 0)
            {
                text.Append("    entities:\n");
                foreach (var e in uses)
                {
                    var mandatory = (entityMasks[(i + e) % count] & 4) == 0 || e != 2;
                    text.Append(mandatory ? $"      - {{ entity: {EntityNames[e]}, prompt: Which {EntityNames[e]}? }}\n" : $"      - {{ entity: {EntityNames[e]}, mandatory: false }}\n");
                }
            }

            var connections = new List<string>();
            for (var k = 0; k < 3; k++)
            {
                var code = connectionCodes[i * 3 + k];
                var target = code % count;
                switch (code / count % 4)
                {
                    case 0 or 1:
                        connections.Add($"      - {{ to: N{target}, user_says: [go{i}to{target}] }}");
                        break;
                    case 2 when uses.Count > 0:
                        connections.Add($"      - {{ to: N{target}, entity: {EntityNames[uses[code % uses.Count]]} }}");
                        break;
                    case 3 when uses.Count > 0:
                        var e = uses[code % uses.Count];
                        connections.Add($"      - {{ to: N{target}, entity: {{ name: {EntityNames[e]}, values: [{(e == 0 ? "red" : e == 1 ? "small" : "happy")}] }} }}");
                        break;
                }
            }

            if (connections.Count > 0)
            {
                text.Append("    next:\n").Append(string.Join('\n', connections)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static List<string> Vocabulary(BotModel bot) =>
    [
        .. bot.Nodes.SelectMany(n => n.UserSays.All.Select(u => u.Text)),
        .. bot.Nodes.SelectMany(n => n.Connections).Select(c => c.Condition).OfType<UserSaysCondition>().SelectMany(c => c.UserSays.All.Select(u => u.Text)),
        "red", "blue", "small", "large", "happy", "sad", "red and small", "large happy", "nothing at all",
    ];
}
