using System.ComponentModel.DataAnnotations;
using Azure.AI.OpenAI;

namespace ServiceDeskBot.Core.Llm;

/// <summary>How the LLM answer path reaches its chat-completions service.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>
    /// <c>none</c> (default: no LLM, template answers only), <c>openai</c> (any OpenAI-compatible endpoint) or
    /// <c>azure</c> (Azure OpenAI: a resource endpoint through the Azure OpenAI connector, or its <c>/openai/v1</c>
    /// endpoint through the OpenAI connector).
    /// </summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// Base URL of the chat-completions API, ending in <c>/v1</c> (e.g. <c>https://api.openai.com/v1</c>). For Azure
    /// either the resource endpoint <c>https://&lt;name&gt;.openai.azure.com/</c> (requests go to the deployment URL
    /// with <see cref="ApiVersion"/>) or <c>https://&lt;name&gt;.openai.azure.com/openai/v1/</c> (the OpenAI-compatible
    /// API, deployment sent as the model). Required unless the provider is none.
    /// </summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Model name sent in each request (e.g. <c>gpt-4o-mini</c>, <c>deepseek-chat</c>). Required for openai.</summary>
    public string Model { get; set; } = "";

    /// <summary>
    /// Azure deployment name: part of the deployment URL for a resource endpoint, sent as the model name for a
    /// <c>/openai/v1</c> endpoint. Required for azure.
    /// </summary>
    public string Deployment { get; set; } = "";

    /// <summary>
    /// Azure OpenAI REST API version sent as <c>api-version</c> with a resource endpoint (one the Azure OpenAI SDK
    /// knows, e.g. <c>2024-10-21</c>, <c>2025-04-01-preview</c>). Not used by other endpoints. Default 2024-10-21.
    /// </summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>
    /// API key: <c>Authorization: Bearer</c> for OpenAI-compatible and Azure v1 endpoints, the <c>api-key</c> header
    /// for an Azure resource endpoint. Left empty with an Azure resource endpoint, Entra ID is used instead
    /// (<c>DefaultAzureCredential</c>: managed identity, workload identity, environment or Azure CLI sign-in).
    /// Secret: set it from the environment, never in files.
    /// </summary>
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

    /// <summary>The default of <see cref="ApiVersion"/>: the newest generally available Azure OpenAI API version.</summary>
    public const string DefaultApiVersion = "2024-10-21";

    /// <summary>The model id sent on the wire: the deployment for Azure, the model otherwise.</summary>
    internal string ModelId => Provider == LlmProvider.Azure ? Deployment : Model;

    /// <summary>
    /// Whether calls go through the Azure OpenAI connector to the deployment URL: Azure with a resource endpoint,
    /// as opposed to one already ending in <c>/openai/v1</c>, which keeps the OpenAI connector.
    /// </summary>
    internal bool UsesAzureDeployment => Provider == LlmProvider.Azure && !IsAzureV1Endpoint(Endpoint);

    /// <summary>The Azure SDK's name for <see cref="ApiVersion"/>, or null when it does not know that version.</summary>
    internal AzureOpenAIClientOptions.ServiceVersion? AzureServiceVersion =>
        Enum.TryParse<AzureOpenAIClientOptions.ServiceVersion>("V" + ApiVersion.Trim().Replace('-', '_'), ignoreCase: true, out var version)
            && Enum.IsDefined(version)
            ? version
            : null;

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

        if (Provider != LlmProvider.Azure || uri is null || IsAzureV1Endpoint(Endpoint))
        {
            yield break;
        }

        if (uri.AbsolutePath != "/")
        {
            yield return new ValidationResult(
                $"Llm:Endpoint for azure must be the resource endpoint (https://<name>.openai.azure.com/) or end in /openai/v1; got '{Endpoint}'.",
                [nameof(Endpoint)]);
        }

        if (AzureServiceVersion is null)
        {
            var known = string.Join(", ", Enum.GetNames<AzureOpenAIClientOptions.ServiceVersion>()
                .Select(n => n[1..].Replace('_', '-').ToLowerInvariant()));
            yield return new ValidationResult($"Llm:ApiVersion '{ApiVersion}' is not an Azure OpenAI API version this build knows ({known}).", [nameof(ApiVersion)]);
        }
    }

    private static bool IsAzureV1Endpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            && uri.AbsolutePath.TrimEnd('/').EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase);
}
