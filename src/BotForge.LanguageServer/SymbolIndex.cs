using BotForge.Analysis;
using BotForge.Model;
using BotForge.Project;
using BotForge.Python;
using BotForge.Syntax;
using BotForge.Text;
using BotForge.Validation.Rules;

namespace BotForge.LanguageServer;

/// <summary>What a name in the sources stands for.</summary>
internal enum SymbolKind
{
    Node,
    Entity,
    Env,

    /// <summary>A story: its sub-story files define it (a story is a folder, or the <c>story:</c> of its files).</summary>
    Story,
}

/// <summary>
/// One place a name is written: its definition or a use. <see cref="Name"/> spans exactly the name's characters (for a
/// quoted scalar, inside the quotes; for <c>${entity.case_id}</c>, <c>case_id</c>), so a rename replaces just those.
/// </summary>
internal sealed record Occurrence(SymbolKind Kind, string Symbol, SourceFile File, TextSpan Name, bool IsDefinition)
{
    public bool Contains(SourceFile file, int offset) => file.Path == File.Path && offset >= Name.Start && offset <= Name.End;
}

/// <summary>
/// Every definition and use of the bot's node ids, entities and env variables, from one bound model: what go to
/// definition, find references, rename and hover read. A use whose name cannot be found exactly in the text (a
/// YAML escape inside the name) is listed in <see cref="Unlocated"/> so a rename refuses rather than misses it.
/// </summary>
internal sealed class SymbolIndex
{
    private readonly List<Occurrence> _occurrences = [];

    private SymbolIndex(BotModel bot, IReadOnlyList<SourceDocument> documents)
    {
        Bot = bot;
        Nodes = bot.NodesBySystemName();
        var scripts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in bot.Nodes)
        {
            Add(SymbolKind.Node, node.SystemName, node.IdLocation, definition: true);
            foreach (var connection in node.Connections)
            {
                Add(SymbolKind.Node, connection.TargetName, connection.TargetLocation, definition: false);
                AddCondition(connection.Condition);
            }

            foreach (var use in node.Entities)
            {
                Add(SymbolKind.Entity, use.Entity.Name, use.Entity.Location, definition: false);
            }

            if (node.Code is ActionStep action)
            {
                foreach (var argument in action.Arguments)
                {
                    AddPlaceholders(argument.Template?.Parts ?? []);
                }
            }

            // A hand-written script's reads of an entity by its written name (entities['order_id']): renamed with it,
            // or every run after the rename reads an entity the platform no longer passes.
            if (node.Code is ScriptStep script && scripts.Add(script.File.Path))
            {
                foreach (var read in ScriptChecker.EntitiesRead(script.Source))
                {
                    _occurrences.Add(new Occurrence(SymbolKind.Entity, read.Name, script.File, new TextSpan(read.Offset, read.Offset + read.Length), IsDefinition: false));
                }
            }
        }

        foreach (var entity in bot.Entities)
        {
            Add(SymbolKind.Entity, entity.Name, entity.NameLocation, definition: true);
            foreach (var example in entity.Examples.Concat(entity.Negative))
            {
                AddTags(example);
            }
        }

        foreach (var variable in bot.Env)
        {
            Add(SymbolKind.Env, variable.Name, variable.Location, definition: true);
        }

        foreach (var (_, text) in ModelText.Texts(bot))
        {
            AddPlaceholders(text.Placeholders);
        }

        if (bot.Salesforce is { } salesforce)
        {
            foreach (var template in new[] { salesforce.BaseUrl, salesforce.Username, salesforce.ClientId, salesforce.PrivateKey })
            {
                AddPlaceholders(template.Parts);
            }
        }

        foreach (var document in documents.Where(d => d.Kind == SourceKind.Tests))
        {
            AddTestUses(document.Root, document.File, parentKey: null);
        }

        // A story is defined by its sub-story files (each at its start: the folder names it, or the file's story:),
        // and used by each story: that names it.
        foreach (var sub in bot.Stories.SelectMany(s => s.SubStories))
        {
            _occurrences.Add(new Occurrence(SymbolKind.Story, sub.StoryId, sub.File, new TextSpan(0, 0), IsDefinition: true));
        }

        foreach (var document in documents.Where(d => d.Kind == SourceKind.SubStory))
        {
            if (document.Root is YamlMapping { } root && root["story"] is YamlScalar story)
            {
                Add(SymbolKind.Story, story.Value, story.LocationIn(document.File), definition: false);
            }
        }

