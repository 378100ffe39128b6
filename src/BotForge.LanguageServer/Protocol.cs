using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotForge.LanguageServer;

// The Language Server Protocol 3.17 messages this server reads and writes, as small records: only the fields it
// uses. Property names are camel-cased on the wire (LanguageServer.JsonOptions); absent fields are left out. A field
// the protocol makes optional has a default here: without one, its absence makes the message invalid.

public sealed record Position(int Line, int Character);

public sealed record LspRange(Position Start, Position End);

public sealed record LspLocation(string Uri, LspRange Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change of a document: the text between <paramref name="Range"/>'s ends replaced, or, without a range, the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(string Text, LspRange? Range = null);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context = null);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record CodeDescription(string Href);

public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Source, string Message)
{
    public CodeDescription? CodeDescription { get; init; }

    /// <summary>The fix the message's hint names, when it names one ("did you mean 'X'?"): the replacement text.</summary>
    public JsonElement? Data { get; init; }
}

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics);

public sealed record TextEdit(LspRange Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record CompletionItem(string Label, int Kind)
{
    public string? Detail { get; init; }

    public TextEdit? TextEdit { get; init; }

    public string? SortText { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record Hover(MarkupContent Contents, LspRange? Range);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>
/// The diagnostics the editor shows where an action is asked for: ours, and those of any other tool on the file
/// (yaml-language-server's have numbers for codes, or none), so each is kept as the JSON it came as.
/// </summary>
public sealed record CodeActionContext(IReadOnlyList<JsonElement> Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext Context);

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<JsonElement> Diagnostics, WorkspaceEdit Edit, bool IsPreferred);

public sealed record PrepareRenameResult(LspRange Range, string Placeholder);

/// <summary>
/// What the editor sends first. Only its capabilities are read (whether it watches files for the server); projects
/// are found from the files it opens.
/// </summary>
public sealed record InitializeParams(ClientCapabilities? Capabilities = null);

public sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace = null);

public sealed record WorkspaceClientCapabilities(DynamicRegistrationCapability? DidChangeWatchedFiles = null);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration = null);

public sealed record FileSystemWatcher(string GlobPattern);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record Registration(string Id, string Method, object RegisterOptions);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record ServerInfo(string Name, string Version);

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, bool Save);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    RenameOptions RenameProvider,
    bool HoverProvider,
    bool DocumentSymbolProvider,
    bool CodeActionProvider);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>Numbers the protocol gives names to.</summary>
internal static class Lsp
{
    public const int SeverityError = 1, SeverityWarning = 2, SeverityInformation = 3;

    public const int CompletionFunction = 3, CompletionField = 5, CompletionVariable = 6, CompletionModule = 9, CompletionValue = 12,
        CompletionConstant = 21;

    public const int SymbolModule = 2, SymbolNamespace = 3, SymbolClass = 5, SymbolEnum = 10, SymbolVariable = 13, SymbolObject = 19;

    public const int SyncIncremental = 2;

    /// <summary>The error code of a request that was valid but failed (LSP 3.17's RequestFailed).</summary>
    public const int RequestFailed = -32803;

    /// <summary>The error code of a request sent before <c>initialize</c> (LSP 3.17's ServerNotInitialized).</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The error code of a request the server does not take now (JSON-RPC's InvalidRequest: one sent after <c>shutdown</c>).</summary>
    public const int InvalidRequest = -32600;

    /// <summary>The error code of a request the server failed on by a fault of its own (JSON-RPC's InternalError).</summary>
    public const int InternalError = -32603;

    /// <summary>
    /// Camel case on the wire, absent fields left out. A field the protocol requires (a non-nullable one here) that
    /// is missing or null makes the request's parameters invalid (InvalidParams), instead of reaching a handler as null.
    /// </summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
