using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Tests.Safety;

namespace ServiceDeskBot.Web.Tests.Platform;

public sealed class LogMaskingTests
{
    [Fact]
    public async Task The_request_log_of_a_url_holding_a_phone_number_shows_it_masked()
    {
        var sink = new RecordingLoggerProvider();
        await using var factory = new LoggingAppFactory(sink);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz?callback=13812345678", UriKind.Relative));

        var requestLogs = sink.Logs.Where(l => l.Message.Contains("/healthz", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(requestLogs);
        Assert.All(requestLogs, l => Assert.DoesNotContain("13812345678", l.Message, StringComparison.Ordinal));
        Assert.Contains(requestLogs, l => l.Message.Contains("138****5678", StringComparison.Ordinal));
    }

    /// <summary>The real app with ASP.NET Core's request logging switched on and a sink beside the usual providers.</summary>
    private sealed class LoggingAppFactory(RecordingLoggerProvider sink) : ServiceDeskAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
            builder.ConfigureLogging(logging => logging.AddProvider(sink));
        }
    }
}
