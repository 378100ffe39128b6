using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Analysis;
using BotForge.Emit.Scripts;
using BotForge.Model;
using BotForge.Simulation.Code;
using BotForge.Simulation.Nlu;
using BotForge.Text;

namespace BotForge.Simulation.Engine;

/// <summary>
/// Runs a bound bot the way the platform does (docs/platform.md), one user message at a time. See
/// docs/testing.md for the rules it follows (connection order, start-node detection, entity prompting,
/// responses, code nodes, bot break).
/// </summary>
public sealed class ConversationEngine
{
    private const int MaxStepsPerTurn = 25;

    private readonly BotModel _bot;
    private readonly Intents _intents;
    private readonly CodeRunner _runner;
    private readonly ConversationSettings _settings;

    /// <summary>The conversation's language: its settings', else the bot's first.</summary>
    private readonly string _language;
    private readonly EntityExtractor _extractor;
    private readonly ResponseRenderer _renderer;
    private readonly ScriptGenerator _scripts;
    private readonly CodeNodeCall _call;
    private readonly Dictionary<string, (string Value, string Original)> _entities = new(StringComparer.Ordinal);
    private readonly JsonObject _conversationDetails = [];
    private readonly JsonObject _userDetails = [];
    private readonly IReadOnlyList<(Node Node, Connection Connection)> _entityStarts;
    private EntityUse? _asking;

    /// <summary>The entity of the current node whose reprompt was sent (each is sent once per entity, per visit of the node).</summary>
    private EntityUse? _reprompted;

    /// <summary>Whether the node the conversation is on has sent anything since it was entered (or this turn began).</summary>
    private bool _responded;
    private JsonObject? _output;
    private Turn _turn = null!;

    /// <summary>The code node whose output <see cref="_output"/> is.</summary>
    private string? _outputOf;

    /// <summary>The last message the bot sent before this turn's message (null before it sent any): what previous-context tags are looked for in.</summary>
    private string? _before;

    /// <summary>The last message the bot has sent so far.</summary>
    private string? _lastSaid;

    public ConversationEngine(BotModel bot, Intents intents, CodeRunner runner, ConversationSettings settings)
    {
        _bot = bot;
        _intents = intents;
        _runner = runner;
        _settings = settings;
        _language = settings.LanguageIn(bot);
        _extractor = new EntityExtractor(settings.Today, _language);
        _renderer = new ResponseRenderer(settings.Channel, _language, Shown);
        _scripts = new ScriptGenerator(bot);
        _call = new CodeNodeCall(bot, settings);
        _entityStarts = BotGraph.EntityStartNodes(bot.Nodes);
        foreach (var (key, value) in settings.UserDetails)
        {
            _userDetails[key] = value;
        }
    }

    /// <summary>
    /// For a command about to run the bot's conversations: when the bot has code nodes, <paramref name="runner"/>
    /// starts Python in the background, so the first code node does not wait for it.
    /// </summary>
    public static void Prepare(BotModel? bot, CodeRunner runner)
    {
        if (bot?.Nodes.Any(n => n.Type == NodeType.Code) == true)
        {
            runner.StartAhead();
        }
    }

    /// <summary>The node the conversation is on (null before the first message).</summary>
    public Node? Current { get; private set; }

