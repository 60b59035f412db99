using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class EvidenceFinderTests(AnswerPipelineFixture fixture) : IClassFixture<AnswerPipelineFixture>
{
    [Fact]
    public void Evidence_for_a_question_opening_with_an_id_card_number_reads_the_question_as_the_turn_does()
    {
        var finder = fixture.Host.Get<EvidenceFinder>();

        var evidence = finder.Find("我的身份证号是410102199003071230，中原区去年增加了多少个学位？");

        Assert.Empty(evidence.Question.Numbers);
        Assert.True(evidence.NumbersAgree);
        Assert.DoesNotContain("410102199003071230", evidence.Question.Raw, StringComparison.Ordinal);
    }
}
