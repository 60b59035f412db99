using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>
/// The dense leg: a vector for every passage of the current index (computed once per passage text and model, then
/// stored), and the question's vector compared by cosine in process. Optional and never in the way: until vectors
/// are ready, and whenever the endpoint fails or is slow, it ranks nothing and BM25 answers alone.
/// </summary>
public sealed partial class DenseIndex(
    PassageRetriever retriever,
    IPassageVectorStore store,
    IOptions<EmbeddingsOptions> options,
    TimeProvider time,
    ILogger<DenseIndex> logger,
    IEmbeddingGenerator<string, Embedding<float>>? generator = null) : IDisposable
{
    private const int RankedDocs = 40;

    private readonly SemaphoreSlim _building = new(1, 1);
    private Snapshot? _snapshot;
    private long _restingUntilTicks;

    /// <summary>True when an embeddings endpoint is configured.</summary>
    public bool IsEnabled => generator is not null;

    /// <summary>True when vectors for the current index are loaded and the endpoint is not resting after a failure.</summary>
    public bool IsReady => IsEnabled && Volatile.Read(ref _snapshot)?.Generation == retriever.Generation && !IsResting;

    private bool IsResting => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _restingUntilTicks);

    /// <summary>
    /// Makes sure the current index has its vectors: stored ones are read, missing ones computed in batches and stored.
    /// Returns false (and rests the leg) when the endpoint cannot be reached.
    /// </summary>
    public async Task<bool> EnsureVectorsAsync(CancellationToken cancellationToken)
    {
        if (generator is null || retriever.Index is not { } index || IsResting)
        {
            return false;
        }

        var generation = retriever.Generation;
        if (Volatile.Read(ref _snapshot)?.Generation == generation)
        {
            return true;
        }

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _snapshot)?.Generation == generation)
            {
                return true;
            }

            var settings = options.Value;
            var hashes = index.Passages.Select(p => DataDirectoryVectorStore.HashText(p.Text)).ToArray();
            var known = new Dictionary<string, float[]>(store.Find(settings.ModelId, hashes), StringComparer.Ordinal);
            var missing = index.Passages.Select((p, i) => (p.Text, Hash: hashes[i])).Where(p => !known.ContainsKey(p.Hash)).DistinctBy(p => p.Hash).ToList();
            var clock = Stopwatch.StartNew();
            foreach (var batch in missing.Chunk(settings.BatchSize))
            {
                var embeddings = await generator.GenerateAsync(batch.Select(p => p.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
                var computed = batch.Zip(embeddings).ToDictionary(p => p.First.Hash, p => p.Second.Vector.ToArray(), StringComparer.Ordinal);
                store.Put(settings.ModelId, computed);
                foreach (var (hash, vector) in computed)
                {
                    known[hash] = vector;
                }
            }

            Volatile.Write(ref _snapshot, new Snapshot(generation, hashes.Select(h => known[h]).ToArray()));
            LogVectorsReady(logger, hashes.Length, missing.Count, clock.ElapsedMilliseconds);
            return true;
        }
        catch (Exception ex) when (IsServiceFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            Rest(ex);
            return false;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Passages of the current index by similarity to <paramref name="question"/>, or null when the leg cannot help now.</summary>
    public async Task<DenseRanking?> RankAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (generator is null || !IsReady || Volatile.Read(ref _snapshot) is not { } snapshot)
        {
            return null;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.QueryTimeoutMs);
        float[] query;
        try
        {
            var embedding = await generator.GenerateAsync([question], cancellationToken: deadline.Token).ConfigureAwait(false);
            query = embedding[0].Vector.ToArray();
        }
        catch (Exception ex) when (IsServiceFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            Rest(ex);
            return null;
        }

        var scored = new (int Doc, float Similarity)[snapshot.Vectors.Length];
        for (var doc = 0; doc < scored.Length; doc++)
        {
            var vector = snapshot.Vectors[doc];
            scored[doc] = (doc, vector.Length == query.Length ? TensorPrimitives.CosineSimilarity(vector, query) : 0f);
        }

        return new DenseRanking(snapshot.Generation, scored.OrderByDescending(s => s.Similarity).Take(RankedDocs).ToList());
    }

    private void Rest(Exception ex)
    {
        Interlocked.Exchange(ref _restingUntilTicks, time.GetUtcNow().AddSeconds(options.Value.RetryAfterSeconds).UtcTicks);
        LogEndpointFailed(logger, options.Value.RetryAfterSeconds, ex);
    }

    // Whatever the HTTP stack or the client's response parsing throws; a bug in our own code still surfaces.
    private static bool IsServiceFailure(Exception ex) =>
        ex is OperationCanceledException or HttpRequestException or System.ClientModel.ClientResultException or InvalidOperationException
            or System.Text.Json.JsonException or TimeoutException or IOException;

    public void Dispose() => _building.Dispose();

    private sealed record Snapshot(long Generation, float[][] Vectors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dense vectors ready for {Passages} passages ({Computed} computed) in {Milliseconds} ms")]
    private static partial void LogVectorsReady(ILogger logger, int passages, int computed, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embeddings endpoint failed; BM25 answers alone for the next {Seconds} s")]
    private static partial void LogEndpointFailed(ILogger logger, int seconds, Exception exception);
}
