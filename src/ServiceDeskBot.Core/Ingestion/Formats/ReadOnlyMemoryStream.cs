using System.Runtime.InteropServices;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>A read-only, seekable stream over the upload's bytes, so readers never copy the whole file.</summary>
internal sealed class ReadOnlyMemoryStream : Stream
{
    private readonly ReadOnlyMemory<byte> _content;
    private long _position;

    public ReadOnlyMemoryStream(ReadOnlyMemory<byte> content) => _content = content;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _content.Length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, _content.Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = _content.Length - (int)_position;
        if (remaining <= 0)
        {
            return 0;
        }

        var count = Math.Min(remaining, buffer.Length);
        _content.Span.Slice((int)_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _content.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The bytes as an array, without a copy when they already are one.</summary>
    public static byte[] ToArray(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();
}
