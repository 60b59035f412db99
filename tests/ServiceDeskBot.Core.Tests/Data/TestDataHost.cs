using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Core.Tests.Data;

/// <summary>
/// The real data registrations over a fresh SQLite file in a temp directory, with the repository's seeds.
/// Migrations and seed import have run when <see cref="StartAsync"/> returns.
/// </summary>
internal sealed class TestDataHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TestDatabase _database;

    private TestDataHost(IHost host, string directory, TestDatabase database)
    {
        _host = host;
        Directory = directory;
        _database = database;
    }

    public TestDatabase Database => _database;

    public string Directory { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TestDataHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        bool initialize = true,
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        Action<IHostApplicationBuilder>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sdb-data-tests", Guid.NewGuid().ToString("N"));
        var database = await TestDatabase.CreateAsync(provider);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory });
        builder.Configuration.AddInMemoryCollection(database.Settings);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddServiceDeskData();
        configure?.Invoke(builder);
        var host = builder.Build();
        var testHost = new TestDataHost(host, directory, database);
        if (initialize)
        {
            await testHost.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);
        }

        return testHost;
    }

    /// <summary>Starts the host itself: options validation and the hosted initializer run as in production.</summary>
    public Task StartHostAsync() => _host.StartAsync();

    /// <summary>Stops the host as a graceful shutdown would, keeping its services usable for inspection.</summary>
    public Task StopHostAsync() => _host.StopAsync();

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

        await _database.DisposeAsync();
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
