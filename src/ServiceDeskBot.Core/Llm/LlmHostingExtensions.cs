using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ServiceDeskBot.Core.Llm;

public static class LlmHostingExtensions
{
    /// <summary>Name of the HttpClient (and its resilience pipeline) that carries LLM calls.</summary>
    public const string HttpClientName = "ServiceDeskBot.Llm";

    /// <summary>
    /// Registers <see cref="LlmOptions"/> (validated at start) and an
    /// <see cref="ILlmAnswerer"/>: the Semantic Kernel OpenAI-connector answerer when <c>Llm:Provider</c> is openai or
    /// azure (prompts loaded and checked at start-up), otherwise one that reports itself unavailable.
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

        builder.Services.AddMetrics();
        builder.Services.AddSingleton<LlmMetrics>();
        builder.Services.AddSingleton(sp => PromptLibrary.Load(PromptLibrary.ResolveDirectory(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value.PromptsDirectory,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        builder.Services.AddHostedService<PromptLibraryStartupCheck>();
        builder.Services.AddSingleton<LlmPromptComposer>();
        builder.Services.AddSingleton<ILlmAnswerer, OpenAiCompatibleLlmAnswerer>();

        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
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
}
