using ServiceDeskBot.Core.Storage;
using StackExchange.Redis;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Claims shared by the nodes: <c>SET claim NX PX</c>, so of several nodes claiming one activity exactly one wins.</summary>
internal sealed class RedisTurnClaims(RedisConnection redis, NodeIdentity node) : ITurnClaims
{
    public async Task<bool> TryClaimAsync(string activityId, bool whenUndecided, CancellationToken cancellationToken)
    {
        var (decided, claimed) = await redis.TryAsync("turn.claim", db =>
            db.StringSetAsync(redis.Key("claim:" + activityId), node.Id, ITurnClaims.Lifetime, When.NotExists)).ConfigureAwait(false);
        return decided ? claimed : whenUndecided;
    }
}
