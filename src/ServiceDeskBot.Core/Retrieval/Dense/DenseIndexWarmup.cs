using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>
/// Keeps the dense vectors in step with the passage index: after start-up and after every re-index it reads or
/// computes them, retrying while the endpoint is down. Searches never wait for it.
/// </summary>
public sealed class DenseIndexWarmup(DenseIndex dense, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await dense.EnsureVectorsAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
