using System.Collections.Concurrent;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Claims of one node: an activity answered here (or queued twice by recovery) is answered once.</summary>
internal sealed class InProcessTurnClaims(TimeProvider time) : ITurnClaims
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    public Task<bool> TryClaimAsync(string activityId, bool whenUndecided, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var expires = now + ITurnClaims.Lifetime;
        var claimed = _claims.TryAdd(activityId, expires)
                      || (_claims.TryGetValue(activityId, out var held) && held < now && _claims.TryUpdate(activityId, expires, held));
        return Task.FromResult(claimed);
    }

    private void Sweep(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < ITurnClaims.Lifetime.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (id, expires) in _claims)
        {
            if (expires < now)
            {
                _claims.TryRemove(id, out _);
            }
        }
    }
}
