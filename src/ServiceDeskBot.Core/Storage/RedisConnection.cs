using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Telemetry;
using StackExchange.Redis;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// The node's one connection to Redis (<c>Redis:Configuration</c>), opened before the other services start and kept
/// open across outages: StackExchange.Redis reconnects by itself and resubscribes channels. Keys and channels are
/// namespaced by the installation id, so installations sharing a Redis never meet. A command that fails is counted
/// (<c>servicedeskbot.redis.failures</c>) and its caller carries on without Redis (<see cref="TryAsync{T}"/>).
/// </summary>
public sealed partial class RedisConnection(
    IOptions<RedisOptions> options,
    IServiceProvider services,
    NodeIdentity node,
    ServiceDeskMetrics metrics,
    ILogger<RedisConnection> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private ConnectionMultiplexer? _multiplexer;
    private string _prefix = "";
    private long _failures;
    private int _down;
    private int _closed;

    /// <summary>Raised when the connection came back after an outage: what was published meanwhile never arrived.</summary>
    public event Action? Restored;

    /// <summary>Whether commands can reach Redis now.</summary>
    public bool IsConnected => _multiplexer?.IsConnected == true;

    /// <summary>Commands that failed since start.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>The server this node talks to (no password), for health reports.</summary>
    public string Endpoint => _multiplexer?.GetEndPoints().FirstOrDefault()?.ToString() ?? "";

    public IDatabase Database => Multiplexer.GetDatabase();

    public ISubscriber Subscriber => Multiplexer.GetSubscriber();

    private ConnectionMultiplexer Multiplexer =>
        _multiplexer ?? throw new InvalidOperationException("Redis is used before the host started.");

    /// <summary>The key <paramref name="name"/> of this installation.</summary>
    public RedisKey Key(string name) => _prefix + name;

    /// <summary>The channel <paramref name="name"/> of this installation.</summary>
    public RedisChannel Channel(string name) => RedisChannel.Literal(_prefix + name);

    /// <summary>
    /// Runs a command; when Redis is down or slow, counts the failure and returns <c>(false, default)</c> so the caller
    /// falls back to this node alone.
    /// </summary>
    public async Task<(bool Succeeded, T? Value)> TryAsync<T>(string operation, Func<IDatabase, Task<T>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            var value = await command(Database).ConfigureAwait(false);
            if (Volatile.Read(ref _down) == 1 && IsConnected)
            {
                Interlocked.Exchange(ref _down, 0);
            }

            return (true, value);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            RecordFailure(operation, ex);
            return (false, default);
        }
    }

    /// <summary>Whether <paramref name="exception"/> means Redis could not be used (rather than a bug).</summary>
    public static bool IsRedisFailure(Exception exception) =>
        exception is RedisException or RedisTimeoutException or ObjectDisposedException;

    /// <summary>Counts a failed command; logged once per outage at warning level, then at debug level.</summary>
    public void RecordFailure(string operation, Exception exception)
    {
        Interlocked.Increment(ref _failures);
        metrics.RecordRedisFailure(operation);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogDegraded(logger, operation, exception.Message);
        }
        else
        {
            LogFailure(logger, operation, exception.Message);
        }
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // The installation id lives in the database, which must be ready first (a no-op once Program prepared it).
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken).ConfigureAwait(false);
        var installation = services.GetRequiredService<InstallationValues>()
            .GetOrCreate(InstallationValues.InstallationId, () => Guid.NewGuid().ToString("N"));
        _prefix = "servicedesk:" + installation + ":";

        var settings = options.Value;
        var configuration = ConfigurationOptions.Parse(settings.Configuration);
        // Start (and keep answering) while Redis is down; the multiplexer keeps trying in the background.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = settings.ConnectTimeoutMs;
        configuration.SyncTimeout = settings.CommandTimeoutMs;
        configuration.AsyncTimeout = settings.CommandTimeoutMs;
        configuration.ConnectRetry = 1;
        // While Redis is down, commands fail at once instead of waiting in a backlog for the timeout: every turn would
        // otherwise pay a second per Redis call before falling back to this node alone.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        configuration.ClientName = "servicedeskbot-" + node.Id;
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        _multiplexer.ConnectionFailed += (_, e) => OnConnectionFailed(e);
        _multiplexer.ConnectionRestored += (_, e) => OnConnectionRestored(e);
        if (_multiplexer.IsConnected)
        {
            LogConnected(logger, Endpoint);
        }
        else
        {
            Interlocked.Exchange(ref _down, 1);
            LogStartedWithout(logger, Endpoint);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // After every other service stopped, so their last publishes still go out.
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (_multiplexer is not null && Interlocked.Exchange(ref _closed, 1) == 0)
        {
            await _multiplexer.CloseAsync().ConfigureAwait(false);
        }
    }

    // The multiplexer's CloseAsync has no guard against a second close (its synchronous Close has one), so a
    // connection already closed at stop is disposed through the synchronous path, which returns at once.
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is null)
        {
            return;
        }

        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            await _multiplexer.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _multiplexer.Dispose();
        }
    }

    private void OnConnectionFailed(ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Interactive)
        {
            return;
        }

        Interlocked.Increment(ref _failures);
        metrics.RecordRedisFailure("connection");
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogDegraded(logger, "connection", e.Exception?.Message ?? e.FailureType.ToString());
        }
    }

    private void OnConnectionRestored(ConnectionFailedEventArgs e)
    {
        // The subscription connection comes back on its own too; one restore per outage is enough for the listeners.
        if (e.ConnectionType != ConnectionType.Interactive)
        {
            return;
        }

        Interlocked.Exchange(ref _down, 0);
        LogRestored(logger, Endpoint);
        Restored?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Redis at {Endpoint}")]
    private static partial void LogConnected(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoint} is unreachable; the node starts alone and keeps trying")]
    private static partial void LogStartedWithout(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed ({Operation}: {Reason}); this node carries on alone: replies may not reach sockets held by other nodes, limits and follow-ups are per node until it returns")]
    private static partial void LogDegraded(ILogger logger, string operation, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis command failed ({Operation}: {Reason})")]
    private static partial void LogFailure(ILogger logger, string operation, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {Endpoint} is reachable again; shared state resumes")]
    private static partial void LogRestored(ILogger logger, string endpoint);
}
