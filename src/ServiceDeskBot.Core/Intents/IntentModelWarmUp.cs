using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Intents;

/// <summary>
/// Loads or trains the intent model in the background as the host starts, so no citizen's first question pays for
/// it and the server starts listening without waiting. A failure (missing or invalid utterances) stops the host.
/// </summary>
internal sealed class IntentModelWarmUp(IntentClassifier classifier) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => _ = classifier.Model, stoppingToken);
}
