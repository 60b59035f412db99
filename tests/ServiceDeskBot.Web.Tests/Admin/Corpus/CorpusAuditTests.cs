using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Web.Tests.Storage;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin.Corpus;

/// <summary>Corpus administration is audited in the acting admin's name, and the console opens uploaded documents.</summary>
public sealed class CorpusAuditTests(CorpusAdminAppFactory factory) : IClassFixture<CorpusAdminAppFactory>
{
    [Fact]
    public async Task An_upload_through_the_page_is_audited_in_the_uploaders_name()
    {
        using var client = await factory.CreateClientAsync("Admin");

        var id = await new CorpusAdminClient(client).UploadNewAsync("审计-上传.md", StationGuides.Guide("丁香驿站"));

        var entry = await LastAuditAsync(AuditEntityTypes.Document, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("corpus-admin", entry.Author);
        Assert.Equal(CurationAction.Create, entry.Action);
        Assert.Contains("审计-上传.md", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_synonym_save_through_the_page_is_audited_with_the_list_before_and_after()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var admin = new CorpusAdminClient(client);
        using var first = await admin.PostListAsync("Synonyms", "synonymsText", "审计甲,审计乙");

        using var second = await admin.PostListAsync("Synonyms", "synonymsText", "审计丙,审计丁");

        var entry = await LastAuditAsync(AuditEntityTypes.WordList, WordList.Synonyms);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("corpus-admin", entry.Author);
        Assert.Equal("审计甲,审计乙", entry.Before);
        Assert.Equal("审计丙,审计丁", entry.After);
    }

    [Fact]
    public async Task A_sensitive_word_save_through_the_page_is_audited_in_the_admins_name()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await new CorpusAdminClient(client).PostListAsync("SensitiveWords", "wordsText", "审计敏感词\n");

        var entry = await LastAuditAsync(AuditEntityTypes.WordList, WordList.SensitiveWords);
        Assert.Equal("corpus-admin", entry.Author);
        Assert.Equal("审计敏感词", entry.After);
    }

    [Fact]
    public async Task A_place_list_save_through_the_page_is_used_at_once_and_audited_in_the_admins_name()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var places = factory.Services.GetRequiredService<PlaceGazetteer>();
        var list = places.Text + "\n审计新区,审计区";

        using var response = await new CorpusAdminClient(client).PostListAsync("Places", "placesText", list);

        var entry = await LastAuditAsync(AuditEntityTypes.WordList, WordList.Places);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["审计新区"], places.Find("审计区在哪里"));
        Assert.Equal("corpus-admin", entry.Author);
        Assert.Equal(list, entry.After);
        Assert.Contains("审计新区,审计区", await client.GetStringAsync("/Admin/Corpus"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_opens_an_uploaded_document_with_its_passages_anchored()
    {
        using var admin = await factory.CreateClientAsync("Admin");
        await new CorpusAdminClient(admin).UploadNewAsync("控制台-上传.md", StationGuides.Guide("海棠驿站"));
        using var staff = await factory.CreateClientAsync("Staff");

        using var response = await staff.GetAsync(new Uri("/Console/Document?source=" + Uri.EscapeDataString("控制台-上传.md"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("海棠驿站工作日上午九点至下午五点开放", html, StringComparison.Ordinal);
        Assert.Contains("id=\"passage-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_answers_404_for_a_name_no_document_has()
    {
        using var staff = await factory.CreateClientAsync("Staff");

        using var response = await staff.GetAsync(new Uri("/Console/Document?source=" + Uri.EscapeDataString("../../etc/passwd"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<AuditEntry> LastAuditAsync(string entityType, string entityId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(a => a.EntityType == entityType && a.EntityId == entityId).OrderByDescending(a => a.Id).FirstAsync();
    }
}
