namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// "Answered once": before a node answers a user activity it claims it, and only the claimant answers, however many
/// nodes see the activity (the node it was posted to, a node recovering turns after a restart, a node taking over
/// from one that died). A claim expires after <see cref="Lifetime"/>, so a turn whose node died is answered elsewhere.
/// </summary>
public interface ITurnClaims
{
    /// <summary>Longer than any turn takes: the LLM's time budget and the rest of the pipeline, with room to spare.</summary>
    static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// True when this node may answer <paramref name="activityId"/>. When the claim cannot be decided (Redis down),
    /// <paramref name="whenUndecided"/> is the answer: true for the node the citizen posted to (better a rare double
    /// answer than none), false for a node that would take the turn over.
    /// </summary>
    Task<bool> TryClaimAsync(string activityId, bool whenUndecided, CancellationToken cancellationToken);
}
