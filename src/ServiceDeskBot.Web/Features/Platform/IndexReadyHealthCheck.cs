using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>Healthy only once the passage index is loaded, so load balancers wait for a service that can answer.</summary>
internal sealed class IndexReadyHealthCheck(IPassageSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.IsReady
            ? HealthCheckResult.Healthy("passage index loaded")
            : HealthCheckResult.Unhealthy("passage index is loading"));
}
