namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// A claimed turn (<see cref="ITurnClaims"/>): renews the claim every third of <see cref="ITurnClaims.Lease"/> until
/// disposed, and stops renewing once a renewal finds the claim held by another node. A turn shorter than that (every
/// turn without an LLM) never renews.
/// </summary>
public sealed class TurnLease : IAsyncDisposable
{
    private readonly CancellationTokenSource? _stop;
    private readonly Task _renewing = Task.CompletedTask;

    private TurnLease()
    {
    }

    private TurnLease(Func<Task<bool>> renew, TimeProvider time)
    {
        _stop = new CancellationTokenSource();
        _renewing = RenewAsync(renew, time, _stop.Token);
    }

    /// <summary>A lease nobody else can take (one node), or that cannot be renewed (Redis down when claimed).</summary>
    public static TurnLease Unshared { get; } = new();

    /// <summary>A lease renewed by <paramref name="renew"/>, which answers false once the claim is no longer this node's.</summary>
    public static TurnLease Renewed(Func<Task<bool>> renew, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(renew);
        ArgumentNullException.ThrowIfNull(time);
        return new TurnLease(renew, time);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }

    private static async Task RenewAsync(Func<Task<bool>> renew, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ITurnClaims.Lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken) && await renew())
            {
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The turn is over.
        }
    }
}
