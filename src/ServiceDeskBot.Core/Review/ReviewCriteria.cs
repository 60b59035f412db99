using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Review;

/// <summary>Decides why, if at all, a logged turn needs an admin's review.</summary>
public sealed partial class ReviewCriteria(IOptions<ReviewOptions> options, IOptions<AnsweringOptions> answering)
{
    /// <summary>The reasons the turn waits for review, in enum order; empty when it needs none.</summary>
    public IReadOnlyList<ReviewItemKind> KindsOf(string intent, double confidence, bool answered, bool? feedback, string reason)
    {
        var kinds = new List<ReviewItemKind>();
        if (!answered && intent == IntentLabels.Question)
        {
            kinds.Add(ReviewItemKind.Declined);
        }

        if (confidence < options.Value.LowConfidenceBelow || (answered && IsNarrowlyCovered(reason)))
        {
            kinds.Add(ReviewItemKind.LowConfidence);
        }

        if (feedback == false)
        {
            kinds.Add(ReviewItemKind.Disliked);
        }

        return kinds;
    }

    // The answer pipeline writes "coverage 0.34 ≥ 0.30" into the reason of answers that passed the threshold; an
    // answer that only just passed is as doubtful as one that only just failed.
    private bool IsNarrowlyCovered(string? reason)
    {
        var margin = options.Value.CoverageMargin;
        if (margin <= 0 || string.IsNullOrEmpty(reason) || CoverageReason().Match(reason) is not { Success: true } match)
        {
            return false;
        }

        var coverage = double.Parse(match.Groups["coverage"].Value, CultureInfo.InvariantCulture);
        return coverage - answering.Value.MinCoverage <= margin;
    }

    [GeneratedRegex(@"coverage (?<coverage>\d+(\.\d+)?) ≥")]
    private static partial Regex CoverageReason();
}
