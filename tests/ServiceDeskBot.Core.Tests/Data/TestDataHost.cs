using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Tests.Data;

/// <summary>
/// The real data registrations over a fresh SQLite file in a temp directory, with the repository's seeds.
/// Migrations and seed import have run when <see cref="StartAsync"/> returns.
/// </summary>
internal sealed class TestDataHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TestDataHost(IHost host, string directory)
    {
        _host = host;
        Directory = directory;
    }

    public string Directory { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TestDataHost> StartAsync(IDictionary<string, string?>? settings = null, bool initialize = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sdb-data-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddServiceDeskData();
        var host = builder.Build();
        var testHost = new TestDataHost(host, directory);
        if (initialize)
        {
            await testHost.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);
        }

        return testHost;
    }

    /// <summary>Starts the host itself: options validation and the hosted initializer run as in production.</summary>
    public Task StartHostAsync() => _host.StartAsync();

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public ServiceDeskDbContext CreateDbContext() =>
        Get<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; failing the test over it would hide the real result.
        }
    }
}
