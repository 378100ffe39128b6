namespace BotForge.Cli.Output;

/// <summary>
/// Standard output or error as the program writes them: a write the system refuses (a full disk behind
/// <c>&gt; file</c>, <c>/dev/full</c>) is remembered and what follows is dropped, so the run ends with one line and an
/// exit code instead of a stack trace (the runtime's StreamWriter would throw from wherever it flushes).
/// </summary>
internal sealed class GuardedStream(Stream inner) : Stream
{
    /// <summary>Why the first refused write failed, or null while every write went through.</summary>
    public string? Failure { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            Failure = e.Message;
        }
    }

    public override void Flush()
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            Failure = e.Message;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
