using System.Text;
using System.Text.RegularExpressions;
using BotForge.Model;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Simulation.Testing;
using BotForge.Tests.Support;
using BotForge.Tests.Validation.Rules;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Simulation.Engine;

/// <summary>
/// Each engine behaviour of docs/platform.md on engine-bot/ (a bot built to use all of them), asserted on the whole
/// transcript the engine writes, as `botforge test` and `botforge chat --trace` show it. Code nodes run with
/// the real python3.
/// </summary>
public sealed partial class EngineTests
{
    [Fact]
    public void Start_node_detection_finds_the_node_and_its_entities_are_asked_in_order()
    {
        Assert.Equal("""
               1 user: I'd like to order a pizza
                 understood: start node ORDER (confidence 0.87, nearest 'I want to order a pizza')
                 bot: Let's order.
                 bot: Which size?
                 now: ORDER
               2 user: a big one
                 understood: the size asked for
                 found: size = 'large'
                 note: not taken from this answer: quantity = '1' (it is taken from the answer to its own prompt)
                 bot: How many?
                 now: ORDER; entities size = 'large'

            """, Converse("I'd like to order a pizza", "a big one"));
    }

    [Fact]
    public void Responses_go_initial_only_while_nothing_is_known_then_prompts_then_final_and_code_runs_into_the_output_node_with_placeholders_filled()
    {
        // The message gives two of the node's entities: the initial response ("Let's order.") is skipped, as the
        // platform sends it only while the node knows none of its entities (it was sent).
        Assert.Equal("""
               1 user: order pizza for 2 tomorrow
                 understood: start node ORDER (confidence 0.77, nearest 'order pizza')
                 found: quantity = '2', date = '2026-01-02'
                 bot: Which size?
                 now: ORDER; entities date = '2026-01-02', quantity = '2'
               2 user: small
                 understood: the size asked for
                 found: size = 'small'
                 bot: At what time?
                 now: ORDER; entities date = '2026-01-02', quantity = '2', size = 'small'
               3 user: 7:30 pm
                 understood: the time asked for
                 found: time = '19:30'
                 path: ORDER → PLACE (automatic)
                 path: PLACE → PLACED (when ok == true)
                 code: PLACE ran in … ms; output {"ok":true,"order_id":"ORD-SMALL-2"}
                 note: PLACED is an end node: the conversation is over, its entities and details forgotten
                 bot: Ordering 2 small pizzas on 2026-01-02 at 19:30.
                 bot: Order ORD-SMALL-2 placed for Asha Rao.
                 now: PLACED; entities date = '2026-01-02', quantity = '2', size = 'small', time = '19:30'

            """, Converse(new ConversationSettings { User = new Dictionary<string, string> { ["full_name"] = "Asha Rao" } }, "order pizza for 2 tomorrow", "small", "7:30 pm"));
    }

