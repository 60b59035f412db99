namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// "Answered once": before a node answers a user activity it claims it, and only the claimant answers, however many
/// nodes see the activity (the node it was posted to, a node recovering turns after a restart, a node taking over
/// from one that died). A claim is a short lease (<see cref="Lease"/>) that the claimant renews while the turn runs,
/// so a turn as long as the LLM's time budget stays with its node, and a turn whose node died is free for another
/// node within a lease.
/// </summary>
public interface ITurnClaims
{
    /// <summary>
    /// How long a claim holds without renewal: the longest a dead node's turn waits before another node may take it.
    /// The claimant renews it every third of that (<see cref="TurnLease"/>), so a renewal may miss twice (a stalled
    /// process, a slow Redis) before the claim lapses.
    /// </summary>
    static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The lease on <paramref name="activityId"/> when this node may answer it, or null when another node has it
    /// (or had it). When the claim cannot be decided (Redis down), <paramref name="whenUndecided"/> is the answer: true
    /// for the node the citizen posted to (better a rare double answer than none), false for a node that would take the
    /// turn over. Dispose the lease once the reply is stored.
    /// </summary>
    Task<TurnLease?> TryClaimAsync(string activityId, bool whenUndecided, CancellationToken cancellationToken);
}
