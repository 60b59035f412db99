using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerServiceDatedSentenceTests(DatedSentenceReportFixture fixture) : IClassFixture<DatedSentenceReportFixture>
{
    private Task<AskResult> AskAsync(string question) =>
        fixture.Host.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);

    [Fact]
    public async Task Ask_answers_the_date_of_an_event_from_the_sentence_that_opens_with_it()
    {
        var result = await AskAsync("松林区练习管涌封堵和转移群众的那场演练是几月几号搞的");

        Assert.True(result.Answered, result.Reason);
        Assert.Contains("5月27日", result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Source == DatedSentenceReportFixture.Source);
    }
}
