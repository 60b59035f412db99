using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// The Semantic Kernel chat service a call goes through. An Azure resource endpoint uses the Azure OpenAI connector
/// registered by <c>AddAzureOpenAIChatCompletion</c> (one client for the process, so Entra ID tokens are cached);
/// every other endpoint gets an OpenAI-connector service per call over a fresh client from the HTTP client factory.
/// Both carry the same resilience pipeline (time budget, one retry, circuit breaker).
/// </summary>
internal sealed class LlmChatConnector(IServiceProvider services, IHttpClientFactory httpClientFactory, IOptions<LlmOptions> options, ILoggerFactory loggerFactory)
{
    /// <summary>Key of the Azure OpenAI chat service in the container.</summary>
    public const string AzureServiceKey = "ServiceDeskBot.Llm.Azure";

    public IChatCompletionService ChatService()
    {
        var settings = options.Value;
        if (settings.UsesAzureDeployment)
        {
            return services.GetRequiredKeyedService<IChatCompletionService>(AzureServiceKey);
        }

        return new OpenAIChatCompletionService(
            settings.ModelId,
            new Uri(settings.Endpoint),
            apiKey: string.IsNullOrEmpty(settings.ApiKey) ? null : settings.ApiKey,
            organization: null,
            httpClient: httpClientFactory.CreateClient(LlmHostingExtensions.HttpClientName),
            loggerFactory: loggerFactory);
    }
}
