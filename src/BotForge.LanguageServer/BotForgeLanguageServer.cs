using System.Collections.Concurrent;
using System.Text.Json;
using BotForge.Project;
using BotForge.Text;
using BotForge.Validation;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BotForge.LanguageServer;

/// <summary>
/// <c>botforge lsp</c>: the Language Server Protocol (3.17) over stdio. StreamJsonRpc frames and dispatches the
/// messages (one at a time, in order); each open project is a <see cref="ProjectSession"/> that compiles again after
/// every edit and publishes the diagnostics of every file of the project that changed.
/// </summary>
public sealed class BotForgeLanguageServer
{
    private readonly ConcurrentDictionary<string, ProjectSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly SchemaCache? _cache;
    private readonly string _version;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LspRpc? _rpc;
    private bool _initialized;
    private bool _clientWatches;
    private bool _shuttingDown;

    private BotForgeLanguageServer(SchemaCache? cache, string version)
    {
        _cache = cache;
        _version = version;
    }

    /// <summary>Serves one client until it exits or closes the stream; the exit code the protocol asks for.</summary>
    /// <param name="input">The client's messages (stdin).</param>
    /// <param name="output">Where answers and notifications go (stdout).</param>
    /// <param name="log">Where a fault of the server's own is written in full (stderr: editors show it as the server's log).</param>
    /// <param name="cache">The schema check's cache, or none.</param>
    /// <param name="version">The version the server gives in its answer to <c>initialize</c>.</param>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, SchemaCache? cache, string version)
    {
        var server = new BotForgeLanguageServer(cache, version);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = Lsp.JsonOptions };
        using var rpc = new LspRpc(new HeaderDelimitedMessageHandler(output, input, formatter), log);
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, AllowNonPublicInvocation = false });
        server._rpc = rpc;
        rpc.StartListening();
        try
        {
            await Task.WhenAny(rpc.Completion, server._exit.Task).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away.
        }

        return server._shuttingDown ? 0 : 1;
    }

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (_initialized)
        {
            throw new LocalRpcException("the server is already initialized") { ErrorCode = Lsp.InvalidRequest };
        }

        _initialized = true;
        _clientWatches = request.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        // Projects are found from the files the editor opens (the folder with botforge.yaml above each).
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: Lsp.SyncIncremental, Save: true),
                new CompletionOptions(["$", "{", ".", ":", " ", "["]),
                DefinitionProvider: true,
                ReferencesProvider: true,
                new RenameOptions(PrepareProvider: true),
                HoverProvider: true,
                DocumentSymbolProvider: true,
                CodeActionProvider: true),
            new ServerInfo("botforge", _version));
    }

    /// <summary>
    /// The project's files that are not open change on disk too (a git checkout, a script saved in another editor, a
    /// file created): the editor is asked to say so, where it can watch files for a server.
    /// </summary>
    [JsonRpcMethod("initialized")]
    public void Initialized(object? request = null)
    {
        if (!_clientWatches || _rpc is not { } rpc)
        {
            return;
        }

        var watch = new Registration("botforge-project-files", "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesRegistrationOptions([new FileSystemWatcher(WatchedFiles)]));
        _ = rpc.InvokeWithParameterObjectAsync("client/registerCapability", new RegistrationParams([watch])).ContinueWith(
            t => rpc.Log($"botforge lsp: the editor refused to watch the project's files ({t.Exception!.InnerException?.Message}); a change on disk shows after the next edit"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>The files a project is read from: its YAML, and the Python of its <c>script:</c> code nodes.</summary>
    public const string WatchedFiles = "**/*.{yaml,yml,py}";

    [JsonRpcMethod("shutdown")]
    public object? Shutdown(object? request = null)
    {
        Accept();
        _shuttingDown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit(object? request = null) => _exit.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (Locate(request.TextDocument.Uri) is { } at)
        {
            at.Session.SetText(at.Relative, request.TextDocument.Text);
        }
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (Locate(request.TextDocument.Uri) is not { } at)
        {
            return;
        }

        var text = at.Session.OpenText(at.Relative) ?? ReadDisk(at.Session, at.Relative);
        foreach (var change in request.ContentChanges)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }

            var file = new SourceFile(at.Relative, text);
            var start = Features.OffsetOf(file, change.Range.Start);
            var end = Math.Max(start, Features.OffsetOf(file, change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }

        at.Session.SetText(at.Relative, text);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams request)
    {
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        // The file on disk is the truth again.
        if (Locate(request.TextDocument.Uri) is { } at)
        {
            at.Session.SetText(at.Relative, null);
        }
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        // Only projects the editor has open: a checkout that touches every bot of a repository compiles none of the others.
        // A YAML file the project does not read (an editor's lock file .#flow.yaml, a package's under node_modules)
        // compiles nothing either; any other change (a script, a folder gone) compiles again.
        var changed = request.Changes.Select(c => Locate(c.Uri, open: false)).OfType<(ProjectSession Session, string Relative)>()
            .Where(at => Path.GetExtension(at.Relative) is not (".yaml" or ".yml") || ProjectLoader.Reads(at.Session.Root, at.Relative));
        foreach (var session in changed.Select(at => at.Session).Distinct())
        {
            session.Refresh();
        }
    }

    [JsonRpcMethod("textDocument/completion")]
    public async Task<CompletionList> CompletionAsync(TextDocumentPositionParams request)
    {
        Accept();

        // Scripts are open for rename's sake (their texts tell whether one has unsaved changes): nothing to complete there.
        if (Locate(request.TextDocument.Uri) is not { } at || Path.GetExtension(at.Relative) is not (".yaml" or ".yml"))
        {
            return new CompletionList(false, []);
        }

        // Completion answers at once from the newest finished compilation and the text as it is now.
        var snapshot = at.Session.LastDone ?? await at.Session.Latest.ConfigureAwait(false);
        var file = CurrentFile(at, snapshot);
        return Features.Completion(snapshot, file, Features.OffsetOf(file, request.Position));
    }

    [JsonRpcMethod("textDocument/definition")]
    public async Task<IReadOnlyList<LspLocation>> DefinitionAsync(TextDocumentPositionParams request) =>
        await OnFileAsync(request.TextDocument.Uri, (session, snapshot, file) => Features.Definition(snapshot, file, Features.OffsetOf(file, request.Position), r => UriOf(session, r)), []).ConfigureAwait(false);

    [JsonRpcMethod("textDocument/references")]
    public async Task<IReadOnlyList<LspLocation>> ReferencesAsync(ReferenceParams request) =>
        await OnFileAsync(request.TextDocument.Uri, (session, snapshot, file) => Features.References(snapshot, file, Features.OffsetOf(file, request.Position),
            request.Context?.IncludeDeclaration ?? true, r => UriOf(session, r)), []).ConfigureAwait(false);

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> HoverAsync(TextDocumentPositionParams request) =>
        await OnFileAsync(request.TextDocument.Uri, (_, snapshot, file) => Features.Hover(snapshot, file, Features.OffsetOf(file, request.Position)), null).ConfigureAwait(false);

    [JsonRpcMethod("textDocument/documentSymbol")]
    public async Task<IReadOnlyList<DocumentSymbol>> DocumentSymbolAsync(DocumentSymbolParams request) =>
        await OnFileAsync(request.TextDocument.Uri, (_, snapshot, file) => Features.Outline(snapshot, file), []).ConfigureAwait(false);

    [JsonRpcMethod("textDocument/codeAction")]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams request)
    {
        Accept();
        return Features.CodeActions(request.TextDocument.Uri, request);
    }

    [JsonRpcMethod("textDocument/prepareRename")]
    public async Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams request) =>
        await OnFileAsync(request.TextDocument.Uri, (_, snapshot, file) => Features.PrepareRename(snapshot, file, Features.OffsetOf(file, request.Position)), null).ConfigureAwait(false);

    [JsonRpcMethod("textDocument/rename")]
    public async Task<WorkspaceEdit?> RenameAsync(RenameParams request)
    {
        var (edit, refusal) = await OnFileAsync<(WorkspaceEdit?, string?)>(request.TextDocument.Uri,
            (session, snapshot, file) => Features.Rename(snapshot, file, Features.OffsetOf(file, request.Position), request.NewName, r => UriOf(session, r), session.OpenText),
            (null, "the file is not part of a BotForge project")).ConfigureAwait(false);
        if (refusal is not null)
        {
            throw new LocalRpcException(refusal) { ErrorCode = Lsp.RequestFailed };
        }

        return edit;
    }

    /// <summary>Answers from the compilation of the newest text (waiting for it), so positions match what the editor shows.</summary>
    private async Task<T> OnFileAsync<T>(string uri, Func<ProjectSession, Snapshot, SourceFile, T> answer, T none)
    {
        Accept();
        if (Locate(uri) is not { } at)
        {
            return none;
        }

        var snapshot = await at.Session.Latest.ConfigureAwait(false);
        return answer(at.Session, snapshot, CurrentFile(at, snapshot));
    }

    private static SourceFile CurrentFile((ProjectSession Session, string Relative) at, Snapshot snapshot)
    {
        var open = at.Session.OpenText(at.Relative);
        if (snapshot.Files.TryGetValue(at.Relative, out var file) && (open is null || file.Text == open))
        {
            return file;
        }

        return new SourceFile(at.Relative, open ?? string.Empty);
    }

    /// <summary>
    /// Refuses a request the protocol does not allow now: one before <c>initialize</c> (ServerNotInitialized) or
    /// after <c>shutdown</c> (InvalidRequest). Notifications at those times are dropped (<see cref="Locate"/>).
    /// </summary>
    private void Accept()
    {
        if (!_initialized)
        {
            throw new LocalRpcException("the server is not initialized yet: send 'initialize' first") { ErrorCode = Lsp.ServerNotInitialized };
        }

        if (_shuttingDown)
        {
            throw new LocalRpcException("the server is shutting down: only 'exit' is accepted") { ErrorCode = Lsp.InvalidRequest };
        }
    }

    /// <summary>
    /// The project a document belongs to (the nearest folder above it with a botforge.yaml) and its path in it; null
    /// for a document outside any project, and before <c>initialize</c> or after <c>shutdown</c>. With
    /// <paramref name="open"/> false, only a project already open: none is opened.
    /// </summary>
    private (ProjectSession Session, string Relative)? Locate(string uri, bool open = true)
    {
        if (!_initialized || _shuttingDown || FileUri.ToPath(uri) is not { } local)
        {
            return null;
        }

        var path = Path.GetFullPath(local);
        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (!open)
            {
                if (_sessions.TryGetValue(folder, out var known))
                {
                    return (known, Path.GetRelativePath(folder, path).Replace('\\', '/'));
                }

                continue;
            }

            if (File.Exists(Path.Combine(folder, "botforge.yaml")))
            {
                var session = _sessions.GetOrAdd(folder, root =>
                {
                    var created = new ProjectSession(root, _cache);
                    created.Compiled += snapshot => Publish(created, snapshot);
                    return created;
                });
                return (session, Path.GetRelativePath(folder, path).Replace('\\', '/'));
            }
        }

        return null;
    }

    /// <summary>A file's text on disk (a change to a file the editor never opened starts from it); empty when unreadable.</summary>
    private static string ReadDisk(ProjectSession session, string relative)
    {
        try
        {
            return File.ReadAllText(Path.Combine(session.Root, relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static string UriOf(ProjectSession session, string relative) => FileUri.FromPath(Path.Combine(session.Root, relative));

    /// <summary>Sends the diagnostics of every file whose list changed (an empty list clears a file's).</summary>
    private void Publish(ProjectSession session, Snapshot snapshot)
    {
        if (_rpc is not { } rpc)
        {
            return;
        }

        // Each file of the compilation, and each file published before (whose diagnostics may have to be cleared): URI → relative path.
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in snapshot.ByFile.Keys.Concat(snapshot.Files.Keys))
        {
            files.TryAdd(UriOf(session, relative), relative);
        }

        var inProject = FileUri.FromPath(session.Root) + "/";
        foreach (var uri in _published.Keys.Where(u => u.StartsWith(inProject, StringComparison.Ordinal)))
        {
            files.TryAdd(uri, Path.GetRelativePath(session.Root, FileUri.ToPath(uri)!).Replace('\\', '/'));
        }

        foreach (var (uri, relative) in files)
        {
            var diagnostics = snapshot.ByFile.TryGetValue(relative, out var found) ? found : [];
            var lsp = diagnostics.Select(d => Features.ToLsp(d, d.Location?.File)).ToList();
            var signature = string.Join("\n", lsp.Select(d => $"{d.Range}|{d.Code}|{d.Message}"));
            if (_published.TryGetValue(uri, out var before) ? before == signature : lsp.Count == 0)
            {
                continue;
            }

            _published[uri] = signature;
            _ = rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, lsp));
        }
    }
}

/// <summary>
/// The JSON-RPC connection. A request whose parameters do not have the protocol's shape is answered with
/// InvalidParams (a notification of that shape, which has no answer, is named in the log); one the server failed on
/// by a fault of its own with InternalError and a one-line message, the stack trace going to the log, never to the
/// client (StreamJsonRpc would send it).
/// </summary>
internal sealed class LspRpc(IJsonRpcMessageHandler handler, TextWriter log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException)
        {
            return base.CreateErrorDetails(request, exception);
        }

        // The parameters are read when the method is called: a required field missing, null or of another type.
        if (exception is JsonException invalid)
        {
            var message = $"invalid parameters for '{request.Method}' at {invalid.Path ?? "$"}: a field the protocol requires is missing, null or of another type";
            if (request.IsNotification)
            {
                // No answer goes back: the log is the only place a dropped edit can show.
                Log($"botforge lsp: ignored a notification: {message}");
            }

            return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = message };
        }

        Log($"botforge lsp: internal error while answering '{request.Method}': {exception}");

        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)Lsp.InternalError,
            Message = $"internal error in botforge while answering '{request.Method}' ({exception.GetType().Name}); the server's log has the details",
        };
    }

    public void Log(string line)
    {
        lock (log)
        {
            log.Write(line + "\n");
            log.Flush();
        }
    }
}
