using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

/// <summary>Retrieval registered with <c>AddRetrieval</c> over a given data directory (and optionally seeds directory).</summary>
internal sealed class RetrievalHost : IDisposable
{
    private readonly IHost _host;

    private RetrievalHost(IHost host) => _host = host;

    public PassageIndexLoader Loader => _host.Services.GetRequiredService<PassageIndexLoader>();

    public PassageRetriever Retriever => _host.Services.GetRequiredService<PassageRetriever>();

    /// <summary>Builds the host and loads the index synchronously (no background warm-up).</summary>
    public static RetrievalHost Create(string dataDirectory, string? seedsDirectory = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:SeedsDirectory"] = seedsDirectory ?? "",
        });
        builder.AddRetrieval(loadInBackground: false);
        var host = new RetrievalHost(builder.Build());
        host.Loader.RefreshAsync().GetAwaiter().GetResult();
        return host;
    }

    public void Dispose() => _host.Dispose();
}
