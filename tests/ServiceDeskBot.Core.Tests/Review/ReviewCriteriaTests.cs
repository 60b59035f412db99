using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Core.Tests.Review;

public sealed class ReviewCriteriaTests
{
    private readonly ReviewCriteria _criteria = new(
        Options.Create(new ReviewOptions { LowConfidenceBelow = 0.6, CoverageMargin = 0.05 }),
        Options.Create(new AnsweringOptions { MinCoverage = 0.3 }));

    [Fact]
    public void A_confident_well_covered_answer_needs_no_review()
    {
        var kinds = _criteria.KindsOf("question", 0.9, answered: true, feedback: null, "coverage 0.80 ≥ 0.30, kind Any; no llm configured");

        Assert.Empty(kinds);
    }

    [Fact]
    public void A_declined_question_is_queued_as_declined()
    {
        var kinds = _criteria.KindsOf("question", 0.9, answered: false, feedback: null, "coverage 0.10 < 0.30");

        Assert.Equal([ReviewItemKind.Declined], kinds);
    }

    [Fact]
    public void A_greeting_that_was_not_answered_from_the_corpus_is_not_declined()
    {
        var kinds = _criteria.KindsOf("greeting", 0.9, answered: false, feedback: null, "intent greeting");

        Assert.Empty(kinds);
    }

    [Fact]
    public void An_intent_below_the_confidence_threshold_is_queued_as_low_confidence()
    {
        var kinds = _criteria.KindsOf("question", 0.45, answered: true, feedback: null, "coverage 0.80 ≥ 0.30");

        Assert.Equal([ReviewItemKind.LowConfidence], kinds);
    }

    [Fact]
    public void An_answer_that_only_just_passed_the_coverage_threshold_is_queued_as_low_confidence()
    {
        var kinds = _criteria.KindsOf("question", 0.9, answered: true, feedback: null, "coverage 0.33 ≥ 0.30, kind Any");

        Assert.Equal([ReviewItemKind.LowConfidence], kinds);
    }

    [Fact]
    public void A_disliked_declined_answer_carries_both_reasons()
    {
        var kinds = _criteria.KindsOf("question", 0.9, answered: false, feedback: false, "coverage 0.10 < 0.30");

        Assert.Equal([ReviewItemKind.Declined, ReviewItemKind.Disliked], kinds);
    }
}
