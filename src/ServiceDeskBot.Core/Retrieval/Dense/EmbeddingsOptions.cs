using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>
/// The optional dense retrieval leg: an OpenAI-compatible <c>/v1/embeddings</c> endpoint (bge-m3 or Qwen3-Embedding
/// served by Ollama, Xinference or vLLM inside the government network, or Azure OpenAI's v1 endpoint).
/// </summary>
public sealed class EmbeddingsOptions : IValidatableObject
{
    public const string SectionName = "Embeddings";

    /// <summary><c>none</c> (default: BM25 only), <c>openai</c> (any OpenAI-compatible endpoint) or <c>azure</c>.</summary>
    public EmbeddingsProvider Provider { get; set; } = EmbeddingsProvider.None;

    /// <summary>Base URL ending in <c>/v1</c> (Azure: <c>https://&lt;name&gt;.openai.azure.com/openai/v1/</c>). Required unless none.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Embedding model name (openai), e.g. <c>bge-m3</c>. Vectors are stored per model.</summary>
    public string Model { get; set; } = "";

    /// <summary>Azure deployment name; sent as the model name. Required for azure.</summary>
    public string Deployment { get; set; } = "";

    /// <summary>API key, sent as <c>Authorization: Bearer</c>. Secret: set it from the environment.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Budget for embedding one question, in milliseconds; past it the question is answered by BM25 alone. Default 1500.</summary>
    [Range(100, 30000)]
    public int QueryTimeoutMs { get; set; } = 1500;

    /// <summary>Passages embedded per request when vectors are computed. Default 32.</summary>
    [Range(1, 512)]
    public int BatchSize { get; set; } = 32;

    /// <summary>Seconds the dense leg rests after the endpoint failed, before it is tried again. Default 30.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>The model id sent on the wire and used to key stored vectors.</summary>
    public string ModelId => Provider == EmbeddingsProvider.Azure ? Deployment : Model;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == EmbeddingsProvider.None)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Embeddings:Endpoint must be an absolute http(s) URL when Embeddings:Provider is {Provider}; got '{Endpoint}'.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(ModelId))
        {
            yield return new ValidationResult(
                Provider == EmbeddingsProvider.Azure ? "Embeddings:Deployment must be set when Embeddings:Provider is azure." : "Embeddings:Model must be set when Embeddings:Provider is openai.",
                [Provider == EmbeddingsProvider.Azure ? nameof(Deployment) : nameof(Model)]);
        }
    }
}