        ByFile = _occurrences.GroupBy(o => o.File.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Name.Start).ToList(), StringComparer.Ordinal);
    }

    public BotModel Bot { get; }

    public Dictionary<string, Node> Nodes { get; }

    /// <summary>Uses that could not be pinned to their characters, by symbol.</summary>
    public HashSet<(SymbolKind, string)> Unlocated { get; } = [];

    /// <summary>The occurrences in each file (by display path), in text order.</summary>
    public Dictionary<string, List<Occurrence>> ByFile { get; }

    /// <param name="bot">The bound model.</param>
    /// <param name="documents">
    /// The project's files: test files' <c>node:</c> expectations, <c>intents:</c> keys and expected <c>entities:</c>
    /// use the names too, and sub-story files' <c>story:</c> names their story.
    /// </param>
    public static SymbolIndex Of(BotModel bot, IReadOnlyList<SourceDocument> documents) => new(bot, documents);

    /// <summary>The occurrence under a position of a file, if any.</summary>
    public Occurrence? At(SourceFile file, int offset) =>
        ByFile.TryGetValue(file.Path, out var list) ? list.FirstOrDefault(o => o.Name.Length > 0 && o.Contains(file, offset)) : null;

    /// <summary>
    /// Each place a symbol is written, once: a YAML alias (<c>next: *shared</c>) or merge key makes several parts of
    /// the model read the same text, and a rename's edits must not overlap (an editor refuses the whole rename).
    /// </summary>
    public IEnumerable<Occurrence> All(SymbolKind kind, string symbol) =>
        _occurrences.Where(o => o.Kind == kind && o.Symbol == symbol).DistinctBy(o => (o.File.Path, o.Name));

    public EntityDefinition? Entity(string name) => Bot.Entities.FirstOrDefault(e => e.Name == name);

    public EnvVariable? Env(string name) => Bot.Env.FirstOrDefault(e => e.Name == name);

    private void AddTestUses(YamlNode? node, SourceFile file, string? parentKey)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var key = entry.Key.Value;
                    if (parentKey == "intents" && key != "none" && !key.StartsWith("faq:", StringComparison.Ordinal))
                    {
                        Add(SymbolKind.Node, key, entry.Key.LocationIn(file), definition: false);
                    }
                    else if (parentKey == "entities")
                    {
                        Add(SymbolKind.Entity, key, entry.Key.LocationIn(file), definition: false);
                    }

                    if (key == "node" && entry.Value is YamlScalar target)
                    {
                        Add(SymbolKind.Node, target.Value, target.LocationIn(file), definition: false);
                    }

                    AddTestUses(entry.Value, file, key);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    AddTestUses(item, file, parentKey);
                }

                break;
        }
    }

    private void AddCondition(Condition condition)
    {
        switch (condition)
        {
            case EntityPresenceCondition presence:
                Add(SymbolKind.Entity, presence.Entity.Name, presence.Entity.Location, definition: false);
                break;
            case EntityValueCondition value:
                Add(SymbolKind.Entity, value.Entity.Name, value.Entity.Location, definition: false);
                break;
        }
    }

    private void AddPlaceholders(IEnumerable<TextPart> parts)
    {
        foreach (var placeholder in parts.OfType<PlaceholderPart>())
        {
            var kind = placeholder.Kind switch
            {
                PlaceholderKind.Entity => SymbolKind.Entity,
                PlaceholderKind.Env => SymbolKind.Env,
                _ => (SymbolKind?)null,
            };
            if (kind is { } known)
            {
                Add(known, placeholder.Key, placeholder.Location, definition: false, last: true);
            }
        }
    }

    /// <summary>
    /// The entity names of a patterns example's tags (<c>[Amazon](merchant)</c>), each at its characters. Where the
    /// source writes the example otherwise than its value (a YAML escape), a name whose tags differ in number between
    /// the two cannot be pinned down: it is unlocated, so a rename refuses rather than misses one.
    /// </summary>
    private void AddTags(Utterance example)
    {
        var (start, end) = example.Location.File.Clamp(example.Location.Span);
        var written = example.Location.File.Text[start..end];
        var inSource = UnknownTagRule.Tag().Matches(written).Select(m => m.Groups[2]).ToList();
        var inValue = UnknownTagRule.Tag().Matches(example.Text).Select(m => m.Groups[2].Value).ToList();
        foreach (var name in inValue.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var found = inSource.Where(g => g.Value == name).ToList();
            if (found.Count != inValue.Count(v => v == name))
            {
                Unlocated.Add((SymbolKind.Entity, name));
                continue;
            }

            foreach (var group in found)
            {
                _occurrences.Add(new Occurrence(SymbolKind.Entity, name, example.Location.File, new TextSpan(start + group.Index, start + group.Index + group.Length), IsDefinition: false));
            }
        }
    }

    /// <summary>Adds the name at its location: the location's text must hold it (its last occurrence for a placeholder, whose key ends it).</summary>
    private void Add(SymbolKind kind, string name, SourceLocation at, bool definition, bool last = false)
    {
        if (name.Length == 0 || at.File.Path.Length == 0)
        {
            return;
        }

        var text = at.File.Text;
        var (start, end) = at.File.Clamp(at.Span);
        var found = end == start ? -1
            : last ? text.LastIndexOf(name, end - 1, end - start, StringComparison.Ordinal)
            : text.IndexOf(name, start, end - start, StringComparison.Ordinal);
        if (found < 0)
        {
            Unlocated.Add((kind, name));
            return;
        }

        _occurrences.Add(new Occurrence(kind, name, at.File, new TextSpan(found, found + name.Length), definition));
    }
}
