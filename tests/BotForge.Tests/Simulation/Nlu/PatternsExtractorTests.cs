using BotForge.Model;
using BotForge.Simulation.Nlu;
using BotForge.Tests.Support;

namespace BotForge.Tests.Simulation.Nlu;

/// <summary>
/// <c>patterns</c> entities, learned from their tagged examples and measured on held-out annotated sentences
/// (values never seen in training, synonyms, and sentences with no value at all). The figures are in
/// docs/testing.md; the test keeps them from getting worse.
/// </summary>
public sealed class PatternsExtractorTests
{
    private const string Entities = """
        entities:
          - name: merchant
            type: patterns
            examples:
              - I was charged twice by [Amazon](merchant)
              - "[Uber](merchant) took money from my card"
              - there is a payment to [Netflix](merchant) I don't recognise
              - refund my order from [Zalando](merchant)
              - I paid [Spotify](merchant) but it did not work
              - why did [Apple](merchant) charge me
              - a charge from [Deliveroo](merchant) appeared twice
              - my purchase at [IKEA](merchant) was declined
            negative: [I want to shop on amazon, do you sell uber gift cards, is netflix included in my plan]
            values: { amazon: [amazon, amzn], uber: [uber, uber eats] }
          - name: product
            type: patterns
            examples:
              - the screen of my [iPhone 13](product) is cracked
              - my [Dyson V11](product) stopped working
              - I want to return the [Kindle](product) I bought
              - the [PlayStation 5](product) I ordered never arrived
              - can I get a refund for my [AirPods](product)
              - the battery of my [Galaxy S22](product) drains fast
            negative: [what products do you sell, do you have phones in stock]
        """;

    /// <summary>Held-out sentences: the entity, the sentence, and the value expected (null: none).</summary>
    public static readonly (string Entity, string Sentence, string? Expected)[] HeldOut =
    [
        ("merchant", "I was charged twice by Booking", "booking"),
        ("merchant", "Lyft took money from my card", "lyft"),
        ("merchant", "there is a payment to Disney I don't recognise", "disney"),
        ("merchant", "refund my order from Asos", "asos"),
        ("merchant", "I paid Tidal but it did not work", "tidal"),
        ("merchant", "why did Google charge me", "google"),
        ("merchant", "a charge from Wolt appeared twice", "wolt"),
        ("merchant", "my purchase at Zara was declined", "zara"),
        ("merchant", "I was charged twice by amzn", "amazon"),
        ("merchant", "uber eats took money from my card", "uber"),
        ("merchant", "there is a payment to Hulu Plus I don't recognise", "hulu plus"),
        ("merchant", "I see a payment to Steam that I did not make", "steam"),
        ("merchant", "Starbucks charged me twice", "starbucks"),
        ("merchant", "why did eBay charge me twice", "ebay"),
        ("merchant", "refund the order from Temu please", "temu"),
        ("merchant", "my purchase at Lidl was declined yesterday", "lidl"),
        ("merchant", "I was charged twice by Amazon", "amazon"),
        ("merchant", "I want to shop on amazon", null),
        ("merchant", "do you sell uber gift cards", null),
        ("merchant", "where is my order", null),
        ("merchant", "I was charged twice", null),
        ("merchant", "my card was declined", null),
        ("merchant", "is netflix included in my plan", null),
        ("merchant", "I need help with a refund", null),
        ("product", "the screen of my Pixel 7 is cracked", "pixel 7"),
        ("product", "my Roomba stopped working", "roomba"),
        ("product", "I want to return the Switch I bought", "switch"),
        ("product", "the Xbox I ordered never arrived", "xbox"),
        ("product", "can I get a refund for my Apple Watch", "apple watch"),
        ("product", "the battery of my MacBook Air drains fast", "macbook air"),
        ("product", "my iPhone 13 stopped working", "iphone 13"),
        ("product", "the kindle I ordered never arrived", "kindle"),
        ("product", "the screen of my tablet is cracked", "tablet"),
        ("product", "my GoPro stopped working after a week", "gopro"),
        ("product", "what products do you sell", null),
        ("product", "do you have phones in stock", null),
        ("product", "I want to return something", null),
        ("product", "my order never arrived", null),
        ("product", "can I get a refund", null),
    ];

    private static readonly Lazy<BotModel> Bot = new(() =>
    {
        using var project = TempProject.With(("entities.yaml", Entities),
            ("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    entities:\n      - { entity: merchant, mandatory: false }\n      - { entity: product, mandatory: false }\n    bot_says: Hi.\n"));
        var compilation = Compilation.Create(project.Root, ".");
        compilation.Validate();
        return compilation.Model!;
    });

