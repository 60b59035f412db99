using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Telemetry;
using ServiceDeskBot.Core.Tests.Safety;

namespace ServiceDeskBot.Core.Tests.Telemetry;

public sealed class StartupTimelineTests
{
    [Fact]
    public void A_phase_is_logged_with_its_name_and_duration_once_it_ends()
    {
        using var provider = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
        var timeline = new StartupTimeline(factory.CreateLogger<StartupTimeline>());

        var phase = timeline.Begin("index open");
        var loggedWhileRunning = provider.Logs.Count;
        phase.Dispose();

        Assert.Equal(0, loggedWhileRunning);
        var logged = Assert.Single(provider.Logs);
        Assert.StartsWith("Start-up phase index open: ", logged.Message, StringComparison.Ordinal);
        Assert.Contains(logged.Values, v => v.Key == "Milliseconds" && v.Value is double ms && ms >= 0);
    }

    [Fact]
    public void A_phase_outside_the_start_logs_nothing()
    {
        StartupTimeline? notStarting = null;

        using (notStarting?.Begin("index open"))
        {
        }

        Assert.Null(notStarting);
    }
}
