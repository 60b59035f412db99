namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary><c>/api/search</c>'s retrieval: BM25, fused with the dense leg when it is configured and ready.</summary>
public sealed class HybridPassageSearch(PassageRetriever retriever, DenseIndex dense) : IPassageSearch
{
    public bool IsReady => retriever.IsReady;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ranking = dense.IsEnabled ? await dense.RankAsync(query, cancellationToken).ConfigureAwait(false) : null;
        return retriever.Search(retriever.Normalizer.Analyze(query), top, ranking);
    }
}
