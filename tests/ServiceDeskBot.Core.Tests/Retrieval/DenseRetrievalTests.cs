using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Retrieval.Dense;
using ServiceDeskBot.Core.Tests.Answering;

namespace ServiceDeskBot.Core.Tests.Retrieval;

/// <summary>The dense leg against an embeddings server on loopback that returns deterministic vectors.</summary>
public sealed class DenseRetrievalTests
{
    private const string Question = "中原区新增省级工程研究中心多少家？";

    private static Dictionary<string, string?> Settings(string endpoint, string? dataDirectory = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "openai",
            ["Embeddings:Endpoint"] = endpoint + "/v1",
            ["Embeddings:Model"] = "fake-bigram-64",
            ["Embeddings:QueryTimeoutMs"] = "3000",
        };
        if (dataDirectory is not null)
        {
            settings["Storage:DataDirectory"] = dataDirectory;
        }

        return settings;
    }

    private static async Task WaitForVectorsAsync(AnswerPipelineHost pipeline)
    {
        var dense = pipeline.Get<DenseIndex>();
        for (var i = 0; i < 200 && !dense.IsReady; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(dense.IsReady, "the dense vectors were not computed");
    }

    [Fact]
    public async Task Passage_vectors_are_computed_once_per_passage_text_and_read_back_from_the_store_at_the_next_start()
    {
        await using var server = await FakeEmbeddingsServer.StartAsync();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-dense-tests", Guid.NewGuid().ToString("N"));
        await using (var first = await AnswerPipelineHost.StartAsync(Settings(server.BaseUrl, dataDirectory)))
        {
            await WaitForVectorsAsync(first);
        }

        var embeddedAtFirstStart = server.Requests.Sum(r => r.Count);
        await using var second = await AnswerPipelineHost.StartAsync(Settings(server.BaseUrl, dataDirectory));
        await WaitForVectorsAsync(second);

        var passages = second.Get<PassageRetriever>().Index!.Passages;
        Assert.Equal(passages.Select(p => p.Text).Distinct().Count(), embeddedAtFirstStart);
        Assert.Equal(embeddedAtFirstStart, server.Requests.Sum(r => r.Count));
        await second.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_question_is_embedded_and_its_cosine_ranking_fused_into_the_hits()
    {
        await using var server = await FakeEmbeddingsServer.StartAsync();
        await using var pipeline = await AnswerPipelineHost.StartAsync(Settings(server.BaseUrl));
        await WaitForVectorsAsync(pipeline);

        var ranking = await pipeline.Get<DenseIndex>().RankAsync(Question, CancellationToken.None);
        var hits = await pipeline.Get<IPassageSearch>().SearchAsync(Question, 5, CancellationToken.None);

        Assert.NotNull(ranking);
        Assert.Contains(server.Requests, r => r.Count == 1 && r[0] == Question);
        var best = pipeline.Get<PassageRetriever>().Index!.PassageAt(ranking.Docs[0].Doc);
        Assert.Contains(hits, h => h.Passage.Id == best.Id);
        Assert.Contains("4家", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_starts_and_answers_from_bm25_when_the_embeddings_endpoint_is_down()
    {
        string deadEndpoint;
        await using (var server = await FakeEmbeddingsServer.StartAsync())
        {
            deadEndpoint = server.BaseUrl;
        }

        await using var pipeline = await AnswerPipelineHost.StartAsync(Settings(deadEndpoint));
        var result = await pipeline.Answers.AskAsync(new AskRequest(Question), CancellationToken.None);

        Assert.True(result.Answered, result.Reason);
        Assert.Contains("4家", result.Answer, StringComparison.Ordinal);
        Assert.False(pipeline.Get<DenseIndex>().IsReady);
    }
}
