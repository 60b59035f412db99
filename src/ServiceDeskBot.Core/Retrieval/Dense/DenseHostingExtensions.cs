using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Embeddings;

namespace ServiceDeskBot.Core.Retrieval.Dense;

public static class DenseHostingExtensions
{
    /// <summary>
    /// Registers the dense leg: options (validated at start), the vector store, <see cref="DenseIndex"/> and, when
    /// <c>Embeddings:Provider</c> is openai or azure, an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> over
    /// the OpenAI client and the background vector warm-up. With none, the leg exists but ranks nothing.
    /// </summary>
    public static IHostApplicationBuilder AddDenseRetrieval(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<EmbeddingsOptions>()
            .BindConfiguration(EmbeddingsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<IPassageVectorStore, DataDirectoryVectorStore>();
        builder.Services.TryAddSingleton<DenseIndex>();
        builder.Services.TryAddSingleton<HybridPassageSearch>();

        var configured = builder.Configuration.GetSection(EmbeddingsOptions.SectionName).Get<EmbeddingsOptions>() ?? new EmbeddingsOptions();
        if (configured.Provider == EmbeddingsProvider.None)
        {
            return builder;
        }

        builder.Services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
            var client = new EmbeddingClient(
                settings.ModelId,
                new ApiKeyCredential(string.IsNullOrEmpty(settings.ApiKey) ? "none" : settings.ApiKey),
                new OpenAIClientOptions
                {
                    Endpoint = new Uri(settings.Endpoint),
                    // A dead endpoint must cost a question nothing: no retries, the query budget bounds the wait.
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                    NetworkTimeout = TimeSpan.FromSeconds(30),
                });
            return client.AsIEmbeddingGenerator();
        });
        builder.Services.AddHostedService<DenseIndexWarmup>();
        return builder;
    }
}
