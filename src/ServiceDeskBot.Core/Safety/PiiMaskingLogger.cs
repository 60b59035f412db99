using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Safety;

/// <summary>A logger that masks personal data in what it forwards; see <see cref="PiiMaskingLoggerFactory"/>.</summary>
internal sealed class PiiMaskingLogger(ILogger inner, PiiMasker masker) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        inner.BeginScope(new MaskedLogState<TState>(state, null, masker));

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // Masking costs a few regex passes per value: only for messages some provider will actually write.
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        inner.Log(logLevel, eventId, new MaskedLogState<TState>(state, formatter, masker), MaskedException.For(exception, masker),
            static (masked, error) => masked.Format(error));
    }
}
