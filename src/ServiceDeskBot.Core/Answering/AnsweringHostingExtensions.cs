using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddOptions<ServiceDeskOptions>()
            .BindConfiguration(ServiceDeskOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<Safety.SensitiveWordFilter>();
        builder.Services.AddSingleton<EvidenceFinder>();
        builder.Services.AddSingleton<SuggestionFinder>();
        builder.Services.AddSingleton<FollowUpResolver>();
        builder.Services.AddSingleton<ConversationMemory>();
        builder.Services.AddSingleton<AnswerService>();
        builder.Services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<AnswerService>());
        return builder;
    }
}
