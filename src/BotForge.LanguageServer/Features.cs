using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;
using BotForge.Validation;
using BotForge.Validation.Rules;

namespace BotForge.LanguageServer;

/// <summary>What the editor asks of a file: every answer is computed from a snapshot and the file's current text.</summary>
internal static partial class Features
{
    /// <summary>The source schema's definitions: what completion offers and rename accepts is what the schema allows.</summary>
    private static readonly Lazy<JsonNode> Definitions = new(() => JsonNode.Parse(SourceSchemas.ReadText("botforge.schema.json"))!["definitions"]!);

    private static readonly Lazy<IReadOnlyList<string>> Channels = new(() =>
        Definitions.Value["channel"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()).ToList());

    private static readonly Lazy<Regex> SystemName = new(() => new Regex(Definitions.Value["systemName"]!["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant));

    private static readonly Lazy<Regex> LowerSnake = new(() => new Regex(Definitions.Value["lowerSnake"]!["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant));

    private static readonly string[] PlaceholderNamespaces = ["entity", "output", "env", "user", "user_details", "conversation"];

    public static LspRange Range(SourceFile file, TextSpan span) => new(PositionOf(file, span.Start), PositionOf(file, span.End));

    public static Position PositionOf(SourceFile file, int offset)
    {
        var (line, column) = file.GetLineColumn(offset);
        return new Position(line - 1, column - 1);
    }

    public static int OffsetOf(SourceFile file, Position position) => file.GetOffset(position.Line + 1, position.Character + 1);

    // ---- diagnostics ------------------------------------------------------------------------------------------------

    public static LspDiagnostic ToLsp(Diagnostic diagnostic, SourceFile? file)
    {
        var range = diagnostic.Location is { } at && file is not null ? Range(file, at.Span) : new LspRange(new Position(0, 0), new Position(0, 0));
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message}\nhint: {diagnostic.Hint}";
        var severity = diagnostic.Level switch
        {
            DiagnosticLevel.Error => Lsp.SeverityError,
            DiagnosticLevel.Warning => Lsp.SeverityWarning,
            _ => Lsp.SeverityInformation,
        };
        var fix = file is null || diagnostic.Location is null ? null : diagnostic.Fix is { } given ? (given.Span, given.Text) : HintedReplacement(diagnostic, file);
        return new LspDiagnostic(range, severity, diagnostic.Code, "botforge", message)
        {
            CodeDescription = new CodeDescription(DiagnosticCodes.HelpUri(diagnostic.Code)),
            Data = fix is null ? null : JsonSerializer.SerializeToElement(new { replace = Range(file!, fix.Value.Span), with = fix.Value.Text }, Lsp.JsonOptions),
        };
    }

    /// <summary>
    /// The edit a diagnostic's hint proposes ("did you mean 'X'?", "write 'X'"): the name the message quotes, found in
    /// the reported text, replaced by X. None when the hint proposes nothing or the name is not exactly there.
    /// </summary>
    private static (TextSpan Span, string Text)? HintedReplacement(Diagnostic diagnostic, SourceFile file)
    {
        if (diagnostic.Hint is null || ProposedName().Match(diagnostic.Hint) is not { Success: true } proposed)
        {
            return null;
        }

        var span = file.Clamp(diagnostic.Location!.Span);
        var start = span.Start;
        var reported = file.GetText(span);
        foreach (Match quoted in QuotedName().Matches(diagnostic.Message))
        {
            var wrong = quoted.Groups[1].Value;
            var at = reported.LastIndexOf(wrong, StringComparison.Ordinal);
            if (wrong.Length > 0 && at >= 0 && reported.IndexOf(wrong, StringComparison.Ordinal) == at)
            {
                return (new TextSpan(start + at, start + at + wrong.Length), proposed.Groups[1].Value);
            }
        }

        return null;
    }

    public static IReadOnlyList<CodeAction> CodeActions(string uri, CodeActionParams request)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in request.Context.Diagnostics)
        {
            if (Fix(diagnostic) is var (range, text))
            {
                var edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = [new TextEdit(range, text)] });
                actions.Add(new CodeAction($"Change to '{text}'", "quickfix", [diagnostic], edit, IsPreferred: true));
            }
        }

        return actions;
    }

    /// <summary>
    /// The fix one of our diagnostics carries (<see cref="ToLsp"/>'s <c>data</c>); null for another tool's diagnostic
    /// and for anything not of that shape.
    /// </summary>
    private static (LspRange Range, string Text)? Fix(JsonElement diagnostic)
    {
        if (diagnostic.ValueKind != JsonValueKind.Object
            || !diagnostic.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.String || source.GetString() != "botforge"
            || !diagnostic.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("with", out var with) || with.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("replace", out var replace) || replace.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return (replace.Deserialize<LspRange>(Lsp.JsonOptions)!, with.GetString()!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // ---- navigation -------------------------------------------------------------------------------------------------

    public static IReadOnlyList<LspLocation> Definition(Snapshot snapshot, SourceFile file, int offset, Func<string, string> uriOf)
    {
        if (snapshot.IndexFor(file) is not { } index || index.At(file, offset) is not { } at)
        {
            return [];
        }

        return index.All(at.Kind, at.Symbol).Where(o => o.IsDefinition).Select(o => new LspLocation(uriOf(o.File.Path), Range(o.File, o.Name))).ToList();
    }

    public static IReadOnlyList<LspLocation> References(Snapshot snapshot, SourceFile file, int offset, bool includeDeclaration, Func<string, string> uriOf)
    {
        if (snapshot.IndexFor(file) is not { } index || index.At(file, offset) is not { } at)
        {
            return [];
        }

        return index.All(at.Kind, at.Symbol).Where(o => includeDeclaration || !o.IsDefinition)
            .OrderBy(o => o.File.Path, StringComparer.Ordinal).ThenBy(o => o.Name.Start)
            .Select(o => new LspLocation(uriOf(o.File.Path), Range(o.File, o.Name))).ToList();
    }

    public static PrepareRenameResult? PrepareRename(Snapshot snapshot, SourceFile file, int offset)
    {
        if (snapshot.Index is not { } index || index.At(file, offset) is not { } at || !Renamable(index, at, out _))
        {
            return null;
        }

        return new PrepareRenameResult(Range(file, at.Name), at.Symbol);
    }

    /// <summary>The edits that rename the symbol under the position everywhere, or why it cannot be renamed.</summary>
    /// <param name="snapshot">The newest compilation.</param>
    /// <param name="file">The file the rename was asked in.</param>
    /// <param name="offset">Where in it.</param>
    /// <param name="newName">The name to give.</param>
    /// <param name="uriOf">The URI of a project-relative path.</param>
    /// <param name="openText">
    /// The editor's text of a file it has open, or null. A script is read from disk (the compilation reads no
    /// editor's text of it): while the editor holds other text for it, an edit placed by the disk's text could land
    /// on the wrong characters, so the rename is refused until it is saved.
    /// </param>
    public static (WorkspaceEdit? Edit, string? Refusal) Rename(Snapshot snapshot, SourceFile file, int offset, string newName, Func<string, string> uriOf, Func<string, string?>? openText = null)
    {
        if (snapshot.Index is not { } index)
        {
            return (null, "the project does not bind now (see botforge.yaml's errors): fix it, then rename");
        }

        if (index.At(file, offset) is not { } at)
        {
            return (null, "there is no node id or entity name here");
        }

        if (!Renamable(index, at, out var refusal))
        {
            return (null, refusal);
        }

        if (at.Symbol == newName)
        {
            return (new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>()), null);
        }

        var valid = (at.Kind == SymbolKind.Node ? SystemName : LowerSnake).Value.IsMatch(newName);
        if (!valid)
        {
            return (null, at.Kind == SymbolKind.Node
                ? $"'{newName}' is not a node id: use capital letters, digits and '_' (like CREATE_CASE)"
                : $"'{newName}' is not an entity name: use lower-case letters, digits and single '_' between words (like case_id)");
        }

        var taken = at.Kind == SymbolKind.Node ? index.Nodes.ContainsKey(newName) : index.Entity(newName) is not null || PublicEntities.Contains(newName);
        if (taken)
        {
            return (null, $"'{newName}' is taken: {(at.Kind == SymbolKind.Node ? "another node" : "another entity")} has that name");
        }

        if (index.All(at.Kind, at.Symbol).Select(o => o.File).FirstOrDefault(f => openText?.Invoke(f.Path) is { } open && open != f.Text) is { } unsaved)
        {
            return (null, $"{unsaved.Path} has changes that are not saved, and the rename changes it too: save it, then rename");
        }

        var changes = index.All(at.Kind, at.Symbol).GroupBy(o => o.File.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => uriOf(g.Key), g => (IReadOnlyList<TextEdit>)g.OrderBy(o => o.Name.Start).Select(o => new TextEdit(Range(o.File, o.Name), newName)).ToList());
        return (new WorkspaceEdit(changes), null);
    }

    private static bool Renamable(SymbolIndex index, Occurrence at, out string refusal)
    {
        refusal = string.Empty;
        if (at.Kind == SymbolKind.Story)
        {
            refusal = "a story is its folder (or its files' story:): rename the folder, or every story: that names it";
            return false;
        }

        if (at.Kind == SymbolKind.Env)
        {
            refusal = "env variables are renamed by hand: their values live in the platform's settings too";
            return false;
        }

        if (at.Kind == SymbolKind.Entity && index.Entity(at.Symbol) is null)
        {
            refusal = $"'{at.Symbol}' is {(PublicEntities.Contains(at.Symbol) ? "a public entity of the platform" : "not defined")}; only the bot's own entities are renamed";
            return false;
        }

        if (at.Kind == SymbolKind.Node && !index.Nodes.ContainsKey(at.Symbol))
        {
            refusal = $"no node has the id '{at.Symbol}'";
            return false;
        }

        if (index.Unlocated.Contains((at.Kind, at.Symbol)))
        {
            refusal = $"'{at.Symbol}' is written with a YAML escape somewhere, so not every use can be changed safely; rename it by hand";
            return false;
        }

        return true;
    }

    // ---- hover ------------------------------------------------------------------------------------------------------

    public static Hover? Hover(Snapshot snapshot, SourceFile file, int offset)
    {
        var index = snapshot.IndexFor(file);
        if (index?.At(file, offset) is { } at)
        {
            var text = at.Kind switch
            {
                SymbolKind.Node => index.Nodes.TryGetValue(at.Symbol, out var node) ? DescribeNode(index, node) : null,
                SymbolKind.Entity => DescribeEntity(index, at.Symbol),
                SymbolKind.Story => index.Bot.Stories.FirstOrDefault(s => s.Id == at.Symbol) is { } story
                    ? $"**{Escape(story.Id)}** — story of {story.SubStories.Count} sub-stories: {string.Join(", ", story.SubStories.Select(s => Code(s.Id)))}"
                    : null,
                _ => index.Env(at.Symbol) is { } variable ? DescribeEnv(variable) : null,
            };
            return text is null ? null : new Hover(MarkupContent.Markdown(text), Range(file, at.Name));
        }

        var line = file.GetLineColumn(offset).Line;
        var lineStart = file.GetOffset(line, 1);
        foreach (Match word in RuleWord().Matches(file.GetLineText(line)))
        {
            if (offset < lineStart + word.Index || offset > lineStart + word.Index + word.Length)
            {
                continue;
            }

            var range = Range(file, new TextSpan(lineStart + word.Index, lineStart + word.Index + word.Length));
            if (RuleCatalog.Find(word.Value) is { } rule)
            {
                return new Hover(MarkupContent.Markdown($"**{rule.Descriptor.Code}** `{rule.Id}` · {rule.Descriptor.Level.ToString().ToLowerInvariant()}\n\n{rule.Descriptor.Title}\n\n{rule.Why}"), range);
            }

            if (DiagnosticCodes.Find(word.Value) is { } code)
            {
                return new Hover(MarkupContent.Markdown($"**{code.Code}** · {code.Level.ToString().ToLowerInvariant()}\n\n{code.Title}\n\n[{code.Code} in docs/diagnostics.md]({DiagnosticCodes.HelpUri(code.Code)})"), range);
            }
        }

        return null;
    }

    private static string DescribeNode(SymbolIndex index, Node node)
    {
        var text = new StringBuilder();
        var flags = new[] { node.IsStart ? "start" : null, node.IsEnd ? "end" : null, node.IsContextClear ? "context clear" : null, node.IsActive ? null : "inactive" }.OfType<string>();
        text.Append(node.Name == node.SystemName ? $"**{node.SystemName}**\n\n" : $"**{node.SystemName}** — {Escape(node.Name)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{node.Type.ToString().ToLowerInvariant()} node of story {Code(node.SubStory.StoryId)} › sub-story {Code(node.SubStory.Id)}");
        text.Append(string.Concat(flags.Select(f => $" · {f}"))).Append("\n\n");
        var incoming = index.Bot.Nodes.Where(n => n.Connections.Any(c => c.TargetName == node.SystemName)).Select(n => $"`{n.SystemName}`").Distinct().ToList();
        if (incoming.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"from: {string.Join(", ", incoming)}\n\n");
        }

        foreach (var connection in node.Connections)
        {
            text.Append(CultureInfo.InvariantCulture, $"- to `{connection.TargetName}` {ConditionText(connection.Condition)}\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string ConditionText(Condition condition) => condition switch
    {
        AutomaticCondition => "(automatically)",
        UserSaysCondition says => $"when the user says {string.Join(", ", says.UserSays.All.Take(3).Select(u => $"“{Escape(u.Text)}”"))}{(says.UserSays.All.Count() > 3 ? ", …" : string.Empty)}",
        EntityPresenceCondition presence => $"when `{presence.Entity.Name}` is given",
        EntityValueCondition value => $"when `{value.Entity.Name}` is {string.Join(" or ", value.Values.Select(Code))}",
        RuleCondition rule => $"when {Code(rule.Location.File.GetText(rule.Location.Span).Trim())}",
        _ => string.Empty,
    };

    private static string? DescribeEntity(SymbolIndex index, string name)
    {
        if (index.Entity(name) is not { } entity)
        {
            return PublicEntities.Contains(name) ? $"**{name}** — a public entity of the platform" : null;
        }

        var text = new StringBuilder($"**{entity.Name}** — {entity.Type.ToString().ToLowerInvariant()} entity");
        if (entity.Description is { } description)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n{Escape(description)}");
        }

        if (entity.Values.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\nvalues: {string.Join(", ", entity.Values.Take(12).Select(v => Code(v.Value)))}{(entity.Values.Count > 12 ? $", … ({entity.Values.Count} in all)" : string.Empty)}");
        }

        if (entity.Pattern is { } pattern)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\npattern: {Code(pattern)}");
        }

        if (entity.PreviousContext.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\ntaken only after a bot message with {string.Join(" or ", entity.PreviousContext.Select(t => Code(t.Text)))} (previous_context)");
        }

        return text.ToString();
    }

    private static string DescribeEnv(EnvVariable variable)
    {
        var text = new StringBuilder($"**{variable.Name}** — env variable");
        if (variable.Description is { } description)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n{Escape(description)}");
        }

        text.Append(variable.Secret ? "\n\nsecret: set on the platform, never in the sources" : $"\n\nstaging: {Code(variable.Staging ?? string.Empty)} · production: {Code(variable.Production ?? string.Empty)}");
        return text.ToString();
    }

    /// <summary>Author text shown as itself in Markdown: every character Markdown could read as syntax is escaped, line breaks are spaces.</summary>
    internal static string Escape(string text) => MarkdownSyntax().Replace(text.ReplaceLineEndings(" "), @"\$0");

    /// <summary>Author text as a Markdown code span, fenced with more backticks than it holds in a row.</summary>
    internal static string Code(string text)
    {
        var longest = Backticks().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', longest + 1);
        var inner = text.ReplaceLineEndings(" ");
        return inner.StartsWith('`') || inner.EndsWith('`') ? $"{fence} {inner} {fence}" : $"{fence}{inner}{fence}";
    }

    // ---- completion -------------------------------------------------------------------------------------------------

    public static CompletionList Completion(Snapshot? snapshot, SourceFile file, int offset)
    {
        var (line, column) = file.GetLineColumn(offset);
        var before = file.GetLineText(line)[..Math.Min(column - 1, file.GetLineText(line).Length)];
        var index = snapshot?.IndexFor(file);
        var items = new List<CompletionItem>();

        TextEdit Replace(string prefix, string text) => new(Range(file, new TextSpan(offset - prefix.Length, offset)), text);

        if (Placeholder().Match(before) is { Success: true } placeholder)
        {
            var closes = offset < file.Text.Length && file.Text[offset] == '}' ? string.Empty : "}";
            var prefix = placeholder.Groups["key"].Value;
            if (!placeholder.Groups["dot"].Success)
            {
                prefix = placeholder.Groups["ns"].Value;
                items.AddRange(PlaceholderNamespaces.Select(n => new CompletionItem(n, Lsp.CompletionModule) { TextEdit = Replace(prefix, n + ".") }));
            }
            else
            {
                var names = placeholder.Groups["ns"].Value switch
                {
                    "entity" => EntityNames(index),
                    "env" => index?.Bot.Env.Select(e => (Name: e.Name, Detail: e.Secret ? "secret env variable" : "env variable")) ?? [],
                    "output" => Outputs(index, null),
                    _ => [],
                };
                items.AddRange(names.Select(n => new CompletionItem(n.Name, Lsp.CompletionVariable) { Detail = n.Detail, TextEdit = Replace(prefix, n.Name + closes) }));
            }
        }
        else if (Disable().Match(before) is { Success: true } disable)
        {
            var prefix = disable.Groups["word"].Value;
            items.AddRange(RuleCatalog.All.Select(r => new CompletionItem(r.Descriptor.Code, Lsp.CompletionConstant) { Detail = r.Descriptor.Title, TextEdit = Replace(prefix, r.Descriptor.Code) }));
        }
        else if (KeyValue().Match(before) is { Success: true } pair)
        {
            var prefix = pair.Groups["value"].Value;
            var names = pair.Groups["key"].Value switch
            {
                "to" => index?.Nodes.Values.Select(n => (n.SystemName, $"{n.Name} ({n.SubStory.StoryId}/{n.SubStory.Id})")) ?? [],
                "entity" => EntityNames(index),
                "when" => Outputs(index, NodeAt(index, file, offset)),
                "channels" => Channels.Value.Select(c => (c, "channel")),
                "node" => index?.Nodes.Values.Select(n => (n.SystemName, n.Name)) ?? [],
                _ => [],
            };
            items.AddRange(names.Select(n => new CompletionItem(n.Item1, Lsp.CompletionValue) { Detail = n.Item2, TextEdit = Replace(prefix, n.Item1) }));
        }
        else if (BareWord().Match(before) is { Success: true } bare && ParentKey(file, line) is { } parent)
        {
            var prefix = bare.Groups["word"].Value;
            if (parent.Key == "rules" && ParentKey(file, parent.Line)?.Key == "lint")
            {
                items.AddRange(RuleCatalog.All.SelectMany(r => new[]
                {
                    new CompletionItem(r.Descriptor.Code, Lsp.CompletionConstant) { Detail = r.Descriptor.Title, TextEdit = Replace(prefix, r.Descriptor.Code + ": { level: off }") },
                    new CompletionItem(r.Id, Lsp.CompletionConstant) { Detail = $"{r.Descriptor.Code}: {r.Descriptor.Title}", TextEdit = Replace(prefix, r.Id + ": { level: off }") },
                }));
            }
            else if (parent.Key == "action")
            {
                items.AddRange(ActionCatalog.All.Select(a => new CompletionItem(a.Name, Lsp.CompletionFunction)
                {
                    Detail = a.Summary,
                    TextEdit = Replace(prefix, a.Name + ":"),
                }));
            }
            else if (ActionCatalog.Find(parent.Key) is { } action)
            {
                items.AddRange(action.Inputs.Select(i => new CompletionItem(i.Name, Lsp.CompletionField)
                {
                    Detail = $"{(i.Required ? "required" : "optional")}: {i.Description}",
                    TextEdit = Replace(prefix, i.Name + ": "),
                }));
            }
        }

        return Trimmed(items, file);
    }

    /// <summary>The most completions sent at once; with more, the list says it is incomplete and the editor asks again as the user types.</summary>
    internal const int MaxCompletions = 200;

    /// <summary>
    /// The items matching the typed word (the text their edit replaces, case-insensitively), at most
    /// <see cref="MaxCompletions"/>: a 10,000-node bot offers 10,000 node ids after <c>to:</c>, and sending them all
    /// on every keystroke is what makes an editor slow. Names written in this file come first.
    /// </summary>
    private static CompletionList Trimmed(List<CompletionItem> items, SourceFile file)
    {
        // Every item of one list replaces the same typed word.
        var typed = items.Count == 0 ? string.Empty : Typed(items[0], file);
        var matching = items.DistinctBy(i => i.Label).Where(i => i.Label.Contains(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matching.Count <= MaxCompletions)
        {
            return new CompletionList(false, matching.OrderBy(i => i.Label, StringComparer.Ordinal).ToList());
        }

        var local = Word().Matches(file.Text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var chosen = matching.OrderBy(i => local.Contains(i.Label) ? 0 : 1).ThenBy(i => i.Label, StringComparer.Ordinal).Take(MaxCompletions)
            .Select((item, rank) => item with { SortText = rank.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        return new CompletionList(true, chosen);
    }

    /// <summary>What the user has typed of an item: the text its edit replaces.</summary>
    private static string Typed(CompletionItem item, SourceFile file)
    {
        if (item.TextEdit is not { } edit)
        {
            return string.Empty;
        }

        var start = OffsetOf(file, edit.Range.Start);
        return file.Text[start..Math.Max(start, OffsetOf(file, edit.Range.End))];
    }

    private static IEnumerable<(string Name, string Detail)> EntityNames(SymbolIndex? index) =>
        (index?.Bot.Entities.Select(e => (e.Name, $"{e.Type.ToString().ToLowerInvariant()} entity")) ?? [])
            .Concat(PublicEntities.Names.Select(n => (n, "public entity")));

    /// <summary>The outputs a <c>when:</c> or <c>${output.…}</c> can read: the code node's own when known, else every code node's.</summary>
    private static IEnumerable<(string Name, string Detail)> Outputs(SymbolIndex? index, Node? node)
    {
        if (index is null)
        {
            return [];
        }

        var nodes = node?.Code is not null ? [node] : index.Bot.Nodes.Where(n => n.Code is not null);
        return nodes.SelectMany(n => n.Code!.Outputs.Select(o => (o, $"output of {n.SystemName}")));
    }

    private static Node? NodeAt(SymbolIndex? index, SourceFile file, int offset) =>
        index?.Bot.Nodes.LastOrDefault(n => n.Location.File.Path == file.Path && n.Location.Span.Start <= offset && offset <= n.Location.Span.End);

    /// <summary>The nearest line above <paramref name="line"/> that is less indented and ends in a key (<c>key:</c>), with its number.</summary>
    private static (string Key, int Line)? ParentKey(SourceFile file, int line)
    {
        var indent = Indent(file.GetLineText(line));
        for (var above = line - 1; above >= 1; above--)
        {
            var text = file.GetLineText(above);
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (Indent(text) < indent)
            {
                return OpenKey().Match(text) is { Success: true } key ? (key.Groups["key"].Value, above) : null;
            }
        }

        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '-').Length;

    // ---- outline ----------------------------------------------------------------------------------------------------

    public static IReadOnlyList<DocumentSymbol> Outline(Snapshot snapshot, SourceFile file)
    {
        if (snapshot.IndexFor(file) is not { } index)
        {
            return [];
        }

        var whole = Range(file, new TextSpan(0, file.Text.Length));
        var symbols = new List<DocumentSymbol>();
        foreach (var story in index.Bot.Stories)
        {
            foreach (var sub in story.SubStories.Where(s => s.File.Path == file.Path))
            {
                var nodes = sub.Nodes.Select(n => new DocumentSymbol(n.SystemName, $"{n.Name} · {n.Type.ToString().ToLowerInvariant()}", Lsp.SymbolClass,
                    Range(file, n.Location.Span), Range(file, n.IdLocation.Span), null)).ToList();
                var subStory = new DocumentSymbol(sub.Id, sub.Name, Lsp.SymbolModule, whole, new LspRange(whole.Start, whole.Start), nodes);
                symbols.Add(new DocumentSymbol(story.Id, "story", Lsp.SymbolNamespace, whole, new LspRange(whole.Start, whole.Start), [subStory]));
            }
        }

        symbols.AddRange(index.Bot.Entities.Where(e => e.Location.File.Path == file.Path).Select(e =>
            new DocumentSymbol(e.Name, $"{e.Type.ToString().ToLowerInvariant()} entity", Lsp.SymbolEnum, Range(file, e.Location.Span), Range(file, e.NameLocation.Span), null)));
        symbols.AddRange(index.Bot.Faq.Where(f => f.Location.File.Path == file.Path).Select(f =>
            new DocumentSymbol(f.Id, "FAQ", Lsp.SymbolObject, Range(file, f.Location.Span), Range(file, f.IdLocation.Span), null)));
        symbols.AddRange(index.Bot.Env.Where(e => e.Location.File.Path == file.Path).Select(e =>
            new DocumentSymbol(e.Name, e.Secret ? "secret env variable" : "env variable", Lsp.SymbolVariable, Range(file, e.Location.Span), Range(file, e.Location.Span), null)));
        return symbols;
    }

    [GeneratedRegex(@"(?:did you mean|write) '([^']+)'")]
    private static partial Regex ProposedName();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"\bBF\d{4}\b|\b[a-z]+(?:-[a-z]+)+\b")]
    private static partial Regex RuleWord();

    [GeneratedRegex(@"\$\{\s*(?<ns>[a-z_]*)(?<dot>\.(?<key>[A-Za-z0-9_]*))?$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"#\s*" + RuleRunner.DisableMarker + @"\b(?:[\s,]+[A-Z0-9]+)*[\s,]+(?<word>[A-Z0-9]*)$")]
    private static partial Regex Disable();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?:\{\s*)?(?<key>to|entity|when|channels|node)\s*:\s*\[?(?:[^\[\]]*,\s*)?(?<value>[A-Za-z0-9_]*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<word>[A-Za-z0-9_.-]*)$")]
    private static partial Regex BareWord();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z0-9_.-]+)\s*:\s*(?:#.*)?$")]
    private static partial Regex OpenKey();

    [GeneratedRegex(@"[\\`*_{}\[\]()#+\-.!|<>~&]")]
    private static partial Regex MarkdownSyntax();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();

    [GeneratedRegex(@"[A-Za-z0-9_.]+")]
    private static partial Regex Word();

}
