using System.Net;

namespace ServiceDeskBot.Browser.Tests;

public sealed class ProductionHostingTests : IDisposable
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-production-");

    // `dotnet run` without a launch profile is Production from the build output; browsers always ask for compression.
    [Fact]
    public async Task Compressed_embed_script_has_content_when_run_as_production_from_the_build_output()
    {
        await using var factory = new WidgetSiteFactory(_dataDirectory.FullName, "Production");
        var address = factory.StartAndGetAddress();
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All };
        using var client = new HttpClient(handler) { BaseAddress = address };

        var script = await client.GetStringAsync(new Uri("/embed.js", UriKind.Relative));

        Assert.Contains("ServiceDeskWidget", script, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDirectory.Delete(recursive: true);
}
