using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Lets streamed text (an LLM reply as it is written) through only as far as the sensitive-word scanner says is safe:
/// a listed word that is still arriving is held back with everything after it, and once one is found nothing more is
/// let through. The caller shows what <see cref="Feed"/> and <see cref="Complete"/> return, and nothing else.
/// </summary>
public sealed class StreamedTextGate(SensitiveWordScanner scanner)
{
    private readonly StringBuilder _text = new();
    private int _released;

    /// <summary>True once a listed word was found: the text must not be shown, and what was shown must be withdrawn.</summary>
    public bool Tripped => scanner.HasMatch;

    /// <summary>Reads the next chunk; returns the text that became safe to show (possibly empty).</summary>
    public string Feed(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        _text.Append(chunk);
        scanner.Feed(chunk);
        return Release(scanner.SafeLength);
    }

    /// <summary>Ends the text; returns what was still held back, or nothing when the end revealed a listed word.</summary>
    public string Complete()
    {
        scanner.Complete();
        return Release(_text.Length);
    }

    private string Release(int safeLength)
    {
        if (Tripped || safeLength <= _released)
        {
            return "";
        }

        var shown = _text.ToString(_released, safeLength - _released);
        _released = safeLength;
        return shown;
    }
}
