using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>Binds sub-story files into stories and nodes, then resolves every connection.</summary>
internal sealed class StoryBinder(BindContext context, TextBinder texts, ResponseBinder responses, CodeStepBinder codeSteps)
{
    private readonly List<(Node Node, List<Connection> Connections, List<string> Unread, SourceFile File, YamlMapping Syntax)> _pending = [];

    /// <summary>The nodes code nodes connect to, each with the first code node that does: an untyped one is an output node whose type was left out.</summary>
    private readonly Dictionary<string, string> _codeTargets = new(StringComparer.Ordinal);

    public List<Story> Bind(IEnumerable<SourceDocument> documents)
    {
        var subStories = new Dictionary<(string, string), SubStory>();
        var all = documents.ToList();
        foreach (var node in all.Select(d => d.Root).OfType<YamlMapping>().SelectMany(root => BindContext.Mappings(root["nodes"])))
        {
            if ((BindContext.Str(node["type"]) == "code" || UntypedCodeStep(node) is not null) && BindContext.Str(node["id"]) is { } code)
            {
                foreach (var to in BindContext.Mappings(node["next"]).Select(next => BindContext.Str(next["to"])).OfType<string>())
                {
                    _codeTargets.TryAdd(to, code);
                }
            }
        }

        var badFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            if (document.Root is not YamlMapping root)
            {
                continue;
            }

            context.Enter(document.File);
            var storyId = BindContext.Str(root["story"]) ?? document.ImpliedStory;
            var subStoryId = BindContext.Str(root["sub_story"]) ?? document.ImpliedSubStory;
            if (storyId is null || subStoryId is null)
            {
                continue;
            }

            // A story folder's name is reported once, at its first file, not at every file in it.
            if (!root.ContainsKey("story") && !Identifiers.IsLowerSnake(storyId) && badFolders.Add(storyId))
            {
                context.Report(ProjectDiagnostics.BadFileName(document.File, storyId, "story"));
            }

            if (!root.ContainsKey("sub_story") && !Identifiers.IsLowerSnake(subStoryId))
            {
                context.Report(ProjectDiagnostics.BadFileName(document.File, subStoryId, "sub-story"));
            }

            var subStory = new SubStory(storyId, subStoryId, BindContext.Str(root["name"]) ?? subStoryId, document.File);
            if (subStories.TryGetValue((storyId, subStoryId), out var first))
            {
                context.Report(BindingDiagnostics.DuplicateId(SourceLocation.StartOf(document.File), "sub-story", $"{storyId}/{subStoryId}", SourceLocation.StartOf(first.File)));
                continue;
            }

            subStories.Add((storyId, subStoryId), subStory);
            var listed = new HashSet<YamlMapping>(ReferenceEqualityComparer.Instance);
            foreach (var node in BindContext.Mappings(root["nodes"]))
            {
                // An alias (- *name) lists a node written above once more: one node, reported once, bound once.
                if (!listed.Add(node))
                {
                    if (node["id"] is YamlScalar id)
                    {
                        context.Report(BindingDiagnostics.RepeatedNode(id.LocationIn(document.File), id.Value));
                    }

                    continue;
                }

                if (BindNode(node, subStory) is { } bound)
                {
                    subStory.Nodes.Add(bound);
                }
            }
        }

