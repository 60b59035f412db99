using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Core.Tests.Answering;

// The tests share one fake server and read its request count, so they must not run concurrently; xUnit runs the
// tests of one class one after another.
public sealed class AnswerServiceLlmTests(LlmPipelineFixture fixture) : IClassFixture<LlmPipelineFixture>
{
    private const string SchoolPlacesQuestion = "中原区去年增加了多少个学位？";

    private AnswerPipelineHost Pipeline => fixture.Host;

    private FakeOpenAiServer Server => fixture.Server;

    private Task<AskResult> AskAsync(string question) =>
        Pipeline.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);

    [Fact]
    public async Task Ask_returns_a_grounded_llm_reply_with_the_citation_of_passage_one()
    {
        var search = Pipeline.Get<EvidenceFinder>().Find(SchoolPlacesQuestion);
        Server.ReplyWith("中原区增加学位10530个[1]。");

        var result = await AskAsync(SchoolPlacesQuestion);

        Assert.True(result.Answered, result.Reason);
        Assert.Equal(AnswerMode.Llm, result.Mode);
        Assert.Contains("10530", result.Answer, StringComparison.Ordinal);
        var citation = Assert.Single(result.Citations);
        Assert.Equal(search.Hits[0].Passage.Id, citation.PassageId);
    }

    [Fact]
    public async Task Ask_falls_back_to_the_template_when_the_llm_invents_a_figure()
    {
        Server.ReplyWith("中原区增加学位99999个[1]。");

        var result = await AskAsync(SchoolPlacesQuestion);

        Assert.True(result.Answered, result.Reason);
        Assert.True(result.Mode == AnswerMode.Template, result.Reason + " :: " + result.Answer);
        Assert.Contains("Rejected", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("99999", result.Answer, StringComparison.Ordinal);
        Assert.Contains("10530", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamAsync_yields_deltas_then_a_final_result()
    {
        Server.StreamWith("中原区", "增加学位10530个", "[1]。");

        var updates = new List<AskStreamUpdate>();
        await foreach (var update in Pipeline.Answers.StreamAsync(new AskRequest(SchoolPlacesQuestion), CancellationToken.None))
        {
            updates.Add(update);
        }

        var deltas = updates.Where(u => u.Result is null).ToList();
        Assert.True(deltas.Count >= 2, string.Join(" | ", updates.Select(u => u.Delta + "/" + u.Result?.Reason)));
        Assert.NotNull(updates[^1].Result);
        Assert.All(updates[..^1], u => Assert.Null(u.Result));
        Assert.Equal(AnswerMode.Llm, updates[^1].Result!.Mode);
        Assert.Equal(updates[^1].Result!.Answer, string.Concat(deltas.Select(d => d.Delta)));
        Assert.All(updates, u => Assert.False(u.ReplacesText));
    }

    [Fact]
    public async Task StreamAsync_tells_clients_to_replace_a_rejected_streamed_reply()
    {
        Server.StreamWith("中原区", "增加学位99999个", "[1]。");

        var updates = new List<AskStreamUpdate>();
        await foreach (var update in Pipeline.Answers.StreamAsync(new AskRequest(SchoolPlacesQuestion), CancellationToken.None))
        {
            updates.Add(update);
        }

        var final = updates[^1];
        Assert.NotNull(final.Result);
        Assert.True(final.ReplacesText);
        Assert.Equal(AnswerMode.Template, final.Result.Mode);
        Assert.Contains(updates, u => u.Result is null && u.ReplacesText && u.Delta == final.Result.Answer);
    }

    [Fact]
    public async Task Ask_does_not_call_the_llm_for_a_greeting_an_unanswerable_question_or_a_curated_match()
    {
        const string CuratedQuestion = "敬老卡去哪个窗口领取";
        await Pipeline.AddCuratedAnswerAsync(CuratedQuestion, [], "敬老卡请到户籍所在街道办事处便民服务窗口领取。");
        var before = Server.Requests.Count;

        var greeting = await AskAsync("您好呀");
        var unanswerable = await AskAsync("上街区去年增加了多少个学位？");
        var curated = await AskAsync(CuratedQuestion);

        Assert.Equal(AnswerMode.Fallback, greeting.Mode);
        Assert.Equal(AnswerMode.Fallback, unanswerable.Mode);
        Assert.Equal(AnswerMode.Curated, curated.Mode);
        Assert.Equal(before, Server.Requests.Count);
    }
}
