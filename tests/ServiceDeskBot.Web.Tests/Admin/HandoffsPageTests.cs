using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class HandoffsPageTests(ReviewAppFactory factory) : IClassFixture<ReviewAppFactory>
{
    private static readonly Uri Page = new("/Admin/Handoffs", UriKind.Relative);

    [Fact]
    public async Task Admins_see_open_handoff_tickets_with_the_citizens_words_encoded()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<HandoffTicketStore>()
            .OpenAsync("conv-handoff-page", HandoffKind.Handoff, "我要找人工<b>窗口</b>", CancellationToken.None);
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("conv-handoff-page", raw, StringComparison.Ordinal);
        // The citizen's words are on the page, encoded: shown as typed, never as markup.
        Assert.Contains("我要找人工&lt;b&gt;窗口&lt;/b&gt;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>窗口</b>", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_are_refused_the_handoff_tickets()
    {
        using var client = await factory.CreateClientAsAsync("clerk", "Staff");

        using var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
