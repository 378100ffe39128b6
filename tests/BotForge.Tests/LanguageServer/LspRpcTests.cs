using BotForge.LanguageServer;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace BotForge.Tests.LanguageServer;

/// <summary>
/// The server's JSON-RPC connection: a request it fails on by a fault of its own is answered with InternalError and a
/// one-line message, the stack trace going to the log only; a refusal keeps its own code and message.
/// </summary>
public sealed class LspRpcTests
{
    private sealed class Target
    {
        [JsonRpcMethod("textDocument/hover")]
        public object Hover(object? request = null) => throw new InvalidOperationException("a fault of the server");

        [JsonRpcMethod("textDocument/rename")]
        public object Rename(object? request = null) => throw new LocalRpcException("'GREETING' is taken") { ErrorCode = -32803 };
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
}
