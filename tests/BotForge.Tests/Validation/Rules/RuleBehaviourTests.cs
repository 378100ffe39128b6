using BotForge.Binding;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Tests.Support;
using BotForge.Text;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Validation.Rules;

/// <summary>Behaviour of rules beyond their docs examples: settings, what counts as the same place, channel limits.</summary>
public sealed class RuleBehaviourTests
{
    private static List<Diagnostic> Findings(string code, RuleExample example)
    {
        using var project = RuleExamples.Write(example);
        return [.. Diagnose.Project(project.Root).Where(d => d.Code == code)];
    }

    /// <summary>
    /// No finding where <paramref name="message"/> is null; else one, whose message starts with it and, where
    /// <paramref name="hint"/> is given, whose hint is that.
    /// </summary>
    private static void OneOrNone(List<Diagnostic> found, string? message, string? hint = null)
    {
        if (message is null)
        {
            Assert.Empty(found);
            return;
        }

        var one = Assert.Single(found);
        Assert.StartsWith(message, one.Message, StringComparison.Ordinal);
        if (hint is not null)
        {
            Assert.Equal(hint, one.Hint);
        }
    }

    private static RuleExample WithFaq(string flow, string faq) => new(flow) { Files = new Dictionary<string, string> { ["faq.yaml"] = faq } };

    [Fact]
    public void A_connection_to_a_question_node_without_a_condition_is_told_to_ask_the_question_from_where_it_starts()
    {
        // Met porting a flight-booking bot: collect the entities, then a node that asks "Is this correct?" and
        // connects on yes and no. The platform takes no static → static connection by itself.
        var flow = """
            nodes:
              - id: BOOK
                start: true
                user_says: [book a flight]
                entities:
                  - entity: city
                    prompt: Where to?
                bot_says:
                  final: A flight to ${entity.city}.
                next:
                  - to: CONFIRM
              - id: CONFIRM
                bot_says: Is this correct?
                next:
                  - to: BOOKED
                    user_says: [yes, correct]
                  - to: NOT_BOOKED
                    user_says: [no, wrong]
              - id: BOOKED
                end: true
                bot_says: Booked.
              - id: NOT_BOOKED
                end: true
                bot_says: Not booked.
            """;

        var finding = Assert.Single(Findings("BF1003", new RuleExample(flow)));

        Assert.Equal("the connection BOOK → CONFIRM has no condition; it needs 'user_says' or an 'entity' condition", finding.Message);
        Assert.Equal(
            "a connection out of a static node is taken on the user's next message, on what it says; only static → code connections are taken "
            + "automatically. To ask CONFIRM's question at once, ask it in BOOK's bot says and connect BOOK to BOOKED and NOT_BOOKED on the answers",
            finding.Hint);
    }

    [Theory]
    [InlineData("bot_says:\n      final: Booked to ${entity.city}.", "")]
    [InlineData("bot_says: Booked to ${entity.city}.", " and show this text in BOOKED's final response (bot_says: final:), sent once it is known")]
    [InlineData("bot_says:\n      follow_up: { after: 1m, says: \"Still going to ${entity.city}?\" }",
        " and show this text in BOOKED's final response (bot_says: final:), sent once it is known")]
    public void An_entity_collected_by_the_node_before_is_missing_where_its_phrases_lead_on_early_and_the_hint_says_so(string says, string andMove)
    {
        // Met porting a flight-booking bot: "yes" is heard while BOOK still asks for the city, so BOOKED can be
        // reached without it; "collect it on every node leading to it" read as wrong, as BOOK does collect it.
        // Porting a banking bot, the author did as told for a text in BOOKED's initial response, and heard next
        // that it must go in the final response: both are said at once.
        var flow = $$"""
            nodes:
              - id: BOOK
                start: true
                user_says: [book a flight]
                entities:
                  - entity: city
                    prompt: Where to?
                bot_says:
                  final: A flight to ${entity.city}. Is this correct?
                next:
                  - to: BOOKED
                    user_says: [yes, correct]
              - id: BOOKED
                end: true
                {{says}}
            """;

        var finding = Assert.Single(Findings("BF1015", new RuleExample(flow)));

        Assert.Equal("'city' is not collected on every path into BOOKED when this text is shown", finding.Message);
        Assert.Equal(
            "BOOK's connection to BOOKED is taken on what the user says, also while BOOK still asks for 'city': collect 'city' as a mandatory "
            + "entity on BOOKED too (it is asked only when not yet known)" + andMove,
            finding.Hint);
    }

    [Theory]
    [InlineData("{ key: slot, type: picker, label: Slot }", "picker", true)]
    [InlineData("{ key: days, type: multiselectpicker, label: Days }", "multiselectpicker", true)]
    [InlineData("{ key: days, type: multiselectpicker, label: Days, options: [Mon, Tue] }", "multiselectpicker", false)]
    [InlineData("{ key: day, type: date, label: Day }", "date", false)]
    [InlineData("{ key: days, type: multidaypicker, label: Days }", "multidaypicker", false)]
    public void A_picker_without_options_is_reported_and_fields_that_bring_their_own_are_not(string field, string type, bool reported)
    {
        // Met porting a telecom bot: a callback form's slot picker without options passed.
        var flow = $"nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [call me back]\n    bot_says:\n      - form:\n          title: Call back\n          fields:\n            - {field}\n";

        var found = Findings("BF2039", new RuleExample(flow));

        if (reported)
        {
            var key = field.Split(',')[0].Split(':')[1].Trim();
            Assert.Equal($"the {type} '{key}' of START's form has no options: the user has nothing to pick", Assert.Single(found).Message);
        }
        else
        {
            Assert.Empty(found);
        }
    }

    [Fact]
    public void An_faq_answer_of_more_than_four_messages_is_reported_as_a_nodes_response_is()
    {
        // Met porting a telecom bot: a five-message FAQ answer passed, where the same on a node is BF2005.
        const string Faq = """
            faq:
              - id: ROAMING
                questions: [how do I activate roaming]
                answer: [Roaming is on., It costs extra., Rates vary., Check the app., Or call 198.]
              - id: PORT_IN
                questions: [how do I port my number]
                answer: [Send PORT to 1900., Then visit a store.]
            """;

        var found = Assert.Single(Findings("BF2005", WithFaq(ExampleBots.Hello, Faq)));

        Assert.Equal("the answer of the FAQ ROAMING has 5 messages; keep it to 4", found.Message);
        Assert.EndsWith("faq.yaml", found.Location!.File.Path, StringComparison.Ordinal);
        Assert.Equal((4, 76), (found.Location.Start.Line, found.Location.Start.Column));   // the fifth message
        Assert.Equal("merge short messages, or link to a page for the rest (link:)", found.Hint);
    }

    [Fact]
    public void An_output_node_is_not_told_to_collect_the_entity_itself_but_names_the_node_before_its_code_node_that_skips_it()
    {
        // Met porting a clinic bot: an output node may collect only optional entities, so "collect 'booking_id' as
        // a mandatory entity on CANCELLED" sent the author to a second error. The node to mend is the static node
        // before the code node, where the path skips the entity.
        var flow = """
            nodes:
              - id: CANCEL
                start: true
                user_says: [cancel my appointment]
                entities:
                  - entity: order_id
                    prompt: Your booking ID?
                bot_says:
                  final: Cancel ${entity.order_id}?
                next:
                  - to: CONFIRMED
                    user_says: [yes, go ahead]
              - id: CONFIRMED
                bot_says: Cancelling.
                next:
                  - to: CANCEL_BOOKING
              - id: CANCEL_BOOKING
                type: code
                script: scripts/check.py
                outputs: [status]
                next:
                  - to: CANCELLED
                    when: status == true
                  - to: FAILED
                    when: status == false
              - id: CANCELLED
                type: output
                end: true
                bot_says: ${entity.order_id} is cancelled.
              - id: FAILED
                type: output
                end: true
                bot_says: Sorry, I could not cancel it.
            """;
        var finding = Assert.Single(Findings("BF1015", new RuleExample(flow)), f => f.Message.Contains("CANCELLED", StringComparison.Ordinal));

        Assert.Equal("'order_id' is not collected on every path into CANCELLED when this text is shown", finding.Message);
        Assert.Equal("collect 'order_id' as a mandatory entity on CONFIRMED, which leads to CANCEL_BOOKING (an output node collects only optional entities)",
            finding.Hint);
    }

