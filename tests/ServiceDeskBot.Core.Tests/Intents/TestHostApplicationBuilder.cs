using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Tests.Intents;

/// <summary>
/// Just enough of <see cref="IHostApplicationBuilder"/> to run a feature's <c>AddXxx</c> in Core's tests, which do
/// not reference the full hosting package.
/// </summary>
internal sealed class TestHostApplicationBuilder : IHostApplicationBuilder
{
    public TestHostApplicationBuilder(string contentRoot, IDictionary<string, string?> settings)
    {
        Configuration.AddInMemoryCollection(settings);
        Environment = new TestHostEnvironment(contentRoot);
        Logging = new TestLoggingBuilder(Services);
        Metrics = new TestMetricsBuilder(Services);
        Services.AddLogging();
        Services.AddSingleton<IHostEnvironment>(Environment);
        Services.AddSingleton<IConfiguration>(Configuration);
    }

    public IDictionary<object, object> Properties { get; } = new Dictionary<object, object>();

    public IConfigurationManager Configuration { get; } = new ConfigurationManager();

    public IHostEnvironment Environment { get; }

    public ILoggingBuilder Logging { get; }

    public IMetricsBuilder Metrics { get; }

    public IServiceCollection Services { get; } = new ServiceCollection();

    public void ConfigureContainer<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory, Action<TContainerBuilder>? configure = null)
        where TContainerBuilder : notnull => throw new NotSupportedException();

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "ServiceDeskBot.Core.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class TestLoggingBuilder(IServiceCollection services) : ILoggingBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private sealed class TestMetricsBuilder(IServiceCollection services) : IMetricsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