    /// <summary>Precision (extractions that are right) and recall (sentences with a value whose value is found) on <see cref="HeldOut"/>.</summary>
    internal static (double Precision, double Recall, List<string> Wrong) Measure()
    {
        var extractor = new EntityExtractor(new DateOnly(2026, 1, 1));
        int extracted = 0, correct = 0, expected = 0;
        var wrong = new List<string>();
        foreach (var (entity, sentence, value) in HeldOut)
        {
            var reference = Bot.Value.Entities.Single(e => e.Name == entity);
            var found = extractor.Extract(new EntityRef(entity, reference, false, reference.Location), sentence, prompted: false)?.Value;
            expected += value is null ? 0 : 1;
            extracted += found is null ? 0 : 1;
            correct += found is not null && found == value ? 1 : 0;
            if (found != value)
            {
                wrong.Add($"{entity} in '{sentence}': expected {value ?? "nothing"}, found {found ?? "nothing"}");
            }
        }

        return ((double)correct / extracted, (double)correct / expected, wrong);
    }

    [Fact]
    public void Held_out_sentences_are_extracted_with_high_precision_and_recall()
    {
        var (precision, recall, wrong) = Measure();

        Assert.True(precision >= 0.9 && recall >= 0.85, $"precision {precision:P1}, recall {recall:P1}:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("I was charged twice by amzn", "amazon")]
    [InlineData("Uber Eats took money from my card", "uber")]
    [InlineData("I was charged twice by Booking", "booking")]
    public void A_synonym_gives_its_canonical_value_and_an_unseen_value_is_taken_as_written(string sentence, string value)
    {
        var reference = Bot.Value.Entities.Single(e => e.Name == "merchant");

        Assert.Equal(value, new EntityExtractor(new DateOnly(2026, 1, 1)).Extract(new EntityRef("merchant", reference, false, reference.Location), sentence, prompted: false)?.Value);
    }

    [Fact]
    public void A_negative_example_holds_no_value_even_with_a_known_synonym()
    {
        var reference = Bot.Value.Entities.Single(e => e.Name == "merchant");

        Assert.Null(new EntityExtractor(new DateOnly(2026, 1, 1)).Extract(new EntityRef("merchant", reference, false, reference.Location), "I want to shop on Amazon", prompted: false));
    }

    [Fact]
    public void A_bare_answer_to_its_prompt_is_the_value()
    {
        var reference = Bot.Value.Entities.Single(e => e.Name == "merchant");

        Assert.Equal("temu", new EntityExtractor(new DateOnly(2026, 1, 1)).Extract(new EntityRef("merchant", reference, false, reference.Location), "Temu", prompted: true)?.Value);
    }

    private const string Trip = """
        entities:
          - name: origin
            type: patterns
            examples:
              - book a flight from [Paris](origin) to Berlin
              - fly from [London](origin)
              - get me a ticket from [New York](origin) to Paris
              - I'm leaving from [Seattle](origin)
            values: { paris: [paris], london: [london], berlin: [berlin], new_york: [new york, nyc], seattle: [seattle] }
          - name: destination
            type: patterns
            examples:
              - book a flight to [Berlin](destination)
              - fly from Paris to [London](destination)
              - I need a flight to [Seattle](destination)
              - travel to [New York](destination) next Friday
            values: { paris: [paris], london: [london], berlin: [berlin], new_york: [new york, nyc], seattle: [seattle] }
        """;

    [Theory]
    [InlineData("origin", "book a flight from Paris to Berlin on March 22", "paris")]
    [InlineData("destination", "book a flight from Paris to Berlin on March 22", "berlin")]
    [InlineData("origin", "I want to fly to Berlin from new york", "new_york")]
    [InlineData("destination", "I want to fly to Berlin from new york", "berlin")]
    [InlineData("origin", "from nyc to Seattle", "new_york")]
    [InlineData("destination", "from nyc to Seattle", "seattle")]
    [InlineData("destination", "London please", "london")]
    public void Of_two_known_values_in_a_message_each_entity_takes_the_one_its_examples_words_point_to(string entity, string sentence, string value)
    {
        // Met porting a flight-booking bot: two entities with the same cities, "from Paris to Berlin" gave both 'berlin'
        // (the longest known value found anywhere), whatever the words around it said.
        using var project = TempProject.With(("entities.yaml", Trip),
            ("stories/main/flow.yaml", "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hello]\n    entities:\n      - { entity: origin, mandatory: false }\n      - { entity: destination, mandatory: false }\n    bot_says: Hi.\n"));
        var compilation = Compilation.Create(project.Root, ".");
        compilation.Validate();
        var reference = compilation.Model!.Entities.Single(e => e.Name == entity);

        Assert.Equal(value, new EntityExtractor(new DateOnly(2026, 1, 1)).Extract(new EntityRef(entity, reference, false, reference.Location), sentence, prompted: false)?.Value);
    }
}