        return subStories.Values
            .GroupBy(s => s.StoryId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Story(g.Key, g.OrderBy(s => s.Id, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>Second pass, once every node is known: connection targets and conditions.</summary>
    public void ResolveConnections(IReadOnlyDictionary<string, Node> nodesByName)
    {
        foreach (var (node, connections, unread, file, syntax) in _pending)
        {
            context.Enter(file);
            foreach (var next in BindContext.Mappings(BindContext.Meant(syntax, "next", NodeKeys)))
            {
                if (Connection(next, nodesByName, node) is { } connection)
                {
                    connections.Add(connection);
                }
                else if (BindContext.Meant(next, "to", ConnectionKeys) is YamlScalar to)
                {
                    unread.Add(to.Value);
                }
            }
        }
    }

    private Node? BindNode(YamlMapping syntax, SubStory subStory)
    {
        var id = syntax["id"] as YamlScalar;
        if (id is null || BindContext.Str(id) is null)
        {
            return null;
        }

        var type = BindContext.Str(syntax["type"]) switch
        {
            "code" => NodeType.Code,
            "output" => NodeType.Output,
            _ => NodeType.Static,
        };
        if (UntypedCodeStep(syntax) is { } step)
        {
            // 'type: code' forgotten: reported once, and the node read as the hint says, so its rules, outputs and
            // the connection into it are not each reported as a static node's.
            context.Report(BindingDiagnostics.CodeStepShape(context.At(step.Key), $"'{step.Key.Value}' belongs on a code node, but this node has no 'type:', so it is static", "add 'type: code'"));
            type = NodeType.Code;
        }
        else if (syntax["type"] is null && _codeTargets.TryGetValue(id.Value, out var codeNode) && FitsAnOutputNode(syntax))
        {
            // 'type: output' forgotten on a node a code node leads to: reported once, and read as an output node, so the
            // connection into it and its ${output.x} are not each reported as a static node's.
            context.Report(BindingDiagnostics.UntypedOutputNode(context.At(id), id.Value, codeNode));
            type = NodeType.Output;
        }

        var connections = new List<Connection>();
        var unread = new List<string>();
        // A setting the type does not have is reported and left out, so no rule reads what the platform would drop.
        var misplaced = MisplacedSettings(syntax, type, id.Value);
        var read = BindContext.KeyReader(syntax, NodeKeys);
        YamlNode? Setting(string key) => misplaced.Contains(key) ? null : read(key)?.Value;
        var node = new Node
        {
            SystemName = id.Value,
            Name = BindContext.Str(syntax["name"]) ?? id.Value,
            Type = type,
            SubStory = subStory,
            IsStart = BindContext.Bool(Setting("start"), false),
            IsContextClear = BindContext.Bool(syntax["context_clear"], false),
            IsEnd = BindContext.Bool(syntax["end"], false),
            IsActive = BindContext.Bool(syntax["active"], true),
            UserSays = texts.Utterances(Setting("user_says")),
            NegativeUserSays = texts.Utterances(Setting("negative_user_says")),
            Entities = OnceEach(BindContext.Items(Setting("entities")).Select(EntityUse).OfType<EntityUse>(), id.Value),
            BotSays = BotSays(Setting("bot_says")),
            Code = codeSteps.Bind(syntax, type),
            Connections = connections,
            UnreadConnections = unread,
            Location = context.At(syntax),
            IdLocation = context.At(id),
        };
        _pending.Add((node, connections, unread, context.File, syntax));
        if (type == NodeType.Output)
        {
            foreach (var use in node.Entities.Where(u => u.Mandatory))
            {
                context.Report(BindingDiagnostics.NotForNodeType(use.Location, $"output node {node.SystemName} collects '{use.Entity.Name}' as mandatory; an output node collects only optional entities",
                    "add 'mandatory: false' (taken when the user gives it, never asked for), or ask for it on a static node"));
            }
        }

        return node;
    }

    /// <summary>
    /// The <c>script:</c> or <c>action:</c> of a node written without <c>type:</c> and with nothing of a static node's
    /// (user says, entities, bot says, start): a code node whose type was forgotten. Null for any other node.
    /// </summary>
    private static YamlEntry? UntypedCodeStep(YamlMapping syntax) =>
        syntax["type"] is null && !StaticOnly.Any(key => syntax[key] is not null)
            ? syntax.GetEntry("script") ?? syntax.GetEntry("action")
            : null;

    private static readonly string[] StaticOnly = ["start", "user_says", "negative_user_says", "entities", "bot_says"];

    /// <summary>The keys of a node (the schema's); one misspelt ('bot_say:', 'output:') is read as the key meant (BF0101 says which).</summary>
    internal static readonly IReadOnlySet<string> NodeKeys = new HashSet<string>(
        ["id", "name", "type", "start", "context_clear", "end", "active", "user_says", "negative_user_says", "entities", "bot_says", "action", "script", "outputs", "next"], StringComparer.Ordinal);

    /// <summary>Whether a node has nothing an output node cannot have: no start, user says or mandatory entities.</summary>
    private static bool FitsAnOutputNode(YamlMapping syntax) =>
        !BindContext.Bool(syntax["start"], false) && syntax["user_says"] is null && syntax["negative_user_says"] is null
        && BindContext.Items(syntax["entities"]).All(use => use is YamlMapping written && !BindContext.Bool(written["mandatory"], true));

    /// <summary>
    /// Settings a code or output node does not have on the platform (BF0229), reported: the platform would drop them,
    /// so the bot would not do what its source says. A code node runs a script: no user says, entities or bot says;
    /// an output node is reached from a code node only (never detected), and collects only optional entities.
    /// </summary>
    private HashSet<string> MisplacedSettings(YamlMapping syntax, NodeType type, string systemName)
    {
        var misplaced = new HashSet<string>(StringComparer.Ordinal);
        if (type == NodeType.Static)
        {
            return misplaced;
        }

        var detected = type == NodeType.Code
            ? "a code node is reached by the automatic connection of a static node: put the user says on that node"
            : "an output node is reached from a code node only, never detected: put the user says on a static node";
        foreach (var entry in syntax.Entries)
        {
            var hint = entry.Key.Value switch
            {
                "start" when BindContext.Bool(entry.Value, false) => detected,
                "user_says" or "negative_user_says" => detected,
                "entities" when type == NodeType.Code =>
                    "collect them on the static node that leads here: the script gets them in event['body']['entities']",
                "bot_says" when type == NodeType.Code => "a code node says nothing: put the text on the output nodes it leads to",
                _ => null,
            };
            if (hint is not null)
            {
                misplaced.Add(entry.Key.Value);
                context.Report(BindingDiagnostics.NotForNodeType(context.At(entry.Key),
                    $"'{entry.Key.Value}' does not apply to {(type == NodeType.Code ? "a code" : "an output")} node ({systemName})", hint));
            }
        }

        return misplaced;
    }

    /// <remarks>
    /// An entity written as its name alone (<c>entities: [city]</c>) is the schema's error, with the shape to write;
    /// it is bound as a mandatory use without a prompt, so the node is not also said to collect nothing.
    /// </remarks>
    private EntityUse? EntityUse(YamlNode item)
    {
        if (item is YamlScalar bare && BindContext.Str(bare) is not null)
        {
            return new EntityUse(context.ResolveEntity(bare.Value, context.At(bare), idChecked: true), true, null, null, context.At(bare));
        }

        if (item is not YamlMapping use || use["entity"] is not YamlScalar name || BindContext.Str(name) is null)
        {
            return null;
        }

        var entity = context.ResolveEntity(name.Value, context.At(name), idChecked: true);
        var read = BindContext.KeyReader(use, EntityUseKeys);
        YamlNode? Key(string key) => read(key)?.Value;
        return new EntityUse(entity, BindContext.Bool(Key("mandatory"), true),
            responses.Bind(Key("prompt"), PlaceholderScope.BotText), responses.Bind(Key("reprompt"), PlaceholderScope.BotText), context.At(use));
    }

    private static readonly IReadOnlySet<string> EntityUseKeys = new HashSet<string>(["entity", "prompt", "reprompt", "mandatory"], StringComparer.Ordinal);

    /// <summary>A node's entity uses, each entity once: a second use of one is reported (the platform collects an entity once per node) and left out.</summary>
    private List<EntityUse> OnceEach(IEnumerable<EntityUse> uses, string node)
    {
        var kept = new List<EntityUse>();
        foreach (var use in uses)
        {
            if (kept.FirstOrDefault(k => k.Entity.Name == use.Entity.Name) is { } first)
            {
                context.Report(BindingDiagnostics.EntityUsedTwice(use.Entity.Location, use.Entity.Name, node, first.Entity.Location));
                continue;
            }

            kept.Add(use);
        }

        return kept;
    }

    private static readonly IReadOnlySet<string> ResponseKeys = new HashSet<string>(["initial", "final", "follow_up"], StringComparer.Ordinal);

    private BotSays BotSays(YamlNode? node)
    {
        if (node is not YamlMapping map)
        {
            return new BotSays(responses.Bind(node, PlaceholderScope.BotText), null, null);
        }

        // Beside a response key, a misspelt one ('finale:') is BF0101's, read as the key it names.
        var read = BindContext.KeyReader(map, ResponseKeys);
        Func<string, YamlNode?> slot = key => read(key)?.Value;
        if (!ResponseKeys.Any(map.ContainsKey))
        {
            // A mapping whose every key is a misspelt response key ('finale:') is a text by language to the
            // schema, and BF0216 says which key each means: it is bound as a text by language for that error
            // (no key being a language, nothing in it is bound), then read as the keys meant.
            var meant = Enumerable.Range(0, map.Entries.Count).Select(i => (Entry: map.Entries[i], Key: texts.KeyMeant(map, i))).ToList();
            if (meant.Count == 0 || !meant.All(m => m.Key is { } key && ResponseKeys.Contains(key)) || meant.DistinctBy(m => m.Key).Count() < meant.Count)
            {
                return new BotSays(responses.Bind(node, PlaceholderScope.BotText), null, null);
            }

            _ = responses.Bind(node, PlaceholderScope.BotText);
            slot = key => meant.FirstOrDefault(m => m.Key == key).Entry?.Value;
        }

        FollowUp? followUp = null;
        if (slot("follow_up") is YamlMapping f && f["after"] is YamlScalar after && responses.Bind(f["says"], PlaceholderScope.BotText) is { } says)
        {
            followUp = new FollowUp(Durations.ToSeconds(after.Value), says, context.At(after));
        }

        return new BotSays(responses.Bind(slot("initial"), PlaceholderScope.BotText), responses.Bind(slot("final"), PlaceholderScope.BotText), followUp);
    }

    /// <summary>The keys of a connection; one misspelt ('too:', 'user_say:') is read as the key meant (BF0101 says which).</summary>
    private static readonly IReadOnlySet<string> ConnectionKeys = new HashSet<string>(["to", "user_says", "entity", "when"], StringComparer.Ordinal);

    private Connection? Connection(YamlMapping next, IReadOnlyDictionary<string, Node> nodesByName, Node from)
    {
        if (BindContext.Meant(next, "to", ConnectionKeys) is not YamlScalar to)
        {
            return null;
        }

        nodesByName.TryGetValue(to.Value, out var target);

        // A node whose id is written in lower case or with letters outside ASCII (BF0104: 'search_again', 'İADE') is the
        // one a connection to the system name it means ('SEARCH_AGAIN', 'IADE') means: that error says what to mend, not
        // a second one here pointing at the invalid id.
        target ??= nodesByName.Values.FirstOrDefault(n => Identifiers.SystemNameOf(n.SystemName) is { } meantName && meantName != n.SystemName && meantName == to.Value);
        var meant = target is null ? Suggestions.Closest(to.Value, nodesByName.Keys) : null;
        if (target is null)
        {
            context.Report(BindingDiagnostics.UnknownNode(context.At(to), to.Value, meant));
        }

        // Of two conditions (an error, reported at the one left out), the one the node's type takes is read: a code
        // node's 'when', another node's phrases or entity, so the node's other checks go on as the author meant.
        var key = BindContext.KeyReader(next, ConnectionKeys);
        List<(string Key, YamlEntry Entry)> written = [.. new[] { "user_says", "entity", "when" }.Select(k => (Key: k, Entry: key(k))).Where(c => c.Entry is not null).Select(c => (c.Key, c.Entry!))];
        var fromCode = from.Type == NodeType.Code;
        var read = written.FirstOrDefault(c => (c.Key == "when") == fromCode).Key ?? written.FirstOrDefault().Key;
        if (written.Count > 1)
        {
            var left = written.First(c => c.Key != read);
            context.Report(BindingDiagnostics.ConditionsCombined(context.At(left.Entry.Key), [.. written.Select(c => c.Key)], fromCode, EntityValueMeant(written)));
        }

        YamlNode Value(string name) => written.First(c => c.Key == name).Entry.Value;
        Condition? condition = read switch
        {
            "user_says" => new UserSaysCondition(texts.Utterances(Value("user_says")), context.At(Value("user_says"))),
            "entity" => EntityCondition(Value("entity")),
            "when" => RuleParser.Parse(Value("when"), context.File, (at, message) => context.Report(BindingDiagnostics.InvalidRule(at, message))) is { } rule
                ? new RuleCondition(rule, context.At(Value("when")))
                : null,
            _ => new AutomaticCondition(context.At(next)),
        };
        return condition is null ? null : new Connection(to.Value, target, condition, context.At(next), context.At(to)) { Meant = meant };
    }

    /// <summary>
    /// The entity and value a static node's connection meant when it has both <c>entity: NAME</c> and a 'when' rule
    /// <c>NAME == VALUE</c> (the value test of an entity condition written as a code node's rule); null otherwise.
    /// </summary>
    private (string Entity, string Value)? EntityValueMeant(List<(string Key, YamlEntry Entry)> written) =>
        written.FirstOrDefault(c => c.Key == "entity").Entry?.Value is YamlScalar { Value: var entity }
        && written.FirstOrDefault(c => c.Key == "when").Entry?.Value is { } when
        && RuleParser.Parse(when, context.File, (_, _) => { }) is RuleComparison { Operator: RuleOperator.Equals, Value: { } value } comparison
        && comparison.Variable == entity
            ? (entity, value.ToString())
            : null;

    private Condition? EntityCondition(YamlNode node)
    {
        switch (node)
        {
            case YamlScalar name:
                return new EntityPresenceCondition(context.ResolveEntity(name.Value, context.At(name), idChecked: true), context.At(node));
            case YamlMapping map when map["name"] is YamlScalar name:
                var values = BindContext.Items(map["values"]).OfType<YamlScalar>().Select(v => v.Value).ToList();
                return new EntityValueCondition(context.ResolveEntity(name.Value, context.At(name), idChecked: true), values, context.At(node));
            default:
                return null;
        }
    }

}
