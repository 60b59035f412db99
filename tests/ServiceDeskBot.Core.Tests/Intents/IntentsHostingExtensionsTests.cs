using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

[Collection(SharedTrainedIntentModel.Name)]
public sealed class IntentsHostingExtensionsTests(TrainedIntentModelFixture fixture) : IDisposable
{
    private readonly IntentWorkspace _workspace = new(fixture.Sample(perLabel: 20));

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task AddIntents_warms_up_one_shared_classifier_once_the_host_has_started()
    {
        var collection = Build(new Dictionary<string, string?>());
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        collection.AddSingleton<IHostApplicationLifetime>(lifetime);
        using var services = collection.BuildServiceProvider();
        var classifier = services.GetRequiredService<IntentClassifier>();
        var warmUps = new List<Task>();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            if (hosted is BackgroundService { ExecuteTask: { } warmUp })
            {
                warmUps.Add(warmUp);
            }
        }

        var loadedBeforeStarted = classifier.IsLoaded;
        lifetime.NotifyStarted();
        await Task.WhenAll(warmUps);

        Assert.False(loadedBeforeStarted);
        Assert.True(classifier.IsLoaded);
        Assert.Same(classifier, services.GetRequiredService<IIntentClassifier>());
    }

    [Fact]
    public void AddIntents_skips_the_warm_up_when_configured_off()
    {
        var builder = Build(new Dictionary<string, string?> { ["Intents:WarmUpOnStart"] = "false" });

        using var services = builder.BuildServiceProvider();

        Assert.Empty(services.GetServices<IHostedService>());
    }

    [Fact]
    public void AddIntents_rejects_a_min_confidence_above_one()
    {
        using var services = Build(new Dictionary<string, string?> { ["Intents:MinConfidence"] = "1.5" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IntentOptions>>().Value);

        Assert.Contains(nameof(IntentOptions.MinConfidence), error.Message, StringComparison.Ordinal);
    }

    private IServiceCollection Build(Dictionary<string, string?> settings)
    {
        settings["Storage:DataDirectory"] = _workspace.DataDirectory;
        settings["Storage:SeedsDirectory"] = _workspace.SeedsDirectory;
        var builder = new TestHostApplicationBuilder(_workspace.SeedsDirectory, settings);
        builder.AddIntents();
        return builder.Services;
    }
}
