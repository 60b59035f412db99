namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>
/// Stored passage vectors, keyed by the hash of the passage text and the embedding model, so a vector is computed
/// once per passage text rather than at every start or re-index. (The data-directory store stands in until the
/// vectors move into the database beside the passages.)
/// </summary>
public interface IPassageVectorStore
{
    /// <summary>The stored vectors of <paramref name="model"/> for the given text hashes that have one.</summary>
    IReadOnlyDictionary<string, float[]> Find(string model, IEnumerable<string> textHashes);

    /// <summary>Stores vectors of <paramref name="model"/> by text hash (existing ones are kept).</summary>
    void Put(string model, IReadOnlyDictionary<string, float[]> vectors);
}
