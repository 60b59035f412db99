using Microsoft.AspNetCore.Mvc.Testing;

namespace ServiceDeskBot.Web.Tests;

public sealed class HealthTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains("ok", body, StringComparison.Ordinal);
    }
}