    public IReadOnlyDictionary<string, string> Entities => _entities.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);

    /// <summary>
    /// What the smart action <c>{taskbox}</c> opens: the business's taskbox header and its visible tasks as buttons
    /// (<c>Hi! Tap below. [Raise a ticket][My account]</c>), or null when the bot has no taskbox.
    /// </summary>
    public string? Taskbox() => _bot.Taskbox is { } taskbox
        ? (_renderer.Text(taskbox.Header) + " " + string.Concat(taskbox.Tasks.Where(t => t.Visible).Select(t => $"[{_renderer.Text(t.Title)}]"))).Trim()
        : null;

    /// <param name="message">What the user writes.</param>
    /// <param name="attachment">A file sent with it (a test's <c>attachment:</c>): the answer to an attachment entity's prompt of its kind.</param>
    public TurnTrace Say(string message, Attachment? attachment = null)
    {
        _turn = new Turn(attachment is null ? message : $"{attachment}{(message.Length > 0 ? " " + message : string.Empty)}");
        _responded = false;
        _before = _lastSaid;
        _extractor.BotMessage = _before;
        NoteReplyText(message);
        if (attachment is not null && _asking is { Entity.Definition.Type: EntityType.Attachment } wanted && Current is { } uploading
            && wanted.Entity.Definition.AttachmentKind == attachment.Kind)
        {
            Store(wanted.Entity.Name, new EntityValue(attachment.Name, attachment.Name));
            _turn.How = Detection.EntityAnswer;
            _turn.Detected = wanted.Entity.Name;
            _asking = null;
            Proceed(uploading);
        }
        else
        {
            NoteNotTaken(attachment);
            if (_asking is { } asking && Current is { } collecting)
            {
                Answer(collecting, asking, message);
            }
            else if (Current is null || !TryConnection(message))
            {
                Detect(message);
            }
        }

        _lastSaid = _turn.LastSaid ?? _lastSaid;

        // An end node completes the conversation once it rests there with nothing asked: the platform then deletes
        // the context (collected entities, conversation details, the last output, where it was; user details are
        // the user's and stay), so the next message begins a new conversation. The turn still shows where it ended.
        if (_asking is null && Current is { IsEnd: true } end)
        {
            _turn.Notes.Add($"{end.SystemName} is an end node: the conversation is over, its entities and details forgotten");
            var trace = _turn.Finish(end.SystemName, Entities);
            Current = null;
            _entities.Clear();
            _conversationDetails.Clear();
            _output = null;
            _reprompted = null;
            return trace;
        }

        return _turn.Finish(Current?.SystemName, Entities);
    }

    /// <summary>
    /// A message while the bot waits for <paramref name="asking"/>, understood in this order (docs/testing.md):
    /// the answer to the asked entity (with the node's optional entities it holds); else a connection of the node
    /// (which leaves it with the entity not collected); else a start node or an FAQ the message is clearly meant
    /// for (confidence at least <see cref="Intents.ClearMatch"/>; an FAQ is answered and the prompt asked again);
    /// else the entity's reprompt, once; after that, detection as for any message (or the bot-break message).
    /// </summary>
    private void Answer(Node node, EntityUse asking, string message)
    {
        var heard = EntityExtractor.InContext(asking.Entity, _before);
        if (!heard && _extractor.ExtractOn(node, asking.Entity, message, prompted: true) is { } unheard)
        {
            NoteOutOfContext(asking.Entity, unheard);
        }

        // The platform's name detector reads a name only after a message that asks for one in its words.
        if (heard && PublicEntities.ReadingOf(asking.Entity) == PublicReading.PersonName
            && !EntityExtractor.AsksForName(_before, _language))
        {
            heard = false;
            if (_extractor.ExtractOn(node, asking.Entity, message, prompted: true) is { } name)
            {
                _turn.Notes.Add($"not taken: {asking.Entity.Name} = '{name.Value}': the platform's name detector reads a name only after a message that asks for it in its words ({string.Join(", ", EntityExtractor.NameAsks(_language)!.Select(w => $"'{w}'"))}), and the bot's last message has none: ask for the name in them");
            }
        }

        if (heard && _extractor.ExtractOn(node, asking.Entity, message, prompted: true) is { } value
            && !_extractor.MeantForElsewhere(_bot, node, asking, message, _language))
        {
            Store(asking.Entity.Name, value);
            NoteRegexValue(asking.Entity, message, value.Value);
            NoteNearVariant(asking.Entity, value, arrival: false);
            NoteNumberMisread(asking.Entity, message);
            NoteNameIntroduced(asking.Entity, value.Value);
            TakeOptional(node, message);
            _turn.How = Detection.EntityAnswer;
            _turn.Detected = asking.Entity.Name;
            _asking = null;
            Proceed(node);
            return;
        }

        NoteWordsNotRead(asking, message);

        if (TryConnection(message))
        {
            NoteLeft(node, asking);
            return;
        }

        var match = _intents.Detect(message, out var nearest);
        if (match is { Confidence: >= Intents.ClearMatch })
        {
            Follow(message, match, nearest);
            return;
        }

        if (_reprompted != asking)
        {
            _reprompted = asking;
            _turn.How = Detection.Reprompt;
            _turn.Detected = asking.Entity.Name;
            var reprompt = asking.Reprompt ?? asking.Entity.Definition?.Reprompt ?? asking.Prompt;
            _turn.Says(reprompt is null ? [$"Please tell me your {asking.Entity.Name.Replace('_', ' ')}."] : _renderer.Render(reprompt));
            return;
        }

        Follow(message, match, nearest);
    }

    /// <summary>Notes why a file sent with the message is not taken, or that an attachment's prompt is answered with text.</summary>
    private void NoteNotTaken(Attachment? attachment)
    {
        if (attachment is null && _asking is { Entity.Definition: { Type: EntityType.Attachment } asked })
        {
            _turn.Notes.Add($"{_asking.Entity.Name} takes a file, not text: a test sends one with attachment: (chat: /attach), a name whose extension is of a{(asked.AttachmentKind == "image" ? "n" : string.Empty)} {asked.AttachmentKind}");
        }
        else if (attachment is not null)
        {
            _turn.Notes.Add(_asking is { Entity.Definition: { Type: EntityType.Attachment } wanted } asking
                ? $"{attachment.Name} is a{(attachment.Kind == "image" ? "n" : string.Empty)} {attachment.Kind}: {asking.Entity.Name} takes a{(wanted.AttachmentKind == "image" ? "n" : string.Empty)} {wanted.AttachmentKind}"
                : $"{attachment.Name} is not read: the engine takes a file only as the answer to an attachment entity's prompt");
        }
    }

    /// <summary>
    /// Notes a message written as the text on a reply of the bot's last message that sends something else ("Yes" on
    /// a reply that sends "how do I apply"): a tap sends that, and a test writes what is sent.
    /// </summary>
    private void NoteReplyText(string message)
    {
        if (_renderer.LastOffered is not { } offered || offered.Line != _lastSaid)
        {
            return;
        }

        var typed = UserSays.Normalize(message);
        foreach (var (text, sends) in offered.Replies)
        {
            if (typed.Length > 0 && UserSays.Normalize(text) == typed && UserSays.Normalize(sends) != typed)
            {
                _turn.Notes.Add($"'{message}' is the text on a reply that sends '{sends}': a test writes what a tap sends");
                return;
            }
        }
    }

    /// <summary>A form left unfinished (by a connection or another start node) is said in the trace.</summary>
    private void NoteLeft(Node node, EntityUse asking) => _turn.Notes.Add($"left {node.SystemName} before its {asking.Entity.Name} was collected");

    /// <summary>
    /// What else an answer holds: the node's optional entities present in it are taken (they are never asked for, so
    /// a message on the node is their only way in); its other mandatory entities are not (each is taken from the
    /// answer to its own prompt), but the trace says so. Free-form entities are taken only as answers.
    /// </summary>
    private void TakeOptional(Node node, string message)
    {
        foreach (var (use, other) in NotYetKnownIn(node, message))
        {
            if (use.Mandatory)
            {
                _turn.Notes.Add($"not taken from this answer: {use.Entity.Name} = '{other.Value}' (it is taken from the answer to its own prompt)");
            }
            else
            {
                Store(use.Entity.Name, other);
                NoteNearVariant(use.Entity, other, arrival: false);
            }
        }
    }

    /// <summary>The current node's connections with a condition: the best phrase match or a matching entity condition.</summary>
    private bool TryConnection(string message)
    {
        var node = Current!;
        (Connection Connection, double Score, EntityValue? Value, string? Nearest)? best = null;
        for (var i = 0; i < node.Connections.Count; i++)
        {
            // An entity condition on one of the node's mandatory entities is read once they are all known (Proceed);
            // one on an entity the node does not collect is never true; an inactive node is never entered.
            var connection = node.Connections[i];
            if (!BotGraph.TakesMessages(node, connection))
            {
                continue;
            }

            var target = connection.ActiveTarget!;

            (double Score, EntityValue? Value, string? Nearest)? match = connection.Condition switch
            {
                UserSaysCondition => _intents.Connection(node, i, message) is { } m && !_intents.IsNegative(target, message)
                    ? (m.Confidence, null, m.NearestExample) : null,
                EntityPresenceCondition or EntityValueCondition => EntityExtractor.InContext(connection.Condition.EntityOf()!, _before) && _extractor.Holds(connection.Condition, message) is { } v
                    ? (1.0, v, null) : null,
                _ => null,
            };
            if (match is { } found && (best is null || found.Score > best.Value.Score))
            {
                best = (connection, found.Score, found.Value, found.Nearest);
            }
        }

        if (best is not { } chosen)
        {
            return false;
        }

        _turn.How = Detection.Connection;
        _turn.Detected = chosen.Connection.TargetName;
        _turn.Confidence = chosen.Score;
        _turn.Nearest = chosen.Nearest;
        if (chosen.Value is { } value && chosen.Connection.Condition.EntityOf() is { } entity)
        {
            Store(entity.Name, value);
        }

        _turn.Path.Add($"{node.SystemName} → {chosen.Connection.TargetName} ({Describe.Condition(chosen.Connection.Condition)})");
        Enter(chosen.Connection.Target!, message);
        return true;
    }

    /// <summary>Intent detection over the active start nodes and the FAQ; below the threshold, the bot breaks.</summary>
    private void Detect(string message) => Follow(message, _intents.Detect(message, out var nearest), nearest);

    /// <summary>Acts on what detection found: a start node, an FAQ answer, or (nothing above the threshold) a bot break.</summary>
    private void Follow(string message, IntentMatch? match, IntentMatch? nearest)
    {
        _turn.Confidence = nearest?.Confidence;
        _turn.Nearest = nearest?.NearestExample;
        if (match is null && _extractor.StartBy([.. _entityStarts.Where(s => EntityExtractor.InContext(s.Connection.Condition.EntityOf()!, _before))], message) is { } start)
        {
            _turn.How = Detection.StartNode;
            _turn.Detected = "node:" + start.Node.SystemName;
            var entity = start.Connection.Condition.EntityOf()!.Name;
            _turn.Note = $"by its self-connection on {entity}";
            _turn.Confidence = null;
            _turn.Nearest = null;
            if (_asking is { } left)
            {
                NoteLeft(Current!, left);
            }

            _asking = null;
            Store(entity, start.Value);
            Enter(start.Node, message);
            return;
        }

        if (match is null)
        {
            var confidence = nearest?.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
            BotBreak(nearest is null
                    ? !UserSays.HasWords(message) ? "it has no words to match"
                    : Polarity.Of(message) == AnswerPolarity.None ? "it shares nothing with any example"
                    : "a yes or no alone is matched only to a short answer of its kind, and no start node or FAQ has one"
                : nearest.Confidence >= _intents.Threshold ? $"best was {nearest.Intent} at {confidence}, but the message is as close to its negative user says"
                : $"best was {nearest.Intent} at {confidence}, below {_intents.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}");
            if (nearest?.ByMeaningAlone is { } byMeaning && byMeaning >= _intents.Threshold)
            {
                _turn.Notes.Add($"read as Hinglish (Hindi in Latin letters), which the sentence model reads poorly, so its words must confirm the meaning: {nearest.Intent} was {byMeaning.ToString("0.00", CultureInfo.InvariantCulture)} by meaning alone, and the message shares little wording with its examples (nearest '{nearest.NearestExample}'): if it belongs there, add user says in the words users type");
            }

            return;
        }

        _turn.Detected = match.Intent;
        if (_intents.Faq(match.Intent) is { } faq)
        {
            _turn.How = Detection.Faq;
            _turn.Says(_renderer.Render(faq.Answer, faq.QuickReplies));

            if (faq.Link is { } link)
            {
                _turn.Says([$"{_renderer.Text(link.Text)} [{_renderer.Text(link.Button)} → {link.Url}]".Trim()]);
            }

            // A digression: the conversation stays where it was, so a pending prompt is asked again.
            if (_asking is { } pending)
            {
                _turn.Notes.Add($"back to {Current!.SystemName}: its {pending.Entity.Name} is still asked for");
                _turn.Says(Prompt(pending));
            }

            return;
        }

        _turn.How = Detection.StartNode;
        if (_asking is { } abandoned)
        {
            NoteLeft(Current!, abandoned);
        }

        _asking = null;
        Enter(_intents.Node(match.Intent)!, message);
    }

    /// <summary>Enters <paramref name="node"/>; <paramref name="responded"/>: the code node before it sent messages of its own.</summary>
    private void Enter(Node node, string? message, bool responded = false)
    {
        if (++_turn.Steps > MaxStepsPerTurn)
        {
            BotBreak($"more than {MaxStepsPerTurn} nodes in one turn");
            return;
        }

        if (node.IsContextClear)
        {
            _entities.Clear();
        }

        Current = node;
        _asking = null;
        _reprompted = null;
        _responded = responded;
        if (message is not null)
        {
            TakeFromArrival(node, message);
        }

        // No entities: the initial response is the only one. Exactly one, mandatory: its prompt takes the initial's
        // place (an optional entity has no prompt to take it, so the initial response is sent). And the initial
        // response is what the node says when it knows none of its entities yet: one known already (from the message
        // that reached it, or collected before) skips it, as the platform's order of responses has it.
        if (!node.PromptReplacesInitial && !node.Entities.Any(u => _entities.ContainsKey(u.Entity.Name)))
        {
            Send(node.BotSays.Initial);
        }

        Proceed(node);
    }

    /// <summary>Asks for the next missing mandatory entity, or (all known) sends the final response and goes on automatically.</summary>
    private void Proceed(Node node)
    {
        var missing = node.Entities.FirstOrDefault(e => e.Mandatory && !_entities.ContainsKey(e.Entity.Name));
        if (missing is not null)
        {
            // A connection on an entity just found that already holds waits for the rest: say so, as authors expect it at once.
            if (node.Connections.FirstOrDefault(c => BotGraph.IsTakenOnceKnown(node, c) && HoldsOnCollected(c.Condition)
                && c.Condition.EntityOf() is { } read && _turn.Found.ContainsKey(read.Name)) is { } waiting)
            {
                _turn.Notes.Add($"{node.SystemName} → {waiting.TargetName} ({Describe.Condition(waiting.Condition)}) holds, but is read once {node.SystemName}'s mandatory entities are all known: {missing.Entity.Name} is asked first");
            }

            _asking = missing;
            _responded = true;
            _turn.Says(Prompt(missing));
            return;
        }

        if (node.Entities.Count > 0)
        {
            Send(node.BotSays.Final);
        }

        // An entity condition on an entity the node collects is read once the node's entities are known, before
        // the automatic connection to a code node (a static → static condition matches first).
        var byEntity = node.Connections.FirstOrDefault(c => BotGraph.IsTakenOnceKnown(node, c) && HoldsOnCollected(c.Condition));
        if (byEntity is not null)
        {
            _turn.Path.Add($"{node.SystemName} → {byEntity.TargetName} ({Describe.Condition(byEntity.Condition)})");
            Enter(byEntity.Target!, message: null);
            return;
        }

        var automatic = node.Connections.FirstOrDefault(BotGraph.RunsCode);
        if (automatic is not null)
        {
            _turn.Path.Add($"{node.SystemName} → {automatic.TargetName} (automatic)");
            RunCode(automatic.Target!);
            return;
        }

        // The conversation rests here. A node that has sent nothing (no response for the channel, no prompt; "{}"
        // is a response) gets the bot-break message: "if there is no response at specific stages, it is treated as
        // a bot break", in the platform's words.
        if (!_responded)
        {
            _turn.Notes.Add($"{node.SystemName} has nothing to send: the platform answers with the bot-break message");
            _turn.Says([BotBreakMessage()]);
        }
    }

    /// <summary>
    /// Says in the trace which fields a read asked Salesforce for (<c>fields:</c>) and the record it read came back
    /// without: a stub written with another name ('Tier' for 'Tier__c'), or for the other read (get_contact for a
    /// get_record step, so the default record answered), otherwise takes a rule for a missing field with no word why.
    /// </summary>
    private void NoteMissingFields(Node node, JsonObject output, IReadOnlyList<ServiceRequest> requests)
    {
        if (node.Code is not ActionStep { Action.Name: "salesforce.get_contact" or "salesforce.get_record" } action
            || output["status"]?.GetValueKind() != JsonValueKind.True
            || action.Arguments.FirstOrDefault(a => a.Name == "fields")?.List is not { } fields)
        {
            return;
        }

        var missing = fields.Where(field => output[field] is null).ToList();
        if (missing.Count > 0)
        {
            static string Read(string action) => action.EndsWith("get_contact", StringComparison.Ordinal) ? "contact" : "record";
            var defaulted = requests.Select(r => r.Action).FirstOrDefault(a => a is "get_contact" or "get_record" && !_call.AnswersItself(a));
            _turn.Notes.Add($"{node.SystemName} asked Salesforce for {string.Join(", ", missing)}, and the {Read(action.Action.Name)} came back without {(missing.Count == 1 ? "it" : "them")}"
                + (defaulted is null ? string.Empty : $" (this conversation gives no salesforce: {{ {defaulted}: … }} answer, so the stand-in's default {Read(defaulted)} answered)"));
        }
    }

    /// <summary>
    /// Says in the trace which inputs of a built-in action that sent its request, inputs that hold more than an entity's
    /// placeholder, the script left out whole as one of those entities had no value (BF2055): the request lacks the rest
    /// of their text too.
    /// </summary>
    private void NoteInputsLeftOut(Node node)
    {
        if (node.Code is not ActionStep action)
        {
            return;
        }

        foreach (var input in action.Arguments)
        {
            var parts = input.Template?.Parts ?? [];
            var missing = parts.OfType<PlaceholderPart>().Where(p => p.Kind == PlaceholderKind.Entity && !_entities.ContainsKey(p.Key)).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0 && parts.Count(p => p is PlaceholderPart || (p is LiteralPart { Text: var text } && !string.IsNullOrWhiteSpace(text))) > 1)
            {
                _turn.Notes.Add($"{input.Name} was left out of {node.SystemName}'s request whole, with the rest of its text: {string.Join(", ", missing.Select(m => $"${{entity.{m}}}"))} had no value (an input is sent whole or not at all)");
            }
        }
    }

    /// <summary>Sends a response of the node being entered (nothing when it has no variant for the channel).</summary>
    private void Send(Response? response)
    {
        _responded |= _renderer.Sends(response);
        _turn.Says(_renderer.Render(response));
    }

    private void RunCode(Node node)
    {
        Current = node;
        var source = node.Code switch
        {
            ActionStep action => _scripts.Generate(node, action),
            ScriptStep script => script.Source,
            _ => null,
        };
        if (source is null)
        {
            BotBreak($"{node.SystemName} has no script");
            return;
        }

        var run = _runner.Run(source, $"{node.SystemName}.py", _call.Event(node, _entities, _conversationDetails, _userDetails), _call.Answers(), _call.BaseUrlVariables(), _call.Http);
        var (output, error) = CodeNodeCall.FinalResponse(run);
        error ??= CodeNodeCall.KeepDetails(output!, _conversationDetails, _userDetails);
        var taken = error is null ? node.Connections.FirstOrDefault(c => c.ActiveRule is { } r && RuleEvaluator.Matches(r.Rule, output!)) : null;
        _turn.Code.Add(new CodeTrace(node.SystemName, output, error, run.Printed, run.Requests, taken is null ? null : $"{taken.TargetName} ({Describe.Condition(taken.Condition)})", run.Elapsed));
        if (run.Requests.Count > 0)
        {
            NoteInputsLeftOut(node);
        }
        if (error is not null)
        {
            // The code: line shows the whole error; the break names its last line (a traceback's exception).
            BotBreak($"{node.SystemName} failed: {error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()}");
            return;
        }

        _output = output;
        _outputOf = node.SystemName;
        // Outputs wrapped in 'final_response' are a mistake even when a rule matched (one written for 'not exists');
        // a script that routes on keys of its own needs no status, unless nothing matched.
        if (output!["status"] is null && output["final_response"] is JsonObject)
        {
            _turn.Notes.Add($"{node.SystemName}'s output has no 'status': its outputs are wrapped in 'final_response', which the platform does not unwrap (BF0238)");
        }
        else if (output["status"] is null && taken is null)
        {
            _turn.Notes.Add($"{node.SystemName}'s output has no 'status', which a script returns (true or false) for the rules to read");
        }

        NoteMissingFields(node, output, run.Requests);

        if (taken?.Target is not { } target)
        {
            BotBreak($"no rule of {node.SystemName} matched its output");
            return;
        }

        // The script's own messages (its final_response's `response`: texts or HSL) are sent before the output node's.
        var own = _renderer.Script(output!["response"]);
        _turn.Says(own);
        _turn.Path.Add($"{node.SystemName} → {taken.TargetName} ({Describe.Condition(taken.Condition)})");
        Enter(target, message: null, responded: own.Count > 0);
    }

    /// <summary>
    /// Answers with the bot-break message. A message understood before the break (a start node detected, an entity
    /// answered, whose code node then failed) keeps what it was understood as, for the trace.
    /// </summary>
    private void BotBreak(string why)
    {
        if (_turn.How != Detection.BotBreak)
        {
            _turn.BrokeAfter = (_turn.How, _turn.Note);
        }

        _turn.How = Detection.BotBreak;
        _turn.Note = why;
        _turn.Says([BotBreakMessage()]);
    }

    private string BotBreakMessage() => _bot.Business.BotBreakMessage is { } message ? _renderer.Text(message) : "Sorry, I didn't understand that.";

    /// <summary>
    /// The entities of the node present in the message that reached it, except free-form ones (see
    /// <see cref="EntityExtractor.TakenOutsideItsAnswer"/>), which only the answer to their own prompt fills.
    /// </summary>
    private void TakeFromArrival(Node node, string message)
    {
        foreach (var (use, value) in NotYetKnownIn(node, message))
        {
            Store(use.Entity.Name, value);
            NoteRegexValue(use.Entity, message, value.Value);
            NoteNearVariant(use.Entity, value, arrival: true);
        }
    }

    /// <summary>
    /// Says in the trace that a dictionary entity took its value by a word near a variant, not the variant as written
    /// (<see cref="EntityValue.NearVariant"/>), as the platform's dictionary detector does: 'chargd' for 'charged' is
    /// meant, but 'istiyorum' (I want) for 'istemiyorum' (I don't want), or 'delivered' for 'undelivered', is another
    /// word, and in the message that reaches the node it fills the entity before its question is asked.
    /// </summary>
    private void NoteNearVariant(EntityRef entity, EntityValue taken, bool arrival)
    {
        if (taken.NearVariant is { } variant)
        {
            _turn.Notes.Add($"{entity.Name} = '{taken.Value}' by '{taken.OriginalText}', which the platform's dictionary detector takes for the variant '{variant}', near enough to it (one letter changed, missing or extra in a word of five or six letters, two in a longer one)"
                + (arrival ? $"; if the message does not mean it, give {entity.Name} previous_context: with a word of its question, so only an answer to it sets {entity.Name}" : string.Empty));
        }
    }

    /// <summary>
    /// Says in the trace that a regex entity took digits of another script ('९८७६५४३२१०' for <c>\d{10}</c>: <c>\d</c>
    /// takes any), which the platform passes on as typed.
    /// </summary>
    private void NoteRegexValue(EntityRef entity, string message, string value)
    {
        if (entity.Definition is not { Type: EntityType.Regex, Pattern: { } pattern })
        {
            return;
        }

        if (value.FirstOrDefault(c => c > '\x7f' && char.IsDigit(c)) is var digit and not '\0')
        {
            _turn.Notes.Add($"{entity.Name} = '{value}' is written in {Scripts.DigitsOf(digit)} digits, which \\d takes as Python's re does, and the platform passes a regex entity's value on as typed: a script, an API or Salesforce gets '{value}', not '{EntityExtractor.AsciiDigits(value)}'; write [0-9] for \\d to take ASCII digits only, or convert the digits where the value is used");
        }
    }

    /// <summary>
    /// Says in the trace, at a number's prompt, that the answer holds a number the platform's number detector reads
    /// otherwise than it was meant ("150.000" as 150, "0042" as 42, "100 ribu" as 100: <see cref="EntityExtractor.NumberAsRead"/>),
    /// whether a value was taken or the number asked again.
    /// </summary>
    private void NoteNumberMisread(EntityRef entity, string message)
    {
        if ((entity.Definition is { Type: EntityType.Number } || PublicEntities.ReadingOf(entity) == PublicReading.Number)
            && EntityExtractor.NumberAsRead(message) is { } misread)
        {
            _turn.Notes.Add($"'{misread.Written}' is {misread.Read} to the platform's number detector, {misread.Why}");
        }
    }

    /// <summary>
    /// Says in the trace that a name taken at its prompt begins with "my name is" in the conversation's language
    /// ("меня зовут Анна": <see cref="EntityExtractor.IntroductionIn"/>), which the platform takes whole as the name.
    /// </summary>
    private void NoteNameIntroduced(EntityRef entity, string value)
    {
        if (PublicEntities.ReadingOf(entity) == PublicReading.PersonName && EntityExtractor.IntroductionIn(value, _language) is { } words)
        {
            _turn.Notes.Add($"{entity.Name} = '{value}' begins with '{words}', 'my name is' in the conversation's language: the platform's name detector reads those words in English and in the Indian languages it has lists for only, and takes a short answer to its prompt whole, so the bot's messages, scripts and Salesforce get '{value}'; ask for the name alone in the prompt");
        }
    }

    /// <summary>
    /// The node's entities not yet known that the message holds, but for free-form ones (taken only as answers, or as a
    /// code in the message) and those whose previous-context tags the bot's last message lacks.
    /// </summary>
    private List<(EntityUse Use, EntityValue Value)> NotYetKnownIn(Node node, string message)
    {
        var found = node.Entities.Where(u => !_entities.ContainsKey(u.Entity.Name))
            .Select(u => (Use: u, Value: _extractor.ExtractOn(node, u.Entity, message, prompted: false)))
            .Where(p => p.Value is not null && EntityExtractor.TakenOutsideItsAnswer(p.Use.Entity, p.Value, message))
            .Select(p => (p.Use, Value: p.Value!))
            .ToList();
        foreach (var (use, value) in found.Where(p => !EntityExtractor.InContext(p.Use.Entity, _before)))
        {
            NoteOutOfContext(use.Entity, value);
        }

        // A code the message holds in other letter case than the pattern takes ("please cancel apt-40213" for
        // 'APT-\d{5}') is noted as at the prompt, when it would have been taken here in the right case.
        foreach (var use in node.Entities.Where(u => !_entities.ContainsKey(u.Entity.Name) && !found.Any(p => p.Use == u)))
        {
            if (InOtherForm(use.Entity, message) is var (code, note) && EntityExtractor.TakenOutsideItsAnswer(use.Entity, new EntityValue(code, code), message))
            {
                _turn.Notes.Add(note);
            }
        }

        return [.. found.Where(p => EntityExtractor.InContext(p.Use.Entity, _before))];
    }

    /// <summary>
    /// A code the entity's regex takes from the message only in other letter case ("pol-12345678" for
    /// <c>POL-\d{8}</c>), only typed half-width ("ＳＫ２０４８７１" for <c>SK\d{6}</c>), only with the Cyrillic letters
    /// its Latin ones look like ("A123BC77" for a Russian car plate, or the other way), or a dictionary entity's
    /// variant written otherwise (<see cref="VariantForm"/>: joined to a suffix by an apostrophe, "ankara'ya"; without
    /// its marks; with a Korean particle, a Tamil or a Russian case ending, an Arabic or Hebrew prefix), with the note saying so; null when the value is
    /// taken as written, or is in no such form (null for an entity of another type).
    /// </summary>
    private static (string Code, string Note)? InOtherForm(EntityRef entity, string message)
    {
        if (entity.Definition is { Type: EntityType.Dictionary } dictionary && EntityExtractor.VariantWrittenOtherwise(dictionary, message) is var (word, variant, value, form))
        {
            // The forms the detector misses because it reads whole words: the variant with more written against it.
            string WholeWords(string how, string forms = "") =>
                $"not taken: '{word}' is {entity.Name}'s variant '{variant}' {how}, but the platform's dictionary detector reads whole words (a word of five or six letters with one letter changed, missing or extra, a longer one with two, and a shorter one only as written): add '{word}' and the other forms users write{forms} as variants of {value}";

            return (word, form switch
            {
                VariantForm.Joined => $"not taken: '{word}' is {entity.Name}'s variant '{variant}' joined to more by an apostrophe, as Turkish writes a suffix on a name (Ankara'ya) and French or Italian an elided word (l'adresse), but the platform's dictionary detector reads words joined by an apostrophe (a dot, a colon) as one word, which is no variant: add '{word}' and the other forms users write as variants of {value}",
                VariantForm.WithoutMarks => $"not taken: '{word}' is {entity.Name}'s variant '{variant}' written without the marks of its letters, as users on a keyboard without them write it, but the platform's dictionary detector takes a word for another with more letters changed than it allows (none in a word of four letters or fewer, one in a word of five or six, two in a longer one): add '{Identifiers.AsciiLetters(variant)}' as a variant of {value}",
                VariantForm.KoreanParticle => WholeWords($"with '{word[variant.Length..]}' against it, as Korean writes a particle or an ending", " (with 에, 로, 이에요…)"),
                VariantForm.SemiticPrefix => WholeWords("with a prefix against it, as Arabic and Hebrew write 'and', 'in', 'to' (بدبي, בתל אביב)"),
                VariantForm.CyrillicCaseEnding => WholeWords("in another case, as Russian and Ukrainian decline a name (в Москве, из Москвы)"),
                _ => WholeWords("with a case ending, as Tamil writes one against the noun", " (with -ஐ, -க்கு, -இல்…)"),
            });
        }

        if (entity.Definition is not { Type: EntityType.Regex, Pattern: { } pattern })
        {
            return null;
        }

        if (EntityExtractor.InOtherCase(pattern, message) is { } code)
        {
            return (code, $"not taken: '{code}' matches {entity.Name}'s pattern only in other letter case: a pattern tells capitals from small letters, as Python's re does by default; to take either, start it with (?i)");
        }

        if (EntityExtractor.InOtherScript(pattern, message) is var (written, letters, latin))
        {
            var (typed, wanted) = latin ? ("Latin", "Cyrillic") : ("Cyrillic", "Latin");
            return (written, $"not taken: '{written}' has {typed} letters ({string.Join(", ", letters.Select(c => c.ToString()))}) where {entity.Name}'s pattern asks for the {wanted} ones they look like, as users type them on a keyboard in the other layout: the platform's regex tells them apart; let the pattern take both (a class with each letter in both scripts) and ask for the code so in the prompt");
        }

        return EntityExtractor.InOtherWidth(pattern, message) is { } narrow
            ? (narrow, $"not taken: '{narrow}' matches {entity.Name}'s pattern only typed half-width, and the message has it in full-width letters or digits, as a Japanese or Chinese keyboard types them: the pattern is searched in the text as typed; ask for it in half-width characters (半角) in the prompt and reprompt, or let the pattern take full-width ones too")
            : null;
    }

    /// <summary>
    /// Says in the trace why a date, a time or a number written in words of a language the platform's detectors do not
    /// read ("vendredi prochain", "a las 6 de la tarde", "두 개") was not taken at its prompt; or in the words of an Indian language
    /// ("kal", "shaam 6 baje", "उद्या") in a conversation in another language, where the platform does not read them either; or a day counted
    /// back from today ("3 days ago"), which its date detector does not read in any language; or a time counted from the
    /// clock or repeating ("in 15 mins", "every 6 hours"), which its time detector takes and a test cannot, or a range
    /// ("after 5 pm"), which it leaves out; or a code its regex
    /// entity's pattern takes only in other letter case ("pol-12345678" for <c>POL-\d{8}</c>), typed half-width, or with
    /// Latin letters for the Cyrillic ones they look like ("A123BC77" for a Russian car plate).
    /// </summary>
    private void NoteWordsNotRead(EntityUse asking, string message)
    {
        if (InOtherForm(asking.Entity, message) is var (_, note))
        {
            _turn.Notes.Add(note);
            return;
        }

        if (PublicEntities.ReadingOf(asking.Entity) == PublicReading.PersonName
            && EntityExtractor.AsksForName(_before, _language) && EntityExtractor.NameWordsApart(message, _language) is { } apart)
        {
            _turn.Notes.Add($"not taken: of a short answer the platform's name detector keeps the words its tagger reads as nouns or adjectives ({string.Join(", ", apart.Select(w => $"'{w}'"))}), and takes them as the name only when they stand together: ask for the name alone");
            return;
        }

        var (what, words, indian, example) = asking.Entity.Definition is { Type: EntityType.Number } ? ("number", EntityExtractor.NumberInOtherWords(message), EntityExtractor.NumberInIndianWords(message, _language), "2")
            : PublicEntities.ReadingOf(asking.Entity) switch
            {
                PublicReading.Date => ("date", EntityExtractor.DateInOtherWords(message), EntityExtractor.DateInIndianWords(message, _language), "31/12/2026"),
                PublicReading.Time => ("time", EntityExtractor.TimeInOtherWords(message), EntityExtractor.TimeInIndianWords(message, _language), "18:30"),
                PublicReading.Number => ("number", EntityExtractor.NumberInOtherWords(message), EntityExtractor.NumberInIndianWords(message, _language), "2"),
                _ => default,
            };
        if (what == "number" && words is null && indian is null)
        {
            NoteNumberMisread(asking.Entity, message);
        }
        else if (words is not null)
        {
            _turn.Notes.Add($"not taken: '{words}' is a {what} in words of a language the platform's {what} detector does not read (it reads words in English and in the Indian languages it has lists for, digits in any): ask for the {what} in digits, like {example}");
        }
        else if (indian is var (text, language))
        {
            _turn.Notes.Add($"not taken: '{text}' is a {what} in {language} words, which the platform's {what} detector reads only in a conversation in {language} (this one is in {_language}): ask for the {what} in digits, like {example}");
        }
        else if (what == "date" && EntityExtractor.DaysBack(message) is { } back)
        {
            _turn.Notes.Add($"not taken: '{back}' counts back from today, which the platform's date detector does not read: ask for the date, like {example}");
        }
        else if (what == "time" && !EntityExtractor.AsksForTime(_before) && EntityExtractor.NumberAlone(message) is { } hour)
        {
            _turn.Notes.Add($"not taken: '{hour}' is a number alone, which the platform's time detector reads as an hour only after a bot message with the word 'time' in it, and the bot's last message has none: ask 'At what time…?', or for the time with am/pm, like 6:30 pm");
        }
        else if (what == "time" && EntityExtractor.TimeRange(message) is { } range)
        {
            _turn.Notes.Add($"not taken: '{range}' is a range to the platform's time detector, which leaves ranges out of a time's values (it reads them only when asked for ranges), so there the bot asks again too: ask for one time, like {example}");
        }
        else if (what == "time" && EntityExtractor.RelativeTime(message) is var (relative, repeats))
        {
            var kind = repeats ? "a repeating time" : "a time";
            var from = repeats ? "" : ", counted from its clock";
            _turn.Notes.Add($"not taken: '{relative}' is {kind} to the platform's time detector{from}, so there the bot takes it and goes on; a test has no clock, so the engine asks again: ask for a time of day, like {example}");
        }
    }

    /// <summary>Says in the trace that a value in the message was passed over for the entity's previous-context tags.</summary>
    private void NoteOutOfContext(EntityRef entity, EntityValue value) =>
        _turn.Notes.Add($"not taken: {entity.Name} = '{value.Value}': its previous_context ({string.Join(", ", entity.Definition!.PreviousContext.Select(t => t.Text))}) is not in the bot's last message");

    /// <summary>An entity condition that the entities collected so far satisfy.</summary>
    private bool HoldsOnCollected(Condition condition) =>
        BotGraph.HoldsOn(condition, name => _entities.TryGetValue(name, out var collected) ? collected.Value : null);

    private IEnumerable<string> Prompt(EntityUse use) =>
        use.Prompt is null ? [$"What is your {use.Entity.Name.Replace('_', ' ')}?"] : _renderer.Render(use.Prompt);

    private void Store(string entity, EntityValue value)
    {
        _entities[entity] = (value.Value, value.OriginalText);
        _turn.Found[entity] = value.Value;
        if (EntityExtractor.LastWeekday(value.OriginalText) is { } day && PublicEntities.ReadingOf(entity) == PublicReading.Date)
        {
            _turn.Notes.Add($"'{value.OriginalText}' is read as the coming {day}, {value.Value}: the platform's date detector has no 'last' before a day of the week (it reads the day alone); to ask for a day in the past, ask for the date, like 31/12/2026");
        }

        if (PublicEntities.ReadingOf(entity) == PublicReading.Date && EntityExtractor.MonthFirstWriters(_language) is { } writers && _extractor.MonthFirst(value.OriginalText) is { } meant)
        {
            _turn.Notes.Add($"'{value.OriginalText}' is read day first, as the platform's date detector reads it: {value.Value}; {writers} write the month first and mean {meant} by it: ask for the date year first, like {meant.Replace('-', '/')}, which is read as meant");
        }

        if (PublicEntities.ReadingOf(entity) == PublicReading.Date && _extractor.ReadOnlyInEnglish(value.OriginalText) is { } language)
        {
            _turn.Notes.Add($"'{value.OriginalText}' is read as in English: the platform's {language} date detector reads the words of its lists, which have no '{value.OriginalText}', so on the platform the bot may ask again; write the date in {language} words or in digits, like 31/12/2026");
        }
    }

    /// <summary>
    /// A placeholder's value in a text the bot shows: one without a value is shown empty, as on the platform, and the
    /// turn says so once, with why (an output the code node did not return, an entity not collected…).
    /// </summary>
    private string? Shown(PlaceholderKind kind, string key)
    {
        var value = Lookup(kind, key);
        // Outside a turn (the taskbox, shown before any message) there is no trace to note it in.
        if (value is null && _turn is { } turn)
        {
            var why = kind switch
            {
                PlaceholderKind.Entity => $"{key} is not collected",
                PlaceholderKind.Output => _output is null ? "no code node has run since the conversation began"
                    : _output.ContainsKey(key) ? $"{_outputOf}'s output gives '{key}' as null" : $"{_outputOf}'s output has no '{key}'",
                PlaceholderKind.User => $"the user has no '{key}'",
                PlaceholderKind.UserDetails => _userDetails.ContainsKey(key) ? $"the user's details give '{key}' as null" : $"the user's details have no '{key}'",
                PlaceholderKind.Conversation => _conversationDetails.ContainsKey(key) ? $"the conversation's details give '{key}' as null" : $"the conversation's details have no '{key}'",
                _ => $"{key} has no staging value",
            };
            var note = $"${{{PlaceholderNamespaces.Of(kind)}.{key}}} has no value here, so it is shown empty: {why}";
            if (!turn.Notes.Contains(note))
            {
                turn.Notes.Add(note);
            }
        }

        return value;
    }

    private string? Lookup(PlaceholderKind kind, string key) => kind switch
    {
        PlaceholderKind.Entity => _entities.TryGetValue(key, out var e) ? e.Value : null,
        PlaceholderKind.Output => _output is null ? null : RuleEvaluator.Text(_output[key]),
        PlaceholderKind.User => _call.UserField(key),
        PlaceholderKind.UserDetails => RuleEvaluator.Text(_userDetails[key]),
        PlaceholderKind.Conversation => RuleEvaluator.Text(_conversationDetails[key]),
        PlaceholderKind.Env => _bot.Env.FirstOrDefault(v => v.Name == key)?.Staging,
        _ => null,
    };
}