    [Theory]
    [InlineData("bot_says: Booked to ${entity.city}.", "its initial response")]
    [InlineData("bot_says:\n      follow_up: { after: 1m, says: \"Still going to ${entity.city}?\" }", "its follow-up")]
    public void An_entity_the_node_asks_for_itself_after_the_text_is_told_to_go_in_the_final_response(string says, string which)
    {
        // Met porting a banking bot: told to collect the card on the confirmation node too, the author did, and
        // got the same advice again, as the text was the node's initial response, sent before it asks for any.
        var flow = $$"""
            nodes:
              - id: BOOK
                start: true
                user_says: [book a flight]
                entities:
                  - entity: city
                    prompt: Where to?
                bot_says:
                  final: Is this correct?
                next:
                  - to: BOOKED
                    user_says: [yes, correct]
              - id: BOOKED
                end: true
                entities:
                  - entity: date
                    prompt: When do you leave for ${entity.city}?
                  - entity: city
                    prompt: Where to?
                    reprompt: Which city, ${entity.city}?
                {{says}}
            """;

        var findings = Findings("BF1015", new RuleExample(flow));

        Assert.All(findings, f => Assert.Equal("'city' is not collected on every path into BOOKED when this text is shown", f.Message));
        const string Advice = "Show the value in BOOKED's final response (bot_says: final:), sent once its mandatory entities are known";
        Assert.Equal(
            [
                $"BOOKED asks for 'city' itself, after this text: {which} can be sent before BOOKED knows any of its entities. {Advice}",
                $"BOOKED asks for 'city' itself, after this text: the prompt of 'date' is sent before 'city' is known. {Advice}",
                $"BOOKED asks for 'city' itself, after this text: the reprompt of 'city' is sent before 'city' is known. {Advice}",
            ],
            findings.Select(f => f.Hint).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_connection_without_a_condition_to_a_node_that_asks_nothing_gets_no_advice_to_ask_from_the_source()
    {
        var finding = Assert.Single(Findings("BF1003", new MissingConditionRule().Failing));

        Assert.Equal("a connection out of a static node is taken on the user's next message, on what it says; only static → code connections are taken automatically",
            finding.Hint);
    }

    [Theory]
    [InlineData("nope", "BF0204")]
    [InlineData("email", "BF1015")]
    public void An_entity_that_does_not_exist_is_reported_as_such_and_not_also_as_not_collected(string entity, string code)
    {
        var flow = $$"""
            nodes:
              - id: START
                start: true
                end: true
                user_says: [hello]
                bot_says: Hi ${entity.{{entity}}}.
            """;

        using var project = RuleExamples.Write(new RuleExample(flow));
        var found = Diagnose.Project(project.Root).Where(d => d.Code is "BF0204" or "BF1015").ToList();

        Assert.Equal(code, Assert.Single(found).Code);
    }

    [Fact]
    public void An_entity_shown_by_the_context_clear_node_that_clears_it_is_said_to_be_cleared_by_that_node()
    {
        const string Flow = """
            nodes:
              - id: START
                start: true
                user_says: [block my card]
                entities:
                  - entity: email
                    prompt: What's your email?
                next:
                  - to: DONE
                    entity: email
              - id: DONE
                context_clear: true
                end: true
                bot_says: We wrote to ${entity.email}.
            """;

        var found = Assert.Single(Findings("BF1014", new RuleExample(Flow)));

        Assert.Equal("'email' is collected before DONE, but DONE is a context-clear node: entering it clears 'email' before it speaks", found.Message);
        Assert.Equal("say it on a node before the clear, or clear the context on a later node", found.Hint);
    }

    [Fact]
    public void A_when_rule_on_an_output_nodes_connection_names_the_node_an_output_node()
    {
        var flow = ExampleBots.CheckOrder.Replace("""
              - id: OK
                type: output
                end: true
                bot_says: All good.
            """, """
              - id: OK
                type: output
                end: true
                bot_says: All good.
                next:
                  - to: START
                    when: status == true
            """, StringComparison.Ordinal);

        var found = Assert.Single(Findings("BF1004", new RuleExample(flow)));

        Assert.Equal("'when' rules read a code node's output, but OK is an output node", found.Message);
    }

    [Fact]
    public void Faq_texts_the_csv_import_would_split_or_show_with_an_apostrophe_are_each_reported()
    {
        const string Faq = """
            faq:
              - id: HOURS
                questions: ["-opening hours", when are you open, "-closing hours", open | closed]
                answer: ["We open at 10.<m>Closed on Mondays.", "+ more on the website"]
                quick_replies: [Store list | Map, "@home"]
              - id: FINE
                questions: [where are you]
                answer: [Main street 1, "- see the map"]
                quick_replies: [Map]
            """;

        var found = Findings("BF2018", WithFaq(ExampleBots.CheckOrder, Faq)).Select(d => d.Message).ToList();

        Assert.Equal(
        [
            "the question '-opening hours' of HOURS starts with a character a spreadsheet reads as a formula, so faq.csv writes it with an apostrophe first, which the platform's import may show",
            "the question 'open | closed' of HOURS has '|': the platform's import splits the questions there, into two",
            "the answer of HOURS has '<m>' inside one message: the platform's import splits the answer there, into two messages",
            "the quick reply 'Store list | Map' of HOURS has '|': the platform's import splits the quick replies there, into two",
        ], found);
    }

    [Fact]
    public void An_entity_condition_into_a_code_node_is_said_to_be_never_read_and_not_also_to_need_collecting()
    {
        var flow = ExampleBots.CheckOrder.Replace("      - to: CHECK\n", "      - to: CHECK\n        entity: email\n", StringComparison.Ordinal);
        Assert.NotEqual(ExampleBots.CheckOrder, flow);

        using var project = RuleExamples.Write(new RuleExample(flow));
        var found = Diagnose.Project(project.Root).Where(d => d.Code is "BF1005" or "BF1009").ToList();

        Assert.Equal("BF1005", Assert.Single(found).Code);
    }

    [Theory]
    [InlineData("static", "BF1005")]
    [InlineData("output", "BF1001")]
    public void A_condition_on_a_connection_into_a_code_node_is_never_read_but_out_of_an_output_node_the_connection_itself_is_wrong(string from, string code)
    {
        // BF1005 explained the output → code connection as a static node's automatic one ("once AGAIN's mandatory
        // entities are known"); that connection is not allowed at all, which BF1001 says, and only that.
        var flow = $"""
            nodes:
              - id: START
                start: true
                user_says: [check my order]
                next:
                  - to: CHECK
              - id: CHECK
                type: code
                script: scripts/check.py
                outputs: [status]
                next:
                  - to: OK
                    when: status == true
                  - to: {(from == "output" ? "AGAIN" : "OK")}
                    when: status == false
              - id: OK
                type: output
                bot_says: All good.
                next:
                  - to: START
                    user_says: [again]
              - id: AGAIN
                type: {from}
                {(from == "output" ? "end: true" : "start: true\n    user_says: [once more]")}
                bot_says: Again.
                next:
                  - to: CHECK
                    user_says: [check it]
            """;

        using var project = RuleExamples.Write(new RuleExample(flow));
        var found = Diagnose.Project(project.Root).Where(d => d.Code is "BF1005" or "BF1001").ToList();

        var only = Assert.Single(found);
        Assert.Equal(code, only.Code);
        Assert.Contains(from == "static" ? "the connection AGAIN → CHECK is taken automatically" : "output node AGAIN cannot connect to code node CHECK", only.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A script's final_response always has 'status' (the platform's contract, and format.md: "outputs: [order_status,
    /// eta] # besides status, always present"): a rule and a text may read it without listing it (was: BF1006, "does
    /// not return 'status'"), and a name it does not return is still reported, with 'status' among its outputs.
    /// </summary>
    [Fact]
    public void A_scripts_status_is_an_output_without_being_listed()
    {
        var flow = ExampleBots.CheckOrder.Replace("outputs: [status]", "outputs: [eta]", StringComparison.Ordinal);
        Assert.NotEqual(ExampleBots.CheckOrder, flow);

        Assert.Empty(Findings("BF1006", new RuleExample(flow)));
        var wrong = flow.Replace("when: status == false", "when: stauts == false", StringComparison.Ordinal);
        var found = Assert.Single(Findings("BF1006", new RuleExample(wrong)));
        Assert.Equal("CHECK does not return 'stauts'; its outputs are status, eta", found.Message);
        Assert.Equal("did you mean 'status'?", found.Hint);
    }

    /// <summary>
    /// BF1008's hint gives a rule that takes the outcome no connection takes (was: "add a connection for that
    /// outcome", which left the author to work out that '!=' is false on a missing value), checked with the rules'
    /// own meaning; where none can be written (a value that is no number, against an ordering), none is offered.
    /// </summary>
    [Theory]
    // An outcome where the output is missing is named apart: a rule offered for a value (!= and == are false on
    // a missing value) does not take it, so the author learns both in one run.
    [InlineData("available == false", "connections for those outcomes (when: status == true and available != true and available != false; when: status == true and available not exists)")]
    [InlineData("available != true", "a connection for that outcome (when: status == true and available not exists)")]
    [InlineData("available == \"no\"", "connections for those outcomes (when: status == true and available != true and available != \"no\"; when: status == true and available not exists)")]
    [InlineData("available < 3", "connections for those outcomes (when: status == true and available == 3; when: status == true and available not exists)")]
    [InlineData("available < 3 or available >= 3 or available not exists", "a connection for that outcome")]
    public void The_gap_of_a_code_node_comes_with_a_rule_that_takes_it(string other, string add)
    {
        var flow = ExampleBots.CheckOrder
            .Replace("outputs: [status]", "outputs: [available]", StringComparison.Ordinal)
            .Replace("when: status == true", "when: status == true and available == true", StringComparison.Ordinal)
            .Replace("when: status == false", $"when: status == false or {other}", StringComparison.Ordinal);

        var found = Assert.Single(Findings("BF1008", new RuleExample(flow)));

        Assert.Equal($"add {add}, e.g. to an output node that apologises", found.Hint);
    }

    [Theory]
    [InlineData("status == true and days <= 10", "status == true and days > 10", "status == false or days not exists", null)]
    [InlineData("status == true and days <= 10", "status == true and days > 10", "status == false", "no connection of CHECK is taken when status == true and days is missing")]
    [InlineData("status == true and days < 10", "status == true and days > 10", "status == false or days not exists", "no connection of CHECK is taken when status == true and days == 10")]
    [InlineData("status == true and days <= 10", "status == true and days > 10", "status == false or days not exists or days == \"soon\"", "no connection of CHECK is taken when status == true and days has some other value")]
    [InlineData("status == true and days <= 10", "status == true and days > 10", "status == false or days not exists or days contains 1", "no connection of CHECK is taken when status == true and days has some other value")]
    // Met porting a banking bot: two outcomes, two runs of validate to learn them; now both at once.
    [InlineData("status == true and days > 0", "status == true and days == 0", "status == false",
        "no connection of CHECK is taken when status == true and days == -1, nor when status == true and days is missing")]
    public void An_output_compared_only_with_numbers_is_a_number_whose_every_value_and_absence_must_be_covered(string first, string second, string third, string? gap)
    {
        var flow = ExampleBots.CheckOrder
            .Replace("outputs: [status]", "outputs: [status, days]", StringComparison.Ordinal)
            .Replace("""
                      - to: OK
                        when: status == true
                      - to: FAILED
                        when: status == false
                """, $"""
                      - to: OK
                        when: {first}
                      - to: OK
                        when: {second}
                      - to: FAILED
                        when: {third}
                """, StringComparison.Ordinal);
        Assert.Contains(third, flow, StringComparison.Ordinal);

        var findings = Findings("BF1008", new RuleExample(flow));
        if (gap is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(gap, Assert.Single(findings).Message);
        }
    }

    [Theory]
    // The connection the reply would take leads into an inactive node: the engine never takes it.
    [InlineData("""
        nodes:
          - id: START
            start: true
            user_says: [report an issue]
            entities:
              - entity: issue_type
                mandatory: false
            bot_says: { text: Anything else?, quick_replies: [payment] }
            next:
              - to: PAYMENT
                entity: { name: issue_type, values: [payment] }
          - id: PAYMENT
            active: false
            end: true
            bot_says: Payments.
        """)]
    // An entity condition on the node's mandatory entity is read when the entity is answered, never from a later message.
    [InlineData("""
        nodes:
          - id: START
            start: true
            user_says: [report an issue]
            entities:
              - entity: issue_type
                prompt: Delivery or payment?
            bot_says:
              final: { text: Anything else?, quick_replies: [payment] }
            next:
              - to: PAYMENT
                entity: { name: issue_type, values: [payment] }
          - id: PAYMENT
            end: true
            bot_says: Payments.
        """)]
    public void A_reply_only_a_connection_the_engine_never_takes_would_match_is_reported(string flow) =>
        Assert.Single(Findings("BF2013", new RuleExample(flow)));

    [Fact]
    public void A_no_reply_at_a_question_that_connects_on_yes_only_is_reported()
    {
        // Met porting a recharge bot: with the "no" connection removed, 'No' was not reported, as the engine took
        // it for a yes; 'नहीं' was.
        var flow = """
            nodes:
              - id: RECHARGE
                start: true
                user_says: [recharge my phone]
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

        var found = Assert.Single(Findings("BF2013", new RuleExample(flow)));

        Assert.StartsWith("'No' on RECHARGE would be taken by nothing", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_reply_no_connection_takes_is_reported_though_a_greeting_is_near_it_by_meaning()
    {
        // Met porting a college bot: at "Want to know how to apply? [Yes][No thanks]", with a connection for "no"
        // only, 'Oui' was reported and 'Yes' was not, as detection took it to the greeting (0.42, nearest "hi").
        var flow = """
            nodes:
              - id: GREETING
                start: true
                user_says: [hi, hello, good morning, hey there]
                bot_says: Hello!
                end: true
              - id: FEES
                start: true
                user_says: [how much is tuition]
                bot_says:
                  - text: Want to know how to apply?
                    quick_replies: ["Yes", "No thanks"]
                next:
                  - to: BYE
                    user_says: [no thanks, no]
              - id: BYE
                end: true
                bot_says: Bye!
            """;

        var found = Assert.Single(Findings("BF2013", new RuleExample(flow)));

        Assert.StartsWith("'Yes' on FEES would be taken by nothing", found.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("BF2013", new RuleExample(flow.Replace("user_says: [no thanks, no]", "user_says: [no thanks, no]\n      - to: BYE\n        user_says: [yes, go ahead]", StringComparison.Ordinal))));
    }

    /// <summary>
    /// Met breaking a college bot: the document case's Description read <c>${entity.email}</c>, which only the campus
    /// tour, another story, collects, so the field was never sent and validate said nothing. An entity some path
    /// collects, even as optional, is a field that may be left out (not reported); one cleared by a context clear on
    /// the way is collected on no path; an entity that does not exist is BF0204's.
    /// </summary>
    [Theory]
    [InlineData("${entity.email}", 1)]
    [InlineData("${entity.person_name}", 0)]
    [InlineData("${entity.emial}", 0)]
    [InlineData("${user.full_name}", 0)]
    public void An_action_input_from_an_entity_no_path_collects_is_reported(string input, int reported)
    {
        // The rule's own example (an optional use of email, its fix, is no report: RuleTests), with other inputs.
        var example = new ActionInputNeverCollectedRule().Failing;

        Assert.Equal(reported, Findings("BF2033", example with { Flow = example.Flow.Replace("${entity.email}", input, StringComparison.Ordinal) }).Count);
    }

    [Theory]
    [InlineData("Description: Raised by ${entity.person_name}, reachable at ${entity.email}", "        mandatory: false", 1)]
    [InlineData("Description: ${entity.person_name} ${entity.email}", "        mandatory: false", 1)]
    [InlineData("Description: ${entity.email}", "        mandatory: false", 0)]           // left out alone, as meant
    [InlineData("Description: Raised by ${entity.person_name}, reachable at ${entity.email}", "        prompt: Your email?", 0)]   // mandatory: known
    public void An_action_input_that_writes_more_than_an_optional_entity_is_reported(string description, string emailUse, int reported)
    {
        var example = new ActionInputLeftOutWholeRule().Failing;
        var flow = example.Flow.Replace("Description: Raised by ${entity.person_name}, reachable at ${entity.email}", description, StringComparison.Ordinal)
            .Replace("      - entity: email\n        mandatory: false", "      - entity: email\n" + emailUse, StringComparison.Ordinal);

        var found = Findings("BF2055", example with { Flow = flow });

        Assert.Equal(reported, found.Count);
        Assert.All(found, f => Assert.Equal("no path into CREATE_CASE collects 'email' as mandatory: when the user gives none, the input Description is left out of the request whole, with the rest of its text", f.Message));
    }

    [Fact]
    public void An_action_input_from_an_entity_a_context_clear_forgets_on_the_way_is_reported()
    {
        var flow = """
            nodes:
              - id: ASK
                start: true
                user_says: [raise a ticket]
                entities:
                  - entity: email
                    prompt: Your email?
                bot_says:
                  final: { text: Shall I open it?, quick_replies: [Open it] }
                next:
                  - to: CONFIRM
                    user_says: [open it]
              - id: CONFIRM
                context_clear: true
                bot_says: Opening.
                next:
                  - to: CREATE_CASE
              - id: CREATE_CASE
                type: code
                action:
                  salesforce.create_case:
                    subject: Support request
                    SuppliedEmail: ${entity.email}
                next:
                  - to: DONE
                    when: status == true
                  - to: DONE
                    when: status == false
              - id: DONE
                type: output
                end: true
                bot_says: Done.
            """;

        var found = Assert.Single(Findings("BF2033", new RuleExample(flow, Project: ExampleBots.SalesforceProject)));
        Assert.Equal("no node on any path into CREATE_CASE collects 'email': the input SuppliedEmail never has its value, and is never sent", found.Message);
    }

    /// <summary>
    /// Met breaking a college bot: the hand-off's pinned-chat event written 'chat_pined' passed validate, and the chat
    /// would never have been pinned. Only SYSTEM messages are judged: other raw HSL may be the platform's custom JSON.
    /// </summary>
    [Theory]
    [InlineData("{ type: SYSTEM, text: '', data: { event: chat_pined } }", "'chat_pined' in this SYSTEM message of HANDOFF is no event the platform knows (chat_pinned, chat_complete): it does nothing", "did you mean 'chat_pinned'?")]
    [InlineData("{ type: system, text: '', data: { event: pin } }", "'pin' in this SYSTEM message of HANDOFF is no event the platform knows (chat_pinned, chat_complete): it does nothing", "write data: { event: chat_pinned } or { event: chat_complete }")]
    [InlineData("{ type: SYSTEM, text: '', data: {} }", "this SYSTEM message of HANDOFF has no data.event: the platform does nothing with it", "write data: { event: chat_pinned } or { event: chat_complete }")]
    [InlineData("{ type: SYSTEM, text: '', data: { event: chat_complete } }", null, null)]
    [InlineData("{ type: CUSTOM_CARD, text: '', data: { event: whatever } }", null, null)]
    public void A_system_message_with_an_event_the_platform_does_not_know_is_reported(string hsl, string? message, string? hint)
    {
        var example = new UnknownSystemEventRule().Failing;
        var flow = example.Flow.Replace("{ type: SYSTEM, text: \"\", data: { event: chat_pined } }", hsl, StringComparison.Ordinal);
        Assert.NotEqual(example.Flow, flow);

        var found = Findings("BF2034", example with { Flow = flow });

        if (message is null)
        {
            Assert.Empty(found);
        }
        else
        {
            var one = Assert.Single(found);
            Assert.Equal(message, one.Message);
            Assert.Equal(hint, one.Hint);
        }
    }

    /// <summary>
    /// A connection that is an error already (a rule that cannot be read, a target that does not exist) is not
    /// reported again through what follows from it. Met breaking a warranty bot: 'status = false' also gave three
    /// outcomes no connection takes and an unreached NOT_FOUND; 'to: BYEE' an unreached BYE and a quick reply taken
    /// by nothing ('No thanks', the broken connection's phrase).
    /// </summary>
    [Fact]
    public void A_broken_connection_is_reported_once_not_again_through_what_follows_from_it()
    {
        var flow = ExampleBots.CheckOrder
            .Replace("when: status == false", "when: status = false", StringComparison.Ordinal)
            .Replace("  - id: OK\n    type: output\n    end: true\n    bot_says: All good.\n",
                "  - id: OK\n    type: output\n    bot_says: { text: All good. Anything else?, quick_replies: [No thanks] }\n"
                + "    next:\n      - to: BYEE\n        user_says: [no thanks, no]\n  - id: BYE\n    end: true\n    bot_says: Bye!\n", StringComparison.Ordinal);
        Assert.Contains("BYEE", flow, StringComparison.Ordinal);

        using var project = RuleExamples.Write(new RuleExample(flow));
        var found = Diagnose.Project(project.Root).Select(d => d.Code).ToList();

        Assert.Contains("BF0203", found);
        Assert.Contains("BF0212", found);
        Assert.DoesNotContain("BF1008", found);
        Assert.DoesNotContain("BF2002", found);
        Assert.DoesNotContain("BF2013", found);
    }

    /// <summary>
    /// Nor are the nodes behind the one a broken connection meant to reach. Met breaking a hotel bot on purpose:
    /// 'when: status = true' into the confirmation also gave an unreached "booked" and "cancelled", the confirmation's
    /// yes and no; and the rule's error did not say which operator was meant.
    /// </summary>
    [Fact]
    public void The_nodes_behind_a_broken_connections_target_are_not_reported_unreached_and_a_misspelt_operator_is_named()
    {
        var flow = ExampleBots.CheckOrder
            .Replace("when: status == true", "when: status = true", StringComparison.Ordinal)
            .Replace("  - id: OK\n    type: output\n    end: true\n    bot_says: All good.\n",
                "  - id: OK\n    type: output\n    bot_says: { text: Book it?, quick_replies: [Yes, No] }\n"
                + "    next:\n      - to: BOOKED\n        user_says: [yes]\n      - to: CANCELLED\n        user_says: [no]\n"
                + "  - id: BOOKED\n    end: true\n    bot_says: Booked.\n  - id: CANCELLED\n    end: true\n    bot_says: Cancelled.\n"
                + "  - id: LOST\n    end: true\n    bot_says: Nobody comes here.\n", StringComparison.Ordinal);
        Assert.Contains("BOOKED", flow, StringComparison.Ordinal);

        using var project = RuleExamples.Write(new RuleExample(flow));
        var found = Diagnose.Project(project.Root);

        Assert.Equal("invalid rule: '=' is not an operator; did you mean '=='?", Assert.Single(found, d => d.Code == "BF0212").Message);
        Assert.Equal("no path from a start node reaches LOST", Assert.Single(found, d => d.Code == "BF2002").Message);   // only the node that nothing leads to
    }

    /// <summary>Met breaking a utility bot's port: '=&lt;' was named as '=' with "did you mean '=='?", and '&lt;&gt;' failed on the value after it.</summary>
    [Theory]
    [InlineData("status =< 1", "'=<' is not an operator; did you mean '<='?")]
    [InlineData("status => 1", "'=>' is not an operator; did you mean '>='?")]
    [InlineData("status <> true", "'<>' is not an operator; did you mean '!='?")]
    [InlineData("status === true", "'===' is not an operator; did you mean '=='?")]
    [InlineData("status =! true", "'=!' is not an operator; did you mean '!='?")]
    public void A_reversed_or_foreign_operator_is_named_whole_with_the_one_meant(string rule, string message)
    {
        var flow = ExampleBots.CheckOrder.Replace("when: status == true", "when: " + rule, StringComparison.Ordinal);
        using var project = RuleExamples.Write(new RuleExample(flow));

        Assert.Equal("invalid rule: " + message, Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0212").Message);
    }

    /// <summary>
    /// Met porting an order-cancellation bot: 'Status in ["Shipped", "Delivered"]' was told "did you mean
    /// 'contains'?" ('contains' tests a part of the text: "Shipped" contains "hip"), 'not Status == "Shipped"' that
    /// "'Status' is not an operator", and '&amp;&amp;' was "unexpected". Each is told the rule to write.
    /// </summary>
    [Theory]
    [InlineData("status == true and Status in [\"Shipped\", \"Delivered\"]", "'in' is not an operator: write one comparison per value, joined by 'or': (Status == \"Shipped\" or Status == \"Delivered\")")]
    [InlineData("Status in (Shipped, Delivered) and status == true", "'in' is not an operator: write one comparison per value, joined by 'or': (Status == \"Shipped\" or Status == \"Delivered\")")]
    [InlineData("count IN [1, 2]", "'in' is not an operator: write one comparison per value, joined by 'or': (count == 1 or count == 2)")]
    [InlineData("status == true and not Status == \"Shipped\"", "'not' goes only before 'exists' (Status not exists); write 'Status != \"Shipped\"'")]
    [InlineData("not status != true", "'not' goes only before 'exists' (status not exists); write 'status == true'")]
    [InlineData("not error exists", "'not' goes only before 'exists' (error not exists); write 'error not exists'")]
    [InlineData("not status > 1", "'not' goes only before 'exists' (status not exists)")]
    [InlineData("status == true && count > 0", "unexpected '&&'; did you mean 'and'?")]
    [InlineData("status == true || count > 0", "unexpected '||'; did you mean 'or'?")]
    public void A_rule_written_as_code_writes_it_is_told_the_rule_to_write(string rule, string message)
    {
        var flow = ExampleBots.CheckOrder.Replace("when: status == true", "when: '" + rule + "'", StringComparison.Ordinal);
        using var project = RuleExamples.Write(new RuleExample(flow));

        Assert.Equal("invalid rule: " + message, Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0212").Message);
    }

    /// <summary>
    /// The structured form's 'op: in' was an unknown operator without a hint, and the rest of the rule, read without
    /// it, overlapped the next connection's (BF2001): a rule with a condition that cannot be read is not judged.
    /// </summary>
    [Fact]
    public void A_structured_rule_with_a_condition_that_cannot_be_read_is_told_how_to_write_it_and_not_judged()
    {
        var flow = ExampleBots.CheckOrder
            .Replace("when: status == true", "when: { all: [{ var: status, op: \"==\", value: true }, { var: tier, op: in, value: [gold, silver] }] }", StringComparison.Ordinal)
            .Replace("when: status == false", "when: status exists", StringComparison.Ordinal);
        using var project = RuleExamples.Write(new RuleExample(flow));

        var found = Diagnose.Project(project.Root);

        Assert.Equal("write one condition per value under 'any:', e.g. { any: [{ var: Status, op: \"==\", value: Shipped }, { var: Status, op: \"==\", value: Delivered }] }",
            Assert.Single(found, d => d.Code == "BF0105").Hint);
        Assert.DoesNotContain(found, d => d.Code is "BF2001" or "BF1008");
    }

    /// <summary>Met breaking a utility bot's port: 'after: 3 minutes' (BF0104) was also "follow-up delay is 0 s" (BF1021).</summary>
    [Fact]
    public void A_follow_up_delay_that_is_no_duration_is_one_error()
    {
        var flow = """
            nodes:
              - id: A
                start: true
                end: true
                user_says: [hello]
                bot_says:
                  initial: Hi!
                  follow_up: { after: 3 minutes, says: Still there? }
            """;
        using var project = RuleExamples.Write(new RuleExample(flow));

        var errors = Diagnose.Project(project.Root).Where(d => d.IsError).ToList();

        Assert.Equal("BF0104", Assert.Single(errors).Code);
    }

    [Fact]
    public void An_entity_whose_type_is_misspelt_is_reported_there_not_at_each_use_as_undefined()
    {
        // Met breaking a banking bot on purpose: 'type: dictonary' (BF0105, did you mean 'dictionary'?) also made
        // every use of the entity "neither defined in entities nor a public entity".
        var flow = """
            nodes:
              - id: SEARCH
                start: true
                end: true
                user_says: [search my transactions]
                entities:
                  - entity: vendor_name
                    prompt: Which shop?
                bot_says:
                  final: Searching ${entity.vendor_name}.
            """;
        var example = new RuleExample(flow)
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: vendor_name\n    type: dictonary\n    values: { amazon: [amazon] }\n" },
        };
        using var project = RuleExamples.Write(example);

        var errors = Diagnose.Project(project.Root).Where(d => d.IsError).ToList();

        Assert.Equal("BF0105", Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData("code", "user_says", "a code node's connections are taken on its script's result, by a 'when' rule alone: remove 'user_says'")]
    [InlineData("static", "when", "'when' rules are for connections out of code nodes; this one is taken on 'user_says': remove 'when'")]
    public void Two_conditions_on_a_connection_are_one_error_at_the_one_the_node_does_not_take(string type, string reported, string hint)
    {
        // Met breaking a banking bot on purpose: 'when' and 'user_says' on a code node's connection gave BF0221, then
        // BF1005 (a code node does not wait for the user) and BF1008 (the outcome it was for is not covered), as the
        // phrases were read and the rule left out.
        var flow = type == "code"
            ? ExampleBots.CheckOrder.Replace("        when: status == true\n", "        when: status == true\n        user_says: [show]\n", StringComparison.Ordinal)
            : ExampleBots.CheckOrder.Replace("    user_says: [check my order]\n    next:\n      - to: CHECK\n",
                "    user_says: [check my order]\n    bot_says: Which one?\n    next:\n      - to: START\n        user_says: [again]\n        when: status == true\n      - to: CHECK\n", StringComparison.Ordinal);
        Assert.NotEqual(ExampleBots.CheckOrder, flow);
        using var project = RuleExamples.Write(new RuleExample(flow));

        var errors = Diagnose.Project(project.Root).Where(d => d.IsError).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("BF0221", error.Code);
        Assert.Equal(hint, error.Hint);
        Assert.Equal(reported, error.Location!.File.GetText(error.Location.Span));
    }

    [Fact]
    public void A_reply_written_as_a_start_nodes_user_say_that_is_also_its_negative_is_reported()
    {
        var flow = """
            nodes:
              - id: MENU
                start: true
                user_says: [show the menu]
                bot_says: { text: What now?, quick_replies: [track my parcel] }
              - id: TRACK
                start: true
                end: true
                user_says: [track my parcel, where is my parcel]
                negative_user_says: [track my parcel]
                bot_says: Tracking.
            """;

        Assert.Single(Findings("BF2013", new RuleExample(flow)));
        Assert.Empty(Findings("BF2013", new RuleExample(flow.Replace("negative_user_says: [track my parcel]", "negative_user_says: [cancel my parcel]", StringComparison.Ordinal))));
    }

    /// <summary>
    /// A reply that no connection or intent takes, but that holds an entity a start node is detected by (its
    /// self-connection on that entity), is taken there, as the engine takes it: not reported; without the
    /// self-connection it is.
    /// </summary>
    [Theory]
    [InlineData("    next:\n      - to: TRIP\n        entity: city\n", 0)]
    [InlineData("", 1)]
    public void A_reply_holding_the_entity_of_a_start_nodes_self_connection_is_taken_there(string self, int reported)
    {
        var flow = """
            nodes:
              - id: MENU
                start: true
                end: true
                user_says: [show the menu]
                bot_says: { text: Where to?, quick_replies: [Goa] }
              - id: TRIP
                start: true
                user_says: [book a trip]
                entities:
                  - entity: city
                    prompt: Which city?
                bot_says:
                  final: A trip to ${entity.city}.

            """ + self;

        Assert.Equal(reported, Findings("BF2013", new RuleExample(flow)).Count);
    }

    /// <summary>
    /// Quick replies naming places, on a prompt for the public city, state or country: each place the engine knows is
    /// the answer (was reported: the engine found no city at all); any other reply there is left unjudged (the
    /// platform's list is larger: "Jind" is a town it knows). On a prompt for another entity a place is reported.
    /// </summary>
    [Theory]
    [InlineData("city", "[Mumbai, Bangalore, New Delhi, Jind]", 0)]
    [InlineData("state", "[Kerala, Orissa, Texas]", 0)]
    [InlineData("country", "[India, UAE, United Kingdom]", 0)]
    [InlineData("email", "[Mumbai]", 1)]
    public void A_reply_naming_a_place_on_a_prompt_for_one_is_its_answer(string entity, string replies, int reported)
    {
        var flow = $$"""
            nodes:
              - id: STORES
                start: true
                end: true
                user_says: [find a store]
                entities:
                  - entity: {{entity}}
                    prompt: { text: Where are you?, quick_replies: {{replies}} }
                bot_says:
                  final: Here are our stores.
            """;

        Assert.Equal(reported, Findings("BF2013", new RuleExample(flow)).Count);
    }

    /// <summary>
    /// BF2036 judges an English or Hindi prompt for a date that asks about a day gone by (met porting an insurance
    /// bot: "When did it happen?", answered "last friday", was filed for the coming Friday; in Hindi "कल" is tomorrow
    /// to the detector); a prompt for a day to come, one that shows how to write the date, and one for another entity
    /// are not reported.
    /// </summary>
    [Theory]
    [InlineData("date", "When did it happen?", 1)]
    [InlineData("date", "What date did the accident occur?", 1)]
    [InlineData("date", "When was the damage first noticed?", 1)]
    [InlineData("date", "Date of the incident?", 1)]
    [InlineData("departure_date", "When did you fly out?", 1)]
    [InlineData("date", "Which day should we come?", 0)]
    [InlineData("date", "When would you like the visit?", 0)]
    [InlineData("date", "When did it happen? (DD/MM/YYYY)", 0)]
    [InlineData("date", "When did it happen? Write the date like 04/12/2026.", 0)]
    [InlineData("time", "When did it happen?", 0)]
    [InlineData("date", "{ en: When did it happen?, hi: बिजली कब गई थी? }", 2)]
    [InlineData("date", "{ en: Which day should we come?, hi: kab hua? }", 1)]
    [InlineData("date", "{ en: Which day should we come?, hi: हम किस दिन आएँ? }", 0)]
    [InlineData("date", "{ en: 'When did it happen? (DD/MM/YYYY)', hi: 'कब हुआ? (DD/MM/YYYY)' }", 0)]
    public void A_date_asked_about_the_past_is_reported_unless_the_prompt_shows_how_to_write_it(string entity, string prompt, int reported)
    {
        var flow = $$"""
            nodes:
              - id: CLAIM
                start: true
                end: true
                user_says: [report an accident]
                entities:
                  - entity: {{entity}}
                    prompt: {{(prompt.StartsWith('{') ? prompt : $"\"{prompt}\"")}}
                bot_says:
                  final: { en: Noted., hi: नोट किया। }
            """;

        Assert.Equal(reported, Findings("BF2036", new RuleExample(flow, Project: "  languages: [en, hi]\n")).Count);
    }

    /// <summary>
    /// In Marathi "काल" is yesterday only, and the platform's Marathi date detector reads it as tomorrow (its list puts
    /// it beside उद्या): a Marathi prompt that asks about a day gone by ("तक्रार कधी झाली?") is reported with that word
    /// (met writing a Marathi grocery bot); one for a day to come, and one that shows how to write the date, are not.
    /// </summary>
    [Theory]
    [InlineData("वीज कधी गेली?", "'वीज कधी गेली?' asks for date on CLAIM about a day in the past, but the platform's Marathi date detector reads a day in words forward: 'काल' (yesterday) is tomorrow to it")]
    [InlineData("ऑर्डर कोणत्या दिवशी मिळाली होती?", "'ऑर्डर कोणत्या दिवशी मिळाली होती?' asks for date on CLAIM about a day in the past, but the platform's Marathi date detector reads a day in words forward: 'काल' (yesterday) is tomorrow to it")]
    [InlineData("kadhi zala?", "'kadhi zala?' asks for date on CLAIM about a day in the past, but the platform's Marathi date detector reads a day in words forward: 'काल' (yesterday) is tomorrow to it")]
    [InlineData("कोणत्या दिवशी डिलिव्हरी हवी?", null)]
    [InlineData("कधी झाले? तारीख अशी लिहा: 04/12/2026", null)]
    public void A_marathi_date_asked_about_the_past_is_reported(string prompt, string? finding)
    {
        var flow = $$"""
            nodes:
              - id: CLAIM
                start: true
                end: true
                user_says: [तक्रार नोंदवा]
                entities:
                  - entity: date
                    prompt: "{{prompt}}"
                bot_says:
                  final: नोंद केली.
            """;

        Assert.Equal(finding, Findings("BF2036", new RuleExample(flow, Project: "  languages: [mr]\n")).SingleOrDefault()?.Message);
    }

    /// <summary>
    /// Quick replies in Hindi words for a date or a time, on its prompt in a bot in Hindi: the answer, as the platform's
    /// Hindi detectors read them (were reported: the engine read dates and times in English words only). The same
    /// words as the English text's replies are no date, as in a conversation in English (but for aaj, which the
    /// English detector reads as today).
    /// </summary>
    [Theory]
    [InlineData("date", "{ hi: आज, en: Today }", "{ hi: कल, en: Tomorrow }", 0)]
    [InlineData("time", "{ hi: सुबह 10 बजे, en: 10 am }", "{ hi: शाम 6 बजे, en: 6 pm }", 0)]
    [InlineData("date", "{ hi: आज, en: aaj }", "{ hi: कल, en: kal }", 1)]               // the English detector reads aaj (today) too
    [InlineData("date", "{ hi: परसों, en: parso }", "{ hi: कल, en: kal }", 2)]
    public void A_reply_in_hindi_words_on_a_prompt_for_a_date_or_time_is_its_answer_in_hindi(string entity, string first, string second, int reported)
    {
        var flow = $$"""
            nodes:
              - id: VISIT
                start: true
                end: true
                user_says: { hi: [मीटर विज़िट बुक करें], en: [book a meter visit] }
                entities:
                  - entity: {{entity}}
                    prompt:
                      text: { hi: कब आएँ?, en: When should we come? }
                      quick_replies: [{{first}}, {{second}}]
                bot_says:
                  final: { hi: बुक हो गई।, en: Booked. }
            """;

        Assert.Equal(reported, Findings("BF2013", new RuleExample(flow, Project: "  languages: [hi, en]\n")).Count);
    }

    /// <summary>
    /// A final response after which the node always goes on (here to the node that asks for a size) is answered at
    /// the next node's question: a reply the engine takes there is not judged as tapped on the node that showed it.
    /// </summary>
    [Fact]
    public void A_reply_on_a_final_response_after_which_the_node_always_goes_on_is_not_judged_there()
    {
        var flow = """
            nodes:
              - id: ASK
                start: true
                user_says: [give a code]
                entities:
                  - entity: code
                    prompt: Your code?
                bot_says:
                  final: { text: Got it. Which size?, quick_replies: [large] }
                next:
                  - to: SIZE
                    entity: code
              - id: SIZE
                entities:
                  - entity: size
                    prompt: Small or large?
                bot_says:
                  final: Noted.
            """;
        var example = new RuleExample(flow)
        {
            Files = new Dictionary<string, string>
            {
                ["entities.yaml"] = "entities:\n  - name: code\n    type: regex\n    pattern: '[0-9]{4}'\n  - name: size\n    type: dictionary\n    values: { small: [small], large: [large] }\n",
            },
        };

        Assert.Empty(Findings("BF2013", example));
        Assert.Single(Findings("BF2013", example with { Flow = flow.Replace("    entity: code\n", "    user_says: [next]\n", StringComparison.Ordinal) }));
    }

    [Fact]
    public void Entity_conditions_that_lead_round_once_each_node_has_asked_its_entity_are_a_loop()
    {
        // ASK_SIZE → ASK_COLOR (size known) → asks the colour once → ASK_SIZE (red) → ASK_COLOR → ... for ever.
        var flow = """
            nodes:
              - id: ASK_SIZE
                start: true
                user_says: [choose a size]
                entities:
                  - entity: size
                    prompt: Which size?
                next:
                  - to: ASK_COLOR
                    entity: size
              - id: ASK_COLOR
                entities:
                  - entity: color
                    prompt: Which colour?
                bot_says:
                  final: Thanks.
                next:
                  - to: ASK_SIZE
                    entity: { name: color, values: [red] }
            """;
        var example = new RuleExample(flow)
        {
            Files = new Dictionary<string, string>
            {
                ["entities.yaml"] = "entities:\n  - name: size\n    type: dictionary\n    values: { small: [small], large: [large] }\n  - name: color\n    type: dictionary\n    values: { red: [red], blue: [blue] }\n",
            },
        };

        var found = Assert.Single(Findings("BF1034", example));
        Assert.Equal("ASK_COLOR → ASK_SIZE → ASK_COLOR goes round without waiting for the user when color is red: the bot breaks", found.Message);
        Assert.Empty(Findings("BF1034", example with { Flow = flow.Replace("values: [red]", "values: [green]", StringComparison.Ordinal) }));
    }

    [Theory]
    [InlineData("[delivery]", "START says nothing once its last entity is answered, and goes nowhere when issue_type is payment: the platform answers with the bot-break message")]
    [InlineData("[delivery, payment]", null)]
    public void A_node_whose_entity_conditions_leave_a_value_unlisted_is_silent_for_that_value(string values, string? finding)
    {
        var flow = $$"""
            nodes:
              - id: START
                start: true
                user_says: [report an issue]
                entities:
                  - entity: issue_type
                    prompt: Delivery or payment?
                next:
                  - to: DELIVERY
                    entity: { name: issue_type, values: {{values}} }
              - id: DELIVERY
                end: true
                bot_says: Let's look at it.
            """;

        Assert.Equal(finding, Findings("BF2014", new RuleExample(flow)).SingleOrDefault()?.Message);
    }

    [Fact]
    public void An_initial_response_on_a_node_whose_one_entity_is_optional_is_sent_so_not_reported()
    {
        // The rule's own failing example, with its one entity optional: an optional entity has no prompt (BF1019)
        // to take the initial response's place.
        var failing = new InitialWithOneEntityRule().Failing;
        const string Prompt = "        prompt: What's the order number?\n";
        Assert.Contains(Prompt, failing.Flow, StringComparison.Ordinal);

        Assert.Single(Findings("BF1018", failing));
        Assert.Empty(Findings("BF1018", failing with { Flow = failing.Flow.Replace(Prompt, "        mandatory: false\n", StringComparison.Ordinal) }));
    }

    [Fact]
    public void An_initial_response_that_shows_the_one_entity_is_told_to_be_the_final_response_and_only_once()
    {
        // Met porting an airline bot: a callback node asks for the phone number and thanks with it, written as its
        // bot_says, which is the initial response. The text is meant for after the answer, not for the prompt; and
        // BF1015 (not collected when this text is shown) repeated the finding for a text that is never sent.
        var flow = """
            nodes:
              - id: CALLBACK
                start: true
                end: true
                user_says: [call me back]
                entities:
                  - entity: phone_number
                    prompt: Your phone number?
                bot_says: Thanks! We'll call you on ${entity.phone_number} shortly.
            """;

        var finding = Assert.Single(Findings("BF1018", new RuleExample(flow)));
        Assert.Equal("it shows 'phone_number', which is known only once its prompt is answered: make it CALLBACK's final response (bot_says: final: …)", finding.Hint);
        Assert.Empty(Findings("BF1015", new RuleExample(flow)));

        // Beside a final response of its own, the text is an opening: into the prompt.
        var opening = flow.Replace("    bot_says: Thanks! We'll call you on ${entity.phone_number} shortly.", "    bot_says:\n      initial: Let's set up a call.\n      final: Thanks! We'll call you on ${entity.phone_number} shortly.", StringComparison.Ordinal);
        Assert.Equal("move the text into the prompt of 'phone_number'", Assert.Single(Findings("BF1018", new RuleExample(opening))).Hint);
    }

    /// <summary>
    /// Met breaking an airline bot's patterns entity: an example tagged with another entity's name, and a negative
    /// example copied from the examples, which then gave no airport for "my bag did not arrive in Chennai" (the
    /// conversation test failed; validate said nothing).
    /// </summary>
    [Theory]
    [InlineData("my bag did not arrive in [Chennai](airport)", "I want to fly to delhi", null)]
    [InlineData("my bag did not arrive in [Chennai](airport)", "my bag did not arrive in chennai", "this example of 'airport' is held back by its negative example 'my bag did not arrive in chennai': a user who writes it gets no value")]
    [InlineData("my bag did not arrive in Chennai", "I want to fly to delhi", "this example of 'airport' tags no value of it: it teaches 'airport' neither a value nor the words around one")]
    [InlineData("my bag did not arrive in [Chennai](city)", "I want to fly to delhi", "this example of 'airport' tags no value of it (only 'city'): it teaches 'airport' neither a value nor the words around one")]
    [InlineData("from [Delhi](origin) to [Chennai](airport)", "I want to fly to delhi", null)]
    [InlineData("my bag did not arrive in [Chennai](airprt)", "I want to fly to delhi", null)]   // BF1038's: a tag that names no entity
    public void A_patterns_example_that_gives_its_entity_no_value_is_reported(string example, string negative, string? finding)
    {
        // The rule's own example flow, with the entity's examples as each case writes them.
        var entities = $"entities:\n  - name: origin\n    type: dictionary\n    values: {{ del: [delhi] }}\n  - name: airport\n    type: patterns\n"
            + $"    examples:\n      - {example}\n      - lost my suitcase at [Mumbai](airport) airport\n    negative: [{negative}]\n";

        var found = Findings("BF2037", new PatternsExampleUnusedRule().Failing with { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } });

        Assert.Equal(finding, found.SingleOrDefault()?.Message);
    }

    /// <summary>
    /// Met breaking an airline bot: the web check-in FAQ offered "Check in now", which no node took and the FAQ itself
    /// did, so the tap showed the same answer again. A reply one of its own questions, one a start node takes, and one
    /// a node's connection holds (the conversation may be there when the FAQ is asked) are judged as they are.
    /// </summary>
    [Theory]
    [InlineData("Check in now", true)]
    [InlineData("can I do web checkin", true)]
    [InlineData("Flight status", false)]
    [InlineData("Talk to an agent", false)]
    public void An_faq_reply_that_the_faq_itself_takes_is_reported(string reply, bool reported)
    {
        const string Flow = """
            nodes:
              - id: FLIGHT_STATUS
                start: true
                user_says: [flight status, is my flight on time, when does my flight leave]
                bot_says: Which flight?
                next:
                  - to: AGENT
                    user_says: [talk to an agent]
              - id: AGENT
                end: true
                bot_says: Connecting you.
            """;
        var faq = $"faq:\n  - id: WEB_CHECKIN\n    questions: [how do I check in online, when does web check-in open, can I do web checkin]\n    answer: Web check-in opens 48 hours before departure.\n    quick_replies: [{reply}]\n";

        var found = Findings("BF2038", WithFaq(Flow, faq));

        Assert.Equal(reported, found.Count == 1);
    }

    [Fact]
    public void The_same_phrase_on_connections_of_two_nodes_is_no_collision_but_on_two_connections_of_one_node_it_is()
    {
        const string Flow = """
            nodes:
              - id: OPEN
                start: true
                user_says: [open an incident]
                next:
                  - { to: OPEN_OK, user_says: ["yes", sure] }
                  - { to: DONE, user_says: ["no"] }
              - id: RESET
                start: true
                user_says: [reset my password]
                next:
                  - { to: RESET_OK, user_says: ["yes", sure] }
              - id: OPEN_OK
                end: true
                bot_says: Opened.
              - id: RESET_OK
                end: true
                bot_says: Reset.
              - id: DONE
                end: true
                bot_says: Done.
            """;

        Assert.Empty(Findings("BF1023", new RuleExample(Flow)));
        var clash = Assert.Single(Findings("BF1023", new RuleExample(Flow.Replace("{ to: DONE, user_says: [\"no\"] }", "{ to: DONE, user_says: [\"no\", Sure] }", StringComparison.Ordinal))));
        Assert.Contains("'Sure' on the connection OPEN → DONE is also a user say of the connection OPEN → OPEN_OK", clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_node_utterance_still_collides_with_an_faq_question_and_another_start_node()
    {
        var flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [opening hours]\n  - id: B\n    start: true\n    end: true\n    user_says: [Opening hours?]\n";

        Assert.Single(Findings("BF1023", new RuleExample(flow)));
        Assert.Single(Findings("BF1032", WithFaq(flow.Replace("[Opening hours?]", "[something else]", StringComparison.Ordinal), "faq:\n  - id: HOURS\n    questions: [opening hours]\n    answer: Nine to five.\n")));
    }

    [Fact]
    public void A_user_say_typed_with_other_characters_for_the_same_text_is_the_same_user_say()
    {
        // "café" with the accent as a combining mark, and full-width letters: the same text to the platform's user.
        var flow = "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [\"caf\u00e9 menu\"]\n  - id: B\n    start: true\n    end: true\n    user_says: [\"cafe\u0301 menu\", \"\uff4d\uff45\uff4e\uff55 please\"]\n  - id: C\n    start: true\n    end: true\n    user_says: [menu please]\n";

        var found = Findings("BF1023", new RuleExample(flow));
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void A_reply_taken_as_the_asked_entity_or_by_a_start_node_is_handled_and_one_nothing_takes_is_not()
    {
        const string Flow = """
            nodes:
              - id: ORDER
                start: true
                user_says: [order a pizza]
                entities:
                  - entity: size
                    prompt:
                      - text: Which size?
                        quick_replies: [Small, Large, Main menu, Surprise me]
                end: true
                bot_says:
                  final: Done.
              - id: MENU
                start: true
                end: true
                user_says: [main menu, menu]
                bot_says: The menu.
            """;
        var example = new RuleExample(Flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: size\n    type: dictionary\n    values: { small: [small], large: [large] }\n" } };

        var found = Assert.Single(Findings("BF2013", example));
        Assert.StartsWith("'Surprise me' on ORDER would be taken by nothing: not the size asked for, not a connection of ORDER", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_is_judged_in_each_language_against_that_languages_utterances()
    {
        const string Flow = """
            nodes:
              - id: FAILED
                start: true
                user_says: { en: [it failed], hi: [यह विफल रहा] }
                bot_says:
                  - text: { en: Something went wrong., hi: कुछ गलत हो गया। }
                    quick_replies: [{ en: Try again, hi: फिर से कोशिश करें }, { en: Start over, hi: शुरू से }]
                next:
                  - to: FAILED
                    user_says: { en: [try again, start over], hi: [फिर से कोशिश करें, try again] }
            """;

        var found = Assert.Single(Findings("BF2013", new RuleExample(Flow, Project: "  languages: [en, hi]\n")));

        Assert.StartsWith("'शुरू से' (hi) on FAILED would be taken by nothing", found.Message, StringComparison.Ordinal);
        Assert.Equal((7, 89), (found.Location!.Start.Line, found.Location.Start.Column));   // at the Hindi text, in UTF-16 units
    }

    [Fact]
    public void Each_language_is_matched_on_its_own_so_its_user_says_neither_collide_nor_repeat_across_languages_and_each_is_counted()
    {
        const string Flow = """
            nodes:
              - id: MENU
                start: true
                end: true
                user_says: { en: [menu, show the menu], hi: [मेनू दिखाओ] }
                bot_says: { en: The menu., hi: मेनू। }
              - id: HINDI_MENU
                start: true
                end: true
                user_says: { en: [hindi menu], hi: [menu, मेनू] }
                bot_says: { en: The Hindi menu., hi: हिंदी मेनू। }
            """;
        var project = "  languages: [en, hi]\n";

        Assert.Empty(Findings("BF1023", new RuleExample(Flow, Project: project)));
        var clash = Assert.Single(Findings("BF1023", new RuleExample(Flow.Replace("en: [hindi menu]", "en: [hindi menu, Menu]", StringComparison.Ordinal), Project: project)));
        Assert.StartsWith("'Menu' on HINDI_MENU is also a user say of MENU", clash.Message, StringComparison.Ordinal);

        // Every language's list of a start node is counted: its own model learns from it.
        var few = Findings("BF2007", new RuleExample(Flow, Project: project));
        Assert.Equal([
            "start node HINDI_MENU has 1 user says in en; at least 10 train intent detection well",
            "start node HINDI_MENU has 2 user says in hi; at least 10 train intent detection well",
            "start node MENU has 1 user says in hi; at least 10 train intent detection well",
            "start node MENU has 2 user says in en; at least 10 train intent detection well",
        ], few.Select(d => d.Message).Order(StringComparer.Ordinal));

        // Nor is a word in two languages' lists of one node a repeat: each list trains its language's model.
        Assert.Empty(Findings("BF2012", new RuleExample(Flow.Replace("hi: [मेनू दिखाओ]", "hi: [menu, मेनू दिखाओ]", StringComparison.Ordinal), Project: project)));
        Assert.Single(Findings("BF2012", new RuleExample(Flow.Replace("hi: [मेनू दिखाओ]", "hi: [मेनू दिखाओ, मेनू दिखाओ!]", StringComparison.Ordinal), Project: project)));
    }

    [Fact]
    public void A_taskbox_task_is_matched_in_its_own_language()
    {
        const string Flow = """
            nodes:
              - id: BLOCK
                start: true
                end: true
                user_says: { en: [block my card], hi: [मेरा कार्ड ब्लॉक करें] }
                bot_says: { en: Blocked., hi: ब्लॉक किया गया। }
            """;
        const string Project = """
              languages: [en, hi]
            taskbox:
              tasks:
                - title: { en: Block my card, hi: कार्ड ब्लॉक करें }
                  user_says: { en: block my card, hi: block my card }
            """;

        var found = Assert.Single(Findings("BF2009", new RuleExample(Flow, Project: Project)));

        Assert.Equal("the task 'Block my card' sends 'block my card', which no start node, connection or FAQ has as a user say in hi", found.Message);
        Assert.Empty(Findings("BF2009", new RuleExample(Flow, Project: Project.Replace("hi: block my card }", "hi: मेरा कार्ड ब्लॉक करें }", StringComparison.Ordinal))));
    }

    [Fact]
    public void Near_duplicate_threshold_is_a_lint_setting_and_the_finding_names_the_similarity()
    {
        var failing = RuleCatalog.Find("BF2006")!.Failing;

        var found = Assert.Single(Findings("BF2006", failing));
        Assert.Contains("82% similar to 'track my parcel' of TRACK (line 5)", found.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("BF2006", failing with { Project = "lint:\n  near_duplicate_similarity: 0.9\n" }));
    }

    [Fact]
    public void Near_duplicates_leading_to_the_same_node_are_fine()
    {
        var flow = """
            nodes:
              - id: MENU
                start: true
                user_says: [show the menu]
                next:
                  - to: TRACK
                    user_says: [track my parcels]
              - id: TRACK
                start: true
                end: true
                user_says: [track my parcel]
            """;

        Assert.Empty(Findings("BF2006", new RuleExample(flow)));
    }

    [Fact]
    public void Two_faqs_with_the_same_question_collide()
    {
        var faq = """
            faq:
              - id: RETURNS
                questions: [can I return an item]
                answer: Yes, within 30 days.
              - id: REFUNDS
                questions: [how do refunds work, Can I return an item?]
                answer: Refunds take 5 days.
            """;

        var found = Assert.Single(Findings("BF1032", WithFaq("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n", faq)));
        Assert.Equal((6, 38), found.Location!.Start);
        Assert.Contains("is also a question of the FAQ RETURNS (line 3)", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_of_punctuation_alone_are_no_user_say_that_is_also_negative()
    {
        const string Flow = """
            nodes:
              - id: TRACK
                start: true
                end: true
                user_says: [track my parcel, "!!!"]
                negative_user_says: ["???", Track my parcel.]
                bot_says: Let me look it up.
            """;

        var found = Assert.Single(Findings("BF2017", new RuleExample(Flow)));
        Assert.Equal("'track my parcel' of TRACK is also one of its negative user says ('Track my parcel.', line 6): it never brings the conversation to TRACK", found.Message);
    }

    [Fact]
    public void A_phrase_also_on_a_connection_into_an_inactive_node_is_no_collision()
    {
        // The engine never weighs MENU → OFFERS (OFFERS is inactive: BF2016), so 'any deals' only ever takes MENU → SALE.
        const string Flow = """
            nodes:
              - id: MENU
                start: true
                user_says: [show the menu]
                bot_says: What now?
                next:
                  - to: OFFERS
                    user_says: [any deals]
                  - to: SALE
                    user_says: [any deals, what is on sale]
              - id: OFFERS
                active: false
                end: true
                bot_says: Ten percent off.
              - id: SALE
                end: true
                bot_says: The sale is on.
            """;

        Assert.Empty(Findings("BF1023", new RuleExample(Flow)));
        Assert.Single(Findings("BF1023", new RuleExample(Flow.Replace("    active: false\n", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void Taskbox_task_sending_only_an_inactive_start_nodes_user_say_is_reported()
    {
        const string Flow = """
            nodes:
              - id: RAISE
                start: true
                active: false
                end: true
                user_says: [raise a new ticket, open a ticket]
                bot_says: Ticket raised.
              - id: HELLO
                start: true
                end: true
                user_says: [hello]
                bot_says: Hello!
            """;
        const string Project = "taskbox:\n  tasks:\n    - title: Raise a ticket\n      user_says: raise a new ticket\n";

        var found = Assert.Single(Findings("BF2009", new RuleExample(Flow, Project: Project)));

        Assert.Equal("the task 'Raise a ticket' sends 'raise a new ticket', which only the inactive start node RAISE has as a user say: an inactive node is never entered", found.Message);
        Assert.Empty(Findings("BF2009", new RuleExample(Flow.Replace("    active: false\n", string.Empty, StringComparison.Ordinal), Project: Project)));
    }

    [Fact]
    public void Taskbox_task_may_lead_to_an_faq()
    {
        var faq = "faq:\n  - id: RETURNS\n    questions: [what is your return policy]\n    answer: 30 days.\n";
        var example = WithFaq("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n", faq) with
        {
            Project = "taskbox:\n  tasks:\n    - title: Returns\n      user_says: What is your return policy?\n",
        };

        Assert.Empty(Findings("BF2009", example));
    }

    [Fact]
    public void Carousel_limited_to_web_is_fine_on_a_whatsapp_bot_but_raw_hsl_carousel_is_not()
    {
        var flow = """
            nodes:
              - id: PLANS
                start: true
                end: true
                user_says: [plans]
                bot_says:
                  variants:
                    - channels: [web]
                      messages:
                        - carousel: { items: [{ title: Basic }, { title: Pro }] }
                    - channels: [whatsapp]
                      messages:
                        - hsl: { type: CAROUSEL, text: "", data: { items: [] } }
            """;

        var found = Assert.Single(Findings("BF1031", new RuleExample(flow, "business:\n  channels: [web, whatsapp]\n")));
        Assert.Equal(13, found.Location!.Start.Line);
    }

    /// <summary>
    /// A follow-up is a reminder after the user has gone quiet: a channel without one is how it is kept off that
    /// channel (the platform advises against follow-ups on WhatsApp), not a stuck conversation (was: BF1033, an error,
    /// so a follow-up could not be left off WhatsApp at all). A node's own response still needs a variant everywhere.
    /// </summary>
    [Fact]
    public void A_follow_up_may_leave_a_channel_out_and_a_nodes_response_may_not()
    {
        const string Flow = """
            nodes:
              - id: ASK
                start: true
                user_says: [raise a ticket]
                bot_says:
                  initial: What went wrong?
                  follow_up:
                    after: 2m
                    says:
                      variants:
                        - channels: [web]
                          messages: [Are you still there?]
                next:
                  - to: ASK
                    user_says: [again]
            """;
        const string Project = "business:\n  channels: [web, whatsapp]\n";

        Assert.Empty(Findings("BF1033", new RuleExample(Flow, Project)));
        var initial = Flow.Replace("initial: What went wrong?", "initial: { variants: [{ channels: [web], messages: [What went wrong?] }] }", StringComparison.Ordinal);
        Assert.Equal(6, Assert.Single(Findings("BF1033", new RuleExample(initial, Project))).Location!.Start.Line);
    }

    /// <summary>
    /// The platform shows 27 characters on a quick reply: counted as users see them (an emoji is one), the text
    /// around a placeholder only, each translation, an FAQ's quick replies too; a long message sent by a short label is fine.
    /// </summary>
    [Fact]
    public void A_quick_reply_is_measured_as_users_see_its_label()
    {
        const string Flow = """
            nodes:
              - id: START
                start: true
                end: true
                user_says: [hello]
                bot_says:
                  - text: What next?
                    quick_replies:
                      - "🚚🚚 Track my order please 🚚"
                      - Track the order of ${entity.person_name}
                      - { text: Track my order, send: I would like to track my order right now please }
                      - { en: Track my order, hi: "मेरे ऑर्डर को ट्रैक करें, कृपया अभी तुरंत" }
            """;
        const string Faq = "faq:\n  - id: HOURS\n    questions: [when are you open]\n    answer: 9 to 5.\n    quick_replies: [What are your opening hours on holidays]\n";

        var found = Findings("BF2021", WithFaq(Flow, Faq) with { Project = "  languages: [en, hi]\n" });

        Assert.Equal(
            [
                "the quick reply 'What are your opening hours on holidays' of the FAQ HOURS is 39 characters: the platform shows 27, the rest is cut",
                "the quick reply 'मेरे ऑर्डर को ट्रैक करें, कृपया अभी ...' (hi) of START is 28 characters: the platform shows 27, the rest is cut",
            ],
            found.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.Equal("shorten it to 27 characters", found.Single(d => d.Message.Contains("HOURS", StringComparison.Ordinal)).Hint);
        Assert.StartsWith("shorten it to 27 characters; for a longer message", found.Single(d => d.Message.Contains("START", StringComparison.Ordinal)).Hint, StringComparison.Ordinal);
        var withSend = Findings("BF2021", new RuleExample(Flow.Replace("{ text: Track my order, send:", "{ text: Track my order but only if it shipped, send:", StringComparison.Ordinal)) with { Project = "  languages: [en, hi]\n" });
        Assert.Equal("shorten it to 27 characters", withSend.Single(d => d.Message.Contains("only if", StringComparison.Ordinal)).Hint);
    }

    [Fact]
    public void Missing_translation_covers_user_says_per_language()
    {
        var flow = """
            nodes:
              - id: START
                start: true
                end: true
                user_says: [hello]
                bot_says: { en: Hi!, hi: नमस्ते! }
            """;

        var found = Assert.Single(Findings("BF1028", new RuleExample(flow, "  languages: [en, hi]\n")));
        Assert.Equal((5, 16), found.Location!.Start);
        Assert.StartsWith("the user says of START have no hi translation", found.Message, StringComparison.Ordinal);
        Assert.Equal("write them as a map by language, e.g. { en: [...], hi: [...] }", found.Hint);
    }

    [Fact]
    public void Missing_translations_hint_names_the_bots_languages_in_their_order()
    {
        // Met porting a Portuguese telecom bot (languages: [pt, en]): a prompt written in English only got
        // "write it as a map by language, e.g. { en: ..., en: ... }", the English key twice and no pt.
        var flow = """
            nodes:
              - id: START
                start: true
                end: true
                user_says: { pt: [olá], en: [hello] }
                bot_says: Sure! What's your CPF?
            """;

        var found = Assert.Single(Findings("BF1028", new RuleExample(flow, "  languages: [pt, en]\n")));
        Assert.StartsWith("the text 'Sure! What's your CPF?' of START has no en translation", found.Message, StringComparison.Ordinal);
        Assert.Equal("write it as a map by language, e.g. { pt: ..., en: ... }", found.Hint);
        var users = Assert.Single(Findings("BF1028", new RuleExample(flow.Replace("{ pt: [olá], en: [hello] }", "[olá]", StringComparison.Ordinal).Replace("bot_says: Sure! What's your CPF?", "bot_says: { pt: Olá!, en: Hi!, es: Hola! }", StringComparison.Ordinal), "  languages: [pt, en, es]\n")));
        Assert.Equal("write them as a map by language, e.g. { pt: [...], en: [...], es: [...] }", users.Hint);
    }

    [Fact]
    public void A_text_with_no_letters_is_the_same_in_every_language_and_needs_no_translation()
    {
        // Met porting a bilingual recharge bot: quick replies "199", "299", "599" (plans) and a price before a
        // placeholder were each an error. A text with no letter outside its placeholders (numbers, prices, emoji)
        // reads the same in every language, and the other languages are sent the default language's text.
        var flow = """
            nodes:
              - id: START
                start: true
                user_says: { en: [recharge], hi: [रिचार्ज] }
                entities:
                  - entity: plan
                    prompt:
                      - text: { en: Which plan?, hi: कौन सा प्लान? }
                        quick_replies: ["199", "₹299", "👍", "${entity.plan}!", "1 GB"]
                bot_says:
                  final: ₹${entity.plan}
                end: true
            """;
        var example = new RuleExample(flow, "  languages: [en, hi]\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: plan\n    type: dictionary\n    values: { \"199\": [\"199\"] }\n" },
        };

        var found = Assert.Single(Findings("BF1028", example));

        Assert.StartsWith("the text '1 GB' of START has no hi translation", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_placeholder_with_a_typo_names_the_output_meant()
    {
        // Met breaking a banking bot on purpose: '${output.referense}' got "add it to the script's outputs".
        var flow = ExampleBots.CheckOrder
            .Replace("outputs: [status]", "outputs: [reference]", StringComparison.Ordinal)
            .Replace("bot_says: All good.", "bot_says: Sent, ${output.referense}.", StringComparison.Ordinal);

        var found = Assert.Single(Findings("BF1016", new RuleExample(flow)));

        Assert.Equal("did you mean 'reference'?", found.Hint);
    }

    [Fact]
    public void An_output_the_script_writes_but_its_outputs_misspell_is_told_to_be_added_to_the_outputs()
    {
        // Met breaking a hotel bot on purpose: 'outputs: [totl]' with the script returning 'total' and the text
        // reading ${output.total}; the hint said "did you mean 'totl'?", pointing at the right text.
        const string Script = "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({\"status\": True, \"total\": 3}), 'headers': {}}\n";
        var flow = ExampleBots.CheckOrder
            .Replace("outputs: [status]", "outputs: [totl]", StringComparison.Ordinal)
            .Replace("when: status == true", "when: status == true and total > 0", StringComparison.Ordinal)
            .Replace("bot_says: All good.", "bot_says: That comes to ${output.total}.", StringComparison.Ordinal);
        var example = new RuleExample(flow) { Files = new Dictionary<string, string> { ["scripts/check.py"] = Script } };

        const string Hint = "scripts/check.py writes 'total': add it to the node's outputs (they list 'totl', which the script never writes)";
        Assert.Equal(Hint, Assert.Single(Findings("BF1016", example)).Hint);
        Assert.Equal(Hint, Assert.Single(Findings("BF1006", example)).Hint);

        // A script that writes neither: the output meant is the listed one.
        var neither = example with { Files = new Dictionary<string, string> { ["scripts/check.py"] = Script.Replace("\"total\"", "key", StringComparison.Ordinal) } };
        Assert.Equal("did you mean 'totl'?", Assert.Single(Findings("BF1016", neither)).Hint);
    }

    [Theory]
    [InlineData("^.{10,500$", 2)]
    [InlineData("{10-500}", 0)]
    [InlineData("x{ 3 }", 1)]
    [InlineData("a{2}b{2,}c{2,5}d{,3}", null)]
    [InlineData("[{}]\\{x\\}", null)]
    [InlineData("[]{]x", null)]
    [InlineData("[^]{]x{", 6)]
    public void A_brace_that_starts_no_repetition_is_found(string pattern, int? offset) =>
        Assert.Equal(offset, LiteralBraceRule.LiteralBrace(pattern));

    [Theory]
    [InlineData("'[0-9'", "does not compile: Unterminated [] set")]
    [InlineData("'\\d+\\z'", "is not valid for Python's re: '\\z' is not an escape")]
    [InlineData("'(?<id>APT-\\d{5})'", "is not valid for Python's re: '(?<name>...)' is .NET's named group, which Python rejects: write Python's '(?P<name>...)' or an unnamed group")]
    [InlineData("'[[:digit:]]{6}'", "is not valid for the regex library the platform's regex detector uses: '[:digit:]' inside [...] is a POSIX class to it, where Python's re and .NET read its characters")]
    [InlineData("'[^[]+'", "is not valid for the regex library the platform's regex detector uses: '[' inside [...] opens a nested set to it, where Python's re and .NET read a '[': escape it, '\\[' (offset 2)")]
    public void Regex_findings_say_which_engine_and_why(string pattern, string expected)
    {
        var example = new RuleExample("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: code\n    type: regex\n    pattern: {pattern}\n" },
        };

        var found = Assert.Single(Findings("BF1024", example));
        Assert.Contains(expected, found.Message, StringComparison.Ordinal);
        Assert.Contains(expected.Contains("regex library", StringComparison.Ordinal) ? "regex.V1" : "Python's re", found.Hint, StringComparison.Ordinal);
    }

    /// <summary>
    /// Python's own syntax, valid on the platform, that .NET writes otherwise or not at all. Met porting a clinic bot:
    /// '(?P&lt;id&gt;...)' is how Python names a group, and it was reported as "does not compile" (.NET writes
    /// '(?&lt;id&gt;...)'). '(?u)', which Python 2 wanted for Unicode classes and Python 3 and the platform's detector read
    /// (a no-op), was reported as "does not compile: Unrecognized grouping construct".
    /// </summary>
    [Theory]
    [InlineData(@"\b(?P<id>APT-\d{5})\b")]
    [InlineData(@"(?P<d>\d)(?P=d)\d{3}")]
    [InlineData(@"(?u)\b\d{6}\b")]
    [InlineData(@"(?iu)\bref-\d+\b")]
    public void A_pattern_in_Pythons_own_syntax_is_valid(string pattern)
    {
        var example = new RuleExample("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: code\n    type: regex\n    pattern: '{pattern}'\n" },
        };

        Assert.Empty(Findings("BF1024", example));
    }

    /// <summary>
    /// Found writing YAML the way newcomers do: an empty message, quick reply or user say built clean, a blank bubble
    /// or button sent to users and a phrase that trains detection on nothing, while validate said nothing.
    /// </summary>
    [Theory]
    [InlineData("    bot_says: \"\"\n", "a message of START is empty: users would get a blank bubble")]
    [InlineData("    bot_says: [\"  \", Hi]\n", "a message of START is empty: users would get a blank bubble")]
    [InlineData("    bot_says:\n      - text: Hi\n        quick_replies: [Yes, \"\"]\n", "a quick reply of START is empty: users would get a blank button")]
    [InlineData("    bot_says:\n      - text: Hi\n        buttons: [{ text: Go, send: \"\" }]\n", "what a button sends of START is empty: users would get a tap that sends nothing")]
    [InlineData("    bot_says:\n      - carousel: { items: [{ title: \"\", buttons: [{ text: Open, url: https://example.com }] }] }\n", "a carousel card's title of START is empty: users would get a card without a title")]
    [InlineData("    bot_says: Hi\n    next:\n      - to: START\n        user_says: { en: [again] }\n  - id: OTHER\n    start: true\n    end: true\n    user_says: [\"\", bye]\n    bot_says: Bye\n", "a user say of OTHER is empty: it is no phrase users type, and trains intent detection on nothing")]
    [InlineData("    bot_says: Hi\n    negative_user_says: [\"\"]\n", "a negative user say of START is empty: it is no phrase users type, and trains intent detection on nothing")]
    [InlineData("    bot_says: Hi\n    next:\n      - to: START\n        user_says: [again, \" \"]\n", "a phrase of the connection START → START is empty: it is no phrase users type, and trains intent detection on nothing")]
    public void An_empty_text_or_phrase_is_an_error(string rest, string message)
    {
        var example = new RuleExample("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello, hi there]\n" + rest);

        var found = Assert.Single(Findings("BF1042", example));

        Assert.Equal(message, found.Message);
    }

    [Fact]
    public void Empty_faq_questions_synonyms_taskbox_titles_and_translations_are_errors_and_a_caption_is_not()
    {
        var example = new RuleExample(
            "nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello, hi there]\n    entities:\n      - entity: size\n        mandatory: false\n"
            + "    bot_says:\n      - { en: Hi, hi: \"\" }\n      - { image: https://example.com/a.png, text: \"\" }\n",
            "  languages: [en, hi]\ntaskbox:\n  tasks:\n    - { title: { en: \"\", hi: सहायता }, user_says: { en: hello, hi: नमस्ते } }\n")
        {
            Files = new Dictionary<string, string>
            {
                ["faq.yaml"] = "faq:\n  - id: HOURS\n    questions: [when are you open, \"\"]\n    answer: { en: We are open 9 to 5., hi: सुबह 9 से शाम 5 तक }\n",
                ["entities.yaml"] = "entities:\n  - name: size\n    type: dictionary\n    values: { small: [small, \"\"], large: [large] }\n",
            },
        };

        var messages = Findings("BF1042", example).Select(d => d.Message).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
        [
            "a message of START is empty in 'hi': users would get a blank bubble",
            "a question of the FAQ HOURS is empty: it is no phrase users type, and trains intent detection on nothing",
            "a synonym of 'small' of the entity size is empty: it is no phrase users type, and trains intent detection on nothing",
            "the title of a taskbox task is empty in 'en': users would get a blank entry in the menu",
        ], messages);
    }

    /// <summary>
    /// A pattern in double quotes, "\bORD[0-9]{6}\b" (BF2026's own advice, copied into double quotes): YAML reads each
    /// "\b" as a backspace, so the pattern compiled, never matched, and validate was clean while every test of it failed.
    /// </summary>
    [Fact]
    public void A_word_boundary_written_in_double_quotes_is_a_backspace_and_an_error()
    {
        var example = new RuleExample("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: code\n    type: regex\n    pattern: \"\\bORD[0-9]{6}\\b\"\n" },
        };

        var found = Assert.Single(Findings("BF1024", example));

        Assert.Equal("the pattern of code holds a backspace character where '\\b' is written: in double quotes YAML reads \"\\b\" as a backspace, not as the regex's word boundary, so the pattern never matches what users type", found.Message);
        Assert.Equal("write the pattern in single quotes, where a backslash is itself: pattern: '\\bORD[0-9]{6}\\b'", found.Hint);
        Assert.Empty(Findings("BF1024", example with { Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: code\n    type: regex\n    pattern: \"\\\\bORD[0-9]{6}\\\\b\"\n" } }));
    }

    /// <summary>
    /// Met porting an IT helpdesk bot: a case number written '\d{8}' took eight digits of a nine-digit number, so a
    /// mistyped number looked up another case instead of being asked again. Each pattern below is judged on a text
    /// it matches whole, lengthened by a digit or letter at an end that is one.
    /// </summary>
    [Theory]
    [InlineData(@"\d{8}", "in '123456789' it finds '12345678'", @"put \b at both ends so only a whole code is taken: '\b\d{8}\b'")]
    [InlineData(@"^\d{8}", "in '123456789' it finds '12345678'", @"put \b at its end so only a whole code is taken: '^\d{8}\b'")]
    [InlineData(@"#\d{4,6}", "in '#1234567' it finds '#123456'", @"put \b at its end so only a whole code is taken: '#\d{4,6}\b'")]
    [InlineData(@"POL-\d{6}", "in 'POL-1234567' it finds 'POL-123456'", @"put \b at both ends so only a whole code is taken: '\bPOL-\d{6}\b'")]
    [InlineData(@"[A-Z]{3}\d{6}|\d{9}", "in 'ABC1234567' it finds 'ABC123456'", @"put \b at both ends so only a whole code is taken: '\b(?:[A-Z]{3}\d{6}|\d{9})\b'")]
    [InlineData(@"\d{4}-", "in '21234-' it finds '1234-'", @"put \b at its start so only a whole code is taken: '\b\d{4}-'")]
    [InlineData(@"ab\d{2}", "in 'ab123' it finds 'ab12'", @"put \b at both ends so only a whole code is taken: '\bab\d{2}\b'")]
    [InlineData(@"(?P<id>\d{8})", "in '123456789' it finds '12345678'", @"put \b at both ends so only a whole code is taken: '\b(?P<id>\d{8})\b'")]
    [InlineData(@"(?i)ab\d{2}", "in 'ab123' it finds 'ab12'", @"put \b at both ends so only a whole code is taken: '(?i)\bab\d{2}\b'")]   // the flags stay first, as Python requires
    public void A_regex_that_takes_part_of_a_longer_code_is_reported_with_the_pattern_to_write(string pattern, string taken, string hint)
    {
        var found = Assert.Single(Findings("BF2026", RegexEntity(pattern)));

        Assert.Equal($"the pattern of code takes part of a longer code: {taken}", found.Message);
        Assert.Equal(hint, found.Hint);
    }

    [Theory]
    [InlineData(@"\b\d{8}\b")]
    [InlineData(@"^\d{8}$")]
    [InlineData(@"(?<!\d)\d{6}(?!\d)")]
    [InlineData(@"\d+")]
    [InlineData(@"\d{4,}")]
    [InlineData(@"[A-Z]+-\d+")]
    [InlineData(@"^.{1,300}$")]
    [InlineData(@"(\d)\1{7}")]
    [InlineData(@"(?i)\bab\d{2}\b")]
    [InlineData(@"(?i:ab)\d{2}")]
    public void A_regex_that_takes_whole_codes_only_or_cannot_be_read_is_not_reported(string pattern) =>
        Assert.Empty(Findings("BF2026", RegexEntity(pattern)));

    /// <summary>
    /// Met breaking a Korean courier's port: '\b\d{12}\b' took nothing from "123456789012입니다" (Hangul syllables are
    /// letters of the word the code is written against, so the platform's \b finds no edge there), and the user was
    /// asked again for the number just written.
    /// </summary>
    [Theory]
    [InlineData("ko", @"\b\d{12}\b", "'번호는 123456789012입니다': Korean writes its particles and endings against the word before them", @"'(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])'")]
    [InlineData("ko-KR", @"\b(?:SK|HK)\d{6}\b", "'번호는 SK123456입니다'", "(?<![A-Za-z0-9]) before it, (?![A-Za-z0-9]) after it")]
    public void A_word_boundary_in_a_bot_in_korean_is_reported_with_the_edges_to_write(string language, string pattern, string message, string hint)
    {
        var found = Assert.Single(Findings("BF2040", InLanguages(RegexEntity(pattern), language, "en")));

        Assert.Contains(message, found.Message, StringComparison.Ordinal);
        Assert.EndsWith(hint, found.Hint, StringComparison.Ordinal);
    }

    /// <summary>
    /// The platform reads \b as Unicode's word boundaries (the `regex` library's WORD flag), which part Japanese,
    /// Chinese and Thai from a code written against them: '\bSK\d{6}\b' takes it from "番号はSK123456です", so nothing
    /// is reported there (it once was, on Python's re's reading).
    /// </summary>
    [Theory]
    [InlineData("en", @"\bSK\d{6}\b")]                                   // a language with spaces
    [InlineData("ja", @"\bSK\d{6}\b")]
    [InlineData("zh", @"\b\d{8}\b")]
    [InlineData("th", @"\bSK\d{6}")]
    [InlineData("ja", @"(?<![A-Za-z0-9])SK\d{6}(?![A-Za-z0-9])")]
    [InlineData("ja", @"SK\d{6}")]
    [InlineData("ko", @"(?<!\d)\d{12}(?!\d)")]
    [InlineData("ko", @"\bSK\d{6}")]                                    // a space before the code, a particle after it
    public void A_word_boundary_that_a_sentence_of_the_bots_languages_has_is_not_reported(string language, string pattern) =>
        Assert.Empty(Findings("BF2040", InLanguages(RegexEntity(pattern), language, language == "en" ? "hi" : "en")));

    /// <summary>BF2026 and BF2030 suggest the edges BF2040 asks for in a bot in Korean, not \b; in Japanese, \b.</summary>
    [Fact]
    public void In_a_bot_in_korean_the_other_regex_rules_suggest_edges_without_a_word_boundary()
    {
        var part = Assert.Single(Findings("BF2026", InLanguages(RegexEntity(@"SK\d{6}"), "ko", "en")));
        Assert.Equal(@"say there is no Latin letter or digit at both ends so only a whole code is taken: '(?<![A-Za-z0-9])SK\d{6}(?![A-Za-z0-9])'", part.Hint);
        Assert.Empty(Findings("BF2040", InLanguages(RegexEntity(@"(?<![A-Za-z0-9])SK\d{6}(?![A-Za-z0-9])"), "ko", "en")));

        var anchored = Assert.Single(Findings("BF2030", InLanguages(Anchored(@"^SK\d{6}$", "[cancel, please cancel SK123456]"), "ko", "en")));
        Assert.EndsWith(@"'(?<![A-Za-z0-9])SK\d{6}(?![A-Za-z0-9])'", anchored.Hint, StringComparison.Ordinal);

        var japanese = Assert.Single(Findings("BF2026", InLanguages(RegexEntity(@"SK\d{6}"), "ja", "en")));
        Assert.EndsWith(@"'\bSK\d{6}\b'", japanese.Hint, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met porting a Tamil satellite-TV bot: a name prompt without the words the platform's name detector looks for in
    /// the bot's last message ("யாருக்காக பதிவு செய்கிறோம்?", who is the booking for?) gets no name read after it.
    /// Judged in the prompt and the reprompt, in English and the Indian languages whose lists are carried.
    /// </summary>
    [Theory]
    [InlineData("en", "prompt: Who is the booking for?", "the prompt for person_name on BOOK, 'Who is the booking for?', does not ask for a name in the words the platform's name detector looks for ('name', 'call you', 'address you'): it reads no name after it, and the user is asked again")]
    [InlineData("en", "prompt: What should we call you?", null)]
    [InlineData("en", "prompt: May I have your full NAME?", null)]
    [InlineData("en", "prompt: What is your name?\n        reprompt: Sorry, who?", "the reprompt for person_name on BOOK, 'Sorry, who?', does not ask for a name in the words the platform's name detector looks for ('name', 'call you', 'address you'): it reads no name after it, and the user is asked again")]
    [InlineData("ta", "prompt: யாருக்காக பதிவு செய்கிறோம்?", "the prompt for person_name on BOOK, 'யாருக்காக பதிவு செய்கிறோம்?', does not ask for a name in the words the platform's name detector looks for ('பெயர', 'அழைக்', 'முகவரி உங்களை'): it reads no name after it, and the user is asked again")]
    [InlineData("ta", "prompt: உங்கள் பெயரைச் சொல்லுங்கள்", null)]
    [InlineData("hi", "prompt: आपका नाम क्या है?", null)]
    [InlineData("ja", "prompt: どなたのご予約ですか？", null)]              // the detector's list for Japanese is not carried
    [InlineData("ja, en", "prompt: どなたのご予約ですか？", null)]          // the Japanese text, not English words missing from it (BF1028 reports the missing English)
    public void A_name_prompt_without_the_words_the_name_detector_looks_for_is_reported(string language, string prompt, string? expected)
    {
        var flow = $"nodes:\n  - id: BOOK\n    start: true\n    end: true\n    user_says: [book a table]\n    entities:\n      - entity: person_name\n        {prompt}\n    bot_says:\n      final: Booked.\n";

        var findings = Findings("BF2044", InLanguages(new RuleExample(flow), language));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    /// <summary>
    /// Characters that show as nothing, in what users type (never typed) and in what they see (or reverse it): copied
    /// from a document, or planted so a reviewer cannot see a change. The joiners scripts and emoji need, and the
    /// direction marks and isolates of a right-to-left text users see, are not reported.
    /// </summary>
    [Theory]
    [InlineData("user_says: [\"hel\\u200Blo there\", hi bot]", "the user say 'hel\\u{200B}lo there' of START has U+200B (a zero-width space), which users never type: the example is not read as it looks")]
    [InlineData("user_says: [\"good \\u202Enoonretfa\", hi bot]", "the user say 'good \\u{202E}noonretfa' of START has U+202E (a right-to-left override), which users never type: the example is not read as it looks")]
    [InlineData("user_says: [\"\\u200Fمرحبا\", hi bot]", "the user say '\\u{200F}مرحبا' of START has U+200F (a right-to-left mark), which users never type: the example is not read as it looks")]
    [InlineData("negative_user_says: [\"bye\\u00ADbye\"]", "the negative user say 'bye\\u{00AD}bye' of START has U+00AD (a soft hyphen), which users never type: the example is not read as it looks")]
    [InlineData("bot_says: \"Hi\\u2060!\"", "the text 'Hi\\u{2060}!' of START has U+2060 (a word joiner), which shows as nothing")]
    [InlineData("bot_says: \"Call \\u202Eecnatsissa\"", "the text 'Call \\u{202E}ecnatsissa' of START has U+202E (a right-to-left override), which reverses what follows it: users see other words than the file seems to hold")]
    [InlineData("bot_says: \"مرحبا \\u200F123 \\u2067Acme\\u2069\"", null)]
    [InlineData("bot_says: \"क्\\u200Dष 👨\\u200D👩 ❤\\uFE0F\"", null)]
    [InlineData("user_says: [\"न\\u200Cहीं\", hi bot]", null)]
    public void An_invisible_character_is_reported(string line, string? expected)
    {
        var userSays = line.StartsWith("user_says", StringComparison.Ordinal) ? line : "user_says: [hello]";
        var botSays = line.StartsWith("bot_says", StringComparison.Ordinal) ? line : "bot_says: Hi! How can I help?";
        var negative = line.StartsWith("negative", StringComparison.Ordinal) ? $"    {line}\n" : string.Empty;
        var flow = $"nodes:\n  - id: START\n    start: true\n    end: true\n    {userSays}\n{negative}    {botSays}\n";

        var findings = Findings("BF2049", new RuleExample(flow));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    /// <summary>BF2049 reads what users type wherever it is written: a connection's phrases, an FAQ's questions, a synonym.</summary>
    [Fact]
    public void An_invisible_character_is_reported_in_phrases_questions_and_synonyms()
    {
        var flow = "nodes:\n  - id: START\n    start: true\n    user_says: [hello]\n    bot_says: Hi\n    next:\n      - to: MORE\n        user_says: [\"tell me\\uFEFF more\"]\n  - id: MORE\n    end: true\n    bot_says: More.\n";
        var example = new RuleExample(flow)
        {
            Files = new Dictionary<string, string>
            {
                ["faq.yaml"] = "faq:\n  - id: HOURS\n    questions: [\"when are you\\u00ADopen\"]\n    answer: Nine to five.\n",
                ["entities.yaml"] = "entities:\n  - name: color\n    type: dictionary\n    values:\n      red: [red, \"crim\\u200Bson\"]\n",
            },
        };

        var findings = Findings("BF2049", example).Select(f => f.Message).ToList();

        Assert.Equal(
            [
                "the synonym 'crim\\u{200B}son' of 'red' of the entity color has U+200B (a zero-width space), which users never type: the example is not read as it looks",
                "the question 'when are you\\u{00AD}open' of the FAQ HOURS has U+00AD (a soft hyphen), which users never type: the example is not read as it looks",
                "the phrase 'tell me\\u{FEFF} more' of the connection START → MORE has U+FEFF (a byte order mark), which users never type: the example is not read as it looks",
            ],
            findings);
    }

    /// <summary>
    /// The platform's time detector reads a number given alone ("7", "7 please") as an hour only after a bot message with
    /// the word "time" in it: after "When should we call you?" the user who answers "7" is asked again. Judged in the
    /// prompt and the reprompt of the public time entity, in English.
    /// </summary>
    [Theory]
    [InlineData("en", "prompt: When should we call you?", "the prompt for time on CALLBACK, 'When should we call you?', has no word 'time' in it: the platform's time detector reads a number given alone ('7', '7 please') as an hour only after a message with 'time' in it, so a user who answers so is asked again")]
    [InlineData("en", "prompt: What time should we call you?", null)]
    [InlineData("en", "prompt: Pick a TIMESLOT for the call", null)]
    [InlineData("en", "prompt: What time works?\n        reprompt: Sorry, when?", "the reprompt for time on CALLBACK, 'Sorry, when?', has no word 'time' in it: the platform's time detector reads a number given alone ('7', '7 please') as an hour only after a message with 'time' in it, so a user who answers so is asked again")]
    [InlineData("en-US", "prompt: When should we call you?", "the prompt for time on CALLBACK, 'When should we call you?', has no word 'time' in it: the platform's time detector reads a number given alone ('7', '7 please') as an hour only after a message with 'time' in it, so a user who answers so is asked again")]
    [InlineData("hi", "prompt: आप किस समय कॉल चाहेंगे?", null)]                   // judged in English only
    public void A_time_prompt_without_the_word_time_is_reported(string language, string prompt, string? expected)
    {
        var flow = $"nodes:\n  - id: CALLBACK\n    start: true\n    end: true\n    user_says: [call me back]\n    entities:\n      - entity: time\n        {prompt}\n    bot_says:\n      final: Noted.\n";

        var findings = Findings("BF2048", InLanguages(new RuleExample(flow), language));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    /// <summary>
    /// Met porting an Indonesian e-wallet bot: its top-up prompt wrote "(minimal Rp10.000)", and users who answer
    /// "Rp 150.000" get 150 from the platform's number detector, which reads the dot as a decimal point. Judged in
    /// the prompts and reprompts of number and currency entities, the entity's own reprompt too, in any language.
    /// Porting a Turkish courier's bot found the decimal comma: "1.250,50 TL" is 1.25 to the detector, "39,90" 3990;
    /// a Russian car-service bot's, spaces between thousands: "1 500 руб." is 1.
    /// </summary>
    [Theory]
    [InlineData("number", "prompt: Berapa rupiah? (minimal Rp10.000)", "the prompt for amount on TOP_UP writes '10.000' with dots between thousands, as users will answer: the platform's number detector reads a dot as a decimal point, so '10.000' is 10 to it and such an answer is asked again, or taken short")]
    [InlineData("currency", "prompt: Wie viel? (z. B. 1.500.000 EUR)", "the prompt for amount on TOP_UP writes '1.500.000' with dots between thousands, as users will answer: the platform's number detector reads a dot as a decimal point, so '1.500.000' is 1.5 to it and such an answer is asked again, or taken short")]
    [InlineData("number", "prompt: How much?\n        reprompt: For example 25.000", "the reprompt for amount on TOP_UP writes '25.000' with dots between thousands, as users will answer: the platform's number detector reads a dot as a decimal point, so '25.000' is 25 to it and such an answer is asked again, or taken short")]
    [InlineData("number", "prompt: \"İade tutarı? (ör. 39,90 TL)\"", "the prompt for amount on TOP_UP writes '39,90' with a decimal comma, as users will answer: the platform's number detector drops commas, reading them between thousands, so '39,90' is 3990 to it and such an answer is taken as that, or asked again")]
    [InlineData("currency", "prompt: Wie viel? (z. B. 1.250,50 EUR)", "the prompt for amount on TOP_UP writes '1.250,50' with a decimal comma, as users will answer: the platform's number detector drops commas, reading them between thousands, and reads a dot as a decimal point, so '1.250,50' is 1.25 to it and such an answer is taken as that, or asked again")]
    [InlineData("number", "prompt: \"Какую сумму вернуть? (например, 1 500 руб.)\"", "the prompt for amount on TOP_UP writes '1 500' with spaces between thousands, as users will answer: the platform's number detector reads a space as the end of a number, so '1 500' is 1 to it and such an answer is taken as that, or asked again")]
    [InlineData("number", "prompt: \"Combien ? (ex. 1 250,50 €)\"", "the prompt for amount on TOP_UP writes '1 250,50' with spaces between thousands, as users will answer: the platform's number detector reads a space as the end of a number, so '1 250,50' is 1 to it and such an answer is taken as that, or asked again")]
    [InlineData("number", "prompt: \"Сумма? Звоните 8 800 555 35 35\"", null)]   // a phone number's groups
    [InlineData("number", "prompt: How much? (e.g. 39.90, or 1,250.50)", null)]
    [InlineData("number", "prompt: Kitne? (jaise 1,50,000)", null)]
    [InlineData("number", "prompt: Berapa rupiah? (minimal Rp10000)", null)]
    [InlineData("number", "prompt: How much? (at least 10,000)", null)]
    [InlineData("number", "prompt: How many kg? (e.g. 2.5)", null)]
    [InlineData("regex", "prompt: Your code? (like 10.000)", null)]                 // a regex keeps the text as typed
    public void A_numbers_prompt_with_dots_between_thousands_is_reported(string type, string prompt, string? expected)
    {
        var definition = type == "regex" ? "    pattern: '[0-9.]+'\n" : "";
        var example = new RuleExample($"nodes:\n  - id: TOP_UP\n    start: true\n    end: true\n    user_says: [top up]\n    entities:\n      - entity: amount\n        {prompt}\n    bot_says:\n      final: Done.\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: amount\n    type: {type}\n{definition}" },
        };

        var findings = Findings("BF2045", example);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    [Fact]
    public void A_numbers_own_reprompt_with_dots_between_thousands_is_reported_once()
    {
        var example = new RuleExample("nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [a]\n    entities:\n      - entity: amount\n        prompt: How much?\n  - id: B\n    start: true\n    end: true\n    user_says: [b]\n    entities:\n      - entity: amount\n        prompt: How much?\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: amount\n    type: number\n    reprompt: Digits only, like 50.000\n" },
        };

        var findings = Findings("BF2045", example);

        Assert.Equal(["the reprompt of amount writes '50.000' with dots between thousands, as users will answer: the platform's number detector reads a dot as a decimal point, so '50.000' is 50 to it and such an answer is asked again, or taken short"], findings.Select(f => f.Message));
        Assert.EndsWith("entities.yaml", findings.Single().Location!.File.Path, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met porting an Indonesian e-wallet bot: a 16-digit identity number (NIK) collected as a number entity comes
    /// through the platform's number detector as a float, 9171234567890123 as 9171234567890124.
    /// </summary>
    [Theory]
    [InlineData("digits: { min: 16, max: 16 }", "nik takes numbers of up to 16 digits, and the platform's number detector reads a number as a float, exact to about 15 digits: 9171234567890123 comes out 9171234567890124, and leading zeros are dropped", "for a card, identity or account number, make nik a regex entity, like pattern: '\\b\\d{16}\\b', whose value is the text as typed")]
    [InlineData("digits: { min: 12, max: 19 }", "nik takes numbers of up to 19 digits, and the platform's number detector reads a number as a float, exact to about 15 digits: 9171234567890123 comes out 9171234567890124, and leading zeros are dropped", "for a card, identity or account number, make nik a regex entity, like pattern: '\\b\\d{12,19}\\b', whose value is the text as typed")]
    [InlineData("digits: { min: 16 }", "nik takes numbers of up to 16 digits, and the platform's number detector reads a number as a float, exact to about 15 digits: 9171234567890123 comes out 9171234567890124, and leading zeros are dropped", "for a card, identity or account number, make nik a regex entity, like pattern: '\\b\\d{16}\\b', whose value is the text as typed")]
    [InlineData("digits: { min: 4, max: 15 }", null, null)]
    [InlineData("digits: { min: 1, max: 6 }", null, null)]
    public void A_number_entity_of_sixteen_digits_or_more_is_reported(string digits, string? expected, string? hint)
    {
        var example = new RuleExample("nodes:\n  - id: VERIFY\n    start: true\n    end: true\n    user_says: [verify me]\n    entities:\n      - entity: nik\n        prompt: NIK?\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: nik\n    type: number\n    {digits}\n" },
        };

        var findings = Findings("BF2046", example);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
        Assert.Equal(hint is null ? [] : [hint], findings.Select(f => f.Hint));
    }

    /// <summary>
    /// Met breaking a Russian car-service bot: a plate written '[А-Я]\d{3}…', and, in names, '[А-Яа-я ]', which look
    /// like the whole alphabet but leave out ё and Ё (outside the range in Unicode): "Пётр Фёдоров" gives no value.
    /// </summary>
    [Theory]
    [InlineData("ru", "^[А-Яа-я ]{2,60}$", "the pattern of full_name takes Russian letters by the range in '[А-Яа-я ]', which leaves out ё, Ё: Unicode puts them outside the range, so a word with ё ('Пётр') is not taken, or only up to it", "add them to the class: '[А-Яа-я ёЁ]'")]
    [InlineData("ru", "(?i)^[а-я ]+$", "the pattern of full_name takes Russian letters by the range in '[а-я ]', which leaves out ё: Unicode puts it outside the range, so a word with ё ('Пётр') is not taken, or only up to it", "add it to the class: '[а-я ё]'")]
    [InlineData("ru", "\\b[А-Я]\\d{3}[А-Я]{2}\\d{2,3}\\b", "the pattern of full_name takes Russian letters by the range in '[А-Я]', which leaves out Ё: Unicode puts it outside the range, so a word with Ё ('Ёлкин') is not taken, or only up to it", "add it to the class: '[А-ЯЁ]'")]
    [InlineData("uk", "^[а-яё' ]+$", "the pattern of full_name takes Russian letters by the range in '[а-яё' ]', which leaves out і, ї, є, ґ: Unicode puts them outside the range, so a word with і ('Іван') is not taken, or only up to it", "add them to the class: '[а-яё' іїєґ]'")]
    [InlineData("ru", "^[А-ЯЁа-яё ]{2,60}$", null, null)]
    [InlineData("ru", "^[а-ё]+$", null, null)]                  // а to ё takes ё
    [InlineData("ru", "^[^а-я]+$", null, null)]                  // a class of what is not a letter
    [InlineData("ru", "^[АВЕКМНОРСТУХ]\\d{3}$", null, null)]    // named letters, no range
    [InlineData("ru", "^\\[а-я\\]$", null, null)]              // brackets escaped: no class
    public void A_range_of_russian_letters_without_yo_is_reported(string language, string pattern, string? expected, string? hint)
    {
        var example = new RuleExample("nodes:\n  - id: CALLBACK\n    start: true\n    end: true\n    user_says: [call me]\n    entities:\n      - entity: full_name\n        prompt: Name?\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: full_name\n    type: regex\n    pattern: '{pattern.Replace("'", "''", StringComparison.Ordinal)}'\n" },
            Project = $"  languages: [{language}]\n",
        };

        var findings = Findings("BF2047", example);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
        Assert.Equal(hint is null ? [] : [hint], findings.Select(f => f.Hint));
    }

    private static RuleExample InLanguages(RuleExample example, params string[] languages) =>
        example with { Project = $"  languages: [{string.Join(", ", languages)}]\n" };

    /// <summary>
    /// Left open by the telecom port (its carousel's image at an http:// address passed every check): an image at a
    /// plain http address, where the web SDK or the apps may show it, is reported; links are not.
    /// </summary>
    [Theory]
    [InlineData("              - image: http://cdn.shop.example/map.png\n", "", "the image of MAP, 'http://cdn.shop.example/map.png', is at a plain http address: on web it may never load")]
    [InlineData("              - carousel:\n                  items:\n                    - { title: Plan A, image: http://cdn.shop.example/a.png, buttons: [{ text: Choose, send: plan a }] }\n", "business:\n  channels: [whatsapp, android]\n", "the carousel image of MAP, 'http://cdn.shop.example/a.png', is at a plain http address: on android it may never load")]
    public void An_image_at_a_plain_http_address_is_reported_where_a_page_or_an_app_shows_it(string message, string project, string expected)
    {
        var flow = "nodes:\n  - id: MAP\n    start: true\n    end: true\n    user_says: [where is the store]\n    bot_says:\n      variants:\n        - messages:\n              - Here it is.\n" + message;
        var found = Assert.Single(Findings("BF2041", new RuleExample(flow, project.Length > 0 ? project : null)));

        Assert.StartsWith(expected, found.Message, StringComparison.Ordinal);
        Assert.EndsWith("write https://cdn.shop.example/" + (message.Contains("map.png", StringComparison.Ordinal) ? "map.png" : "a.png"), found.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("              - image: https://cdn.shop.example/map.png\n", null)]
    [InlineData("              - text: Open the map.\n                buttons: [{ text: Map, url: http://maps.shop.example }]\n", null)]   // a link opens in a browser
    [InlineData("              - image: http://cdn.shop.example/map.png\n", "business:\n  channels: [whatsapp, facebook]\n")]
    [InlineData("              - image: ${output.map_url}\n", null)]
    public void An_https_image_a_link_or_an_image_only_on_messaging_channels_is_not_reported(string message, string? project)
    {
        var flow = "nodes:\n  - id: MAP\n    start: true\n    end: true\n    user_says: [where is the store]\n    bot_says:\n      variants:\n        - messages:\n              - Here it is.\n" + message;

        Assert.Empty(Findings("BF2041", new RuleExample(flow, project)));
    }

    [Fact]
    public void A_taskbox_icon_at_a_plain_http_address_is_reported_on_the_web()
    {
        var example = new RuleExample(ExampleBots.Hello, "taskbox:\n  tasks:\n    - title: Hello\n      user_says: hello\n      icon: http://cdn.shop.example/hi.png\n");

        var found = Assert.Single(Findings("BF2041", example));

        Assert.StartsWith("the icon of a taskbox task, 'http://cdn.shop.example/hi.png', is at a plain http address: on web", found.Message, StringComparison.Ordinal);
    }

    private static RuleExample RegexEntity(string pattern) =>
        new("nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n    entities:\n      - entity: code\n        prompt: Which code?\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: code\n    type: regex\n    pattern: '{pattern}'\n" },
        };

    /// <summary>
    /// Met porting an IT helpdesk bot: 'fields: [status, subject]' read nothing (Salesforce returns 'Status' and
    /// 'Subject', and 'status' is the step's own output), while a test mocking the record with the same spelling passed.
    /// </summary>
    [Fact]
    public void A_salesforce_field_in_lower_case_is_reported_where_it_is_written_with_salesforces_spelling()
    {
        var example = new SalesforceFieldCaseRule().Failing.Fix("fields: [casenumber, Subject]", "fields: [status, Subject, my_score__c, priorityLevel]");

        var found = Findings("BF2027", example);

        Assert.Equal(
            [
                ("./stories/main/flow.yaml:16:18", "'status' is never in the record: Salesforce returns its fields as it spells them ('Status'); 'status' is also the step's own output", "write 'Status', and read it as ${output.Status}"),
                ("./stories/main/flow.yaml:16:48", "'priorityLevel' is never in the record: Salesforce returns its fields as it spells them, standard ones with a capital letter",
                    "write the field's API name as Salesforce spells it (a custom field ends in __c), and read it as ${output.<that name>}"),
            ],
            found.Select(d => ($"{d.Location!.File.Path}:{d.Location.Start.Line}:{d.Location.Start.Column}", d.Message, d.Hint)));
    }

    [Fact]
    public void An_output_read_as_salesforce_spells_it_but_listed_in_lower_case_is_mended_in_the_list()
    {
        var example = new SalesforceFieldCaseRule().Failing.Fix("${output.casenumber}", "${output.CaseNumber}");

        var found = Assert.Single(Findings("BF1016", example));

        Assert.Equal("the action's fields list 'casenumber', which Salesforce never returns (BF2027): write it 'CaseNumber' there", found.Hint);
    }

    /// <summary>
    /// Met breaking the helpdesk port: 'object_id: entity.case_number' looked up the record whose id is that text, and
    /// 'subject: Password reset for $(entity.email)' sent the parentheses to Salesforce; neither was reported.
    /// </summary>
    [Theory]
    [InlineData("Hi $(user.first_name)!", "'$(user.first_name)' is shown as written: a placeholder is written ${user.first_name}")]
    [InlineData("Case {output.case_id} is open.", "'{output.case_id}' is shown as written: a placeholder is written ${output.case_id}")]
    [InlineData("Case {{ output.case_id }} is open.", "'{{ output.case_id }}' is shown as written: a placeholder is written ${output.case_id}")]
    [InlineData("Your plan: $user_details.plan", "'$user_details.plan' is shown as written: a placeholder is written ${user_details.plan}")]
    public void A_placeholder_written_as_another_template_language_writes_it_is_reported(string text, string message)
    {
        var found = Assert.Single(Findings("BF2028", new RuleExample(ExampleBots.Hello.Replace("Hi! How can I help?", $"'{text}'", StringComparison.Ordinal))));

        Assert.Equal(message, found.Message);
    }

    [Theory]
    [InlineData("Hi ${user.first_name}!")]
    [InlineData("It costs $$${output.price} or $5.00.")]
    [InlineData("Visit example.com or write to help@example.com")]
    [InlineData("Send {order.id} or {entity} or {{name}}")]
    [InlineData("A JSON body looks like {\"a\": 1}")]
    public void Text_that_is_no_placeholder_in_another_language_is_not_reported(string text) =>
        Assert.Empty(Findings("BF2028", new RuleExample(ExampleBots.Hello.Replace("Hi! How can I help?", $"\"{text}\"", StringComparison.Ordinal))));

    /// <summary>
    /// Ports from Dialogflow ("$size"), Rasa ("{size}") and Botpress ("{{size}}") write a variable by its name alone:
    /// shown as written. Reported where the name is an entity of the bot's; other words so marked may be text.
    /// </summary>
    [Theory]
    [InlineData("One $issue_type coffee", "'$issue_type' is shown as written: the entity issue_type is written ${entity.issue_type}")]
    [InlineData("It is about {issue_type}.", "'{issue_type}' is shown as written: the entity issue_type is written ${entity.issue_type}")]
    [InlineData("We will email {{ email }}.", "'{{ email }}' is shown as written: the entity email is written ${entity.email}")]
    public void An_entity_written_as_a_variable_of_another_platform_is_reported(string text, string message)
    {
        var flow = ExampleBots.Hello.Replace("Hi! How can I help?", $"'{text}'", StringComparison.Ordinal)
            + "\n  - id: ASK\n    start: true\n    end: true\n    user_says: [my email]\n    entities:\n      - entity: email\n        prompt: Your email?\n    bot_says:\n      final: Thanks.\n";

        var found = Assert.Single(Findings("BF2028", new RuleExample(flow)));

        Assert.Equal(message, found.Message);
    }

    [Theory]
    [InlineData("It costs $5, {draft} or $price, and $$issue_type.")]
    [InlineData("We will email {{ phone_number }}.")]
    public void A_word_marked_so_that_is_no_entity_of_the_bot_is_not_reported(string text) =>
        Assert.Empty(Findings("BF2028", new RuleExample(ExampleBots.Hello.Replace("Hi! How can I help?", $"\"{text}\"", StringComparison.Ordinal))));

    [Fact]
    public void An_entity_written_as_a_placeholder_without_its_namespace_gets_it_in_the_hint()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", ExampleBots.Hello.Replace("Hi! How can I help?", "\"About ${issue_type}\"", StringComparison.Ordinal)),
            ("entities.yaml", RuleExamples.BaseFiles["entities.yaml"]));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0205");

        Assert.StartsWith("did you mean '${entity.issue_type}'? placeholders are", found.Hint, StringComparison.Ordinal);
    }

    /// <summary>
    /// A port of a Rasa bot keeps its training examples' mark-up: "[Amazon](merchant)" on a node trains the detector on
    /// the brackets and the entity's name. Told in user says, phrases and FAQ questions; a patterns entity's tagged
    /// examples, where the mark-up is read, and a Markdown link are not mark-up of this kind.
    /// </summary>
    [Fact]
    public void User_says_written_with_rasas_entity_markup_are_reported_where_it_is_read_as_words()
    {
        var example = new RuleExample(
            "nodes:\n  - id: REFUND\n    start: true\n    end: true\n    user_says: [refund my order, 'read [the docs](https://example.com/docs)']\n    bot_says: Sure.\n"
            + "    next:\n      - to: REFUND\n        user_says: [\"again for [uber]{\\\"entity\\\": \\\"merchant\\\"}\"]\n")
        {
            Files = new Dictionary<string, string>
            {
                ["faq.yaml"] = "faq:\n  - id: FEES\n    questions: [\"fees of [amazon](merchant:amazon)\", what are the fees]\n    answer: None.\n",
                ["entities.yaml"] = "entities:\n  - name: merchant\n    type: patterns\n    examples: [\"I was charged by [Amazon](merchant)\"]\n",
            },
        };

        var found = Findings("BF2050", example).Select(d => (d.Message, d.Hint)).ToList();

        Assert.Equal(
        [
            ("the phrase 'again for [uber]{\"entity\": \"merchant\"}' of the connection REFUND → REFUND is written with an entity's mark-up, which is read as words users type",
                "write it as users type it: 'again for uber'; an entity of type patterns learns from tagged examples in entities.yaml"),
            ("the question 'fees of [amazon](merchant:amazon)' of the FAQ FEES is written with an entity's mark-up, which is read as words users type",
                "write it as users type it: 'fees of amazon'; an entity of type patterns learns from tagged examples in entities.yaml"),
        ], found.OrderBy(f => f.Message, StringComparer.Ordinal));
    }

    [Fact]
    public void The_unmarked_forms_know_every_namespace_a_placeholder_has()
    {
        foreach (var kind in Enum.GetValues<PlaceholderKind>())
        {
            var ns = TemplateParser.NamespaceOf(kind);
            Assert.Matches(UnmarkedPlaceholders.Bare(), $"{ns}.key");
            Assert.Matches(UnmarkedPlaceholders.Marked(), $"{{{{{ns}.key}}}}");
        }
    }

    /// <summary>
    /// Met porting an order-cancellation bot: an output node asking "Cancel it?" branched on the answer's
    /// confirmation, which it did not collect. BF1009's hint said to add the entity, and the node then had two errors
    /// (an output node collects no mandatory entity, BF0229; a mandatory one has no prompt, BF1020). The hint says
    /// how the entity goes on each kind of node, and the output node so mended has no error.
    /// </summary>
    [Fact]
    public void An_entity_condition_the_node_does_not_collect_is_told_how_to_collect_it_on_an_output_node_and_on_a_static_one()
    {
        // The example's output node OK asks a question and branches on the answer's confirmation, collected nowhere.
        var flow = ExampleBots.CheckOrder.Replace("    end: true\n    bot_says: All good.\n",
            "    bot_says: All good. Anything else?\n    next:\n      - to: MORE\n        entity: { name: confirmation, values: [\"yes\"] }\n", StringComparison.Ordinal)
            + "\n  - id: MORE\n    end: true\n    bot_says: Tell me.\n";
        Assert.Contains("- to: MORE", flow, StringComparison.Ordinal);
        var entities = "entities:\n  - name: confirmation\n    type: dictionary\n    values:\n      \"yes\": [yes, sure]\n      \"no\": [no]\n";
        RuleExample Example(string text) => new(text) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities, ["scripts/check.py"] = TempProject.Script } };

        var onOutput = Assert.Single(Findings("BF1009", Example(flow)));
        var onStatic = Assert.Single(Findings("BF1009", Example(flow.Replace("      - to: CHECK\n", "      - to: MORE\n        entity: { name: confirmation, values: [\"yes\"] }\n", StringComparison.Ordinal))), d => d.Message.StartsWith("START ", StringComparison.Ordinal));
        var mended = flow.Replace("    bot_says: All good. Anything else?\n", "    entities:\n      - entity: confirmation\n        mandatory: false\n    bot_says: All good. Anything else?\n", StringComparison.Ordinal);
        using var project = RuleExamples.Write(Example(mended));

        Assert.Equal("add 'confirmation' to the entities of OK as optional ('- entity: confirmation' with 'mandatory: false'): an output node takes it from the user's answer, and collects no mandatory entity", onOutput.Hint);
        Assert.Equal("add 'confirmation' to the entities of START, with the prompt that asks for it", onStatic.Hint);
        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Level == DiagnosticLevel.Error);
    }

    /// <summary>
    /// Met porting an order-tracking bot: 'contact_id: ${entity.email}' built clean and its conversation test passed
    /// (the stub answers any id), while the integration service, which reads a record by its id only, would find
    /// none. So for a case's number (eight digits) given as a Case's id.
    /// </summary>
    [Theory]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.phone_number}' }", "contact_id is given ${entity.phone_number}, a phone number, where Salesforce reads a Contact by its record id (15 or 18 letters and digits, starting 003)")]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.order_no}' }", "contact_id is given ${entity.order_no}, whose pattern matches 9 characters, where")]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.otp}' }", "contact_id is given ${entity.otp}, a number of 4 to 6 digits, where")]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.issue}' }", "contact_id is given ${entity.issue}, one of 2 values ('delivery', …), where")]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.amount}' }", "contact_id is given ${entity.amount}, an amount of money, where")]
    [InlineData("salesforce.get_contact: { contact_id: '12345' }", "contact_id '12345' is not a record id, where Salesforce reads a Contact by its record id")]
    [InlineData("salesforce.get_contact: { contact_id: 0015g00000XyZ12 }", "contact_id '0015g00000XyZ12' is an Account's id (001…), not a Contact's, where")]
    [InlineData("salesforce.get_record: { object_type: Case, object_id: '${entity.case_number}' }", "object_id is given ${entity.case_number}, whose pattern matches 8 characters, where Salesforce reads a Case by its record id (15 or 18 letters and digits, starting 500)")]
    [InlineData("salesforce.get_record: { object_type: Order, object_id: jo@example.com }", "object_id 'jo@example.com' is not a record id, where Salesforce reads an Order by its record id (15 or 18 letters and digits, starting 801)")]
    [InlineData("salesforce.get_contact: { contact_id: '${user.user_id}' }", "contact_id is given ${user.user_id}, the platform's own id of the user, where")]
    [InlineData("salesforce.get_contact: { contact_id: '${user.full_name}' }", "contact_id is given ${user.full_name}, the user's name, where")]
    [InlineData("salesforce.get_contact: { contact_id: '${user.auth_id}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '${user_details.salesforce_contact_id}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.contact}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.long_number}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.plain_number}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.known}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '${entity.merchant}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: '003${entity.otp}' }", null)]
    [InlineData("salesforce.get_contact: { contact_id: 0035g00000XyZ12AAB }", null)]
    [InlineData("salesforce.get_record: { object_type: Refund__c, object_id: a0X5g00000XyZ12 }", null)]
    [InlineData("salesforce.get_record: { object_type: Case, object_id: '${entity.case_id}' }", null)]
    public void A_salesforce_read_given_a_value_that_is_never_a_record_id_is_reported(string action, string? message)
    {
        var flow = $"nodes:\n  - id: ASK\n    start: true\n    user_says: [my account]\n    bot_says: One moment.\n    next:\n      - to: FETCH\n"
            + $"  - id: FETCH\n    type: code\n    action:\n      {action}\n    next:\n      - to: DONE\n        when: status exists\n"
            + "  - id: DONE\n    type: output\n    end: true\n    bot_says: Done.\n";
        var entities = """
            entities:
              - { name: order_no, type: regex, pattern: '^[A-Z]{3}\d{6}$' }
              - { name: case_number, type: regex, pattern: '\b\d{8}\b' }
              - { name: case_id, type: regex, pattern: '^500[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$' }
              - { name: contact, type: regex, pattern: '\b003[A-Za-z0-9]{12}\b' }
              - { name: otp, type: number, digits: { min: 4, max: 6 } }
              - { name: long_number, type: number, digits: { min: 15, max: 18 } }
              - { name: plain_number, type: number }
              - { name: issue, type: dictionary, values: { delivery: [delivery], payment: [payment] } }
              - { name: known, type: dictionary, values: { 0035g00000XyZ12AAB: [me] } }
              - { name: merchant, type: patterns, examples: ['charged by [Amazon](merchant)'] }
              - { name: amount, type: currency }
            """;

        var found = Findings("BF2051", new RuleExample(flow, ExampleBots.SalesforceProject) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } });

        OneOrNone(found, message);
    }

    /// <summary>
    /// Met porting an order-cancellation bot: the platform's own placeholders written another way built clean and
    /// were shown to users as written; the platform fills in only '%entitytag_NAME', '%name', '%timeofday', '%date'.
    /// </summary>
    [Theory]
    [InlineData("Hi %entity_tag_email!", "'%entity_tag_email' is shown as written: the platform's placeholder is %entitytag_email", "write %entitytag_email (or ${entity.email})")]
    [InlineData("Hi %EntityTag_Email!", "'%EntityTag_Email' is shown as written: the platform's placeholder is %entitytag_email", "write %entitytag_email (or ${entity.email})")]
    [InlineData("Hi %Name!", "'%Name' is shown as written: the platform's placeholder is %name", "write %name (or ${user.full_name})")]
    [InlineData("Good %time_of_day!", "'%time_of_day' is shown as written: the platform's placeholder is %timeofday", "write %timeofday")]
    [InlineData("Today is %DATE.", "'%DATE' is shown as written: the platform's placeholder is %date", "write %date")]
    [InlineData("Hi %name, good %timeofday, it is %date, %entitytag_email.", null, null)]
    [InlineData("50% off, 100%Name, %20, %names, %user_name, %entitytag_", null, null)]
    public void A_platform_placeholder_written_another_way_is_reported_as_shown(string text, string? message, string? hint)
    {
        var flow = ExampleBots.Hello.Replace("    user_says: [hello]\n", "    user_says: [hello]\n    entities:\n      - entity: email\n        prompt: Your email?\n", StringComparison.Ordinal)
            .Replace("bot_says: Hi! How can I help?", $"bot_says:\n      final: '{text}'", StringComparison.Ordinal);
        Assert.Contains("final:", flow, StringComparison.Ordinal);

        var found = Findings("BF2028", new RuleExample(flow));

        OneOrNone(found, message, hint);
    }

    /// <summary>
    /// A case's SuppliedEmail mapped from the entity beside the right one (a phone number, a name) built clean and
    /// passed its test, while Salesforce refuses a case whose email field is no email address.
    /// </summary>
    [Theory]
    [InlineData("${entity.phone_number}", "SuppliedEmail is given ${entity.phone_number}, a phone number: Salesforce refuses")]
    [InlineData("${entity.person_name}", "SuppliedEmail is given ${entity.person_name}, a person's name: Salesforce refuses")]
    [InlineData("${entity.otp}", "SuppliedEmail is given ${entity.otp}, a number: Salesforce refuses")]
    [InlineData("${entity.issue}", "SuppliedEmail is given ${entity.issue}, one of 2 values ('delivery', …): Salesforce refuses")]
    [InlineData("'Email: ${entity.email}'", "SuppliedEmail has 'Email:' beside its placeholder, with a space")]
    [InlineData("n/a", "SuppliedEmail 'n/a' is no email address")]
    [InlineData("support@acme", "SuppliedEmail 'support@acme' is no email address")]
    [InlineData("${entity.email}", null)]
    [InlineData("${entity.completion_email}", null)]
    [InlineData("${user_details.email}", null)]
    [InlineData("${entity.work_email}", null)]
    [InlineData("${entity.merchant}", null)]
    [InlineData("support@acme.example.com", null)]
    [InlineData("${entity.email}${user_details.domain}", null)]
    public void A_cases_email_given_a_value_that_is_never_an_email_address_is_reported(string value, string? message)
    {
        var flow = "nodes:\n  - id: ASK\n    start: true\n    user_says: [help]\n    bot_says: One moment.\n    next:\n      - to: CREATE\n"
            + $"  - id: CREATE\n    type: code\n    action:\n      salesforce.create_case:\n        subject: Help\n        SuppliedEmail: {value}\n    next:\n      - to: DONE\n        when: status exists\n"
            + "  - id: DONE\n    type: output\n    end: true\n    bot_says: Done.\n";
        var entities = """
            entities:
              - { name: otp, type: number, digits: { min: 4, max: 6 } }
              - { name: issue, type: dictionary, values: { delivery: [delivery], payment: [payment] } }
              - { name: work_email, type: regex, pattern: '\S+@acme\.com' }
              - { name: merchant, type: patterns, examples: ['charged by [Amazon](merchant)'] }
            """;

        var found = Findings("BF2052", new RuleExample(flow, ExampleBots.SalesforceProject) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } });

        OneOrNone(found, message);
    }

    [Fact]
    public void An_action_input_that_is_a_bare_placeholder_name_is_reported_as_sent()
    {
        var example = new SalesforceFieldCaseRule().Fixed.Fix("object_id: ${entity.case_id}", "object_id: entity.case_id");

        var found = Assert.Single(Findings("BF2028", example));

        Assert.Equal(("'entity.case_id' is sent as written: a placeholder is written ${entity.case_id}", "write ${entity.case_id}"), (found.Message, found.Hint));
    }

    /// <summary>
    /// Met breaking the helpdesk port: the failure node said "Sorry, I could not open incident ${output.case_id}",
    /// which no run can fill. What each branch is taken on is read from its rule as the engine reads it.
    /// </summary>
    [Theory]
    [InlineData("when: status == true", "when: status == false", "FAILED", "Sorry (${output.case_id}).",
        "CREATE_CASE leads to FAILED only when status is false, and returns 'case_id' on success only: it is never shown here")]
    [InlineData("when: status == true", "when: status != true", "FAILED", "Sorry (${output.case_id}).",
        "CREATE_CASE leads to FAILED only when status is false, and returns 'case_id' on success only: it is never shown here")]
    [InlineData("when: status == true", "when: status == false", "CREATED", "Done (${output.error}).",
        "CREATE_CASE leads to CREATED only when status is true, and returns 'error' on failure only: it is never shown here")]
    [InlineData("when: status == true", "when: status == false", "CREATED", "Case ${output.case_id}.", null)]
    [InlineData("when: status == true", "when: status == false", "FAILED", "Sorry (${output.error}).", null)]
    [InlineData("when: case_id exists", "when: case_id not exists", "FAILED", "Sorry (${output.case_id}).", null)]
    [InlineData("when: status == true or case_id exists", "when: status == false", "FAILED", "Sorry (${output.case_id}).",
        "CREATE_CASE leads to FAILED only when status is false, and returns 'case_id' on success only: it is never shown here")]
    public void An_output_is_reported_where_the_branch_showing_it_never_has_it(string created, string failed, string node, string text, string? expected)
    {
        var example = new OutputNotOnBranchRule().Fixed
            .Fix("when: status == true", created).Fix("when: status == false", failed)
            .Fix(node == "FAILED" ? "Sorry, the case could not be created (${output.error})." : "Your case ${output.case_id} is open.", text);

        var found = Findings("BF1039", example);

        Assert.Equal(expected is null ? [] : [expected], found.Select(d => d.Message));
    }

    /// <summary>
    /// Met porting an IT helpdesk bot: the opened incident's text showed ${output.error}, which its script returns only
    /// beside 'status': False, and it showed nothing in every conversation; scripts were not judged at all.
    /// </summary>
    [Theory]
    [InlineData("    try:\n        final = {'status': True, 'eta': 'tomorrow'}\n    except Exception as e:\n        final = {'status': False, 'error': str(e)}\n", "OK", "${output.error}",
        "CHECK leads to OK only when status is true, and scripts/check.py returns 'error' only with status False: it is never shown here")]
    [InlineData("    try:\n        final = {'status': True, 'eta': 'tomorrow'}\n    except Exception as e:\n        final = {'status': False, 'error': str(e)}\n", "FAILED", "${output.eta}",
        "CHECK leads to FAILED only when status is false, and scripts/check.py returns 'eta' only with status True: it is never shown here")]
    [InlineData("    try:\n        final = {'status': True, 'eta': 'tomorrow'}\n    except Exception as e:\n        final = {'status': False, 'error': str(e)}\n", "FAILED", "${output.error}", null)]
    // A status computed, set again by key, or a key set by key: with either status.
    [InlineData("    final = {'status': bool(body), 'eta': 'tomorrow'}\n    if not body:\n        final = {'status': False, 'error': 'none'}\n", "FAILED", "${output.eta}", null)]
    [InlineData("    final = {'status': True, 'eta': 'tomorrow'}\n    final['status'] = bool(body)\n", "FAILED", "${output.eta}", null)]
    [InlineData("    final = {'status': False}\n    final['error'] = 'none'\n", "OK", "${output.error}", null)]
    public void An_output_a_script_returns_with_the_other_status_only_is_reported(string lines, string node, string text, string? expected)
    {
        var flow = ExampleBots.CheckOrder.Replace("outputs: [status]", "outputs: [status, eta, error]", StringComparison.Ordinal)
            .Replace(node == "OK" ? "bot_says: All good." : "bot_says: Something went wrong.", $"bot_says: Said {text}.", StringComparison.Ordinal);
        var script = "import json\n\n\ndef main(event, context):\n    body = json.loads(event['body'])\n" + lines
            + "    return {'statusCode': 200, 'body': json.dumps(final), 'headers': {'Content-Type': 'application/json'}}\n";

        var found = Findings("BF1039", new RuleExample(flow) { Files = new Dictionary<string, string> { ["scripts/check.py"] = script } });

        Assert.Equal(expected is null ? [] : [expected], found.Select(d => d.Message));
    }

    [Fact]
    public void A_field_of_a_read_shown_on_its_failure_branch_is_reported()
    {
        var example = new SalesforceFieldCaseRule().Fixed.Fix("I could not find that case.", "Case ${output.CaseNumber} was not found.");

        var found = Assert.Single(Findings("BF1039", example));

        Assert.Equal("FETCH leads to NOT_FOUND only when status is false, and returns 'CaseNumber' on success only, as the fields a read lists: it is never shown here", found.Message);
    }

    [Fact]
    public void A_fix_must_change_the_example()
    {
        var example = new RuleExample("nodes: []", "env: {}", "x:1:1");

        var fixedExample = example.Fix("[]", "[A]");

        Assert.Equal(("nodes: [A]", "env: {}", (string?)null), (fixedExample.Flow, fixedExample.Project, fixedExample.At));
        Assert.Throws<InvalidOperationException>(() => example.Fix("not there", "x"));
    }
    /// <summary>
    /// An FAQ reaches the platform through faq.csv, which holds one answer of text messages: every part of an answer
    /// it cannot hold is reported where it is written (was: dropped from faq.csv without a word, an image or
    /// buttons becoming an empty message), and an answer of texts is not.
    /// </summary>
    [Fact]
    public void Every_part_of_an_faq_answer_faq_csv_cannot_hold_is_reported()
    {
        const string Faq = """
            faq:
              - id: HOURS
                questions: [when are you open, opening hours]
                answer:
                  variants:
                    - channels: [web]
                      messages:
                        - Nine to five.
                        - { text: Anything else?, quick_replies: [Menu] }
                        - { text: See more, buttons: [{ text: Site, url: https://x.example.com }] }
                        - image: https://x.example.com/a.png
                    - messages: [Nine to five, every day.]
            """;

        var found = Findings("BF1036", WithFaq(ExampleBots.CheckOrder, Faq)).Select(d => (d.Location!.Start.Line, d.Message)).ToList();

        Assert.Equal([
            (6, "the answer of HOURS is sent on web only here, but faq.csv holds no channels: the platform sends it on every channel"),
            (9, "the quick replies inside the answer of HOURS are lost: faq.csv holds the FAQ's own quick_replies only"),
            (10, "the buttons in the answer of HOURS are lost: faq.csv holds text messages only"),
            (11, "the image in the answer of HOURS is lost: faq.csv holds text messages only"),
            (12, "the answer of HOURS has 2 variants, but faq.csv holds one answer: the variants after the first are never sent"),
        ], found);
        Assert.Empty(Findings("BF1036", WithFaq(ExampleBots.CheckOrder, "faq:\n  - id: HOURS\n    questions: [opening hours]\n    answer: [Nine to five., \"{}\", Anything else?]\n    quick_replies: [Menu]\n")));
    }
    /// <summary>
    /// BF1037 reports a node the conversation rests on with nothing sent, and no node that sends "{}", goes on at
    /// once to a code node, or asks for an entity; an output node without bot says only after a built-in action
    /// (a script of the author's may send messages of its own).
    /// </summary>
    [Theory]
    [InlineData("    bot_says: \"{}\"\n", 0)]
    [InlineData("    entities:\n      - entity: email\n        prompt: Your email?\n    bot_says:\n      final: Thanks.\n", 0)]
    [InlineData("    entities:\n      - entity: email\n        mandatory: false\n", 1)]
    [InlineData("    entities:\n      - entity: email\n        mandatory: false\n    bot_says:\n      initial: Hello.\n", 0)]
    [InlineData("    next:\n      - to: RUN\n", 0)]
    [InlineData("", 1)]
    public void Bf1037_reports_a_static_node_that_rests_with_nothing_sent(string rest, int reported)
    {
        var flow = "nodes:\n  - id: HELLO\n    start: true\n    end: true\n    user_says: [hello]\n" + rest
            + "  - id: RUN\n    type: code\n    script: scripts/check.py\n    outputs: [status]\n    next:\n      - to: DONE\n        when: status exists\n"
            + "  - id: DONE\n    type: output\n    end: true\n    bot_says: Done.\n";

        Assert.Equal(reported, Findings("BF1037", new RuleExample(flow)).Count(d => d.Message.StartsWith("HELLO", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("    action:\n      salesforce.get_contact: { contact_id: \"003\" }\n", 1)]
    [InlineData("    script: scripts/check.py\n", 0)]
    public void Bf1037_reports_an_output_node_without_bot_says_only_after_a_built_in_action(string code, int reported)
    {
        var flow = "nodes:\n  - id: HELLO\n    start: true\n    user_says: [hello]\n    bot_says: Looking.\n    next:\n      - to: RUN\n"
            + "  - id: RUN\n    type: code\n" + code + "    outputs: [status]\n    next:\n      - to: DONE\n        when: status exists\n"
            + "  - id: DONE\n    type: output\n    end: true\n";

        Assert.Equal(reported, Findings("BF1037", new RuleExample(flow)).Count);
    }

    private const string Stay = """
        entities:
          - name: nights
            type: number
            digits: { min: 1, max: 2 }
          - name: guests
            type: number
            digits: { min: 1, max: 1 }
          - name: card
            type: number
            digits: { min: 12, max: 16 }
          - name: room
            type: dictionary
            values: { king: [king], queen: [queen] }
          - name: bed
            type: dictionary
            values: { single: [single], double: [double, queen] }
          - name: origin
            type: patterns
            examples: ['fly from [Paris](origin) to Berlin']
            values: { paris: [paris], berlin: [berlin] }
          - name: destination
            type: patterns
            examples: ['fly from Paris to [Berlin](destination)']
            values: { paris: [paris], berlin: [berlin] }
          - name: amount
            type: number
          - name: price
            type: number
            digits: { max: 5 }
          - name: pin
            type: number
            digits: { min: 6, max: 6 }
          - name: subscriber
            type: regex
            pattern: '\b3\d{9}\b'
          - name: account
            type: regex
            pattern: '(?<!\d)\d{10}(?!\d)'
          - name: otp
            type: regex
            pattern: '\b\d{6}\b'
          - name: booking
            type: regex
            pattern: '\b[A-Z]{3}\d{6}\b'
          - name: problem
            type: regex
            pattern: '^.{5,}$'
          - name: title
            type: regex
            pattern: '^.{3,80}$'
          - name: whole_id
            type: regex
            pattern: '^3\d{9}$'
        """;

    [Theory]
    [InlineData("nights", "guests", "'nights' and 'guests' on BOOK both read numbers of 1 digit: a message that reaches the node naming one fills both with it, and 'guests' is not asked for")]
    [InlineData("date", "date_of_birth", "'date' and 'date_of_birth' on BOOK both read dates: a message that reaches the node naming one fills both with it, and 'date_of_birth' is not asked for")]
    [InlineData("city", "utils_city", "'city' and 'utils_city' on BOOK both read cities: a message that reaches the node naming one fills both with it, and 'utils_city' is not asked for")]
    [InlineData("number", "pincode", "'number' and 'pincode' on BOOK both read numbers of 6 digits: a message that reaches the node naming one fills both with it, and 'pincode' is not asked for")]
    [InlineData("room", "bed", "'room' and 'bed' on BOOK both read 'queen': a message that reaches the node naming one fills both with it, and 'bed' is not asked for")]
    [InlineData("nights", "card", null)]
    [InlineData("departure_date", "arrival_date", null)]
    [InlineData("flight_departure_city", "flight_arrival_city", null)]
    [InlineData("origin", "destination", null)]
    [InlineData("date", "time", null)]
    [InlineData("person_name", "user_name", null)]
    // A regex entity, by a text its pattern matches whole (met porting a Tamil satellite-TV bot: "my id is 3012345678"
    // filled phone_number with the subscriber ID, and the phone number was never asked for).
    [InlineData("subscriber", "phone_number", "'subscriber' and 'phone_number' on BOOK both read '3000000000': a message that reaches the node naming one fills both with it, and 'phone_number' is not asked for")]
    [InlineData("phone_number", "subscriber", "'phone_number' and 'subscriber' on BOOK both read '3000000000': a message that reaches the node naming one fills both with it, and 'subscriber' is not asked for")]
    [InlineData("subscriber", "account", "'subscriber' and 'account' on BOOK both read '3000000000': a message that reaches the node naming one fills both with it, and 'account' is not asked for")]
    [InlineData("otp", "pincode", "'otp' and 'pincode' on BOOK both read '123456': a message that reaches the node naming one fills both with it, and 'pincode' is not asked for")]
    [InlineData("otp", "number", "'otp' and 'number' on BOOK both read '123456': a message that reaches the node naming one fills both with it, and 'number' is not asked for")]
    [InlineData("booking", "phone_number", "'booking' and 'phone_number' on BOOK both read 'ABC123456': a message that reaches the node naming one fills both with it, and 'phone_number' is not asked for")]   // six digits are a phone number to the platform's phone detector
    // A number in a code: the platform's number detector reads digits anywhere (met porting an Indonesian e-wallet
    // bot: "TRX2026120601 gagal" filled the amount with the transaction ID's digits).
    [InlineData("booking", "number", "'booking' and 'number' on BOOK both read 'ABC123456': a message that reaches the node naming one fills both with it, and 'number' is not asked for")]
    // A phone number's digits are a number too (met porting a Hinglish recharge bot: "9876543210 pe 199 ka recharge kar
    // do" made the amount 9876543210), and a pincode is a phone number to the platform's phone detector.
    [InlineData("amount", "phone_number", "'amount' and 'phone_number' on BOOK both read '9876543210': a message that reaches the node naming one fills both with it, and 'phone_number' is not asked for")]
    [InlineData("phone_number", "number", "'phone_number' and 'number' on BOOK both read '9876543210': a message that reaches the node naming one fills both with it, and 'number' is not asked for")]
    [InlineData("pincode", "phone_number", "'pincode' and 'phone_number' on BOOK both read '560001': a message that reaches the node naming one fills both with it, and 'phone_number' is not asked for")]
    [InlineData("nights", "phone_number", null)]           // at most two digits: never a phone number's
    [InlineData("price", "phone_number", null)]            // at most five
    [InlineData("otp_four_digit", "phone_number", null)]
    [InlineData("booking", "nights", null)]                // its digits are too many for nights
    [InlineData("booking", "otp", null)]
    [InlineData("subscriber", "otp", null)]
    [InlineData("booking", "room", null)]
    [InlineData("otp", "origin", null)]                    // a patterns entity reads a value by the words around it
    // Free text is taken only as the answer to its own prompt (met porting an IT helpdesk bot: a problem's description
    // and an incident's title, both any text, were said to fill each other, which the engine never does).
    [InlineData("problem", "title", null)]
    [InlineData("title", "problem", null)]
    // A code the pattern takes only as the whole message is not taken from a message that reaches the node, but the
    // phone detector takes it from one ("my id is 3012345678").
    [InlineData("whole_id", "phone_number", "'whole_id' and 'phone_number' on BOOK both read '3000000000': a message that reaches the node naming it fills 'phone_number' with it, and 'phone_number' is not asked for")]
    [InlineData("phone_number", "whole_id", "'phone_number' and 'whole_id' on BOOK both read '3000000000': a message that reaches the node naming it fills 'phone_number' with it, and 'phone_number' is not asked for")]
    [InlineData("whole_id", "subscriber", "'whole_id' and 'subscriber' on BOOK both read '3000000000': a message that reaches the node naming it fills 'subscriber' with it, and 'subscriber' is not asked for")]
    public void Two_entities_of_a_node_that_read_the_same_values_are_reported(string first, string second, string? message)
    {
        // Met porting Amazon Lex's BankingBot: the source and target account, two dictionaries of the same accounts,
        // both took 'checking' from "transfer $100 from checking to savings".
        var flow = $"""
            nodes:
              - id: BOOK
                start: true
                end: true
                user_says: [book a stay]
                entities:
                  - entity: {first}
                    prompt: First?
                  - entity: {second}
                    prompt: Second?
                bot_says:
                  final: Done.
            """;

        var findings = Findings("BF2024", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = Stay } });

        Assert.Equal(message is null ? [] : [message], findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Equal("./stories/main/flow.yaml:9:9", $"{f.Location!.File.Path}:{f.Location.Start.Line}:{f.Location.Start.Column}"));
    }

    [Theory]
    [InlineData("amount", "give 'amount' at most 9 digits (digits: { max: 9 }) if its values are shorter than a phone number, or collect 'phone_number' on a node of its own after BOOK")]
    [InlineData("number", "collect 'phone_number' on a node of its own after BOOK")]   // the public number has no digits to set
    [InlineData("pin", "collect 'phone_number' on a node of its own after BOOK")]      // six digits already: the phone detector takes them
    public void A_number_that_takes_a_phone_numbers_digits_is_told_to_be_shorter(string number, string hint)
    {
        var flow = $"nodes:\n  - id: BOOK\n    start: true\n    end: true\n    user_says: [recharge my phone]\n    entities:\n      - entity: {number}\n        prompt: How much?\n"
            + "      - entity: phone_number\n        prompt: Which number?\n    bot_says:\n      final: Done.\n";

        var finding = Assert.Single(Findings("BF2024", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = Stay } }));

        Assert.Equal(hint, finding.Hint);
    }

    [Theory]
    [InlineData(true, true, null)]
    [InlineData(true, false, "the answer to the prompt of 'nights' fills the optional 'guests' with the same value")]
    [InlineData(false, true, "the answer to the prompt of 'guests' fills the optional 'nights' with the same value")]
    public void Two_entities_read_alike_on_a_node_entered_without_a_message_are_reported_only_when_one_is_optional(bool firstMandatory, bool secondMandatory, string? how)
    {
        // After a code node the next node reads no message, and each mandatory entity is taken from its own answer:
        // only an optional one is filled from another's.
        var flow = $"""
            nodes:
              - id: START
                start: true
                user_says: [book a stay]
                next:
                  - to: CHECK
              - id: CHECK
                type: code
                script: scripts/check.py
                next:
                  - to: BOOK
                    when: status == true
                  - to: START
                    when: status == false
              - id: BOOK
                type: output
                end: true
                entities:
                  - entity: nights
                    prompt: How many nights?
                    mandatory: {firstMandatory.ToString().ToLowerInvariant()}
                  - entity: guests
                    prompt: How many guests?
                    mandatory: {secondMandatory.ToString().ToLowerInvariant()}
                bot_says:
                  final: Done.
            """;
        var files = new Dictionary<string, string>
        {
            ["entities.yaml"] = Stay,
            ["scripts/check.py"] = "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True})}\n",
        };

        var findings = Findings("BF2024", new RuleExample(flow) { Files = files });

        Assert.Equal(how is null ? [] : [$"'nights' and 'guests' on BOOK both read numbers of 1 digit: {how}"],
            findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Equal("collect 'guests' on a node of its own after BOOK", f.Hint));
    }

    [Fact]
    public void Two_dictionaries_read_alike_are_told_to_be_patterns_entities_tagged_in_their_own_words()
    {
        var example = new EntitiesReadAlikeRule().Failing;

        var finding = Assert.Single(Findings("BF2024", example));

        Assert.Equal("make both patterns entities (type: patterns) with example sentences that tag each in the words around it, "
            + "such as 'from [checking](source_account) to [savings](target_account)': each then takes the value those words point to", finding.Hint);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("    context_clear: true\n", false)]
    [InlineData("    start: true\n    user_says: [other account balance]\n", false)]
    public void An_entity_every_path_has_collected_is_reported_where_the_node_would_ask_for_it_again(string otherKeys, bool reported)
    {
        // Met porting Amazon Lex's BankingBot: "what about my checking account" after a balance reached a follow-up
        // node that collects the account again; it was known, so the node never asked and showed the first account.
        var failing = new EntityAlwaysKnownRule().Failing;
        var flow = failing.Flow.Replace("  - id: OTHER\n", "  - id: OTHER\n" + otherKeys, StringComparison.Ordinal);

        var findings = Findings("BF2025", failing with { Flow = flow });

        Assert.Equal(reported ? 1 : 0, findings.Count);
    }

    [Fact]
    public void An_entity_collected_before_a_phrase_connection_that_may_be_taken_early_is_not_always_known()
    {
        // BALANCE's phrases can be heard while it still asks for the account: OTHER may be reached without it.
        var flow = """
            nodes:
              - id: BALANCE
                start: true
                user_says: [check my balance]
                entities:
                  - entity: account
                    prompt: Which account?
                bot_says:
                  final: Your ${entity.account} balance is $100.
                next:
                  - to: OTHER
                    user_says: [what about the other account]
              - id: OTHER
                end: true
                entities:
                  - entity: account
                    prompt: Which other account?
                bot_says:
                  final: Your ${entity.account} balance is $100.
            """;
        var files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: account\n    type: dictionary\n    values: { checking: [checking], savings: [savings] }\n" };

        Assert.Empty(Findings("BF2025", new RuleExample(flow) { Files = files }));
    }

    private const string HazardEntities = "entities:\n  - name: hazard\n    type: dictionary\n    values: { 'yes': ['yes', sparks], 'no': ['no', nope] }\n";

    [Theory]
    [InlineData("user_says: [report a power cut, there is no electricity]", "    prompt: Is there any danger?", 1)]
    [InlineData("user_says: [report a power cut, there are sparks]", "    prompt: Is there any danger?", 1)]
    [InlineData("user_says: [report a power cut, there is smoke]", "    prompt: Is there any danger?", 0)]
    [InlineData("user_says: [report a power cut, there is no electricity]", "    mandatory: false", 0)]
    public void A_yes_or_no_word_of_a_user_say_is_reported_only_for_a_question_it_skips(string userSays, string entityLine, int reported)
    {
        var flow = $$"""
            nodes:
              - id: REPORT
                start: true
                end: true
                {{userSays}}
                entities:
                  - entity: hazard
                {{entityLine}}
                  - entity: email
                    prompt: Your email?
                bot_says:
                  final: Thanks.
            """;

        Assert.Equal(reported, Findings("BF2031", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = HazardEntities } }).Count);
    }

    [Fact]
    public void A_yes_in_a_phrase_of_a_connection_into_the_node_is_reported_there()
    {
        var flow = """
            nodes:
              - id: OFFER
                start: true
                user_says: [report a fault]
                bot_says: Shall I log a fault?
                next:
                  - to: LOG
                    user_says: [yes please log it, log a fault]
              - id: LOG
                end: true
                entities:
                  - entity: hazard
                    prompt: [Logging it now., Is there any danger?]
                  - entity: email
                    prompt: Your email?
                bot_says:
                  final: Logged.
            """;

        var found = Assert.Single(Findings("BF2031", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = HazardEntities } }));

        Assert.Equal((8, 21), found.Location!.Start);
        Assert.Equal("'yes please log it', reaching LOG, gives hazard = 'yes' by its word 'yes': a user who writes it is never asked 'Is there any danger?'", found.Message);
    }

    /// <summary>
    /// Met porting a hotel bot: "Cancel it", a quick reply of the reservation found and a phrase of the connection into
    /// the confirmation, was also a yes of the confirmation, whose previous-context word 'cancel' that quick reply
    /// holds: the booking was cancelled without the question. Tags protect a question only from messages that answer
    /// another bot message without the words.
    /// </summary>
    [Theory]
    [InlineData("text: What would you like to do?\n        quick_replies: [Cancel it, That's all]", 1)]
    [InlineData("text: Shall I cancel it or keep it?\n        quick_replies: [Stop it]", 1)]
    [InlineData("text: Shall I cancel ${user.full_name}'s booking?\n        quick_replies: [Stop it]", 1)]
    [InlineData("text: Shall I ${user.full_name}?\n        quick_replies: [Stop it]", 0)]
    [InlineData("text: What would you like to do?\n        quick_replies: [Stop it, That's all]", 0)]
    public void A_phrase_that_answers_a_message_with_a_previous_context_word_is_reported_for_a_tagged_entity(string message, int reported)
    {
        var flow = $$"""
            nodes:
              - id: FOUND
                start: true
                user_says: [find my booking]
                bot_says:
                  - {{message}}
                next:
                  - to: CONFIRM
                    user_says: [cancel it, stop it]
                  - to: DONE
                    user_says: [that's all]
              - id: CONFIRM
                end: true
                entities:
                  - entity: confirm_cancel
                    prompt: Are you sure you want to cancel?
                  - entity: email
                    prompt: Your email?
                bot_says:
                  final: Done.
              - id: DONE
                end: true
                bot_says: Bye.
            """;
        var entities = "entities:\n  - name: confirm_cancel\n    type: dictionary\n    values: { 'yes': ['yes', cancel it, stop it], 'no': ['no', keep it] }\n    previous_context: [cancel]\n";

        var found = Findings("BF2031", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } });

        Assert.Equal(reported, found.Count);
        if (reported == 1)
        {
            Assert.Equal((10, 21), found[0].Location!.Start);
            Assert.Equal("'cancel it' (and 1 more), reaching CONFIRM from FOUND, gives confirm_cancel = 'yes' by its word 'cancel it', and FOUND's last message holds 'cancel', a previous_context word of confirm_cancel: a user who writes it is never asked 'Are you sure you want to cancel?'", found[0].Message);
        }
    }

    [Theory]
    [InlineData("prompt: { en: Is there any danger?, hi: क्या कोई खतरा है? }", "previous_context: [danger]", "this prompt of REPORT has none in 'hi'")]
    [InlineData("prompt: { en: Is there any danger?, hi: क्या कोई खतरा है? }", "previous_context: [danger, खतरा]", null)]
    [InlineData("prompt: { en: Sparks?, hi: चिंगारी? }\n        reprompt: { en: Any danger?, hi: कोई खतरा? }", "previous_context: [sparks, चिंगारी]", "this reprompt of REPORT has none")]
    [InlineData("prompt: [{ text: Anything to report?, quick_replies: [No danger, Sparks] }]", "previous_context: [danger]", null)]
    [InlineData("prompt: Is it safe, ${user.full_name}?", "previous_context: [danger]", "this prompt of REPORT has none in 'en'")]   // a name is no question's word
    // Met breaking a college bot: both languages' prompts lacked the word, and only the first was named.
    [InlineData("prompt: { en: Any sparks?, hi: चिंगारी? }", "previous_context: [danger, खतरा]", "this prompt of REPORT has none in 'en' and 'hi'")]
    [InlineData("prompt: \"Is it safe, ${output.site}?\"", "previous_context: [danger]", null)]                           // an output may show any word
    public void A_question_without_the_entitys_previous_context_words_is_an_error(string prompt, string previousContext, string? reported)
    {
        var flow = $$"""
            nodes:
              - id: REPORT
                start: true
                end: true
                user_says: { en: [report a power cut], hi: [बिजली नहीं है] }
                entities:
                  - entity: hazard
                    {{prompt}}
                  - entity: email
                    prompt: { en: Your email?, hi: आपका ईमेल? }
                bot_says:
                  final: { en: Thanks., hi: धन्यवाद। }
            """;
        var files = new Dictionary<string, string> { ["entities.yaml"] = HazardEntities.Replace("['yes', sparks], 'no': ['no', nope]", "['yes', sparks, हाँ], 'no': ['no', nope, नहीं]", StringComparison.Ordinal) + "    " + previousContext + "\n" };

        var found = Findings("BF1040", new RuleExample(flow, Project: "  languages: [en, hi]\n") { Files = files });

        if (reported is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Contains(reported, Assert.Single(found).Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Met breaking a hotel port: the Spanish confirmation "¿Seguro que desea cancelar la reserva ${entity.booking_ref}?"
    /// lacked the only word, 'sure', and went unjudged for its placeholder. A placeholder is now read for what it can
    /// show: a number or a date no word, a regex entity only the letters of its pattern, a dictionary entity its values,
    /// a person's name or email none of the words; an output, another user's field or a pattern like [A-Z]+ anything.
    /// </summary>
    [Theory]
    [InlineData("Cancel booking ${entity.booking_ref} for ${entity.nights} nights on ${entity.date}?", "sure", true)]
    [InlineData("Are you sure about ${entity.booking_ref}?", "sure", false)]
    [InlineData("Cancel the ${entity.room} room?", "suite", false)]
    [InlineData("Cancel the ${entity.room} room?", "sure", true)]
    [InlineData("Cancel ${output.plan}?", "sure", false)]
    // What a user types into a pattern that repeats (a booking reference, [A-Z0-9]{6}; a code, [A-Z]+; any text, .+)
    // carries no word of the question, as a name does not (met breaking an airline bot: "I'll report a bag for booking
    // ${entity.booking_ref}. Shall I file it?" lacked 'correct' and went unjudged, as the reference might spell it);
    // a word the pattern writes itself may be shown.
    [InlineData("Cancel ${entity.code}?", "sure", true)]
    [InlineData("Cancel ${entity.pnr}?", "correct", true)]
    [InlineData("Cancel ${entity.text}?", "sure", true)]
    [InlineData("Cancel? ${entity.answer}", "sure", false)]
    // A person's name or email is never the question's word (met breaking a college bot: "Shall I book a tour … for
    // ${entity.person_name}?" without 'confirm' went unjudged, and no answer was ever taken).
    [InlineData("Cancel it, ${user.full_name}?", "sure", true)]
    [InlineData("Book it for ${entity.person_name}?", "confirm", true)]
    [InlineData("Send it to ${entity.email}?", "confirm", true)]
    [InlineData("Cancel ${user.user_id}?", "sure", false)]
    // An amount shows digits and its currency (met breaking an airline bot: "Shall I file a refund request for
    // ${entity.pnr} of ${entity.fare}?" without 'confirm' went unjudged, as if the amount might spell it).
    [InlineData("Refund ${entity.fare} for ${entity.pnr}?", "confirm", true)]
    [InlineData("Refund ${entity.fare}?", "inr", false)]
    public void A_question_with_placeholders_is_judged_by_what_they_can_show(string prompt, string word, bool reported)
    {
        var flow = $$"""
            nodes:
              - id: CANCEL
                start: true
                end: true
                user_says: [cancel my booking]
                entities:
                  - entity: booking_ref
                    prompt: Your reference?
                  - entity: confirm
                    prompt: {{prompt}}
                bot_says:
                  final: Done.
            """;
        var entities = $$"""
            entities:
              - name: confirm
                type: dictionary
                values: { 'yes': ['yes'], 'no': ['no'] }
                previous_context: [{{word}}]
              - name: booking_ref
                type: regex
                pattern: '\bHB-\d{6}\b'
              - name: code
                type: regex
                pattern: '\b[A-Z]+\b'
              - name: pnr
                type: regex
                pattern: '\b[A-Z0-9]{6}\b'
              - name: text
                type: regex
                pattern: '.+'
              - name: answer
                type: regex
                pattern: '\b(?:sure|no)\b'
              - name: nights
                type: number
              - name: fare
                type: currency
              - name: room
                type: dictionary
                values: { standard: [standard], suite: [suite, junior suite] }
            """;

        var found = Findings("BF1040", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } });

        Assert.Equal(reported ? 1 : 0, found.Count);
    }

    /// <summary>
    /// Met porting a hotel bot: "Would you like to try other dates?" on the unavailable room's output node, with no
    /// connection, gave every answer the bot-break message. An alternative question, an entity's prompt, a question
    /// with quick replies (BF2013's), one whose "no" a connection takes, and one in another language are not judged.
    /// </summary>
    [Theory]
    [InlineData("bot_says: Is there anything else I can help you with?", "", 1)]
    [InlineData("bot_says: \"Sorry, we're full. Want to try other dates?\"", "", 1)]
    [InlineData("bot_says: Is it about a delivery or a payment?", "", 0)]
    [InlineData("bot_says: What else can I do for you?", "", 0)]
    [InlineData("bot_says: [{ text: Anything else?, quick_replies: [No thanks] }, Shall I go on?]", "", 1)]
    [InlineData("bot_says: [{ text: Shall I go on?, quick_replies: [Go on] }]", "", 0)]
    [InlineData("bot_says: Shall I go on?", "    next:\n      - to: DONE\n        user_says: [no, no thanks]\n", 0)]
    [InlineData("entities:\n      - entity: email\n        prompt: Would you share your email?\n    bot_says:\n      final: Thanks.", "", 0)]
    // Met porting a college bot: the hand-off's question came before a pinned-chat event, which shows nothing, and
    // was not read. Messages that show nothing after the question ("{}", a SYSTEM event) are passed over; a menu
    // or a feedback request after it is what the user answers.
    [InlineData("bot_says: [Would you like to leave your number?, { hsl: { type: SYSTEM, text: '', data: { event: chat_pinned } } }]", "", 1)]
    [InlineData("bot_says: [Would you like to leave your number?, \"{}\"]", "", 1)]
    [InlineData("bot_says: [Would you like to leave your number?, \"{taskbox}\"]", "", 0)]
    [InlineData("bot_says: [Would you like to leave your number?, { hsl: { type: TEXT, text: Or call us., data: {} } }]", "", 0)]
    public void A_yes_or_no_question_that_nothing_answers_is_reported(string says, string next, int reported)
    {
        var flow = $$"""
            nodes:
              - id: ASK
                start: true
                user_says: [book a room, reserve a room]
                {{says}}
            {{next}}  - id: DONE
                end: true
                bot_says: Bye.
            """;

        Assert.Equal(reported, Findings("BF2032", new RuleExample(flow)).Count);
    }

    /// <summary>
    /// Met porting a Portuguese telecom bot: "Deseja tentar outro CPF?" on the bill-not-found node, with no connection,
    /// was not reported where its English text was, as the check read English only; a Portuguese-only bot heard
    /// nothing. Spanish, Portuguese and French questions are read with their own words, yes and no.
    /// </summary>
    [Theory]
    [InlineData("es", "reservar una habitación", "Lo siento, no hay cuartos. ¿Quiere probar otras fechas?", "", "neither 'sí' nor 'no' would be taken")]
    [InlineData("pt", "segunda via da fatura", "Não encontrei fatura. Deseja tentar outro CPF?", "", "neither 'sim' nor 'não' would be taken")]
    [InlineData("fr", "réserver une chambre", "Désolé, c'est complet. Voulez-vous essayer d'autres dates ?", "", "neither 'oui' nor 'non' would be taken")]
    [InlineData("pt", "segunda via da fatura", "Deseja a fatura por e-mail ou por SMS?", "", null)]
    [InlineData("pt", "segunda via da fatura", "Qual é o seu CPF?", "", null)]
    [InlineData("es", "reservar una habitación", "¿Quiere probar otras fechas?", "    next:\n      - to: DONE\n        user_says: [no, no gracias]\n", null)]
    [InlineData("hi", "कमरा बुक करें", "क्या आप दूसरी तारीख़ आज़माना चाहेंगे?", "", null)]
    public void A_yes_or_no_question_in_spanish_portuguese_or_french_is_judged_with_its_own_words(string language, string userSays, string question, string next, string? message)
    {
        var flow = $$"""
            nodes:
              - id: ASK
                start: true
                user_says: [{{userSays}}]
                bot_says: "{{question}}"
            {{next}}  - id: DONE
                end: true
                bot_says: Bye.
            """;

        var found = Findings("BF2032", new RuleExample(flow, Project: $"  languages: [{language}]\n"));

        if (message is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Contains(message, Assert.Single(found).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(@"\bHB-\d{6}\b", "bh")]
    [InlineData(@"^ORD-[0-9]+$", "dor")]
    [InlineData(@"[a-c]x\s\.", "abcx")]
    [InlineData(@"(?i)ab", "abi")]
    [InlineData(@"[]q]", "q")]
    [InlineData(@"\w+", null)]
    [InlineData(@"a.c", null)]
    [InlineData(@"[^0-9]", null)]
    [InlineData(@"[0-\~]", null)]
    [InlineData(@"\p{L}", null)]
    [InlineData(@"\x41", null)]
    [InlineData(@"[a-z-[aeiou]]", null)]
    [InlineData(@"[abc", null)]
    public void The_letters_a_regex_can_write_are_read_from_its_pattern_or_it_may_write_any(string pattern, string? letters)
    {
        var found = PreviousContextMissingRule.Letters(pattern);

        Assert.Equal(letters, found is null ? null : string.Concat(found.Order()));
    }

    [Fact]
    public void An_entitys_own_reprompt_without_the_words_is_reported_once_for_all_its_nodes()
    {
        var flow = """
            nodes:
              - id: REPORT
                start: true
                end: true
                user_says: [report a power cut]
                entities:
                  - entity: hazard
                    prompt: Any danger?
                bot_says:
                  final: Thanks.
              - id: AGAIN
                start: true
                end: true
                user_says: [check again]
                entities:
                  - entity: hazard
                    prompt: Still any danger?
                bot_says:
                  final: Thanks.
            """;
        var files = new Dictionary<string, string> { ["entities.yaml"] = HazardEntities + "    previous_context: [danger]\n    reprompt: Sparks, yes or no?\n" };

        var found = Assert.Single(Findings("BF1040", new RuleExample(flow) { Files = files }));

        Assert.StartsWith("hazard takes a value only after a bot message with 'danger' (previous_context), and this reprompt of REPORT has none", found.Message, StringComparison.Ordinal);
    }

    /// <summary>A quick reply at a question without the tags is taken by nothing, as the engine then takes no value (BF2013 agrees with it).</summary>
    [Theory]
    [InlineData("Any sparks?", 2)]
    [InlineData("Any danger?", 0)]
    public void Quick_replies_at_a_question_without_the_tags_are_taken_by_nothing(string question, int unhandled)
    {
        var flow = $$"""
            nodes:
              - id: REPORT
                start: true
                end: true
                user_says: [report a power cut]
                entities:
                  - entity: hazard
                    prompt: [{ text: {{question}}, quick_replies: ['Yes', 'No'] }]
                  - entity: email
                    prompt: Your email?
                bot_says:
                  final: Thanks.
            """;
        var example = new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = HazardEntities + "    previous_context: [danger]\n" } };

        Assert.Equal(unhandled, Findings("BF2013", example).Count);
        Assert.Equal(unhandled / 2, Findings("BF1040", example).Count);
    }

    /// <summary>
    /// Met porting a utility bot: the only way into ASK is an entity condition on a context-clear node (BF1011, never
    /// true), so no path reaches ASK, and "every path into ASK has collected 'email'" was said of none.
    /// </summary>
    [Fact]
    public void A_node_no_path_enters_has_no_entity_always_known()
    {
        var flow = """
            nodes:
              - id: START
                start: true
                context_clear: true
                user_says: [report a problem]
                entities:
                  - entity: confirm
                    prompt: Is it urgent?
                  - entity: email
                    prompt: Your email?
                bot_says:
                  final: Thanks.
                next:
                  - to: ASK
                    entity: { name: confirm, values: ["no"] }
              - id: ASK
                end: true
                entities:
                  - entity: email
                    prompt: Your email?
                  - entity: phone_number
                    prompt: Your phone?
                bot_says:
                  final: Ok ${entity.email}.
            """;
        var files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: confirm\n    type: dictionary\n    values: { 'yes': ['yes'], 'no': ['no'] }\n" };

        Assert.Single(Findings("BF1011", new RuleExample(flow) { Files = files }));
        Assert.Empty(Findings("BF2025", new RuleExample(flow) { Files = files }));
    }

    /// <summary>The same for a connection out of an end node that waits for a message (BF1035): no path, so no entity is judged missing behind it.</summary>
    [Fact]
    public void A_connection_never_taken_from_an_end_node_is_no_path_for_an_entity()
    {
        var flow = """
            nodes:
              - id: HELLO
                start: true
                end: true
                user_says: [hello]
                bot_says: Hi!
                next:
                  - to: THANKS
                    user_says: [thanks]
              - id: ASK
                start: true
                user_says: [my email]
                entities:
                  - entity: email
                    prompt: Your email?
                next:
                  - to: THANKS
                    entity: email
              - id: THANKS
                end: true
                bot_says: You're welcome, ${entity.email}.
            """;

        Assert.Single(Findings("BF1035", new RuleExample(flow)));
        Assert.Empty(Findings("BF1015", new RuleExample(flow)));
    }

    [Fact]
    public void A_follow_up_node_that_asks_again_tells_the_author_to_use_an_entity_of_its_own()
    {
        var finding = Assert.Single(Findings("BF2025", new EntityAlwaysKnownRule().Failing));

        Assert.Equal("every path into OTHER has collected 'account' already: OTHER never asks for it, and the value stays the one collected before", finding.Message);
        Assert.Equal("to ask for a new value, collect it under an entity of its own (the same values, another name); else remove 'account' from OTHER's entities", finding.Hint);
    }

    [Theory]
    [InlineData("from [checking](source) to savings", "the tag [checking](source) names 'source', which is no entity: the example teaches 'source_account' nothing",
        "tag the value with the entity's name: [checking](source_account)")]
    [InlineData("from [checking](Source Account) to savings", "the tag [checking](Source Account) names 'Source Account', which is no entity: the example teaches 'source_account' nothing",
        "did you mean 'source_account'? ([checking](source_account))")]
    [InlineData("from [checking](source_acount) to savings", "the tag [checking](source_acount) names 'source_acount', which is no entity: the example teaches 'source_account' nothing",
        "did you mean 'source_account'? ([checking](source_account))")]
    [InlineData("from [checking](source_account) to [savings](target_account)", null, null)]
    [InlineData("from [checking](source_account) in [Paris](city)", null, null)]
    public void A_tag_that_names_no_entity_is_reported_with_the_name_meant(string example, string? message, string? hint)
    {
        // Met breaking the BankingBot port on purpose: '[checking](source)' taught the source account nothing, silently.
        var entities = $"""
            entities:
              - name: source_account
                type: patterns
                examples:
                  - {example}
                  - out of my [savings](source_account) account
              - name: target_account
                type: patterns
                examples: ['into my [checking](target_account) account']
            """;
        var findings = Findings("BF1038", new RuleExample(new UnknownTagRule().Failing.Flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } });

        Assert.Equal(message is null ? [] : [(message, hint)], findings.Select(f => (f.Message, f.Hint)));
    }

    [Fact]
    public void A_question_of_two_faqs_is_told_to_stay_in_one_of_them()
    {
        // Met breaking a university admissions bot on purpose: the hint spoke of a node where both were FAQs.
        var flow = "nodes:\n  - id: START\n    start: true\n    end: true\n    user_says: [hello]\n    bot_says: Hi.\n";
        var faq = "faq:\n  - id: FEES\n    questions: [how much is tuition, is there an application fee]\n    answer: $11,000 a year.\n"
            + "  - id: APPLICATION_FEE\n    questions: [is there an application fee]\n    answer: $60.\n";

        var finding = Assert.Single(Findings("BF1032", WithFaq(flow, faq)));

        Assert.Equal("keep it in one of the two FAQs: the one whose answer it asks for", finding.Hint);
    }

    [Fact]
    public void A_quick_reply_the_engine_gives_to_another_patterns_entity_of_the_node_is_taken_by_nothing()
    {
        // BF2013 reads the asked entity as the engine does (ExtractOn): 'From savings' at the target's prompt names
        // the source account by its words, so the engine leaves the target unanswered.
        var flow = """
            nodes:
              - id: SEND
                start: true
                end: true
                user_says: [send money, transfer funds]
                entities:
                  - entity: source
                    prompt: From which account?
                  - entity: target
                    prompt:
                      - text: To which account?
                        quick_replies: [Savings, From savings]
                bot_says:
                  final: Sending from ${entity.source} to ${entity.target}.
            """;
        const string Values = "values: { checking: [checking], savings: [savings] }";
        var entities = "entities:\n"
            + $"  - name: source\n    type: patterns\n    examples: ['move money from [checking](source) to savings']\n    {Values}\n"
            + $"  - name: target\n    type: patterns\n    examples: ['move money from checking to [savings](target)']\n    {Values}\n";

        var finding = Assert.Single(Findings("BF2013", new RuleExample(flow) { Files = new Dictionary<string, string> { ["entities.yaml"] = entities } }));

        Assert.StartsWith("'From savings' on SEND would be taken by nothing", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The read that stores FirstName (store:), then the leave request that reads it, for BF2029.</summary>
    private const string StoredFlow = """
        nodes:
          - id: BALANCE
            start: true
            user_says: [leave balance]
            next:
              - to: FETCH
          - id: FETCH
            type: code
            action:
              salesforce.get_contact:
                contact_id: ${user_details.contact_id}
                fields: [FirstName]
                store: [FirstName]
            next:
              - to: SHOWN
                when: status == true
              - to: FAILED
                when: status == false
          - id: SHOWN
            type: output
            bot_says: Hi ${conversation.FirstName}.
            next:
              - to: APPLY
                user_says: [apply for leave]
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry.
          - id: APPLY
            user_says: [I want leave]
            next:
              - to: FILE
          - id: FILE
            type: code
            action:
              salesforce.create_case:
                subject: Leave request from ${conversation.FirstName}
            next:
              - to: FILED
                when: status == true
              - to: FAILED
                when: status == false
          - id: FILED
            type: output
            end: true
            bot_says: Filed for ${conversation.FirstName}.
        """;

    /// <summary>
    /// Found porting an HR bot: the leave request's subject read ${conversation.FirstName}, stored by the balance
    /// lookup; a user who asked for leave straight away got a case with no subject at all (the generated script
    /// leaves out an input whose placeholder has no value), and nothing said so.
    /// </summary>
    [Fact]
    public void A_detail_stored_on_every_path_is_not_reported_and_one_a_start_node_reaches_without_it_is()
    {
        Assert.Empty(Findings("BF2029", new RuleExample(StoredFlow, Project: ExampleBots.SalesforceProject)));

        var straight = StoredFlow.Replace("  - id: APPLY\n    user_says: [I want leave]", "  - id: APPLY\n    start: true\n    user_says: [I want leave]", StringComparison.Ordinal);
        Assert.NotEqual(StoredFlow, straight);
        var found = Findings("BF2029", new RuleExample(straight, Project: ExampleBots.SalesforceProject));

        Assert.Equal(
            ["${conversation.FirstName} is stored by FETCH (store:), but not on every path into FILE: where a path skips it, this input is left out of the request",
             "${conversation.FirstName} is stored by FETCH (store:), but not on every path into FILED: where a path skips it, the text shows nothing in its place"],
            found.Select(d => d.Message));
    }

    /// <summary>A connection out of an end node that waits for a message is never taken (BF1035): no path for BF2029 either.</summary>
    [Fact]
    public void A_connection_never_taken_from_an_end_node_is_no_path_for_a_detail()
    {
        var flow = StoredFlow + "\n" + """
              - id: HELP
                start: true
                end: true
                user_says: [help]
                bot_says: Ask me about your leave.
                next:
                  - to: APPLY
                    user_says: [apply anyway]

            """;

        Assert.Single(Findings("BF1035", new RuleExample(flow, Project: ExampleBots.SalesforceProject)));
        Assert.Empty(Findings("BF2029", new RuleExample(flow, Project: ExampleBots.SalesforceProject)));
    }

    [Fact]
    public void A_detail_a_script_may_write_or_no_read_stores_is_not_judged()
    {
        var straight = StraightToApply();

        // No store: of the bot keeps the key: where it comes from cannot be told.
        Assert.Empty(Findings("BF2029", new RuleExample(straight.Replace("store: [FirstName]", "store: []", StringComparison.Ordinal), Project: ExampleBots.SalesforceProject)));

        // A hand-written script names the key and sets conversation_details in a way that names no key: it may set it on the way.
        const string Script = "import json\n\ndef main(event, context):\n    details = {}\n    details['FirstName'] = 'Sam'\n    final_response = {'status': True, 'conversation_details': details}\n"
            + "    return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {}}\n";
        Assert.Empty(Findings("BF2029", new RuleExample(straight + RememberFlow, Project: ExampleBots.SalesforceProject) { Files = new Dictionary<string, string> { ["scripts/remember.py"] = Script } }));
    }

    /// <summary>
    /// Met porting an IT helpdesk bot: its incident script kept the number as {'last_incident': number} in
    /// conversation_details, a greeting read ${conversation.last_incidnet} and the goodbye, a start node,
    /// ${conversation.last_incident}: both showed nothing, and neither was said, as any script that wrote details
    /// silenced the check. A script that names each key it sets keeps those keys as a store: does.
    /// </summary>
    [Theory]
    [InlineData("final_response = {'status': True, 'conversation_details': {'FirstName': 'Sam'}}")]
    [InlineData("final_response = {'status': True}\n    final_response['conversation_details'] = {'FirstName': 'Sam', 'n': 1}")]
    [InlineData("final_response = {'status': True, 'conversation_details': {}}\n    final_response['conversation_details']['FirstName'] = 'Sam'")]
    public void A_detail_a_script_sets_by_name_is_followed_as_a_store_is(string final)
    {
        var script = $"import json\n\ndef main(event, context):\n    {final}\n    return {{'statusCode': 200, 'body': json.dumps(final_response), 'headers': {{}}}}\n";
        var files = new Dictionary<string, string> { ["scripts/remember.py"] = script };

        // Reached through the script or the read on every path: nothing to say.
        Assert.Empty(Findings("BF2029", new RuleExample(StoredFlow + RememberFlow, Project: ExampleBots.SalesforceProject) { Files = files }));

        // A start node that reaches the reads by neither.
        Assert.Equal(
            ["${conversation.FirstName} is stored by FETCH (store:), REMEMBER (its script's conversation_details), but not on every path into FILE: where a path skips it, this input is left out of the request",
             "${conversation.FirstName} is stored by FETCH (store:), REMEMBER (its script's conversation_details), but not on every path into FILED: where a path skips it, the text shows nothing in its place"],
            Findings("BF2029", new RuleExample(StraightToApply() + RememberFlow, Project: ExampleBots.SalesforceProject) { Files = files }).Select(d => d.Message));

        // A typo of a key only the script sets.
        var typo = StoredFlow.Replace("store: [FirstName]", "store: []", StringComparison.Ordinal).Replace("${conversation.FirstName}", "${conversation.Firstname}", StringComparison.Ordinal);
        var found = Findings("BF2029", new RuleExample(typo + RememberFlow, Project: ExampleBots.SalesforceProject) { Files = files });
        Assert.Equal(3, found.Count);   // SHOWN's text, FILE's subject, FILED's text
        Assert.All(found, d => Assert.Equal("${conversation.Firstname} is kept by no store: or script of the bot, so it is never set; 'FirstName' is, by REMEMBER (its script's conversation_details)", d.Message));
    }

    private static string StraightToApply()
    {
        var straight = StoredFlow.Replace("  - id: APPLY\n    user_says: [I want leave]", "  - id: APPLY\n    start: true\n    user_says: [I want leave]", StringComparison.Ordinal);
        Assert.NotEqual(StoredFlow, straight);
        return straight;
    }

    /// <summary>A start node whose script, scripts/remember.py, leads to FILED of <see cref="StoredFlow"/>.</summary>
    private const string RememberFlow = "\n" + """
          - id: HELLO
            start: true
            user_says: [hello]
            next:
              - to: REMEMBER
          - id: REMEMBER
            type: code
            script: scripts/remember.py
            next:
              - to: FILED
                when: status == true
              - to: FAILED
                when: status == false

        """;

    /// <summary>Found breaking the HR port: ${conversation.Firstname} for the FirstName its lookup stores was never set, and nothing said so.</summary>
    [Fact]
    public void A_detail_named_close_to_one_a_read_stores_is_its_typo()
    {
        var typo = StoredFlow.Replace("subject: Leave request from ${conversation.FirstName}", "subject: Leave request from ${conversation.Firstname}", StringComparison.Ordinal);
        Assert.NotEqual(StoredFlow, typo);

        var found = Assert.Single(Findings("BF2029", new RuleExample(typo, Project: ExampleBots.SalesforceProject)));

        Assert.Equal("${conversation.Firstname} is kept by no store: or script of the bot, so it is never set; 'FirstName' is, by FETCH (store:)", found.Message);
        Assert.Equal("did you mean ${conversation.FirstName}?", found.Hint);
        Assert.Empty(Findings("BF2029", new RuleExample(typo.Replace("${conversation.Firstname}", "${conversation.Department}", StringComparison.Ordinal), Project: ExampleBots.SalesforceProject)));
    }

    /// <summary>
    /// Found breaking the HR port: a custom field listed as 'annual_leave_balance__c' and read as
    /// 'Annual_Leave_Balance__c' was told at every read "did you mean 'annual_leave_balance__c'?", to spell the reads
    /// like the list, where the list is as likely the mistake: the hint says the two must be one spelling, Salesforce's.
    /// </summary>
    [Fact]
    public void A_custom_field_listed_in_another_case_asks_for_one_spelling_not_the_lists()
    {
        var flow = StoredFlow.Replace("fields: [FirstName]", "fields: [FirstName, annual_leave__c]", StringComparison.Ordinal)
            .Replace("bot_says: Hi ${conversation.FirstName}.", "bot_says: Hi ${conversation.FirstName}, ${output.Annual_Leave__c} days left.", StringComparison.Ordinal);

        var found = Assert.Single(Findings("BF1016", new RuleExample(flow, Project: ExampleBots.SalesforceProject)));

        Assert.Equal("the action's fields list it as 'annual_leave__c': Salesforce returns a field under its API name exactly as defined, so write it the same way here and in fields, as Salesforce spells it", found.Hint);
    }

    private static RuleExample Anchored(string pattern, string userSays) => new($"""
        nodes:
          - id: CANCEL
            start: true
            end: true
            user_says: {userSays}
            entities:
              - entity: ref
                prompt: Which one?
        """)
    {
        Files = new Dictionary<string, string> { ["entities.yaml"] = $"entities:\n  - name: ref\n    type: regex\n    pattern: '{pattern}'\n" },
    };

    /// <summary>
    /// Found breaking the reservations port: booking references as '^SG-\d{5}$' made "please cancel booking SG-12345",
    /// a user say of the cancel node, give no value, so the user was asked for the reference they had just written.
    /// </summary>
    [Theory]
    [InlineData(@"^SG-\d{5}$", "[cancel, please cancel booking SG-12345]", @"'\bSG-\d{5}\b'")]
    [InlineData(@"^\+\d{10}$", "[call me, call me on +4412345678]", @"'\+\d{10}\b'")]
    [InlineData(@"^[A-Z]{3}\d{6}", "[track order ABC123456 please]", @"'\b[A-Z]{3}\d{6}'")]
    public void A_pattern_tied_to_the_whole_message_where_a_user_say_writes_the_value_in_a_sentence_is_reported(string pattern, string userSays, string hint)
    {
        var found = Assert.Single(Findings("BF2030", Anchored(pattern, userSays)));

        Assert.EndsWith(hint, found.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\bSG-\d{5}\b", "[cancel, please cancel booking SG-12345]")]
    [InlineData(@"^SG-\d{5}$", "[cancel my booking, I want to cancel]")]
    [InlineData(@"^SG-\d{5}$", "[SG-12345]")]
    [InlineData(@"^.{10,500}$", "[my order arrived broken and I want a refund]")]
    [InlineData(@"^SG-\d{5}$|^X\d{4}$", "[please cancel booking SG-12345]")]
    public void A_pattern_unanchored_or_whose_user_says_hold_no_value_in_a_sentence_is_not_reported(string pattern, string userSays)
    {
        Assert.Empty(Findings("BF2030", Anchored(pattern, userSays)));
    }

    /// <summary>
    /// Found extending the ticketing template with a status story: a code node's failure led to the support story's
    /// CASE_FAILED, and BF1002's hint said to make CASE_FAILED a start node, which a code node's outcome cannot use.
    /// </summary>
    [Theory]
    [InlineData("      - to: FAILED\n        when: status == false\n", "a code node's outcomes lead to output nodes of its own story: add one to story main for this outcome (it may say what FAILED says)")]
    [InlineData("      - to: HELP\n        when: status == false\n", "a code node's outcomes lead to output nodes of its own story: add one to story main for this outcome (it may say what HELP says)")]
    public void A_connection_into_another_story_gets_the_way_out_its_kind_has(string failure, string hint)
    {
        // The check's failure leaves the story: its own FAILED node is gone, one of the other story is named instead.
        var flow = ExampleBots.CheckOrder.Replace("\n  - id: FAILED\n    type: output\n    end: true\n    bot_says: Something went wrong.", string.Empty, StringComparison.Ordinal)
            .Replace("      - to: FAILED\n        when: status == false\n", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", flow, StringComparison.Ordinal);
        var other = "nodes:\n  - id: HELP\n    start: true\n    end: true\n    user_says: [help]\n    bot_says: Help.\n"
            + "  - id: FAILED\n    type: output\n    end: true\n    bot_says: Sorry.\n";
        var example = new RuleExample(flow) { Files = new Dictionary<string, string> { ["stories/other/other.yaml"] = other } };

        Assert.Contains(failure, flow, StringComparison.Ordinal);
        var found = Assert.Single(Findings("BF1002", example));

        Assert.Equal(hint, found.Hint);
    }

    [Fact]
    public void A_connection_on_phrases_to_a_start_node_of_another_story_is_told_the_start_node_is_reached_anyway()
    {
        var found = Assert.Single(Findings("BF1002", new CrossStoryConnectionRule().Failing));

        Assert.Equal("BILLING is a start node: its user says reach it from anywhere, so remove this connection (or move BILLING into story main)", found.Hint);
    }

    /// <summary>
    /// Met breaking a fashion shop's bot: a button's url written 'modalago.example.it/taglie' passed validate and every
    /// test, and opened nothing. An address without a scheme, with a space, or an http(s) one without a host is none.
    /// </summary>
    [Theory]
    [InlineData("https://shop.example/sizes", null)]
    [InlineData("http://shop.example", null)]
    [InlineData("tel:+41441234567", null)]
    [InlineData("mailto:help@shop.example", null)]
    [InlineData("${output.tracking_url}", null)]
    [InlineData("www.shop.example/sizes", "has no scheme (https://)")]
    [InlineData("shop.example/sizes", "has no scheme (https://)")]
    [InlineData("/sizes", null)]                                  // a path of the page the chat is in: the web SDK's
    [InlineData("https://shop.example/size guide", "has a space in it")]
    [InlineData("https:/shop.example", "has no host after its scheme")]
    [InlineData("https://", "has no host after its scheme")]
    [InlineData(" ", "is empty")]
    public void An_address_is_a_web_address_with_its_scheme_and_host(string address, string? problem) =>
        Assert.Equal(problem, NotAWebAddressRule.Problem(address, ["web"]));

    [Theory]
    [InlineData("/returns", "web", null)]
    [InlineData("//cdn.shop.example/a.png", "web", null)]
    [InlineData("/returns", "web,whatsapp", "is a path of the web page the chat is in, and may be sent on whatsapp, where there is no page")]
    [InlineData("//cdn.shop.example/a.png", "android,ios", "is a path of the web page the chat is in, and may be sent on android, ios, where there is no page")]
    public void A_path_is_an_address_on_the_web_only(string address, string channels, string? problem) =>
        Assert.Equal(problem, NotAWebAddressRule.Problem(address, channels.Split(',')));

    [Fact]
    public void Every_place_an_address_is_written_is_judged()
    {
        var flow = """
            nodes:
              - id: SHOW
                start: true
                end: true
                user_says: [show me]
                bot_says:
                  - image: cdn.shop.example/a.png
                  - carousel:
                      items:
                        - title: A
                          image: cdn.shop.example/b.png
                          buttons: [{ text: Open, url: shop.example/b }]
            """;
        var faq = "faq:\n  - id: STORES\n    questions: [where are your stores]\n    answer: In town.\n    link: { text: Stores, button: Open, url: shop.example/stores }\n";
        var project = "taskbox:\n  tasks:\n    - { title: Show, user_says: show me, icon: cdn.shop.example/icon.png }\n";

        var found = Findings("BF1041", new RuleExample(flow, Project: project) { Files = new Dictionary<string, string> { ["faq.yaml"] = faq } });

        Assert.Equal(
            ["the icon of a taskbox task", "the link of the FAQ STORES", "the image of SHOW", "the carousel image of SHOW", "the button of SHOW"],
            found.Select(d => d.Message[..d.Message.IndexOf(", '", StringComparison.Ordinal)]));
    }

    /// <summary>
    /// Met breaking a bank's bot in Arabic: "[ساعات عمل الفروع، متى يفتح الفرع، ...]" was one user say, and only BF2007's
    /// count hinted at it. A flow item with an Arabic, full-width or ideographic comma is reported; a quoted item, a
    /// block item and a plain sentence's own comma in a block list are taken as meant.
    /// </summary>
    [Theory]
    [InlineData("user_says: [ساعات العمل، متى يفتح الفرع]", 1)]
    [InlineData("user_says: [营业时间，几点开门]", 1)]
    [InlineData("user_says: [営業時間、何時に開きますか]", 1)]
    [InlineData("user_says:\n      - ساعات العمل، متى يفتح الفرع", 0)]
    [InlineData("user_says: [\"نعم، أريد إيقاف البطاقة\", ساعات العمل]", 0)]
    [InlineData("user_says: [ساعات العمل, متى يفتح الفرع]", 0)]
    [InlineData("user_says: [\n        ساعات العمل، متى يفتح الفرع\n      ]", 1)]
    public void A_comma_yaml_does_not_split_is_reported_in_a_flow_list_only(string userSays, int expected)
    {
        var flow = $"nodes:\n  - id: HOURS\n    start: true\n    end: true\n    {userSays}\n    bot_says: Open 8 to 3.\n";

        Assert.Equal(expected, Findings("BF2035", new RuleExample(flow)).Count);
    }

    [Fact]
    public void A_connection_phrase_and_an_faq_question_are_judged_too()
    {
        var flow = "nodes:\n  - id: ASK\n    start: true\n    user_says: [help]\n    bot_says: { text: Block it?, quick_replies: [نعم, لا] }\n    next:\n      - { to: DONE, user_says: [نعم، أكيد] }\n  - id: DONE\n    end: true\n    bot_says: Done.\n";
        var faq = "faq:\n  - id: HOURS\n    questions: [ساعات العمل، متى تفتحون]\n    answer: Open 8 to 3.\n";

        var found = Findings("BF2035", new RuleExample(flow) { Files = new Dictionary<string, string> { ["faq.yaml"] = faq } });

        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Message.StartsWith("'ساعات العمل، متى تفتحون' of the FAQ HOURS is one question", StringComparison.Ordinal));
    }

    [Fact]
    public void Quick_replies_joined_by_such_a_comma_are_one_reply()
    {
        var flow = "nodes:\n  - id: ASK\n    start: true\n    end: true\n    user_says: [help]\n    bot_says: { text: Block it?, quick_replies: [نعم، لا] }\n";

        var found = Assert.Single(Findings("BF2035", new RuleExample(flow)));

        Assert.Equal("'نعم، لا' of ASK is one quick reply: inside [ ], YAML separates items only at ',', not at '،', so its 2 phrases show on one button", found.Message);
        Assert.Equal("write ',' between them ([نعم, لا]), or quote the item if it is one sentence", found.Hint);
    }

    /// <summary>
    /// Met porting a Korean courier's bot, whose prompt said "언제 받으시겠어요? (예: 12/24)": a date example written month
    /// first teaches users that order, and the platform reads "12/10" day first. Only an example one order alone reads
    /// (a day past the 12th) or a month-first form is reported; a year-first or day-first example, or one both orders
    /// read, is not.
    /// </summary>
    [Theory]
    [InlineData("{ ko: \"언제 받으시겠어요? (예: 12/24)\", en: \"Which day? (e.g. 24/12)\" }", "12/24", "show the example year first, 2026/12/24, which the detector reads as meant whatever order users write in")]
    [InlineData("\"Which day? Please write it as MM/DD/YYYY.\"", "MM/DD", "ask for the year first (YYYY/MM/DD), which the detector reads as meant, or the day first (DD/MM/YYYY)")]
    [InlineData("\"Which day? (e.g. 12-25-2026)\"", "12-25-2026", "show the example year first, 2026-12-25, which the detector reads as meant whatever order users write in")]
    [InlineData("{ ko: \"언제 받으시겠어요? (예: 2026/12/24)\", en: \"Which day? (e.g. 24/12/2026)\" }", null, null)]
    [InlineData("\"Which day? (e.g. 03/04)\"", null, null)]
    [InlineData("\"Which day? (e.g. 12-24)\"", null, null)]
    [InlineData("\"Which day? Call 1800-12-3456 if unsure.\"", null, null)]
    public void A_date_prompt_whose_example_writes_the_month_first_is_reported(string prompt, string? example, string? hint)
    {
        var flow = "nodes:\n  - id: RESCHEDULE\n    start: true\n    end: true\n    user_says: [change my delivery date]\n    entities:\n      - entity: date\n        prompt: " + prompt + "\n    bot_says:\n      final: Done.\n";
        var found = Findings("BF2042", new RuleExample(flow, Project: "  languages: [ko, en]\n"));

        if (example is null)
        {
            Assert.Empty(found);
            return;
        }

        var finding = Assert.Single(found);
        Assert.StartsWith($"the prompt for date on RESCHEDULE shows '{example}', a date written month first", finding.Message, StringComparison.Ordinal);
        Assert.Equal(hint, finding.Hint);
    }

    /// <summary>
    /// Found beside BF2042's month-first examples, breaking the same Korean port: "(예: 12월 24일)" in a date's prompt,
    /// and "(예: 오후 3시)" in a time's, show forms the platform's detectors do not read (they read words in English and
    /// Indian languages): a user who answers as shown is asked again.
    /// </summary>
    [Theory]
    [InlineData("date", "{ ko: \"언제 받으시겠어요? (예: 12월 24일)\", en: \"Which day? (e.g. 2026/12/24)\" }", "the prompt for date on ASK shows '12월 24일', a date in words the platform's date detector does not read", "show a date in digits, year first, like 2026/12/24, which the detector reads as meant")]
    [InlineData("date", "{ ko: \"언제 받으시겠어요?\", en: \"Which day? Tomorrow is fine too.\" }", null, null)]
    [InlineData("time", "{ ko: \"몇 시에 받으시겠어요? (예: 오후 3시)\", en: \"What time? (e.g. 15:00)\" }", "the prompt for time on ASK shows '오후 3시', a time in words the platform's time detector does not read", "show a time in digits, like 15:00")]
    [InlineData("time", "{ ko: \"몇 시에 받으시겠어요? (예: 15:00)\", en: \"What time? (e.g. 3 pm)\" }", null, null)]
    // Words around digits the detector reads: an answer as shown is taken, as the engine takes it ("saat 15:00", at
    // 15:00; "saat 3", in which the detector finds "at 3"), so the prompt is not reported; "saat 3'te" is read by neither.
    [InlineData("time", "{ ko: \"몇 시에? (saat 15:00)\", en: \"What time? (e.g. 15:00)\" }", null, null)]
    [InlineData("time", "{ ko: \"몇 시에? (saat 3)\", en: \"What time? (e.g. 15:00)\" }", null, null)]
    [InlineData("time", "{ ko: \"몇 시에? (saat 3'te)\", en: \"What time? (e.g. 15:00)\" }", "the prompt for time on ASK shows 'saat 3'te', a time in words the platform's time detector does not read", "show a time in digits, like 15:00")]
    public void A_date_or_time_prompt_showing_words_the_detector_does_not_read_is_reported(string entity, string prompt, string? message, string? hint)
    {
        var flow = "nodes:\n  - id: ASK\n    start: true\n    end: true\n    user_says: { ko: [배송 변경], en: [change my delivery] }\n    entities:\n      - entity: " + entity + "\n        prompt: " + prompt + "\n    bot_says:\n      final: { ko: 완료, en: Done. }\n";
        var found = Findings("BF2042", new RuleExample(flow, Project: "  languages: [ko, en]\n"));

        if (message is null)
        {
            Assert.Empty(found);
            return;
        }

        var finding = Assert.Single(found);
        Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
        Assert.Equal(hint, finding.Hint);
    }

    /// <summary>
    /// Met breaking a Korean courier's port: the quick reply meant for "lost" was written '파손' (damaged) again, so
    /// the prompt offered 파손 twice and no 분실. Two replies of one message (one card of a carousel) that read alike
    /// in a language are reported, once, in that language; the same text on different messages or cards is not.
    /// </summary>
    [Fact]
    public void Two_replies_of_one_message_that_read_the_same_are_reported_in_their_language()
    {
        var flow = """
            nodes:
              - id: REPORT
                start: true
                end: true
                user_says: { ko: [문제 신고], en: [report a problem] }
                entities:
                  - entity: problem
                    prompt:
                      text: { ko: 어떤 문제가 있었나요?, en: What went wrong? }
                      quick_replies:
                        - { ko: 파손, en: Damaged }
                        - { ko: 파손, en: Lost }
                bot_says:
                  final: { ko: 감사합니다., en: Thank you. }
              - id: PLANS
                start: true
                end: true
                user_says: { ko: [요금제], en: [plans] }
                bot_says:
                  - carousel:
                      items:
                        - { title: { ko: 기본, en: Basic }, buttons: [{ text: { ko: 선택, en: Choose }, send: { ko: 기본, en: basic } }] }
                        - { title: { ko: 프로, en: Pro }, buttons: [{ text: { ko: 선택, en: Choose }, send: { ko: 프로, en: pro } }] }
            """;
        var example = new RuleExample(flow, Project: "  languages: [ko, en]\n")
        {
            Files = new Dictionary<string, string> { ["entities.yaml"] = "entities:\n  - name: problem\n    type: dictionary\n    values:\n      damaged: [파손, damaged]\n      lost: [분실, lost]\n" },
        };

        var found = Assert.Single(Findings("BF2043", example));

        Assert.Equal("'파손' (ko) is shown twice among the quick replies of a message of REPORT: the user cannot tell the two apart", found.Message);
        Assert.Equal(12, found.Location!.Start.Line);
    }

    [Fact]
    public void Two_quick_replies_of_an_faq_that_read_the_same_are_reported()
    {
        var faq = "faq:\n  - id: HOURS\n    questions: [opening hours]\n    answer: We open at 9.\n    quick_replies: [Track my order, track my order!]\n";
        var found = Assert.Single(Findings("BF2043", WithFaq("nodes:\n  - id: HI\n    start: true\n    end: true\n    user_says: [hi]\n    bot_says: Hello.\n", faq)));

        Assert.StartsWith("'track my order!' is shown twice among the quick replies of the FAQ HOURS", found.Message, StringComparison.Ordinal);
    }
}
