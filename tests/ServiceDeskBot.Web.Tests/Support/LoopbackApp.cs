using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Support;

/// <summary>
/// The whole app on Kestrel at a free loopback port over its own temporary data directory (or a shared one, to stand
/// for a restart or a second installation), with optional settings and service overrides. Clients talk real HTTP.
/// </summary>
public sealed class LoopbackApp : IDisposable
{
    private readonly Factory _factory;
    private readonly bool _ownsDataDirectory;

    private LoopbackApp(Factory factory, string dataDirectory, bool ownsDataDirectory)
    {
        _factory = factory;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts the app; <paramref name="dataDirectory"/> reuses another app's data (then it is not deleted).</summary>
    public static LoopbackApp Start(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string? dataDirectory = null)
    {
        var owns = dataDirectory is null;
        var directory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "sdb-loopback", Guid.NewGuid().ToString("N"));
        var merged = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Storage:DataDirectory"] = directory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var factory = new Factory(merged, services);
        factory.UseKestrel(0);
        factory.StartServer();
        return new LoopbackApp(factory, directory, owns);
    }

    /// <summary>A real HTTP client; with <paramref name="cookies"/> it keeps cookies like a browser. Redirects are not followed.</summary>
    public HttpClient CreateClient(bool cookies = false)
    {
        var jar = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { UseCookies = cookies, CookieContainer = jar, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
        };
        Jars.AddOrUpdate(client, jar);
        return client;
    }

    /// <summary>The cookies a client from <see cref="CreateClient"/> holds, to replay them elsewhere.</summary>
    public static CookieContainer CookiesOf(HttpClient client) =>
        Jars.TryGetValue(client, out var jar) ? jar : throw new ArgumentException("Not a client of a LoopbackApp.", nameof(client));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> Jars = new();

    /// <summary>Waits until <c>/healthz</c> answers 200 (the passage index is loaded).</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        for (var attempt = 0; attempt < 400; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The application did not become healthy.");
    }

    public void Dispose()
    {
        _factory.Dispose();
        if (_ownsDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may hold the file briefly after shutdown; a leftover temp folder is harmless.
            }
        }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
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
