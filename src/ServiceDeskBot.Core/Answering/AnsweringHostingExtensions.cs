using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Answering;

public static class AnsweringHostingExtensions
{
    /// <summary>
    /// Registers the answer pipeline (<see cref="IAnswerService"/>). Needs retrieval, intents, data and the LLM
    /// registered too (<c>AddRetrieval</c>, <c>AddIntents</c>, <c>AddServiceDeskData</c>, <c>AddLlm</c>).
    /// </summary>
    public static IHostApplicationBuilder AddAnswering(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddServiceDeskFacts();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<Safety.SensitiveWordFilter>();
        builder.Services.TryAddSingleton<Safety.PiiMasker>();
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<Safety.ScreeningMetrics>();
        builder.Services.TryAddSingleton<QuestionReader>();
        builder.Services.TryAddSingleton<EvidenceFinder>();
        builder.Services.TryAddSingleton<AnswerJudge>();
        builder.Services.TryAddSingleton<AnswerComposer>();
        builder.Services.TryAddSingleton<SuggestionFinder>();
        builder.Services.TryAddSingleton<FollowUpResolver>();
        builder.Services.TryAddSingleton<ConversationMemory>();
        builder.Services.TryAddSingleton<CuratedCitations>();
        builder.Services.TryAddSingleton<AnswerCache>();
        builder.Services.TryAddSingleton<AnswerDependencies>();
        builder.AddServiceDeskMetrics();
        // Follow-up memory is shared through Redis when the node is one of several, chosen once here.
        if (builder.UsesRedis())
        {
            builder.AddRedis();
            builder.Services.TryAddSingleton<IConversationMemory, RedisConversationMemory>();
        }
        else
        {
            builder.Services.TryAddSingleton<IConversationMemory>(sp => sp.GetRequiredService<ConversationMemory>());
        }

        // The steps of a turn, in the order AnswerService runs them.
        builder.Services.TryAddSingleton<Turn.GuardStep>();
        builder.Services.TryAddSingleton<Turn.FollowUpStep>();
        builder.Services.TryAddSingleton<Turn.AnswerCacheStep>();
        builder.Services.TryAddSingleton<Turn.CuratedStep>();
        builder.Services.TryAddSingleton<Turn.IntentStep>();
        builder.Services.TryAddSingleton<Turn.RetrieveStep>();
        builder.Services.TryAddSingleton<Turn.ValidityStep>();
        builder.Services.TryAddSingleton<Turn.DocumentFactStep>();
        builder.Services.TryAddSingleton<Turn.JudgeStep>();
        builder.Services.TryAddSingleton<Turn.ComposeStep>();
        builder.Services.TryAddSingleton<Turn.AnswerCacheFillStep>();
        builder.Services.TryAddSingleton<Turn.SuggestStep>();
        builder.Services.TryAddSingleton<Turn.LogStep>();
        builder.Services.TryAddSingleton<AnswerService>();
        builder.Services.TryAddSingleton<IAnswerService>(sp => sp.GetRequiredService<AnswerService>());
        return builder;
    }

    /// <summary>
    /// Registers <see cref="ServiceDeskOptions"/> (validated at start) and <see cref="DeskTimeZone"/>, once however many
    /// features ask for them: the desk's facts and time zone are read by answering, data, retrieval and review alike.
    /// </summary>
    public static IServiceCollection AddServiceDeskFacts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(DeskTimeZone)))
        {
            services.AddOptions<ServiceDeskOptions>()
                .BindConfiguration(ServiceDeskOptions.SectionName)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddSingleton<DeskTimeZone>();
        }

        return services;
    }
}
