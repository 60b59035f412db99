using ServiceDeskBot.Core.Storage;
using StackExchange.Redis;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Claims shared by the nodes: <c>SET claim node NX PX lease</c>, so of several nodes claiming one activity exactly one
/// wins (one round trip); the winner renews the lease while its turn runs, and only while the key still names it.
/// </summary>
internal sealed class RedisTurnClaims(RedisConnection redis, NodeIdentity node, TimeProvider time) : ITurnClaims
{
    // Extends the lease only when this node still holds it: a node that stalled past its lease must not take back a
    // turn another node took over.
    private static readonly LuaScript Renew = LuaScript.Prepare(
        "if redis.call('GET', @key) == @node then return redis.call('PEXPIRE', @key, @leaseMs) end return 0");

    public async Task<TurnLease?> TryClaimAsync(string activityId, bool whenUndecided, CancellationToken cancellationToken)
    {
        var key = redis.Key("claim:" + activityId);
        var (decided, claimed) = await redis.TryAsync("turn.claim", db =>
            db.StringSetAsync(key, node.Id, ITurnClaims.Lease, When.NotExists)).ConfigureAwait(false);
        if (!decided)
        {
            return whenUndecided ? TurnLease.Unshared : null;
        }

        return claimed ? TurnLease.Renewed(() => RenewAsync(key), time) : null;
    }

    // While Redis is down the lease cannot be renewed, nor taken by anyone: keep trying.
    private async Task<bool> RenewAsync(RedisKey key)
    {
        var (succeeded, renewed) = await redis.TryAsync("turn.renew", db => db.ScriptEvaluateAsync(
            Renew, new { key, node = node.Id, leaseMs = (long)ITurnClaims.Lease.TotalMilliseconds })).ConfigureAwait(false);
        return !succeeded || (long)renewed! == 1;
    }
}
