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

    [Fact]
    public async Task A_curated_answer_created_from_the_review_queue_is_audited_and_versioned_in_the_admins_name()
    {
        using var client = await factory.CreateClientAsAsync("queue-curator", "Admin");
        await factory.AskAsync(client, "老年人优待证在哪里办理");
        var form = (await ReviewPageForms.ClusterRowAsync(client, "老年人优待证在哪里办理")).CurateLink;
        var keyFields = ReviewPageForms.HiddenFieldsOf(await ReviewPageForms.GetPageAsync(client, form))
            .Where(f => !f.Key.StartsWith("Form.", StringComparison.Ordinal));

        using var response = await ReviewPageForms.PostFormAsync(client, form, "/Admin/Review/Curate", [
            .. keyFields,
            KeyValuePair.Create("Form.Question", "老年人优待证在哪里办理"),
            KeyValuePair.Create("Form.Alternates", ""),
            KeyValuePair.Create("Form.Answer", "请到户籍所在街道便民服务中心办理。"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var curated = await db.CuratedAnswers.SingleAsync(a => a.Question == "老年人优待证在哪里办理");
        var id = curated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == AuditEntityTypes.CuratedAnswer && a.EntityId == id);
        var revision = await db.CuratedAnswerRevisions.SingleAsync(r => r.CuratedAnswerId == curated.Id);
        Assert.Equal(("queue-curator", CurationAction.Create), (audit.Author, audit.Action));
        Assert.Equal(("queue-curator", CurationAction.Create), (revision.Author, revision.Action));
    }
}
