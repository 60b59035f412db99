namespace ServiceDeskBot.Core.Review;

/// <summary>The waiting clusters as one view read them, with what is needed to name each one later.</summary>
/// <param name="Clusters">Largest and newest first.</param>
/// <param name="ThroughAskId">Newest ask-log id in the view (0 when none).</param>
/// <param name="ThroughCorrectionId">Newest correction id in the view (0 when none).</param>
public sealed record ReviewSnapshot(IReadOnlyList<ReviewCluster> Clusters, long ThroughAskId, long ThroughCorrectionId)
{
    /// <summary>
    /// Where the next, older view starts when this one was full (<see cref="ReviewOptions.MaxItems"/> asks or
    /// corrections read): the newest ask and correction ids it would read. Null when nothing older waits.
    /// </summary>
    public (long ThroughAskId, long ThroughCorrectionId)? Older { get; init; }

    /// <summary>The short name of <paramref name="cluster"/> for links and forms.</summary>
    public ReviewClusterKey KeyOf(ReviewCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var anchor = cluster.Items[0];
        return anchor.CorrectionId is { } correction
            ? new ReviewClusterKey(null, correction, ThroughAskId, ThroughCorrectionId)
            : new ReviewClusterKey(anchor.AskId, null, ThroughAskId, ThroughCorrectionId);
    }
}
