using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using BotForge.Deploy.Releases;

namespace BotForge.Serve;

/// <summary>
/// Kestrel refuses a request it cannot parse (a NUL in the path, a malformed request line, headers too large)
/// before any middleware runs, with an empty answer: the one kind of error the application cannot shape. This
/// connection middleware sees the bytes Kestrel sends and gives such an answer the JSON Problem body every other
/// error has. It recognises them safely: this server's own answers always have a body (JSON, whose strings never
/// hold a raw line break), so an answer that starts a flush with an error status line and has
/// <c>Content-Length: 0</c> can only be Kestrel's; the status is kept and the connection still closes.
/// </summary>
internal static class JsonRejections
{
    public static void Use(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen) =>
        listen.Use(next => async connection =>
        {
            var transport = connection.Transport;
            connection.Transport = new Pipe(transport.Input, new Rewriter(transport.Output));
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        });

    /// <summary>The JSON answer for bytes that are exactly an empty error answer (status line and headers only), or null.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> sent)
    {
        if (sent.Length > MaxEmptyAnswer)
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(sent);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/1.1 4", StringComparison.Ordinal) || end < 0 || end + 4 != sent.Length)
        {
            return null;
        }

        var headers = text[..end].Split("\r\n");
        if (!headers.Skip(1).Any(h => h.Equals("Content-Length: 0", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var status = headers[0];
        var reason = status.Length > 13 ? status[13..] : "Bad Request";
        var body = JsonSerializer.SerializeToUtf8Bytes(new ProblemBody(
            $"the request could not be read as HTTP ({reason}): a NUL or another control character in the path, a malformed request line or headers too large"), Contract.Json);
        var head = $"{status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    private sealed class Pipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>The longest empty error answer looked at (Kestrel's are about 100 bytes).</summary>
    private const int MaxEmptyAnswer = 1024;

    /// <summary>A buffer grown beyond this by a large answer is let go once the answer has been passed on.</summary>
    private const int KeptBuffer = 1 << 20;

    /// <summary>Holds what Kestrel writes until it flushes, then passes it on, rewritten when it is an empty error.</summary>
    private sealed class Rewriter(PipeWriter inner) : PipeWriter
    {
        private ArrayBufferWriter<byte> _pending = new();

        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => _pending.WrittenCount + (inner.CanGetUnflushedBytes ? inner.UnflushedBytes : 0);

        // Kestrel may still write into bytes it advanced past until it flushes (a chunk's length goes before its
        // data once the data is written), so nothing is passed on before a flush.
        public override void Advance(int bytes) => _pending.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            Pass();
            inner.Complete(exception);
        }

        public override async ValueTask CompleteAsync(Exception? exception = null)
        {
            Pass();
            await inner.CompleteAsync(exception);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Pass();
            return inner.FlushAsync(cancellationToken);
        }

        private void Pass()
        {
            if (_pending.WrittenCount == 0)
            {
                return;
            }

            inner.Write(Rewrite(_pending.WrittenSpan) ?? _pending.WrittenSpan);
            if (_pending.Capacity > KeptBuffer)
            {
                _pending = new ArrayBufferWriter<byte>();
            }
            else
            {
                _pending.ResetWrittenCount();
            }
        }
    }
}
