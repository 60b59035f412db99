using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class ReviewAuditTests(ReviewAppFactory factory) : IClassFixture<ReviewAppFactory>
{
    [Fact]
    public async Task Dismissing_review_items_is_audited_in_the_admins_name_with_the_items()
    {
        using var client = await factory.CreateClientAsAsync("review-admin", "Admin");
        var (askId, _, _, _, _) = await factory.AskAsync(client, "残疾人证换证在哪个窗口办理");
        var row = await ReviewPageForms.ClusterRowAsync(client, "残疾人证换证在哪个窗口办理");

        using var response = await ReviewPageForms.PostFormAsync(client, "/Admin/Review", "/Admin/Review?handler=Dismiss", row.DismissFields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == AuditEntityTypes.ReviewItems);
        Assert.Equal("review-admin", entry.Author);
        Assert.Equal(CurationAction.Dismiss, entry.Action);
        Assert.Equal("ask:" + askId.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.After);
    }
}
