using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ServiceDeskBot.Web.Tests;

/// <summary>
/// Hosts the real application with its own temporary data directory, so every test class starts from an empty
/// database and a freshly built index over the repository's seeds.
/// </summary>
public class ServiceDeskAppFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "sdb-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
    }

    /// <summary>A client for an app whose index has finished loading.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The application did not become healthy.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background service; the temp folder is cleaned by the OS later.
            }
        }
    }
}
