namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>Which embeddings service the dense leg uses.</summary>
public enum EmbeddingsProvider
{
    /// <summary>No dense leg: BM25 only.</summary>
    None,

    /// <summary>Any OpenAI-compatible <c>/v1/embeddings</c> endpoint.</summary>
    OpenAI,

    /// <summary>Azure OpenAI's v1 endpoint (the deployment is sent as the model).</summary>
    Azure,
}
