using System.Collections.Concurrent;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Claims of one node: an activity answered here (or queued twice by recovery) is answered once. No other node can
/// take a turn over, so a claim is simply held for <see cref="Lifetime"/> (longer than any turn takes) and never renewed.
/// </summary>
internal sealed class InProcessTurnClaims(TimeProvider time) : ITurnClaims
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    public Task<TurnLease?> TryClaimAsync(string activityId, bool whenUndecided, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var expires = now + Lifetime;
        var claimed = _claims.TryAdd(activityId, expires)
                      || (_claims.TryGetValue(activityId, out var held) && held < now && _claims.TryUpdate(activityId, expires, held));
        return Task.FromResult(claimed ? TurnLease.Unshared : null);
    }

    private void Sweep(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < Lifetime.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
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
