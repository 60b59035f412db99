using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Llm;

/// <summary>How the LLM answer path reaches its chat-completions service.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>
    /// <c>none</c> (default: no LLM, template answers only), <c>openai</c> (any OpenAI-compatible endpoint) or
    /// <c>azure</c> (Azure OpenAI v1 endpoint). Both non-none providers use the same code path.
    /// </summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// Base URL of the chat-completions API, ending in <c>/v1</c> (e.g. <c>https://api.openai.com/v1</c>), or for
    /// Azure <c>https://&lt;name&gt;.openai.azure.com/openai/v1/</c>. Required unless the provider is none.
    /// </summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Model name sent in each request (e.g. <c>gpt-4o-mini</c>, <c>deepseek-chat</c>). Required for openai.</summary>
    public string Model { get; set; } = "";

    /// <summary>Azure deployment name; sent as the model name. Required for azure.</summary>
    public string Deployment { get; set; } = "";

    /// <summary>API key, sent as <c>Authorization: Bearer</c>. Secret: set it from the environment, never in files.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Overall time budget of one call in seconds, retries included. Default 8.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Upper bound on generated tokens per reply. Default 800.</summary>
    [Range(16, 8192)]
    public int MaxTokens { get; set; } = 800;

    /// <summary>Sampling temperature; kept low so answers stay close to the passages. Default 0.1.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.1;

    /// <summary>
    /// Directory holding the prompt files and <c>manifest.json</c>. Relative paths are resolved against the content
    /// root; when empty, the repository's <c>prompts</c> folder is searched upwards from the content root.
    /// </summary>
    public string PromptsDirectory { get; set; } = "";

    /// <summary>The model id sent on the wire: the deployment for Azure, the model otherwise.</summary>
    internal string ModelId => Provider == LlmProvider.Azure ? Deployment : Model;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == LlmProvider.None)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Llm:Endpoint must be an absolute http(s) URL when Llm:Provider is {Provider}; got '{Endpoint}'.",
                [nameof(Endpoint)]);
        }

        if (Provider == LlmProvider.OpenAI && string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model must be set when Llm:Provider is openai.", [nameof(Model)]);
        }

        if (Provider == LlmProvider.Azure && string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("Llm:Deployment must be set when Llm:Provider is azure.", [nameof(Deployment)]);
        }
    }
}
