namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Stands in for a logged exception whose text carries personal data (a database error quoting the row, a parser
/// quoting its input): the same text and stack trace with the data masked, the original type named in the text.
/// </summary>
internal sealed class MaskedException : Exception
{
    private readonly string _text;
    private readonly string? _stackTrace;

    public MaskedException()
    {
        _text = "";
    }

    public MaskedException(string message) : base(message)
    {
        _text = message;
    }

    public MaskedException(string message, Exception innerException) : base(message, innerException)
    {
        _text = message;
    }

    private MaskedException(string message, string text, string? stackTrace) : base(message)
    {
        _text = text;
        _stackTrace = stackTrace;
    }

    public override string? StackTrace => _stackTrace;

    /// <summary>The exception itself when its text holds no personal data, otherwise a masked stand-in.</summary>
    public static Exception? For(Exception? exception, PiiMasker masker)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var masked = masker.Mask(text);
        return masked == text ? exception : new MaskedException(masker.Mask(exception.Message), masked, exception.StackTrace is { } trace ? masker.Mask(trace) : null);
    }

    public override string ToString() => _text;
}
