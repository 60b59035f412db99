namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Finds the passages of the corpus that best answer a question.</summary>
public interface IPassageSearch
{
    /// <summary>Whether the index is loaded and searches can be served.</summary>
    bool IsReady { get; }

    /// <summary>Returns at most <paramref name="top"/> hits, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken);
}
