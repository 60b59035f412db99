using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Tests.Admin.Corpus;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed partial class ApiKeysPageTests(CorpusAdminAppFactory factory) : IClassFixture<CorpusAdminAppFactory>
{
    private const string Page = "/Admin/ApiKeys";

    [Fact]
    public async Task Creating_a_key_on_the_page_shows_it_once_and_lists_it_without_the_secret()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var created = await ReviewPageForms.PostFormAsync(client, Page, Page + "?handler=Create",
            [KeyValuePair.Create("Name", "页面创建的密钥"), KeyValuePair.Create("Role", "Staff")]);

        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        var key = CreatedKey().Match(html).Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Matches("^sdbk_", key);
        var later = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(Page, UriKind.Relative)));
        Assert.Contains("页面创建的密钥", later, StringComparison.Ordinal);
        Assert.DoesNotContain(key, later, StringComparison.Ordinal);
        Assert.Contains(key[..12], later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_a_key_on_the_page_is_audited_in_the_admins_name()
    {
        using var client = await factory.CreateClientAsync("Admin");
        var keys = factory.Services.GetRequiredService<ApiKeyStore>();
        var (key, _) = await keys.CreateAsync("待吊销", ApiKeyStore.AdminRole, "corpus-admin", CancellationToken.None);

        using var response = await ReviewPageForms.PostFormAsync(client, Page, $"{Page}?handler=Revoke&id={key.Id}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await keys.ListAsync(CancellationToken.None)).Single(k => k.Id == key.Id).RevokedAt);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == AuditEntityTypes.ApiKey && a.Action == CurationAction.Revoke);
        Assert.Equal("corpus-admin", audit.Author);
    }

    [Fact]
    public async Task The_page_carries_no_inline_style_the_csp_would_block()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("style=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_without_a_name_is_refused_with_the_reason()
    {
        using var client = await factory.CreateClientAsync("Admin");

        using var refused = await ReviewPageForms.PostFormAsync(client, Page, Page + "?handler=Create",
            [KeyValuePair.Create("Name", ""), KeyValuePair.Create("Role", "Staff")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请填写密钥名称", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_forbidden_to_staff()
    {
        using var client = await factory.CreateClientAsync("Staff");

        using var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [GeneratedRegex("<code id=\"created-key\">([^<]+)</code>")]
    private static partial Regex CreatedKey();
}
