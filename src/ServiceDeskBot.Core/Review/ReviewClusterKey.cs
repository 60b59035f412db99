using System.Globalization;

namespace ServiceDeskBot.Core.Review;

/// <summary>
/// Names a review cluster in a few characters, however many questions it holds (a flood of one question makes a
/// cluster of thousands): one of its items, the anchor, and the newest ask and correction ids the queue had read.
/// Clustering the waiting items up to those ids again gives the cluster the admin saw; items that arrived since are
/// never settled unseen.
/// </summary>
/// <param name="AnchorAskId">The anchor's ask-log id, when the anchor is an ask without a correction.</param>
/// <param name="AnchorCorrectionId">The anchor's correction id, when the anchor is a correction.</param>
/// <param name="ThroughAskId">Newest ask-log id the queue had read.</param>
/// <param name="ThroughCorrectionId">Newest correction id the queue had read.</param>
public sealed record ReviewClusterKey(long? AnchorAskId, long? AnchorCorrectionId, long ThroughAskId, long ThroughCorrectionId)
{
    /// <summary>The anchor as it travels in a link or form: <c>a123</c> for an ask, <c>c45</c> for a correction.</summary>
    public string Anchor => AnchorCorrectionId is { } correction
        ? "c" + correction.ToString(CultureInfo.InvariantCulture)
        : "a" + AnchorAskId!.Value.ToString(CultureInfo.InvariantCulture);

    public bool IsAnchor(ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return AnchorCorrectionId is { } correction
            ? item.CorrectionId == correction
            : item.CorrectionId is null && item.AskId == AnchorAskId;
    }

    /// <summary>Reads a key from its link or form values; null when any of them is malformed.</summary>
    public static ReviewClusterKey? Parse(string? anchor, long throughAskId, long throughCorrectionId)
    {
        if (string.IsNullOrEmpty(anchor) || anchor.Length < 2 || throughAskId < 0 || throughCorrectionId < 0
            || !long.TryParse(anchor.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        return anchor[0] switch
        {
            'a' when id <= throughAskId => new ReviewClusterKey(id, null, throughAskId, throughCorrectionId),
            'c' when id <= throughCorrectionId => new ReviewClusterKey(null, id, throughAskId, throughCorrectionId),
            _ => null,
        };
    }
}
