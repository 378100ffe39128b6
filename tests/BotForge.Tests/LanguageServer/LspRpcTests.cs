using BotForge.LanguageServer;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace BotForge.Tests.LanguageServer;

/// <summary>
/// The server's JSON-RPC connection: a request it fails on by a fault of its own is answered with InternalError and a
/// one-line message, the stack trace going to the log only; a refusal keeps its own code and message. A notification
/// whose parameters do not have the protocol's shape gets no answer: it is named in the log.
/// </summary>
public sealed class LspRpcTests
{
    private sealed class Target
    {
        [JsonRpcMethod("textDocument/hover")]
        public object Hover(object? request = null) => throw new InvalidOperationException("a fault of the server");

        [JsonRpcMethod("textDocument/rename")]
        public object Rename(object? request = null) => throw new LocalRpcException("'GREETING' is taken") { ErrorCode = -32803 };

        [JsonRpcMethod("textDocument/didChange")]
        public void DidChange(BotForge.LanguageServer.DidChangeTextDocumentParams request) => Changes++;

        public int Changes { get; private set; }
    }

    [Fact]
    public async Task A_fault_of_the_server_is_answered_with_InternalError_and_its_stack_trace_goes_to_the_log()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        using var server = new LspRpc(new HeaderDelimitedMessageHandler(serverStream, serverStream, new SystemTextJsonFormatter()), log);
        server.AddLocalRpcTarget(new Target());
        server.StartListening();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new SystemTextJsonFormatter()));
        client.StartListening();

        var fault = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.InvokeWithParameterObjectAsync<object>("textDocument/hover", new { }));
        Assert.Equal(-32603, fault.ErrorCode);
        Assert.Equal("internal error in botforge while answering 'textDocument/hover' (InvalidOperationException); the server's log has the details", fault.Message);
        Assert.Null(fault.ErrorData);
        Assert.Contains("botforge lsp: internal error while answering 'textDocument/hover': System.InvalidOperationException: a fault of the server", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("   at ", log.ToString(), StringComparison.Ordinal);

        var refusal = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.InvokeWithParameterObjectAsync<object>("textDocument/rename", new { }));
        Assert.Equal(-32803, refusal.ErrorCode);
        Assert.Equal("'GREETING' is taken", refusal.Message);
        Assert.DoesNotContain("taken", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notification_with_parameters_of_another_shape_is_named_in_the_log()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var target = new Target();
        using var server = new LspRpc(new HeaderDelimitedMessageHandler(serverStream, serverStream, new SystemTextJsonFormatter { JsonSerializerOptions = Lsp.JsonOptions }), log);
        server.SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false);
        server.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.StartListening();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new SystemTextJsonFormatter()));
        client.StartListening();

        var change = new { textDocument = new { uri = "file:///bot/a.yaml", version = 2 }, contentChanges = new[] { new { text = (string?)null } } };
        await client.NotifyWithParameterObjectAsync("textDocument/didChange", change);
        var sound = new { textDocument = new { uri = "file:///bot/a.yaml", version = 3 }, contentChanges = new[] { new { text = "a: 1" } } };
        await client.NotifyWithParameterObjectAsync("textDocument/didChange", sound);

        // Messages are handled in order: once the second is taken, the first has been dropped and logged.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (target.Changes == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, target.Changes);
        string written;
        lock (log)
        {
            written = log.ToString();
        }

        Assert.Equal("botforge lsp: ignored a notification: invalid parameters for 'textDocument/didChange' at $.contentChanges[0].text: a field the protocol requires is missing, null or of another type\n", written);
    }
}
