using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A quick reply or a <c>send</c> button whose text, tapped where it is shown, nothing would take: not the entity
/// asked for, no connection of the node, no start node and no FAQ. Judged by the conversation engine's own
/// matching (its intent classifier and entity extractor), so the verdict is what <c>botforge test</c> would do: in
/// each of the bot's languages, as a conversation in it is run (its text in that language, against that language's
/// utterances).
/// </summary>
/// <remarks>
/// Checked where the conversation stays after the message: an output node, a prompt, and the other responses of
/// a static node that does not always go on once its entities are known (<see cref="BotGraph.StaysOnceKnown"/>:
/// after the automatic connection to a code node, or an entity condition then read that always holds, the
/// conversation has moved on, so where the tap lands is another node's question). FAQ answers are shown wherever
/// the conversation is, so their replies are left out. The classifier is built only when a reply is not plainly
/// one of the bot's own utterances, and only on a bot of at most <see cref="ClassifierLimit"/> utterances: building
/// it embeds every utterance with the sentence model (about 3 s for 2,000 on a cold cache, then cached per user),
/// which on a larger bot would make <c>validate</c> slow, so a reply that is not written exactly as an utterance
/// that would take it is left unjudged there (never reported on a guess); <c>botforge test</c> still runs the real
/// thing.
/// </remarks>
public sealed class UnhandledReplyRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2013", DiagnosticLevel.Warning, "Quick reply or button that nothing would take");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "unhandled-reply";

    public override string Why => """
        A quick reply sends its text (or its `send`, when it has one) as the user's message, and a `send` button its `send`. When neither the entity being asked for, nor a connection of the node, nor a start node (by its user says, or by the entity of its self-connection) or an FAQ takes that text, the tap gets the bot-break message (or lands on an unrelated node) — typically after the connection it was made for was removed or renamed. The check uses the engine's own matching, so it says what `botforge test` would do; a bot with several languages is checked in each (the reply's text in that language, against that language's user says). A reply to a prompt for a public place entity (city, state, country) that names no place the engine knows, or for a public entity the engine does not read (such as location), is left unjudged: the platform's detectors may take it. On a bot of more than 2,000 utterances, a reply that is not written exactly as an utterance that would take it is left unjudged (building the classifier there would double the time of `validate`). A reply that is a phrase of a connection to a node that does not exist (BF0203) is not judged: that connection may be the one it is for.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            user_says: [hello]
            bot_says:
              - text: Something went wrong.
                quick_replies: [Try again]
            next:
              - to: START
                user_says: [start over]
        """, At: "stories/main/flow.yaml:7:25");

    public override RuleExample Fixed => Failing.Fix("user_says: [start over]", "user_says: [try again, start over]");

    /// <summary>Building the engine's classifier takes a while (the sentence model, on a cold cache): start it first.</summary>
    public override bool RunsLong => true;

    /// <summary>The most utterances (user says, phrases, FAQ questions) for which the engine's classifier is built.</summary>
    public const int ClassifierLimit = 2_000;

    public override void Check(RuleContext context)
    {
        var bot = context.Bot;
        var several = bot.Bot.Languages.Count > 1;
        var entityStarts = BotGraph.EntityStartNodes(bot.Nodes);
        // Each language as a conversation in it is run: its own classifier, trained on its utterances only.
        foreach (var language in bot.Bot.Languages)
        {
            // The conversation's language decides which words are dates and times (Hindi's in Hindi).
            var extractor = new EntityExtractor(new DateOnly(2026, 1, 1), language);
            var intents = context.Intents(language);
            var detections = new Dictionary<string, IntentMatch?>(StringComparer.Ordinal);
            // Detection's own examples: a reply written exactly as one of them is taken (the classifier scores it 1).
            // A start node's example that holds one of its negative user says is held back by them, whichever other
            // intent has the same text (detection passes the node over for another): no shortcut for such a text.
            var heldBack = context.UserSays.Where(u => u.Language == language && UserSays.TrainsDetection(u) && u.Node is not null && IsNegativeOf(u.Node, u.Key, language))
                .Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            var detected = context.UserSays.Where(u => u.Language == language && UserSays.TrainsDetection(u) && !heldBack.Contains(u.Key))
                .Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var node in context.Graph.Nodes.Where(n => n.IsActive && context.Graph.IsReachable(n)))
            {
                foreach (var (response, asking) in BotGraph.WaitingAfter(node))
                {
                    foreach (var (text, location, last) in Replies(response, language))
                    {
                        // The message the reply answers (the variant's last), as the engine has it: null for a text
                        // the engine fills in. An entity with previous-context tags takes the reply only when it holds
                        // one, and the detectors are given it (the time detector reads a number alone only after one
                        // with the word "time").
                        var shown = PreviousContextMissingRule.Shown(last, language);
                        bool? Heard(EntityRef entity) => entity.Definition is not { PreviousContext.Count: > 0 } ? true
                            : shown is not null ? EntityExtractor.InContext(entity, shown) : null;
                        extractor.BotMessage = shown;
                        if (!detected.Contains(UserSays.Normalize(text)) && Handled(bot, node, asking, Heard, text, language, intents, extractor, detections, entityStarts) == false)
                        {
                            context.Report(location, $"'{text}'{(several ? $" ({language})" : string.Empty)} on {node.SystemName} would be taken by nothing: not {(asking is null ? string.Empty : $"the {asking.Entity.Name} asked for, not ")}a connection of {node.SystemName}, a start node or an FAQ",
                                $"add it to the user_says of the connection it is for, or remove the reply");
                        }
                    }
                }
            }
        }
    }

    /// <summary>The replies of a response's messages, each with the last message of its variant (what the user answers).</summary>
    private static IEnumerable<(string Text, Text.SourceLocation Location, Message Last)> Replies(Response response, string language)
    {
        foreach (var (message, last) in response.Variants.SelectMany(v => v.Messages.Select(m => (m, v.Messages[^1]))))
        {
            var texts = message switch
            {
                TextMessage t => t.QuickReplies.Select(x => x.Sends).OfType<LocalizedText>(),
                ButtonsMessage b => b.Buttons.Select(x => x.Sends).OfType<LocalizedText>(),
                CarouselMessage c => c.Items.SelectMany(i => i.Buttons).Select(x => x.Sends).OfType<LocalizedText>(),
                _ => [],
            };
            foreach (var text in texts)
            {
                // A reply with a placeholder sends what it holds at run time: nothing to judge here. One without this
                // language's text is BF1028's.
                if (text.Translations.FirstOrDefault(t => t.Key == language).Value is { Literal: { } literal } template)
                {
                    yield return (literal, template.Location, last);
                }
            }
        }
    }

    /// <summary>True when <paramref name="key"/> (a normal form) holds one of the node's negative user says in the language.</summary>
    /// <remarks>Asked for every example of detection: loops, which allocate nothing.</remarks>
    private static bool IsNegativeOf(Node node, string key, string language)
    {
        foreach (var negative in node.NegativeUserSays.In(language))
        {
            if (UserSays.Holds(key, UserSays.Normalize(negative.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the set's utterances in <paramref name="language"/> has the normal form <paramref name="key"/>.</summary>
    private static bool Written(UtteranceSet set, string key, string language)
    {
        foreach (var utterance in set.In(language))
        {
            if (UserSays.Normalize(utterance.Text) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A reply written exactly as one of the connection's examples (its phrases, its non-start target's user says): the classifier scores it 1.</summary>
    private static bool IsPhrase(UserSaysCondition condition, Node target, string text, string language)
    {
        var key = UserSays.Normalize(text);
        return (Written(condition.UserSays, key, language) || (!target.IsStart && Written(target.UserSays, key, language))) && !IsNegativeOf(target, key, language);
    }

    /// <summary>
    /// What the engine would do with the text, tapped on the node (docs/testing.md: the order a message is understood
    /// in), <c>heard</c> saying whether an entity may take a value from it (previous-context tags; null when that
    /// cannot be told).
    /// </summary>
    /// <remarks>Null when it cannot tell without the classifier (a large bot).</remarks>
    internal static bool? Handled(BotModel bot, Node node, EntityUse? asking, Func<EntityRef, bool?> heard, string text, string language, Lazy<Intents>? intents, EntityExtractor extractor,
        Dictionary<string, IntentMatch?> detections, IReadOnlyList<(Node Node, Connection Connection)> entityStarts)
    {
        if (asking is not null && heard(asking.Entity) != false && extractor.ExtractOn(node, asking.Entity, text, prompted: true) is not null
            && !extractor.MeantForElsewhere(bot, node, asking, text, language))
        {
            return heard(asking.Entity);
        }

        // A place the engine does not know may be on the platform's larger list, and an entity it does not read the
        // platform's detector reads: the platform may take the reply as the answer.
        if (asking?.Entity is { Definition: null } entity && PublicEntities.MayMiss(entity.Name))
        {
            return null;
        }

        // An entity that does not exist (BF0204) takes nothing here; what it was meant to take cannot be told.
        if (asking?.Entity is { Definition: null, IsPublic: false })
        {
            return null;
        }

        for (var i = 0; i < node.Connections.Count; i++)
        {
            // Only the connections the engine weighs for a message.
            var connection = node.Connections[i];
            // A connection to a node that does not exist (BF0203) may be the one the reply is for: not judged.
            if (connection is { Target: null, Condition: UserSaysCondition phrases } && Written(phrases.UserSays, UserSays.Normalize(text), language))
            {
                return null;
            }

            if (!BotGraph.TakesMessages(node, connection))
            {
                continue;
            }

            var target = connection.ActiveTarget!;

            var taken = connection.Condition switch
            {
                EntityPresenceCondition or EntityValueCondition => heard(connection.Condition.EntityOf()!) != false && extractor.Holds(connection.Condition, text) is not null,
                UserSaysCondition c => IsPhrase(c, target, text, language)
                    || (intents?.Value.Connection(node, i, text) is not null && !intents.Value.IsNegative(target, text)),
                _ => false,
            };
            if (taken)
            {
                return true;
            }
        }

        if (intents is null)
        {
            return null;
        }

        // Detection (the same for every node, so once per text): at a pending prompt the engine switches only on a clear match.
        if (!detections.TryGetValue(text, out var match))
        {
            detections[text] = match = intents.Value.Detect(text, out _);
        }

        if (match is not null)
        {
            return asking is null || match.Confidence >= Intents.ClearMatch;
        }

        // Detection found nothing: a start node detected by an entity the reply holds takes it (not at a pending prompt,
        // where the first tap gets the reprompt).
        return asking is null && extractor.StartBy([.. entityStarts.Where(s => heard(s.Connection.Condition.EntityOf()!) != false)], text) is not null;
    }
}
