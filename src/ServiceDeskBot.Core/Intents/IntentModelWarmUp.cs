using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Intents;

/// <summary>Loads or trains the intent model while the host starts, so no citizen's first question pays for it.</summary>
internal sealed class IntentModelWarmUp(IntentClassifier classifier) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => _ = classifier.Model, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
