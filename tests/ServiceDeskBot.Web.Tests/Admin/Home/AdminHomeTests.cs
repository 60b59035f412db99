using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Tests.Llm;
using ServiceDeskBot.Web.Tests.Auth;

namespace ServiceDeskBot.Web.Tests.Admin.Home;

/// <summary>The admin home over real sign-in, with ask-log rows and tickets written to the real database.</summary>
public sealed partial class AdminHomeTests
{
    [Fact]
    public async Task An_admin_signing_in_without_a_return_address_lands_on_the_admin_home()
    {
        await using var site = new AuthAppFactory();
        var password = TestPasswords.New();
        await site.CreateUserAsync("home-admin", "Admin", password);
        using var client = site.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, "home-admin", password);
        using var home = await client.GetAsync(new Uri(login.Headers.Location!.OriginalString, UriKind.Relative));

        Assert.Equal("/Admin", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("管理首页", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_shows_the_document_and_passage_counts_the_database_holds()
    {
        await using var site = new AuthAppFactory();
        using var admin = await SignedInAdminAsync(site);
        await site.CreateReadyClientAsync();

        var (_, html) = await admin.GetAsync("/Admin");

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var documents = await db.CorpusDocuments.CountAsync(d => d.DeletedAt == null);
        var passages = await db.CorpusDocuments.Where(d => d.DeletedAt == null && d.Enabled).SumAsync(d => d.PassageCount);
        Assert.True(documents > 0);
        var card = Section(html, "corpus-status");
        Assert.Contains($"{documents} 份文档", card, StringComparison.Ordinal);
        Assert.Contains($"{passages} 个段落", card, StringComparison.Ordinal);
        Assert.Contains("索引已就绪", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task This_weeks_unanswered_and_disliked_counts_take_only_citizen_asks_of_the_last_seven_days()
    {
        await using var site = new AuthAppFactory();
        using var admin = await SignedInAdminAsync(site);
        var now = DateTimeOffset.UtcNow;
        await AddAsksAsync(site,
            Ask("webchat", now.AddHours(-1), answered: false), Ask("webchat", now.AddDays(-3), answered: false),
            Ask("webchat", now.AddDays(-2), answered: true, feedback: false),
            Ask("api", now.AddHours(-2), answered: false), Ask("console", now.AddHours(-2), answered: true, feedback: false),
            Ask("webchat", now.AddDays(-9), answered: false));

        var (_, html) = await admin.GetAsync("/Admin");

        var card = Section(html, "week-status");
        Assert.Contains("3 次", card, StringComparison.Ordinal);
        Assert.Contains("未能回答 2 次", card, StringComparison.Ordinal);
        Assert.Contains("点踩 1 次", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_handoff_tickets_are_counted_and_closed_ones_are_not()
    {
        await using var site = new AuthAppFactory();
        using var admin = await SignedInAdminAsync(site);
        await AddTicketsAsync(site, closed: [false, false, true]);

        var (_, html) = await admin.GetAsync("/Admin");

        Assert.Contains("2 个", Section(html, "ticket-status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checklist_marks_the_staff_step_done_once_a_clerk_account_exists()
    {
        await using var site = new AuthAppFactory();
        using var admin = await SignedInAdminAsync(site);
        var before = StepDone((await admin.GetAsync("/Admin")).Html, "staff");

        await site.CreateUserAsync("first-clerk", "Staff", TestPasswords.New());
        var after = StepDone((await admin.GetAsync("/Admin")).Html, "staff");

        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public async Task Without_an_LLM_the_home_says_it_is_not_configured_and_the_checklist_leaves_it_open()
    {
        await using var site = new AuthAppFactory();
        using var admin = await SignedInAdminAsync(site);

        var (_, html) = await admin.GetAsync("/Admin");

        Assert.Contains("未配置：按模板引用资料原文回答", Section(html, "llm-status"), StringComparison.Ordinal);
        Assert.False(StepDone(html, "llm"));
    }

    [Fact]
    public async Task A_configured_LLM_is_shown_by_provider_host_and_model_but_never_its_key()
    {
        await using var llm = await FakeOpenAiServer.StartAsync();
        await using var site = new AuthAppFactory()
            .WithSetting("Llm:Provider", "openai")
            .WithSetting("Llm:Endpoint", llm.BaseUrl.TrimEnd('/') + "/v1")
            .WithSetting("Llm:Model", "home-model")
            .WithSetting("Llm:ApiKey", "sk-home-secret");
        using var admin = await SignedInAdminAsync(site);

        var (_, html) = await admin.GetAsync("/Admin");

        var card = Section(html, "llm-status");
        Assert.Contains("已配置（openai，127.0.0.1，home-model）", card, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-home-secret", html, StringComparison.Ordinal);
        Assert.True(StepDone(html, "llm"));
    }

    [Fact]
    public async Task Staff_cannot_open_the_admin_home()
    {
        await using var site = new AuthAppFactory();
        var password = TestPasswords.New();
        await site.CreateUserAsync("home-clerk", "Staff", password);
        using var client = site.CreateBrowserClient();
        await SignInForm.PostAsync(client, "home-clerk", password);

        using var response = await client.GetAsync(new Uri("/Admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private static async Task<AdminClient> SignedInAdminAsync(AuthAppFactory site)
    {
        var password = TestPasswords.New();
        await site.CreateUserAsync("the-admin", "Admin", password);
        var client = new AdminClient(site.CreateBrowserClient());
        using var login = await SignInForm.PostAsync(client.Http, "the-admin", password);
        return client;
    }

    private static AskLogEntry Ask(string channel, DateTimeOffset at, bool answered, bool? feedback = null) => new()
    {
        At = at,
        Channel = channel,
        Question = "居住证怎么办理",
        Intent = "question",
        Answered = answered,
        Feedback = feedback,
    };

    private static async Task AddAsksAsync(AuthAppFactory site, params AskLogEntry[] asks)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        db.AskLog.AddRange(asks);
        await db.SaveChangesAsync();
    }

    private static async Task AddTicketsAsync(AuthAppFactory site, bool[] closed)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectLineDbContext>();
        foreach (var isClosed in closed)
        {
            var conversation = new ConversationRecord { Id = Guid.NewGuid().ToString("N"), CreatedAt = DateTimeOffset.UtcNow };
            db.Conversations.Add(conversation);
            db.HandoffTickets.Add(new HandoffTicket
            {
                Number = "H-" + conversation.Id[..14],
                ConversationId = conversation.Id,
                CreatedAt = DateTimeOffset.UtcNow,
                Question = "我要找人工",
                Transcript = "",
                Closed = isClosed,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The markup of the card with this id, so assertions look at that card only.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No card {id} on the page.");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static bool StepDone(string html, string step)
    {
        var match = ChecklistStep().Matches(html).FirstOrDefault(m => m.Groups[1].Value == step);
        Assert.NotNull(match);
        return match.Groups[2].Value == "true";
    }

    [GeneratedRegex("data-item=\"([a-z]+)\" data-done=\"(true|false)\"")]
    private static partial Regex ChecklistStep();
}

internal static class LocationExtensions
{
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
