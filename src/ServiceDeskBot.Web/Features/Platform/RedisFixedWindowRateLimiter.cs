using System.Threading.RateLimiting;
using ServiceDeskBot.Core.Storage;
using StackExchange.Redis;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// A fixed window counted in Redis: the first permit of a window creates a counter that expires with the window, and
/// every node adds to the same counter, so N nodes together allow what one node would. Acquiring is one round trip
/// (a script that increments and reads the expiry atomically); the synchronous path never blocks on the network, it
/// reports "not acquired" so callers that can wait (the ASP.NET Core rate-limiting middleware) take the asynchronous
/// one. While Redis is down the window is counted on this node alone, as a single node would.
/// </summary>
internal sealed class RedisFixedWindowRateLimiter(
    RedisConnection redis,
    string partitionKey,
    int permits,
    TimeSpan window,
    TimeProvider time) : RateLimiter
{
    // INCRBY, set the expiry on the window's first permit, return the count and the milliseconds left.
    private static readonly LuaScript Acquire = LuaScript.Prepare(
        "local c = redis.call('INCRBY', @key, @permits) "
        + "if c == tonumber(@permits) then redis.call('PEXPIRE', @key, @windowMs) end "
        + "local ttl = redis.call('PTTL', @key) "
        + "if ttl < 0 then redis.call('PEXPIRE', @key, @windowMs) ttl = tonumber(@windowMs) end "
        + "return { c, ttl }");

    private readonly FixedWindowRateLimiter _alone = new(InProcessRateLimitWindows.Options(permits, window));
    private long _lastUsedTicks = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => WindowLease.NotAcquiredWithoutWaiting;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permits);
        Interlocked.Exchange(ref _lastUsedTicks, time.GetTimestamp());
        var key = redis.Key("ratelimit:" + partitionKey);
        var (succeeded, result) = await redis.TryAsync("ratelimit", db => db.ScriptEvaluateAsync(
            Acquire, new { key, permits = permitCount, windowMs = (long)window.TotalMilliseconds })).ConfigureAwait(false);
        if (!succeeded || result is null)
        {
            return await _alone.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        }

        var values = (RedisResult[])result!;
        var count = (long)values[0];
        return count <= permits
            ? WindowLease.Acquired
            : new WindowLease(false, TimeSpan.FromMilliseconds(Math.Max(1, (long)values[1])));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _alone.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Acquired = new(true, null);

        public static readonly WindowLease NotAcquiredWithoutWaiting = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
