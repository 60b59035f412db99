using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Web.Features.Console;
using ServiceDeskBot.Web.Features.DirectLine;
using ServiceDeskBot.Web.Tests.Admin;
using ServiceDeskBot.Web.Tests.Admin.Users;
using ServiceDeskBot.Web.Tests.Auth;
using static ServiceDeskBot.Web.Tests.Platform.Audit.AuditedSite;

namespace ServiceDeskBot.Web.Tests.Platform.Audit;

/// <summary>The audit row an act must leave: who, what, on which kind of item (its id and time are checked for every row).</summary>
internal sealed record ExpectedAudit(string Author, CurationAction Action, string EntityType);

/// <summary>
/// One state-changing endpoint and how to really call it: arrange what it needs (through the app's services or
/// earlier requests), send the request a browser or script sends (antiforgery token and all), check it succeeded.
/// </summary>
internal sealed record AuditedAct(string Endpoint, Func<AuditedSite, Task<ExpectedAudit>> RunAsync)
{
    public override string ToString() => Endpoint;
}

/// <summary>
/// Every state-changing endpoint of the app, as <see cref="StateChangingEndpoints"/> names it: walked with the audit
/// row it must leave, or exempt with the reason. The walk runs in this order on one site, starting with the
/// first-admin setup (the account that does every later act).
/// </summary>
internal static partial class AuditedActs
{
    private const string Citizen = "Citizen-facing (a citizen's own conversation, not an administrative act); what it keeps is masked and purged by retention.";

    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /v3/directline/tokens/generate"] = Citizen,
        ["POST /v3/directline/tokens/refresh"] = Citizen,
        ["POST /v3/directline/conversations"] = Citizen,
        ["POST /v3/directline/conversations/{conversationId}/activities"] = Citizen,
        ["POST /v3/directline/conversations/{conversationId}/upload"] = Citizen,
        ["POST /api/directline/token"] = Citizen,
        ["POST /api/ask"] = Citizen,
        ["POST /api/ask/stream"] = Citizen,
        ["POST /api/search"] = "Read-only: a search over the index, sent as POST for its JSON body.",
        ["POST /Account/ExternalLogin"] = "Only sends the browser to the identity provider; the provider's answer (GET ?handler=Callback) is audited as a sign-in or failed sign-in.",
        ["POST /Admin/Corpus/Index?handler=Preview"] = "Shows what an upload would become; nothing is stored but an in-memory draft that only 确认入库 (walked: ?handler=Confirm) can store.",
        ["POST /Admin/Templates/Edit?handler=Preview"] = "Renders the draft template; nothing is saved.",
        ["POST /Console/Index?handler=Ask"] = "Asks as a citizen would (the console's test conversation): the turn is kept in the ask log under the console channel like /api/ask, and nothing curated changes.",
    };

    public static IReadOnlyList<AuditedAct> Walk { get; } =
    [
        new("POST /Account/Setup", async site =>
        {
            var link = new Uri(await SetupLink.FromLogAsync(site.Logs)).PathAndQuery;
            Ok(await PostFormAsync(site.Admin, link, "/Account/Setup", [
                new("Token", SetupLink.TokenOf(link)), new("UserName", AdminName),
                new("Password", site.AdminPassword), new("ConfirmPassword", site.AdminPassword)]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.StaffUser);
        }),
        new("POST /Account/Login", async site =>
        {
            using var browser = await site.SignedInAsync(AdminName, site.AdminPassword);
            return new(AdminName, CurationAction.SignIn, AuditEntityTypes.StaffUser);
        }),
        new("POST /Account/Logout", async site =>
        {
            // Its own account: signing out ends every session of the account, the walking admin's included.
            using var browser = await site.SignedInAsync("audit-leaver", await site.AddAccountAsync("audit-leaver", "Staff"));
            Ok(await PostFormAsync(browser, "/Console", "/Account/Logout", []));
            return new("audit-leaver", CurationAction.SignOut, AuditEntityTypes.StaffUser);
        }),
        new("POST /Admin/ApiKeys/Index?handler=Create", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/ApiKeys", "/Admin/ApiKeys?handler=Create", [new("Name", "审计页面密钥"), new("Role", "Staff")]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.ApiKey);
        }),
        new("POST /Admin/ApiKeys/Index?handler=Revoke", async site =>
        {
            var (key, _) = await site.Services.GetRequiredService<ApiKeyStore>().CreateAsync("待吊销", ApiKeyStore.StaffRole, "fixture", CancellationToken.None);
            Ok(await PostFormAsync(site.Admin, "/Admin/ApiKeys", $"/Admin/ApiKeys?handler=Revoke&id={key.Id}", []));
            return new(AdminName, CurationAction.Revoke, AuditEntityTypes.ApiKey);
        }),
        new("POST /Admin/Users/Index?handler=Create", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Users", "/Admin/Users?handler=Create",
                [new("UserName", "audit-new"), new("Role", "Staff"), new("Password", TestPasswords.New())]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.StaffUser);
        }),
        new("POST /Admin/Users/Index?handler=Disable", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Users", $"/Admin/Users?handler=Disable&id={await AccountAsync(site, "audit-disabled")}", []));
            return new(AdminName, CurationAction.Disable, AuditEntityTypes.StaffUser);
        }),
        new("POST /Admin/Users/Index?handler=Enable", async site =>
        {
            var id = await AccountAsync(site, "audit-reenabled");
            Ok(await PostFormAsync(site.Admin, "/Admin/Users", $"/Admin/Users?handler=Disable&id={id}", []));
            Ok(await PostFormAsync(site.Admin, "/Admin/Users", $"/Admin/Users?handler=Enable&id={id}", []));
            return new(AdminName, CurationAction.Enable, AuditEntityTypes.StaffUser);
        }),
        new("POST /Admin/Users/Index?handler=Role", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Users", $"/Admin/Users?handler=Role&id={await AccountAsync(site, "audit-promoted")}", [new("newRole", "Admin")]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.StaffUser);
        }),
        new("POST /Admin/Users/Index?handler=Reset", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Users", $"/Admin/Users?handler=Reset&id={await AccountAsync(site, "audit-reset")}",
                [new("newPassword", ""), new("userName", "audit-reset")]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.StaffUser);
        }),
        new("POST /Admin/Curated/Edit", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Curated/Edit", "/Admin/Curated/Edit", [
                new("Input.Question", "审计：表单新建的标注问题？"), new("Input.Alternates", ""), new("Input.Answer", "表单新建的答案。"),
                new("Input.CitedPassageIds", ""), new("Input.Enabled", "true")]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /Admin/Curated/Index?handler=Toggle", async site =>
        {
            var id = await CuratedAsync(site, "审计：停用的标注问题？");
            Ok(await PostFormAsync(site.Admin, "/Admin/Curated", "/Admin/Curated?handler=Toggle", [new("id", Text(id)), new("enable", "false")]));
            return new(AdminName, CurationAction.Disable, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /Admin/Curated/Index?handler=Delete", async site =>
        {
            var id = await CuratedAsync(site, "审计：页面删除的标注问题？");
            Ok(await PostFormAsync(site.Admin, "/Admin/Curated", "/Admin/Curated?handler=Delete", [new("id", Text(id))]));
            return new(AdminName, CurationAction.Delete, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /Admin/Curated/Index?handler=Import", async site =>
        {
            Ok(await PostFileAsync(site.Admin, "/Admin/Curated", "/Admin/Curated?handler=Import", "file", "answers.csv",
                "id,question,alternates,answer,cited_passage_ids,enabled\r\n,审计：导入的标注问题？,,导入的答案。,,true\r\n"));
            return new(AdminName, CurationAction.Import, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /Admin/Curated/History?handler=Rollback", async site =>
        {
            var id = await CuratedAsync(site, "审计：回滚的标注问题？");
            await site.Services.GetRequiredService<CurationService>().SetCuratedEnabledAsync(id, false, null, "fixture", CancellationToken.None);
            Ok(await PostFormAsync(site.Admin, $"/Admin/Curated/History/{id}", $"/Admin/Curated/History/{id}?handler=Rollback", [new("version", "1")]));
            return new(AdminName, CurationAction.Rollback, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /Admin/Templates/Edit?handler=Save", async site =>
        {
            await SaveTemplateAsync(site, "thanks", "不客气！（审计）");
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.Template);
        }),
        new("POST /Admin/Templates/History?handler=Rollback", async site =>
        {
            await SaveTemplateAsync(site, "greeting", "您好！（审计）");
            Ok(await PostFormAsync(site.Admin, "/Admin/Templates/History/greeting", "/Admin/Templates/History/greeting?handler=Rollback", [new("version", "1")]));
            return new(AdminName, CurationAction.Rollback, AuditEntityTypes.Template);
        }),
        new("POST /Admin/Corpus/Index?handler=Upload", async site =>
        {
            Ok(await PostFileAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=Upload", "file", "audit-upload.txt", UniqueDocument()));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Corpus/Index?handler=Confirm", async site =>
        {
            var (status, html) = await PostFileAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=Preview", "file", "audit-preview.txt", UniqueDocument());
            Ok(status);
            Ok(await PostFormAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=Confirm", [new("uploadToken", UploadToken().Match(html).Groups[1].Value)]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Corpus/Index?handler=UploadMany", async site =>
        {
            Ok(await PostFileAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=UploadMany", "files", "audit-many.txt", UniqueDocument()));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Corpus/Index?handler=Rebuild", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=Rebuild", []));
            return new(AdminName, CurationAction.Rebuild, AuditEntityTypes.SearchIndex);
        }),
        new("POST /Admin/Corpus/Index?handler=Synonyms", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=Synonyms", [new("synonymsText", "审计,稽核")]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.WordList);
        }),
        new("POST /Admin/Corpus/Index?handler=Places", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=Places", [new("placesText", "审计区")]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.WordList);
        }),
        new("POST /Admin/Corpus/Index?handler=SensitiveWords", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=SensitiveWords", [new("wordsText", "审计页面敏感词")]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.WordList);
        }),
        new("POST /Admin/Corpus/Index?handler=AllowedPhrases", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Admin/Corpus", "/Admin/Corpus?handler=AllowedPhrases", [new("phrasesText", "审计页面放行短语")]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.WordList);
        }),
        new("POST /Admin/Corpus/Document", async site =>
        {
            var (id, stamp) = await UploadByKeyAsync(site);
            Ok(await PostFormAsync(site.Admin, $"/Admin/Corpus/Document/{id}", $"/Admin/Corpus/Document/{id}",
                [new("Input.TitleOverride", "审计改过的标题"), new("Input.Enabled", "true"), new("Input.ConcurrencyStamp", stamp)]));
            return new(AdminName, CurationAction.Edit, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Corpus/Document?handler=Replace", async site =>
        {
            var (id, _) = await UploadByKeyAsync(site);
            Ok((await PostFileAsync(site.Admin, $"/Admin/Corpus/Document/{id}", $"/Admin/Corpus/Document/{id}?handler=Replace", "file", "audit-api.txt", UniqueDocument())).Status);
            return new(AdminName, CurationAction.Replace, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Corpus/Document?handler=Approve", async site =>
        {
            var (id, stamp) = await FlaggedByKeyAsync(site);
            Ok(await PostFormAsync(site.Admin, $"/Admin/Corpus/Document/{id}", $"/Admin/Corpus/Document/{id}?handler=Approve", [new("Input.ConcurrencyStamp", stamp)]));
            return new(AdminName, CurationAction.Approve, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Corpus/Document?handler=Delete", async site =>
        {
            var (id, stamp) = await UploadByKeyAsync(site);
            Ok(await PostFormAsync(site.Admin, $"/Admin/Corpus/Document/{id}", $"/Admin/Corpus/Document/{id}?handler=Delete", [new("Input.ConcurrencyStamp", stamp)]));
            return new(AdminName, CurationAction.Delete, AuditEntityTypes.Document);
        }),
        new("POST /Admin/Review/Index?handler=Dismiss", async site =>
        {
            var row = await QueuedAsync(site, "残疾人证换证在哪个窗口办理");
            Ok(await PostFormAsync(site.Admin, "/Admin/Review", "/Admin/Review?handler=Dismiss", row.DismissFields));
            return new(AdminName, CurationAction.Dismiss, AuditEntityTypes.ReviewItems);
        }),
        new("POST /Admin/Review/Curate", async site =>
        {
            var form = (await QueuedAsync(site, "老年人优待证在哪里办理")).CurateLink;
            var keyFields = ReviewPageForms.HiddenFieldsOf(await ReviewPageForms.GetPageAsync(site.Admin, form))
                .Where(f => !f.Key.StartsWith("Form.", StringComparison.Ordinal));
            Ok(await PostFormAsync(site.Admin, form, "/Admin/Review/Curate", [.. keyFields,
                new("Form.Question", "老年人优待证在哪里办理"), new("Form.Alternates", ""), new("Form.Answer", "请到户籍所在街道便民服务中心办理。")]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /Console/Index?handler=Correction", async site =>
        {
            Ok(await PostFormAsync(site.Admin, "/Console", "/Console?handler=Correction", [
                new("Correction.Question", "审计：居住证要多久"), new("Correction.CurrentAnswer", "抱歉，资料中没有找到。"),
                new("Correction.SuggestedAnswer", "请咨询辖区派出所户籍窗口。"), new("Correction.Note", "窗口口径")]));
            return new(AdminName, CurationAction.Create, AuditEntityTypes.StaffCorrection);
        }),
        new("POST /Console/Ticket?handler=Claim", async site =>
        {
            var number = await TicketAsync(site);
            Ok(await PostFormAsync(site.Admin, $"/console/tickets/{number}", $"/console/tickets/{number}?handler=Claim", []));
            return new(AdminName, CurationAction.Claim, AuditEntityTypes.HandoffTicket);
        }),
        new("POST /Console/Ticket?handler=Note", async site =>
        {
            var number = await ClaimedTicketAsync(site);
            Ok(await PostFormAsync(site.Admin, $"/console/tickets/{number}", $"/console/tickets/{number}?handler=Note", [new("NoteText", "已电话联系市民。")]));
            return new(AdminName, CurationAction.Note, AuditEntityTypes.HandoffTicket);
        }),
        new("POST /Console/Ticket?handler=Close", async site =>
        {
            var number = await ClaimedTicketAsync(site);
            Ok(await PostFormAsync(site.Admin, $"/console/tickets/{number}", $"/console/tickets/{number}?handler=Close", [new("NoteText", "已办结。")]));
            return new(AdminName, CurationAction.Close, AuditEntityTypes.HandoffTicket);
        }),
        new("POST /api/admin/documents/", async site =>
        {
            await UploadByKeyAsync(site);
            return new(KeyAuthor, CurationAction.Create, AuditEntityTypes.Document);
        }),
        new("PUT /api/admin/documents/{id:int}", async site =>
        {
            var (id, stamp) = await UploadByKeyAsync(site);
            Ok((await site.KeyAsync(HttpMethod.Put, $"/api/admin/documents/{id}", JsonContent.Create(new { title = "审计：接口改过的标题", concurrencyStamp = Guid.Parse(stamp) }))).Status);
            return new(KeyAuthor, CurationAction.Edit, AuditEntityTypes.Document);
        }),
        new("PUT /api/admin/documents/{id:int}/file", async site =>
        {
            var (id, _) = await UploadByKeyAsync(site);
            using var file = FileContent("audit-api.txt", UniqueDocument());
            Ok((await site.KeyAsync(HttpMethod.Put, $"/api/admin/documents/{id}/file", file)).Status);
            return new(KeyAuthor, CurationAction.Replace, AuditEntityTypes.Document);
        }),
        new("POST /api/admin/documents/{id:int}/approve", async site =>
        {
            var (id, stamp) = await FlaggedByKeyAsync(site);
            Ok((await site.KeyAsync(HttpMethod.Post, $"/api/admin/documents/{id}/approve?stamp={stamp}")).Status);
            return new(KeyAuthor, CurationAction.Approve, AuditEntityTypes.Document);
        }),
        new("DELETE /api/admin/documents/{id:int}", async site =>
        {
            var (id, stamp) = await UploadByKeyAsync(site);
            Ok((await site.KeyAsync(HttpMethod.Delete, $"/api/admin/documents/{id}?stamp={stamp}")).Status);
            return new(KeyAuthor, CurationAction.Delete, AuditEntityTypes.Document);
        }),
        new("PUT /api/admin/sensitive-words/", async site =>
        {
            Ok((await site.KeyAsync(HttpMethod.Put, "/api/admin/sensitive-words/", new StringContent("审计接口敏感词\n", Encoding.UTF8, "text/plain"))).Status);
            return new(KeyAuthor, CurationAction.Edit, AuditEntityTypes.WordList);
        }),
        new("PUT /api/admin/sensitive-words/allowed", async site =>
        {
            Ok((await site.KeyAsync(HttpMethod.Put, "/api/admin/sensitive-words/allowed", new StringContent("审计接口放行短语\n", Encoding.UTF8, "text/plain"))).Status);
            return new(KeyAuthor, CurationAction.Edit, AuditEntityTypes.WordList);
        }),
        new("POST /api/admin/curated/", async site =>
        {
            Ok((await site.KeyAsync(HttpMethod.Post, "/api/admin/curated/", JsonContent.Create(new { question = "审计：接口新建的标注问题？", answer = "接口新建的答案。" }))).Status);
            return new(KeyAuthor, CurationAction.Create, AuditEntityTypes.CuratedAnswer);
        }),
        new("PUT /api/admin/curated/{id:int}", async site =>
        {
            var (id, stamp) = await CuratedByKeyAsync(site, "审计：接口修改的标注问题？");
            Ok((await site.KeyAsync(HttpMethod.Put, $"/api/admin/curated/{id}", JsonContent.Create(new { question = "审计：接口修改的标注问题？", answer = "改过的答案。", concurrencyStamp = stamp }))).Status);
            return new(KeyAuthor, CurationAction.Edit, AuditEntityTypes.CuratedAnswer);
        }),
        new("DELETE /api/admin/curated/{id:int}", async site =>
        {
            var (id, stamp) = await CuratedByKeyAsync(site, "审计：接口删除的标注问题？");
            Ok((await site.KeyAsync(HttpMethod.Delete, $"/api/admin/curated/{id}?stamp={stamp}")).Status);
            return new(KeyAuthor, CurationAction.Delete, AuditEntityTypes.CuratedAnswer);
        }),
        new("POST /api/admin/curated/{id:int}/rollback/{version:int}", async site =>
        {
            var (id, _) = await CuratedByKeyAsync(site, "审计：接口回滚的标注问题？");
            await site.Services.GetRequiredService<CurationService>().SetCuratedEnabledAsync(id, false, null, "fixture", CancellationToken.None);
            Ok((await site.KeyAsync(HttpMethod.Post, $"/api/admin/curated/{id}/rollback/1")).Status);
            return new(KeyAuthor, CurationAction.Rollback, AuditEntityTypes.CuratedAnswer);
        }),
    ];

    // A page form that worked redirects (PRG) or renders its result; an API call answers 2xx.
    private static void Ok(HttpStatusCode status) =>
        Assert.True(status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther || (int)status is >= 200 and < 300, $"Expected success, got {(int)status}.");

    private static void Ok((HttpStatusCode Status, string Html) result) => Ok(result.Status);

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> AccountAsync(AuditedSite site, string name)
    {
        await site.AddAccountAsync(name, "Staff");
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name))!.Id;
    }

    private static async Task<int> CuratedAsync(AuditedSite site, string question) =>
        (await site.Services.GetRequiredService<CurationService>().CreateCuratedAsync(
            new CuratedAnswerDraft(question, [], "审计用的答案。", [], true), "fixture", CancellationToken.None)).Id;

    private static async Task<(int Id, Guid Stamp)> CuratedByKeyAsync(AuditedSite site, string question)
    {
        var (status, body) = await site.KeyAsync(HttpMethod.Post, "/api/admin/curated/", JsonContent.Create(new { question, answer = "审计用的答案。" }));
        Assert.Equal(HttpStatusCode.Created, status);
        return (body.GetProperty("id").GetInt32(), body.GetProperty("concurrencyStamp").GetGuid());
    }

    private static async Task SaveTemplateAsync(AuditedSite site, string key, string body)
    {
        var page = $"/Admin/Templates/Edit/{key}";
        var stamp = TemplateStamp().Match(await site.Admin.GetStringAsync(new Uri(page, UriKind.Relative))).Groups[1].Value;
        Ok(await PostFormAsync(site.Admin, page, page + "?handler=Save", [new("Input.Body", body), new("Input.Enabled", "true"), new("Input.Stamp", stamp)]));
    }

    private static MultipartFormDataContent FileContent(string fileName, string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<(int Id, string Stamp)> UploadByKeyAsync(AuditedSite site, string extra = "")
    {
        using var file = FileContent($"audit-{Guid.NewGuid():N}.txt", UniqueDocument(extra));
        var (status, body) = await site.KeyAsync(HttpMethod.Post, "/api/admin/documents/", file);
        Assert.Equal(HttpStatusCode.Created, status);
        return (body.GetProperty("id").GetInt32(), body.GetProperty("concurrencyStamp").GetString()!);
    }

    // A document holding a listed sensitive word is flagged at import and waits for an admin's approval.
    private static async Task<(int Id, string Stamp)> FlaggedByKeyAsync(AuditedSite site)
    {
        const string word = "审计待审词";
        await site.Services.GetRequiredService<WordListStore>().SaveAsync(WordList.SensitiveWords, word, "fixture", CancellationToken.None);
        return await UploadByKeyAsync(site, $"其中提到{word}。");
    }

    // A declined question in the review queue (the ask log is written off the request path: wait for its row).
    private static async Task<ClusterRow> QueuedAsync(AuditedSite site, string question)
    {
        using var citizen = site.NewBrowser();
        using var asked = await citizen.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, conversationId = "audit-" + Guid.NewGuid().ToString("N") });
        asked.EnsureSuccessStatusCode();
        var askId = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("askId").GetString()!;
        var askLog = site.Services.GetRequiredService<AskLog>();
        for (var attempt = 0; attempt < 100 && await askLog.FindAsync(askId, CancellationToken.None) is null; attempt++)
        {
            await Task.Delay(50);
        }

        return await ReviewPageForms.ClusterRowAsync(site.Admin, question);
    }

    private static async Task<string> TicketAsync(AuditedSite site)
    {
        var (ticket, _) = await site.Services.GetRequiredService<HandoffTicketStore>().OpenAsync(
            "audit-ticket-" + Guid.NewGuid().ToString("N"), HandoffKind.Handoff, "转人工", CancellationToken.None);
        return ticket.Number;
    }

    private static async Task<string> ClaimedTicketAsync(AuditedSite site)
    {
        var number = await TicketAsync(site);
        await site.Services.GetRequiredService<TicketDesk>().ClaimAsync(number, AdminName, CancellationToken.None);
        return number;
    }

    [GeneratedRegex("name=\"uploadToken\" value=\"([^\"]+)\"")]
    private static partial Regex UploadToken();

    [GeneratedRegex("id=\"Input_Stamp\" name=\"Input.Stamp\" value=\"([^\"]*)\"")]
    private static partial Regex TemplateStamp();
}