    [Fact]
    public void The_first_rule_that_matches_the_script_output_is_followed()
    {
        var transcript = Converse("I want to order a pizza", "large", "60", "today", "noon");
        Assert.Contains("     bot: Let's order.\n     bot: Which size?\n", transcript, StringComparison.Ordinal);   // nothing known yet: the initial response first

        Assert.Contains("path: PLACE → REFUSED (when ok != true or ok not exists)", transcript, StringComparison.Ordinal);
        Assert.Contains("""code: PLACE ran in … ms; output {"ok":false,"order_id":"ORD-LARGE-60"}""", transcript, StringComparison.Ordinal);
        Assert.EndsWith("     bot: Sorry Test User, we cannot take that order.\n     now: REFUSED; entities date = '2026-01-01', quantity = '60', size = 'large', time = '12:00'\n", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_alone_names_no_start_node_and_the_transcript_says_why_it_broke()
    {
        // No start node or FAQ of this bot has a short answer among its examples: "Yes" is matched to none, where
        // the sentence model put it near a greeting (docs/testing.md).
        var transcript = Converse("Yes");

        Assert.Contains("understood: bot break: a yes or no alone is matched only to a short answer of its kind, and no start node or FAQ has one\n", transcript, StringComparison.Ordinal);
        Assert.Contains("understood: start node", Converse("yes, I want to order a pizza"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_missing_entity_gets_its_own_reprompt_once_then_detection_takes_over()
    {
        // The email's reprompt is sent once: a second wrong answer goes to detection (a bot break). The phone number,
        // asked for next, has its own reprompt (its prompt again: it has none of its own), sent once too.
        Assert.Equal("""
               1 user: call me back
                 understood: start node CONTACT (confidence 1.00, nearest 'call me back')
                 bot: Sure.
                 bot: Your name?
                 now: CONTACT
               2 user: Priya Nair
                 understood: the person_name asked for
                 found: person_name = 'Priya Nair'
                 bot: Your email?
                 now: CONTACT; entities person_name = 'Priya Nair'
               3 user: nope
                 understood: not the email asked for: reprompt
                 bot: That is not an email address.
                 now: CONTACT; entities person_name = 'Priya Nair'
               4 user: still nope
                 understood: bot break: best was node:MENU at 0.30, below 0.40 (confidence 0.30, nearest 'options')
                 bot: Sorry, I did not get that.
                 now: CONTACT; entities person_name = 'Priya Nair'
               5 user: when are you open
                 understood: FAQ OPENING_HOURS (confidence 1.00, nearest 'when are you open')
                 note: back to CONTACT: its email is still asked for
                 bot: We bake from 11am to 11pm.
                 bot: Your email?
                 now: CONTACT; entities person_name = 'Priya Nair'
               6 user: priya@example.com, +91 98450 12345
                 understood: the email asked for
                 found: email = 'priya@example.com'
                 note: not taken from this answer: phone_number = '919845012345' (it is taken from the answer to its own prompt)
                 bot: Your phone number?
                 now: CONTACT; entities email = 'priya@example.com', person_name = 'Priya Nair'
               7 user: no idea
                 understood: not the phone_number asked for: reprompt
                 bot: Your phone number?
                 now: CONTACT; entities email = 'priya@example.com', person_name = 'Priya Nair'
               8 user: no idea at all
                 understood: bot break: best was node:MENU at 0.27, below 0.40 (confidence 0.27, nearest 'options')
                 bot: Sorry, I did not get that.
                 now: CONTACT; entities email = 'priya@example.com', person_name = 'Priya Nair'
               9 user: +91 98450 12345
                 understood: the phone_number asked for
                 found: phone_number = '919845012345'
                 note: CONTACT is an end node: the conversation is over, its entities and details forgotten
                 bot: We will call Priya Nair on 919845012345 and write to priya@example.com.
                 now: CONTACT; entities email = 'priya@example.com', person_name = 'Priya Nair', phone_number = '919845012345'

            """, Converse("call me back", "Priya Nair", "nope", "still nope", "when are you open", "priya@example.com, +91 98450 12345", "no idea", "no idea at all", "+91 98450 12345"));
    }

    [Fact]
    public void A_context_clear_node_forgets_what_was_collected_and_a_self_connection_stays_on_the_node()
    {
        Assert.Equal("""
               1 user: order pizza
                 understood: start node ORDER (confidence 1.00, nearest 'order pizza')
                 bot: Let's order.
                 bot: Which size?
                 now: ORDER
               2 user: medium
                 understood: the size asked for
                 found: size = 'medium'
                 bot: How many?
                 now: ORDER; entities size = 'medium'
               3 user: main menu
                 understood: start node MENU (confidence 1.00, nearest 'main menu')
                 note: left ORDER before its quantity was collected
                 note: ${conversation.page} has no value here, so it is shown empty: the conversation's details have no 'page'
                 bot: Menu, page : order, voucher, budget, contact, sizes.
                 now: MENU
               4 user: show more
                 understood: connection to MENU (confidence 1.00, nearest 'show more')
                 path: MENU → MENU (user says: next page, more options, show more)
                 note: ${conversation.page} has no value here, so it is shown empty: the conversation's details have no 'page'
                 bot: Menu, page : order, voucher, budget, contact, sizes.
                 now: MENU

            """, Converse("order pizza", "medium", "main menu", "show more"));
    }

    [Fact]
    public void Entity_conditions_are_checked_before_detection_and_a_value_condition_wins_over_presence_only_by_order()
    {
        Assert.Equal("""
               1 user: what sizes do you have
                 understood: start node SIZES (confidence 1.00, nearest 'what sizes do you have')
                 bot: Small, medium or large?
                 now: SIZES
               2 user: family size
                 understood: connection to LARGE_INFO (confidence 1.00)
                 found: size = 'large'
                 path: SIZES → LARGE_INFO (entity size in [large])
                 note: LARGE_INFO is an end node: the conversation is over, its entities and details forgotten
                 bot: Large pizzas are 14 inches.
                 now: LARGE_INFO; entities size = 'large'
               3 user: which sizes
                 understood: start node SIZES (confidence 1.00, nearest 'which sizes')
                 bot: Small, medium or large?
                 now: SIZES
               4 user: regular
                 understood: connection to SIZE_INFO (confidence 1.00)
                 found: size = 'medium'
                 path: SIZES → SIZE_INFO (entity size)
                 note: SIZE_INFO is an end node: the conversation is over, its entities and details forgotten
                 bot: Good choice, those are popular.
                 now: SIZE_INFO; entities size = 'medium'

            """, Converse("what sizes do you have", "family size", "which sizes", "regular"));
    }

    [Fact]
    public void Nothing_matching_gets_the_business_bot_break_message()
    {
        Assert.Equal("""
               1 user: what's the weather on Mars
                 understood: bot break: best was faq:OPENING_HOURS at 0.15, below 0.40 (confidence 0.15, nearest 'what are your opening hours')
                 bot: Sorry, I did not get that.
                 now: no node

            """, Converse("what's the weather on Mars"));
    }

    [Fact]
    public void Regex_and_currency_entities_and_an_optional_entity_in_the_same_message()
    {
        Assert.Equal("""
               1 user: I have a voucher
                 understood: start node VOUCHER (confidence 1.00, nearest 'I have a voucher')
                 bot: Type the voucher code (like ABC-1234).
                 now: VOUCHER
               2 user: QRS-0042
                 understood: the voucher asked for
                 found: voucher = 'QRS-0042'
                 note: VOUCHER is an end node: the conversation is over, its entities and details forgotten
                 bot: Voucher QRS-0042 applied.
                 now: VOUCHER; entities voucher = 'QRS-0042'
               3 user: set my budget
                 understood: start node BUDGET (confidence 1.00, nearest 'set my budget')
                 bot: Let's see what fits.
                 bot: How much do you want to spend?
                 now: BUDGET
               4 user: about €30, call me on 020 7946 0958
                 understood: the budget asked for
                 found: budget = '30 EUR', phone_number = '02079460958'
                 note: BUDGET is an end node: the conversation is over, its entities and details forgotten
                 bot: With 30 EUR you can get two large pizzas.
                 now: BUDGET; entities budget = '30 EUR', phone_number = '02079460958'

            """, Converse("I have a voucher", "QRS-0042", "set my budget", "about €30, call me on 020 7946 0958"));
    }

    [Fact]
    public void A_script_that_fails_is_a_bot_break_with_the_error_in_the_trace()
    {
        using var project = TempProject.CopyOf(EngineBot.Folder);
        project.Write("scripts/place.py", "import json\n\ndef main(event, context):\n    raise ValueError('no oven')\n");
        var compilation = Compilation.Create(project.Root, "engine-bot");
        Assert.DoesNotContain(compilation.Validate(), d => d.IsError);
        var failing = Converse(compilation.Model!, new ConversationSettings(), "order pizza", "large", "1", "today", "noon");

        Assert.Matches(@"code: PLACE ran in … ms; failed: Traceback \(most recent call last\): .*ValueError: no oven", failing);
        // What the message was understood as stays; the break is a note naming the script's exception.
        Assert.Contains("understood: the time asked for\n", failing, StringComparison.Ordinal);
        Assert.Contains("note: bot break: PLACE failed: ValueError: no oven\n", failing, StringComparison.Ordinal);
        Assert.EndsWith("     bot: Sorry, I did not get that.\n     now: PLACE; entities date = '2026-01-01', quantity = '1', size = 'large', time = '12:00'\n", failing, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_the_script_writes_as_a_float_is_the_gap_BF1008_names_and_the_engine_breaks_on_it()
    {
        // Python writes a whole float as 1.0: it equals 1, so 'code != 1' is false, and its text is "1.0", not "1".
        var flow = ExampleBots.CheckOrder
            .Replace("outputs: [status]", "outputs: [status, code]", StringComparison.Ordinal)
            .Replace("when: status == true", "when: code == \"1\"", StringComparison.Ordinal)
            .Replace("when: status == false", "when: code != 1 or code not exists", StringComparison.Ordinal);
        const string Script = "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True, 'code': 1.0}), 'headers': {}}\n";
        using var project = RuleExamples.Write(new RuleExample(flow) { Files = new Dictionary<string, string> { ["scripts/check.py"] = Script } });
        var compilation = Compilation.Create(project.Root);

        Assert.Equal("no connection of CHECK is taken when code == 1.0", Assert.Single(compilation.Validate(), d => d.Code == "BF1008").Message);
        var transcript = Converse(compilation.Model!, new ConversationSettings(), "check my order");
        Assert.Contains("""code: CHECK ran in … ms; output {"status":true,"code":1.0}""", transcript, StringComparison.Ordinal);
        Assert.Contains("note: bot break: no rule of CHECK matched its output", transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_entity_condition_out_of_a_context_clear_node_is_never_true_as_BF1011_says(bool clears)
    {
        // With BF1011 turned off, the engine runs the bot: the email is collected on START, yet the condition on it
        // is never true while START clears the context (the entity is gone before the condition is read).
        var rule = new ContextClearEntityExitRule();
        var example = clears ? rule.Failing : rule.Failing.Fix("    context_clear: true\n", string.Empty);
        using var project = RuleExamples.Write(example with { Project = "lint:\n  rules:\n    BF1011: { level: off }\n" });
        var compilation = Compilation.Create(project.Root);
        Assert.DoesNotContain(compilation.Validate(), d => d.Code == "BF1011");

        var transcript = Converse(compilation.Model!, new ConversationSettings(), "hello", "jane@example.com");
        Assert.Equal(!clears, transcript.Contains("path: START → THANKS", StringComparison.Ordinal));

        // START then says nothing and stays: BF2014 says so, and its hint does not offer the condition that cannot hold.
        var silent = compilation.Validate().SingleOrDefault(d => d.Code == "BF2014");
        Assert.Equal(clears, silent is not null);
        Assert.True(!clears || silent!.Hint!.Contains("never true: BF1011", StringComparison.Ordinal), silent?.Hint);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_entity_condition_on_an_entity_the_node_does_not_collect_is_never_true_as_BF1009_says(bool collected)
    {
        // With BF1009 turned off, the engine runs the bot: the condition must still never be true.
        var example = new EntityConditionNotCollectedRule().Failing;
        using var project = RuleExamples.Write((collected ? new EntityConditionNotCollectedRule().Fixed : example) with { Project = "lint:\n  rules:\n    BF1009: { level: off }\n" });
        var compilation = Compilation.Create(project.Root);
        Assert.DoesNotContain(compilation.Validate(), d => d.Code == "BF1009");

        var transcript = Converse(compilation.Model!, new ConversationSettings(), "hello", "it is jane@example.com");
        Assert.Equal(collected, transcript.Contains("path: START → THANKS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_connection_into_an_inactive_node_is_never_taken_as_BF2016_says(bool active)
    {
        var example = new InactiveTargetRule().Failing;
        using var project = RuleExamples.Write(active ? new InactiveTargetRule().Fixed : example);
        var compilation = Compilation.Create(project.Root);

        Assert.Equal(!active, compilation.Validate().Any(d => d.Code == "BF2016"));
        var transcript = Converse(compilation.Model!, new ConversationSettings(), "show products", "any offers");
        Assert.Equal(active, transcript.Contains("bot: Ten percent off this week.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("delivery", true)]
    [InlineData("Delivery", false)]
    public void An_entity_value_condition_takes_a_dictionary_value_only_as_written_in_the_dictionary_as_BF1010_says(string listed, bool taken)
    {
        // The dictionary's value is 'delivery'; the user's words match its variants in any case, but the value
        // detected is the canonical name, so a condition listing 'Delivery' is never true (and BF1010 says so).
        var example = new EntityValueNotInDictionaryRule().Failing.Fix("values: [delivry]", $"values: [{listed}]");
        using var project = RuleExamples.Write(example);
        var compilation = Compilation.Create(project.Root);

        Assert.Equal(!taken, compilation.Validate().Any(d => d.Code == "BF1010"));
        var transcript = Converse(compilation.Model!, new ConversationSettings(), "hello", "DELIVERY please");
        Assert.Equal(taken, transcript.Contains("bot: Let's look at your delivery.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_node_whose_one_entity_is_optional_says_its_messages_and_reads_the_entity_on_the_next_turn()
    {
        const string Ok = """
              - id: OK
                type: output
                end: true
                bot_says: All good.
            """;
        Assert.Contains(Ok, ExampleBots.CheckOrder, StringComparison.Ordinal);
        var compilation = Compiled(new RuleExample(ExampleBots.CheckOrder.Replace(Ok, """
              - id: OK
                type: output
                entities:
                  - entity: issue_type
                    mandatory: false
                bot_says: ["All good.", { text: Anything about a delivery?, quick_replies: [Delivery] }]
                next:
                  - to: DELIVERY
                    entity: { name: issue_type, values: [delivery] }
              - id: DELIVERY
                end: true
                bot_says: Let's look at the delivery.
            """, StringComparison.Ordinal)));

        var transcript = Converse(compilation.Model!, new ConversationSettings(), "check my order", "delivery");

        Assert.Contains("bot: All good.\n", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Anything about a delivery? [Delivery]\n", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Let's look at the delivery.\n", transcript, StringComparison.Ordinal);
    }

    private const string TripFlow = """
        nodes:
          - id: FLIGHT
            start: true
            end: true
            user_says: [book a flight]
            entities:
              - entity: flight_departure_city
                prompt: Where are you flying from?
              - entity: flight_arrival_city
                prompt: Where to?
              - entity: departure_date
                prompt: When do you leave?
              - entity: arrival_date
                prompt: When do you come back?
            bot_says:
              final: ${entity.flight_departure_city} to ${entity.flight_arrival_city}, ${entity.departure_date} to ${entity.arrival_date}.
        """;

    [Fact]
    public void A_node_with_both_ends_of_a_trip_shares_one_messages_dates_and_cities_between_them()
    {
        var bot = Compiled(new RuleExample(TripFlow)).Model!;

        // Each end took the first date and the first city: Delhi to Delhi, back on the day of leaving.
        var both = Converse(bot, new ConversationSettings(), "book a flight from Mumbai to Delhi from 3 April to 5 April");
        Assert.Contains("found: flight_departure_city = 'Mumbai', flight_arrival_city = 'Delhi', departure_date = '2026-04-03', arrival_date = '2026-04-05'\n", both, StringComparison.Ordinal);
        Assert.Contains("bot: Mumbai to Delhi, 2026-04-03 to 2026-04-05.\n", both, StringComparison.Ordinal);

        // Words before a value say which end it is, in either order; a range of days shares its month.
        Assert.Contains("found: flight_departure_city = 'Mumbai', flight_arrival_city = 'Delhi', departure_date = '2026-04-03', arrival_date = '2026-04-05'\n",
            Converse(bot, new ConversationSettings(), "book a flight to Delhi from Mumbai, 3rd to 5th April"), StringComparison.Ordinal);
        Assert.Contains("found: departure_date = '2026-04-03', arrival_date = '2026-04-05'\n",
            Converse(bot, new ConversationSettings(), "book a flight returning on 5 April, leaving 3 April"), StringComparison.Ordinal);

        // A start or end word anywhere before the value; "to" only right before it.
        Assert.Contains("found: arrival_date = '2026-04-05'\n", Converse(bot, new ConversationSettings(), "book a flight, I am flying back home on 5 April"), StringComparison.Ordinal);
        Assert.Contains("found: departure_date = '2026-04-03'\n", Converse(bot, new ConversationSettings(), "book a flight, I want to fly out on 3 April"), StringComparison.Ordinal);

        // One value: the end its words name, else the departure; the other end is asked for, and its answer is that end.
        var one = Converse(bot, new ConversationSettings(), "book a flight coming back on 5 April", "Mumbai", "Delhi", "3 April");
        Assert.Contains("found: arrival_date = '2026-04-05'\n", one, StringComparison.Ordinal);
        Assert.Contains("bot: Mumbai to Delhi, 2026-04-03 to 2026-04-05.\n", one, StringComparison.Ordinal);
        var asked = Converse(bot, new ConversationSettings(), "book a flight on 3 April", "Mumbai", "Delhi", "5 April");
        Assert.Contains("found: departure_date = '2026-04-03'\n", asked, StringComparison.Ordinal);
        Assert.Contains("bot: Mumbai to Delhi, 2026-04-03 to 2026-04-05.\n", asked, StringComparison.Ordinal);
    }

    [Fact]
    public void One_end_of_a_trip_alone_on_a_node_takes_the_first_date_as_any_date_entity()
    {
        var bot = Compiled(new RuleExample(TripFlow.Replace("""
                  - entity: departure_date
                    prompt: When do you leave?

            """, string.Empty, StringComparison.Ordinal).Replace(" ${entity.departure_date} to", string.Empty, StringComparison.Ordinal))).Model!;

        Assert.Contains("arrival_date = '2026-04-03'\n", Converse(bot, new ConversationSettings(), "book a flight from Mumbai to Delhi on 3 April"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_platforms_own_placeholders_show_the_entity_and_the_name_and_are_emitted_as_written()
    {
        const string Flow = """
            nodes:
              - id: START
                start: true
                end: true
                user_says: [sign me up]
                entities:
                  - entity: email
                    prompt: "Your email, %name?"
                bot_says:
                  final: "Thanks %name, we'll write to %entitytag_email (${entity.email}) at %timeofday."
            """;
        var compilation = Compiled(new RuleExample(Flow));

        var transcript = Converse(compilation.Model!, new ConversationSettings { User = new Dictionary<string, string> { ["full_name"] = "Asha Rao" } }, "sign me up", "asha@example.com");

        Assert.Contains("bot: Your email, Asha Rao?\n", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Thanks Asha Rao, we'll write to asha@example.com (asha@example.com) at %timeofday.\n", transcript, StringComparison.Ordinal);
        var bundle = System.Text.Encoding.UTF8.GetString(compilation.Emit()!.Single(f => f.Path == "bot.json").Content);
        Assert.Contains("Thanks %name, we'll write to %entitytag_email (%entitytag_email) at %timeofday.", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_in_the_message_that_reaches_a_node_fills_its_regex_entity_but_free_text_waits_for_its_prompt()
    {
        const string Flow = """
            nodes:
              - id: TRACK
                start: true
                end: true
                user_says: [where is my order, track my order, order status]
                entities:
                  - entity: order_ref
                    prompt: Your order reference?
                  - entity: note
                    prompt: Anything to add?
                bot_says:
                  final: "Order ${entity.order_ref}: ${entity.note}"
            """;
        var compilation = Compiled(new RuleExample(Flow)
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: order_ref\n    type: regex\n    pattern: '[A-Z]{2}\\d{7}'\n  - name: note\n    type: regex\n    pattern: '^.{3,200}$'\n" },
        });

        var transcript = Converse(compilation.Model!, new ConversationSettings(), "where is my order AB1234567", "leave it at the door");

        Assert.Contains("found: order_ref = 'AB1234567'\n", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Anything to add?\n", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Your order reference?", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Order AB1234567: leave it at the door\n", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_written_with_a_space_fills_its_regex_entity_from_the_message_that_reaches_the_node()
    {
        const string Flow = """
            nodes:
              - id: FLIGHT_STATUS
                start: true
                end: true
                user_says: [is my flight on time, flight status, is SJ 204 delayed]
                entities:
                  - entity: flight_no
                    prompt: Which flight?
                bot_says:
                  final: "Checking ${entity.flight_no}"
            """;
        var compilation = Compiled(new RuleExample(Flow)
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: flight_no\n    type: regex\n    pattern: '(?i)\\bSJ\\s?\\d{3,4}\\b'\n" },
        });

        var transcript = Converse(compilation.Model!, new ConversationSettings(), "is SJ 1170 delayed");

        Assert.Contains("found: flight_no = 'SJ 1170'\n", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Which flight?", transcript, StringComparison.Ordinal);
        Assert.Contains("bot: Checking SJ 1170\n", transcript, StringComparison.Ordinal);
    }

    /// <summary>A node that collects a transfer's source and target account, two patterns entities with the same accounts, learned from these examples.</summary>
    private static Compilation Accounts(string sourceExamples, string targetExamples)
    {
        const string Flow = """
            nodes:
              - id: SEND
                start: true
                end: true
                user_says: [send money, transfer funds]
                entities:
                  - entity: source
                    prompt: From which account?
                  - entity: target
                    prompt: To which account?
                bot_says:
                  final: Sending from ${entity.source} to ${entity.target}.
            """;
        const string Values = "values: { checking: [checking, current], savings: [savings, saving] }";
        return Compiled(new RuleExample(Flow)
        {
            Files = new Dictionary<string, string>
            {
                ["entities.yaml"] = "entities:\n"
                    + $"  - name: source\n    type: patterns\n    examples: [{sourceExamples}]\n    {Values}\n"
                    + $"  - name: target\n    type: patterns\n    examples: [{targetExamples}]\n    {Values}\n",
            },
        });
    }

    [Theory]
    [InlineData("send money from savings", "source = 'savings'", "To which account?")]
    [InlineData("send money to savings", "target = 'savings'", "From which account?")]
    [InlineData("send money from checking to savings", "source = 'checking', target = 'savings'", "Sending from checking to savings.")]
    [InlineData("send money to savings from checking", "source = 'checking', target = 'savings'", "Sending from checking to savings.")]
    public void Two_patterns_entities_of_a_node_with_the_same_values_share_a_message_s_values_by_the_words_around_them(string message, string found, string says)
    {
        // Met porting Amazon Lex's BankingBot: "transfer from savings" filled the source and the target account with
        // 'savings' (each entity read the message alone), so the bot never asked where the money goes.
        var compilation = Accounts("'move money from [checking](source) to savings', 'out of my [savings](source) account'",
            "'move money from checking to [savings](target)', 'into my [checking](target) account'");

        var transcript = Converse(compilation.Model!, new ConversationSettings(), message);

        Assert.Contains($"found: {found}\n", transcript, StringComparison.Ordinal);
        Assert.Contains($"bot: {says}\n", transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I want to transfer funds", null)]
    [InlineData("I want to transfer funds to savings", "savings")]
    [InlineData("I want to transfer to brokerage", "brokerage")]
    public void A_node_s_own_user_say_is_no_value_of_its_patterns_entity(string message, string? value)
    {
        // Met porting Amazon Lex's BankingBot: "I want to transfer funds", a user say of the node, gave the target
        // account 'transfer funds' (a span after "to", at the sentence's end, as in "from checking to [savings]").
        const string Flow = """
            nodes:
              - id: SEND
                start: true
                end: true
                user_says: [I want to transfer funds, send money]
                entities:
                  - entity: target
                    prompt: To which account?
                bot_says:
                  final: Sending to ${entity.target}.
            """;
        var compilation = Compiled(new RuleExample(Flow)
        {
            Files = new Dictionary<string, string>
            {
                ["entities.yaml"] = "entities:\n  - name: target\n    type: patterns\n    examples: ['move money from checking to [savings](target)']\n"
                    + "    values: { checking: [checking], savings: [savings] }\n",
            },
        });

        var transcript = Converse(compilation.Model!, new ConversationSettings(), message);

        Assert.Contains(value is null ? "bot: To which account?\n" : $"found: target = '{value}'\n", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_fits_two_patterns_entities_alike_goes_to_the_one_asked_for()
    {
        var compilation = Accounts("'move money from [checking](source) to savings'", "'move money from checking to [savings](target)'");

        var asked = Converse(compilation.Model!, new ConversationSettings(), "send money from savings", "current");
        var arrived = Converse(compilation.Model!, new ConversationSettings(), "send money, savings please");

        Assert.Contains("bot: Sending from savings to checking.\n", asked, StringComparison.Ordinal);
        // Named with no words that tell: the first of the two on the node takes it, and the other is asked for.
        Assert.Contains("found: source = 'savings'\n", arrived, StringComparison.Ordinal);
        Assert.Contains("bot: To which account?\n", arrived, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_answer_to_a_prompt_that_is_word_for_word_a_trained_utterance_goes_where_it_was_trained_for()
    {
        // Met porting a flight-booking bot: asked "Where would you like to travel to?", "cancel" became the
        // destination (a patterns entity takes any answer of up to three words), though CANCEL is trained on it.
        const string Flow = """
            nodes:
              - id: BOOK
                start: true
                end: true
                user_says: [book a flight, I want to fly]
                entities:
                  - entity: destination
                    prompt: Where would you like to travel to?
                  - entity: note
                    prompt: Anything to add?
                bot_says:
                  final: "To ${entity.destination}: ${entity.note}"
              - id: CANCEL
                start: true
                end: true
                user_says: [cancel, never mind, forget about it]
                bot_says: Cancelling.
            """;
        var compilation = Compiled(new RuleExample(Flow)
        {
            Files = new Dictionary<string, string>
            {
                ["entities.yaml"] = "entities:\n  - name: destination\n    type: patterns\n    examples: ['fly to [Berlin](destination)', 'a flight to [Paris](destination)']\n"
                    + "  - name: note\n    type: regex\n    pattern: '^.{3,200}$'\n",
            },
        });

        var cancelled = Converse(compilation.Model!, new ConversationSettings(), "book a flight", "Cancel!");
        var noted = Converse(compilation.Model!, new ConversationSettings(), "book a flight", "Tokyo", "forget about it");
        var booked = Converse(compilation.Model!, new ConversationSettings(), "book a flight", "new york", "forget about the window seat");

        Assert.Contains("now: CANCEL", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("destination = ", cancelled, StringComparison.Ordinal);
        Assert.Contains("now: CANCEL", noted, StringComparison.Ordinal);
        Assert.Contains("bot: To new york: forget about the window seat\n", booked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_tapped_at_a_question_whose_only_connection_is_a_yes_is_not_taken_as_a_yes()
    {
        // Met porting a recharge bot: "No" at "Recharge with the 299 plan? [Yes][No]" went to the payment node.
        const string Flow = """
            nodes:
              - id: RECHARGE
                start: true
                user_says: [recharge my phone, I want to recharge]
                bot_says:
                  - text: Recharge with the 299 plan?
                    quick_replies: ["Yes", "No"]
                next:
                  - to: PAY
                    user_says: [yes, yes please, go ahead]
              - id: PAY
                end: true
                bot_says: Pay here.
            """;
        var model = Compiled(new RuleExample(Flow)).Model!;

        var declined = Converse(model, new ConversationSettings(), "recharge my phone", "No");
        var accepted = Converse(model, new ConversationSettings(), "recharge my phone", "Yes");

        Assert.DoesNotContain("now: PAY", declined, StringComparison.Ordinal);
        Assert.Contains("now: PAY", accepted, StringComparison.Ordinal);
    }

    /// <summary>A small bot of its own (the files every rule example has, and the example's), compiled without errors unless <paramref name="allowErrors"/>.</summary>
    private static Compilation Compiled(RuleExample example, bool allowErrors = false)
    {
        using var project = RuleExamples.Write(example);
        var compilation = Compilation.Create(project.Root);
        var found = compilation.Validate();
        if (!allowErrors)
        {
            Assert.DoesNotContain(found, d => d.IsError);
        }

        return compilation;
    }

    private static string Converse(params string[] messages) => Converse(new ConversationSettings(), messages);

    private static string Converse(ConversationSettings settings, params string[] messages) => Converse(EngineBot.Model, settings, messages);

    private static string Converse(BotModel bot, ConversationSettings settings, params string[] messages)
    {
        var engine = new ConversationEngine(bot, new Intents(bot, SentenceEncoder.For(null)), new CodeRunner(), settings);
        var text = new StringBuilder();
        for (var i = 0; i < messages.Length; i++)
        {
            text.Append(TranscriptWriter.Turn(i + 1, engine.Say(messages[i])));
        }

        return Elapsed().Replace(text.ToString(), "ran in … ms");
    }

    [GeneratedRegex(@"ran in \d+ ms")]
    private static partial Regex Elapsed();
}
