using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class FollowUpActTests
{
    [Fact]
    public void A_short_ask_read_as_a_complaint_but_voicing_no_grievance_may_lean_on_the_previous_turn()
    {
        var mayBeAsk = FollowUpStep.MayBeAsk(IntentLabels.Complaint, "那次是谁去检查的？");

        Assert.True(mayBeAsk);
    }

    [Fact]
    public void A_complaint_voicing_a_grievance_is_not_read_in_the_previous_turns_context()
    {
        var mayBeAsk = FollowUpStep.MayBeAsk(IntentLabels.Complaint, "这事到底谁负责？");

        Assert.False(mayBeAsk);
    }

    [Theory]
    [InlineData(IntentLabels.Thanks)]
    [InlineData(IntentLabels.Greeting)]
    [InlineData(IntentLabels.Handoff)]
    public void Courtesies_and_requests_for_a_person_are_never_read_in_context(string act)
    {
        var mayBeAsk = FollowUpStep.MayBeAsk(act, "那谁来接待我？");

        Assert.False(mayBeAsk);
    }
}
