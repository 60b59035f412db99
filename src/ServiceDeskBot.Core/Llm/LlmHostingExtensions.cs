using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Polly;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Llm;

public static class LlmHostingExtensions
{
    /// <summary>Name of the HttpClient (and its resilience pipeline) that carries LLM calls.</summary>
    public const string HttpClientName = "ServiceDeskBot.Llm";

    /// <summary>
    /// Registers <see cref="LlmOptions"/> (validated at start) and an <see cref="ILlmAnswerer"/>: the Semantic Kernel
    /// answerer when <c>Llm:Provider</c> is openai or azure (prompts loaded and checked at start-up), otherwise one that
    /// reports itself unavailable. An Azure resource endpoint is registered with <c>AddAzureOpenAIChatCompletion</c>
    /// over an <see cref="AzureOpenAIClient"/> that authenticates with <c>Llm:ApiKey</c> or, when it is empty, with the
    /// registered <see cref="TokenCredential"/> (<see cref="DefaultAzureCredential"/> unless one was registered before).
    /// </summary>
    public static IHostApplicationBuilder AddLlm(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var configured = builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (configured.Provider == LlmProvider.None)
        {
            builder.Services.AddSingleton<ILlmAnswerer, UnavailableLlmAnswerer>();
            return builder;
        }

        builder.AddServiceDeskMetrics();
        builder.Services.AddSingleton<LlmMetrics>();
        builder.Services.AddSingleton(sp => PromptLibrary.Load(PromptLibrary.ResolveDirectory(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value.PromptsDirectory,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        builder.Services.AddHostedService<PromptLibraryStartupCheck>();
        builder.Services.AddSingleton<LlmPromptComposer>();
        builder.Services.AddSingleton<LlmChatConnector>();
        builder.Services.AddSingleton<ILlmAnswerer, OpenAiCompatibleLlmAnswerer>();
        if (configured.UsesAzureDeployment)
        {
            if (string.IsNullOrEmpty(configured.ApiKey))
            {
                builder.Services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
            }

            builder.Services.TryAddSingleton(CreateAzureClient);
            builder.Services.AddAzureOpenAIChatCompletion(configured.Deployment, azureOpenAIClient: null, serviceId: LlmChatConnector.AzureServiceKey);
        }

        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            // The Azure client lives as long as the process; recycling pooled connections keeps it following DNS.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler(HttpClientName, static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                // Outermost: the whole exchange, retry included, fits in the configured budget.
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // One quick retry for 429/5xx/connection errors; a second would rarely fit the time budget.
                    MaxRetryAttempts = 1,
                    BackoffType = DelayBackoffType.Constant,
                    Delay = TimeSpan.FromMilliseconds(200),
                    UseJitter = false,
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    // A dead endpoint should cost citizens no waiting: after repeated failures answer from templates at once.
                    FailureRatio = 0.5,
                    MinimumThroughput = 4,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
            });
        return builder;
    }

    private static AzureOpenAIClient CreateAzureClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var clientOptions = new AzureOpenAIClientOptions(options.AzureServiceVersion!.Value)
        {
            Transport = new HttpClientPipelineTransport(services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)),
            // The resilience handler already retries and bounds the call; the SDK's own retries and network timeout
            // would multiply the attempts and outlast the budget.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        var endpoint = new Uri(options.Endpoint);
        return string.IsNullOrEmpty(options.ApiKey)
            ? new AzureOpenAIClient(endpoint, services.GetRequiredService<TokenCredential>(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
    }
}
