using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// Redis with its round trip and the failures counted since start. Unreachable is Degraded, not Unhealthy: the node
/// still answers (alone), so a load balancer should keep sending it citizens.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["endpoint"] = redis.Endpoint,
            ["failures"] = redis.Failures,
        };
        if (redis.IsConnected)
        {
            var started = Stopwatch.GetTimestamp();
            var (answered, _) = await redis.TryAsync("ping", db => db.PingAsync());
            if (answered)
            {
                data["roundTripMs"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
                return HealthCheckResult.Healthy("Redis reachable: conversations, limits and follow-ups are shared", data);
            }
        }

        data["failures"] = redis.Failures;
        return HealthCheckResult.Degraded(
            "Redis unreachable: this node answers alone (replies may not reach sockets held by other nodes; limits and follow-ups are per node)",
            data: data);
    }
}
