namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// A read-only stream over an archive part that counts the bytes it inflates and throws <paramref name="tooLarge"/>'s
/// exception as soon as they pass <paramref name="limit"/>, so whatever reads through it (the XML depth check) never
/// inflates more than the cap, and the count is known when the part has been read once.
/// </summary>
internal sealed class BoundedCountingStream(Stream inner, long limit, Func<Exception> tooLarge, CancellationToken cancellationToken) : Stream
{
    /// <summary>The bytes read so far.</summary>
    public long Count { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var read = inner.Read(buffer);
        Count += read;
        if (Count > limit)
        {
            throw tooLarge();
        }

        return read;
    }

    /// <summary>Reads the rest of the part, counting it.</summary>
    public void Drain(byte[] buffer)
    {
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
