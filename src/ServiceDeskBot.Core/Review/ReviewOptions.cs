using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Review;

/// <summary>What goes into the admins' review queue and how its questions are grouped.</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>
    /// Questions whose intent confidence is below this value enter the queue as low-confidence, even when answered.
    /// Default 0.6.
    /// </summary>
    [Range(0.0, 1.0)]
    public double LowConfidenceBelow { get; set; } = 0.6;

    /// <summary>
    /// Answered questions whose evidence coverage (read from the ask log's reason) was at most this far above the
    /// answering threshold enter the queue as low-confidence. 0 turns this off. Default 0.05.
    /// </summary>
    [Range(0.0, 1.0)]
    public double CoverageMargin { get; set; } = 0.05;

    /// <summary>Least character-bigram similarity (Dice, 0..1) for two questions to share a cluster. Default 0.5.</summary>
    [Range(0.05, 1.0)]
    public double ClusterSimilarity { get; set; } = 0.5;

    /// <summary>Most recent ask-log entries and corrections read per queue view, newest first. Default 2000.</summary>
    [Range(10, 100000)]
    public int MaxItems { get; set; } = 2000;
}
