using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The real app on Kestrel at a free loopback port, with a scripted answer pipeline and a clock the test can move.</summary>
public sealed class ScriptedWidgetSiteFactory : KestrelSiteFactory
{
    private readonly string _dataDirectory;
    private readonly TimeProvider _clock;
    private readonly IAnswerService _answers;

    public ScriptedWidgetSiteFactory(string dataDirectory, TimeProvider clock, IAnswerService answers)
    {
        _dataDirectory = dataDirectory;
        _clock = clock;
        _answers = answers;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development").UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(_clock);
            services.AddSingleton(_answers);
        });
    }
}
