using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Intents;

/// <summary>
/// Loads or trains the intent model in the background once the server listens, so no citizen's first question pays
/// for it and it does not take a core from what a start waits for (the database, the passage index, the web host: a
/// first start's training is seconds of CPU on a two-core node). A question before then loads it itself. A failure
/// (missing or invalid utterances) stops the host.
/// </summary>
internal sealed class IntentModelWarmUp(IntentClassifier classifier, IHostApplicationLifetime lifetime, StartupTimeline timeline) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(false);
        }

        await Task.Run(
            () =>
            {
                using (timeline.Begin("intent model"))
                {
                    _ = classifier.Model;
                }
            },
            stoppingToken).ConfigureAwait(false);
    }
}
