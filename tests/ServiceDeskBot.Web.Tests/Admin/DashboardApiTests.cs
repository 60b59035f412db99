using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>Only <see cref="Dashboard_counts_match_the_asks_made"/> asks anything, so the log holds exactly its asks.</summary>
public sealed class DashboardApiTests(ReviewAppFactory factory) : IClassFixture<ReviewAppFactory>
{
    private static readonly Uri Endpoint = new("/api/admin/dashboard?days=30&channel=all", UriKind.Relative);

    [Fact]
    public async Task Dashboard_counts_match_the_asks_made()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        var asks = new List<(long AskId, string PublicId, string ConversationId, bool Answered, string Intent)>();
        foreach (var question in new[] { "中原区技术合同成交额突破了多少", "出入境通行证续签需要什么材料", "你好" })
        {
            asks.Add(await factory.AskAsync(client, question));
        }

        await factory.Services.GetRequiredService<IAskFeedbackStore>().RecordFeedbackAsync(asks[0].PublicId, asks[0].ConversationId, helpful: true, null, CancellationToken.None);

        using var response = await client.GetAsync(Endpoint);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(asks.Count(a => a.Answered), root.GetProperty("answered").GetInt32());
        Assert.Equal(asks.Count(a => !a.Answered && a.Intent == "question"), root.GetProperty("declined").GetInt32());
        Assert.Equal(1, root.GetProperty("likes").GetInt32());
        Assert.Equal(30, root.GetProperty("perDay").GetArrayLength());
        Assert.Equal(3, root.GetProperty("perDay")[29].GetProperty("total").GetInt32());
        Assert.Equal(3, root.GetProperty("intents").EnumerateArray().Sum(i => i.GetProperty("count").GetInt32()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    [InlineData("-5")]
    [InlineData("abc")]
    public async Task Dashboard_refuses_days_outside_one_to_365_with_problem_details(string days)
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri($"/api/admin/dashboard?days={days}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task By_default_the_dashboard_counts_citizens_only_and_leaves_out_api_callers()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");
        await factory.AskAsync(client, "出入境通行证续签需要什么材料");

        var citizens = await TotalAsync(client, "/api/admin/dashboard");
        var everyone = await TotalAsync(client, "/api/admin/dashboard?channel=all");
        var api = await TotalAsync(client, "/api/admin/dashboard?channel=api");

        Assert.Equal(0, citizens);
        Assert.True(api >= 1);
        Assert.Equal(everyone, api + citizens);
    }

    [Theory]
    [InlineData("from=2026-11-10&to=2026-11-01")]
    [InlineData("from=2025-01-01&to=2026-11-01")]
    [InlineData("from=yesterday")]
    [InlineData("channel=bogus")]
    [InlineData("days=7&from=2026-11-01")]
    public async Task Dashboard_refuses_a_bad_date_range_or_channel_with_problem_details(string query)
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri($"/api/admin/dashboard?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_date_range_reports_exactly_its_days()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri("/api/admin/dashboard?from=2026-10-01&to=2026-10-07&channel=all", UriKind.Relative));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(7, body.RootElement.GetProperty("perDay").GetArrayLength());
        Assert.Equal("2026-10-01", body.RootElement.GetProperty("from").GetString());
        Assert.Equal("2026-10-07", body.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public async Task A_bad_filter_on_the_page_answers_400_and_says_why()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        using var response = await client.GetAsync(new Uri("/Admin/Dashboard?from=2026-11-10&to=2026-11-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("开始日期不能晚于结束日期", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Dashboard_api_challenges_anonymous_callers()
    {
        using var client = await factory.CreateClientAsAsync(null);

        using var response = await client.GetAsync(Endpoint);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_api_forbids_staff_who_are_not_admins()
    {
        using var client = await factory.CreateClientAsAsync("clerk", "Staff");

        using var response = await client.GetAsync(Endpoint);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_page_has_chart_canvases_the_local_chart_library_and_fallback_tables()
    {
        using var client = await factory.CreateClientAsAsync("admin", "Admin");

        var html = await ReviewPageForms.GetPageAsync(client, "/Admin/Dashboard");

        Assert.Contains("<canvas id=\"chart-daily\"", html, StringComparison.Ordinal);
        Assert.Contains("<canvas id=\"chart-intents\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/lib/chartjs/chart.umd.min.js", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"table-daily\">", html, StringComparison.Ordinal);
        // Nothing loads from another host (a bare "cdn" check also matched random antiforgery tokens).
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }
}
