using System.Threading.RateLimiting;
using ServiceDeskBot.Core.Storage;
using StackExchange.Redis;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// A fixed window counted in Redis: the first permit of a window creates a counter that expires with the window, and
/// every node adds to the same counter, so N nodes together allow at most what one node would. A node does not ask
/// Redis for every permit: it leases <see cref="LeaseSize"/> permits at once (one script that adds the lease to the
/// counter and reads the expiry) and spends them locally until they run out or the window ends, so a busy client costs
/// one round trip per lease rather than one per request. The budget stays one across nodes: Redis grants a lease only
/// the part of it still under the limit, so all nodes together never allow more than the limit; they may allow less,
/// by the permits other nodes leased and did not spend before the window ended (at most <c>LeaseSize − 1</c> per other
/// node). A permit spent from a lease never waits on the network; the first of a lease does, so the synchronous path
/// reports "not acquired" then and callers that can wait (the ASP.NET Core rate-limiting middleware) take the
/// asynchronous one. While Redis is down the window is counted on this node alone, as a single node would.
/// </summary>
public sealed class RedisFixedWindowRateLimiter : RateLimiter
{
    /// <summary>The share of the budget one lease takes: a tenth (at least 1, at most <see cref="MaxLease"/>).</summary>
    public const int LeaseDivisor = 10;

    /// <summary>The largest lease, whatever the budget.</summary>
    public const int MaxLease = 100;

    // INCRBY the lease, set the expiry on the window's first lease, return the count and the milliseconds left.
    private static readonly LuaScript Acquire = LuaScript.Prepare(
        "local c = redis.call('INCRBY', @key, @lease) "
        + "if c == tonumber(@lease) then redis.call('PEXPIRE', @key, @windowMs) end "
        + "local ttl = redis.call('PTTL', @key) "
        + "if ttl < 0 then redis.call('PEXPIRE', @key, @windowMs) ttl = tonumber(@windowMs) end "
        + "return { c, ttl }");

    private readonly RedisConnection _redis;
    private readonly RedisKey _key;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly FixedWindowRateLimiter _alone;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _leasing = new(1, 1);
    private long _lastUsedTicks;

    // The permits leased from Redis and not yet spent, and when the window they belong to ends (a timestamp).
    private int _leased;
    private long _leaseEndsTicks;

    /// <summary>A limiter of <paramref name="permits"/> per <paramref name="window"/> for one partition, shared by every node.</summary>
    public RedisFixedWindowRateLimiter(RedisConnection redis, string partitionKey, int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        _redis = redis;
        _key = redis.Key("ratelimit:" + partitionKey);
        _permits = permits;
        _window = window;
        _time = time;
        _alone = new FixedWindowRateLimiter(InProcessRateLimitWindows.Options(permits, window));
        _lastUsedTicks = time.GetTimestamp();
        LeaseSize = Math.Clamp(permits / LeaseDivisor, 1, MaxLease);
    }

    /// <summary>Permits taken from the shared counter in one round trip.</summary>
    public int LeaseSize { get; }

    public override TimeSpan? IdleDuration => _time.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Touch();
        return TrySpend(permitCount) ? WindowLease.Acquired : WindowLease.NotAcquiredWithoutWaiting;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permits);
        Touch();
        if (TrySpend(permitCount))
        {
            return WindowLease.Acquired;
        }

        // One lease at a time per partition: requests arriving while it is under way spend from it instead of each
        // leasing (and stranding) permits of their own.
        await _leasing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TrySpend(permitCount))
            {
                return WindowLease.Acquired;
            }

            var lease = Math.Max(LeaseSize, permitCount);
            var (succeeded, result) = await _redis.TryAsync("ratelimit", db => db.ScriptEvaluateAsync(
                Acquire, new { key = _key, lease, windowMs = (long)_window.TotalMilliseconds })).ConfigureAwait(false);
            if (!succeeded || result is null)
            {
                return await _alone.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
            }

            var values = (RedisResult[])result!;
            var count = (long)values[0];
            var ttl = Math.Max(1, (long)values[1]);
            // The part of this lease still under the limit; what lies beyond it was never the node's to spend.
            var granted = (int)Math.Clamp(_permits - (count - lease), 0, lease);
            if (granted < permitCount)
            {
                return new WindowLease(false, TimeSpan.FromMilliseconds(ttl));
            }

            lock (_gate)
            {
                _leased = granted - permitCount;
                _leaseEndsTicks = _time.GetTimestamp() + (long)(ttl / 1000.0 * _time.TimestampFrequency);
            }

            return WindowLease.Acquired;
        }
        finally
        {
            _leasing.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _alone.Dispose();
            _leasing.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Touch() => Interlocked.Exchange(ref _lastUsedTicks, _time.GetTimestamp());

    // Spends permits of the current lease; a lease whose window has ended is void (Redis counts a new window).
    private bool TrySpend(int permitCount)
    {
        lock (_gate)
        {
            if (_leased < permitCount || _time.GetTimestamp() >= _leaseEndsTicks)
            {
                return false;
            }

            _leased -= permitCount;
            return true;
        }
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
