using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// Healthy only once the passage index is loaded, so load balancers wait for a service that can answer; reports the
/// corpus version the node serves (the same on every node of one database) and the ask-log queue's losses.
/// </summary>
internal sealed class IndexReadyHealthCheck(IPassageSearch search, PassageIndexLoader loader, AskLogWriter askLog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["corpusVersion"] = loader.CorpusVersion ?? "",
            ["documents"] = loader.DocumentCount,
            ["askLogPending"] = askLog.Pending,
            ["askLogDropped"] = askLog.Dropped,
        };
        return Task.FromResult(search.IsReady
            ? HealthCheckResult.Healthy("passage index loaded", data)
            : HealthCheckResult.Unhealthy("passage index is loading", data: data));
    }
}
