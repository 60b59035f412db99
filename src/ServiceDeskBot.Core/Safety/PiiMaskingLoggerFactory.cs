using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Wraps the application's logger factory so every logger it hands out masks personal data in the formatted message,
/// in structured values, in scopes and in exception text before any provider (console, files, telemetry) sees them.
/// Filtering stays with the inner factory, so per-provider <c>Logging:*:LogLevel</c> settings still apply.
/// </summary>
internal sealed class PiiMaskingLoggerFactory(ILoggerFactory inner, PiiMasker masker) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new PiiMaskingLogger(inner.CreateLogger(categoryName), masker);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
