using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Keeps the app's log lines so a test can read the first-admin setup link off them, as an operator does.</summary>
public sealed partial class SetupLinkLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(_lines);

    public async Task<string> LinkAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_lines.Select(l => Link().Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No setup link was logged.");
    }

    public void Dispose()
    {
    }

    [GeneratedRegex(@"Open (http://\S+/Account/Setup\?token=[A-Za-z0-9_-]+) within")]
    private static partial Regex Link();

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
