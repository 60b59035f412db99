using System.Threading.RateLimiting;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>Budgets counted in Redis, shared by every node of the installation (<see cref="RedisFixedWindowRateLimiter"/>).</summary>
internal sealed class RedisRateLimitWindows(RedisConnection redis, TimeProvider time) : IRateLimitWindows
{
    public RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window) =>
        RateLimitPartition.Get(key, k => new RedisFixedWindowRateLimiter(redis, k, permits, window, time));
}
