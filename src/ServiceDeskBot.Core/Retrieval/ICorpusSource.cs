using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Where the index's documents come from: the seeds folder when retrieval runs alone (tests, benchmarks, the CLI's
/// <c>search</c>), the database in the service, so every node indexes the same corpus.
/// </summary>
public interface ICorpusSource
{
    Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken);
}
