using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Tests.Safety;

/// <summary>A log sink that keeps what providers are given: the formatted text, the structured values, scopes and exceptions.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<RecordedLog> Logs { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    internal sealed record RecordedLog(string Message, IReadOnlyList<KeyValuePair<string, object?>> Values, IReadOnlyList<string> Scopes, string? Exception);

    private sealed class Recorder(RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes?.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner.Logs.Enqueue(new RecordedLog(formatter(state, exception), [.. values], scopes, exception?.ToString()));
        }
    }
}
