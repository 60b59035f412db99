using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>
/// One node of the service: the whole app on Kestrel on a loopback port, with its own data directory, on a given
/// database (which several nodes may share), with the real sign-in and API-key authentication.
/// </summary>
public sealed class StorageNode : IDisposable
{
    private readonly NodeFactory _factory;
    private readonly bool _ownsDataDirectory;

    public StorageNode(
        TestDatabase database, string? dataDirectory = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // A directory handed in outlives the node (a restart reuses it); one made here goes with it.
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "sdb-storage-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>(database.Settings) { ["Storage:DataDirectory"] = DataDirectory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new NodeFactory(all, services);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client of this node, sending <paramref name="apiKey"/> as its bearer token when given.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>Waits until /healthz says the index is loaded; returns its body.</summary>
    public async Task<string> WaitHealthyAsync()
    {
        using var client = CreateClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadAsStringAsync();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The node did not become healthy.");
    }

    /// <summary>Creates an API key with <paramref name="role"/> (as an admin would) and returns the key.</summary>
    public async Task<string> CreateApiKeyAsync(string role, string name = "automation")
    {
        var (_, secret) = await Services.GetRequiredService<ApiKeyStore>().CreateAsync(name, role, "test-admin", CancellationToken.None);
        return secret;
    }

    public void Dispose()
    {
        try
        {
            _factory.Dispose();
        }
        catch (Exception ex)
        {
            // A fixture's cleanup failure is reported by the test runner with the exception's message only; the
            // message here carries the whole trace, so a failure in CI says where the shutdown broke.
            throw new InvalidOperationException("The node did not shut down cleanly: " + ex, ex);
        }

        if (!_ownsDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open briefly after shutdown; the temp folder is harmless.
        }
    }

    private sealed class NodeFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        }
    }
}
