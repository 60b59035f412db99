using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Review;

public static class ReviewHostingExtensions
{
    /// <summary>
    /// Registers the review queue (<see cref="ReviewBacklog"/>, <see cref="QuestionClusterer"/>, <see cref="ReviewCriteria"/>) and the dashboard
    /// (<see cref="DashboardQuery"/>) with their options. Needs the data and answering registrations
    /// (<c>AddServiceDeskData</c>, <c>AddAnswering</c>).
    /// </summary>
    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReviewOptions>()
            .BindConfiguration(ReviewOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<DashboardOptions>()
            .BindConfiguration(DashboardOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddServiceDeskFacts();
        builder.Services.AddSingleton<QuestionClusterer>();
        builder.Services.AddSingleton<ReviewCriteria>();
        builder.Services.AddSingleton<ReviewBacklog>();
        builder.Services.AddSingleton<DashboardQuery>();
        return builder;
    }
}
