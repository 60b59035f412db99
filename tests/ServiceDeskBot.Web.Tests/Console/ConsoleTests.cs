using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Tests.Auth;

namespace ServiceDeskBot.Web.Tests.Console;

public sealed partial class ConsoleTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private const string InterviewSource = "000_e189b73e6251109c.txt";
    private static readonly Uri ConsolePage = new("/Console", UriKind.Relative);

    [Fact]
    public async Task Asking_shows_the_reply_the_answering_path_the_intent_and_the_passages()
    {
        using var client = await factory.CreateStaffClientAsync();

        var (status, html, _) = await AskAsync(client, "中原区委书记乔耸接受了采访吗");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"reply\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"mode\">(标注答案|大模型生成|模板引用|未作答/兜底回复)", html);
        Assert.Matches("id=\"intent\">(问题|问候|感谢|转人工|投诉|无关)（置信度 [01]\\.[0-9]{2}）", html);
        Assert.Contains("id=\"passages\"", html, StringComparison.Ordinal);
        Assert.Contains($"/Console/Document?source={InterviewSource}", html, StringComparison.Ordinal);
        Assert.Matches("<mark>[^<]*乔耸[^<]*</mark>", html);
    }

    [Fact]
    public async Task Asking_with_markup_in_the_question_renders_it_inert()
    {
        using var client = await factory.CreateStaffClientAsync();

        var (status, html, _) = await AskAsync(client, "<script>alert('x')</script>乔耸<b>书记</b>");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>书记", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_an_empty_question_shows_a_message_instead_of_an_answer()
    {
        using var client = await factory.CreateStaffClientAsync();

        var (status, html, _) = await AskAsync(client, "   ");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("请输入问题", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"reply\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_is_stored_with_the_masked_question_and_confirmed()
    {
        using var client = await factory.CreateStaffClientAsync();
        var token = await SignInForm.TokenAsync(client, ConsolePage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Correction.Question"] = "我的电话13812345678，办居住证要多久",
            ["Correction.CurrentAnswer"] = "抱歉，资料中没有找到。",
            ["Correction.SuggestedAnswer"] = "请咨询辖区派出所户籍窗口。",
            ["Correction.Note"] = "窗口口径",
            ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync(new Uri("/Console?handler=Correction", UriKind.Relative), form);
        var confirmation = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("纠错建议已提交", confirmation, StringComparison.Ordinal);
        var stored = await CorrectionsAsync(c => c.SuggestedAnswer == "请咨询辖区派出所户籍窗口。");
        var correction = Assert.Single(stored);
        Assert.Equal("我的电话138****5678，办居住证要多久", correction.Question);
        Assert.Equal(ConsoleAppFactory.StaffUser, correction.UserName);
        Assert.Equal("窗口口径", correction.Note);
        Assert.False(correction.Handled);
    }

    [Fact]
    public async Task A_correction_without_a_suggested_answer_is_not_stored()
    {
        using var client = await factory.CreateStaffClientAsync();
        var token = await SignInForm.TokenAsync(client, ConsolePage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Correction.Question"] = "缺少建议答案的纠错",
            ["Correction.SuggestedAnswer"] = "",
            ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync(new Uri("/Console?handler=Correction", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写正确的答案", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await CorrectionsAsync(c => c.Question == "缺少建议答案的纠错"));
    }

    [Fact]
    public async Task A_correction_without_an_antiforgery_token_is_rejected_with_400()
    {
        using var client = await factory.CreateStaffClientAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Correction.Question"] = "伪造的纠错",
            ["Correction.SuggestedAnswer"] = "伪造",
        });

        using var response = await client.PostAsync(new Uri("/Console?handler=Correction", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await CorrectionsAsync(c => c.Question == "伪造的纠错"));
    }

    [Fact]
    public async Task Corpus_search_lists_highlighted_passages_with_links_to_their_document()
    {
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(new Uri("/Console/Search?q=" + Uri.EscapeDataString("乔耸"), UriKind.Relative));

        Assert.Contains("<mark>乔耸</mark>", html, StringComparison.Ordinal);
        Assert.Contains($"/Console/Document?source={InterviewSource}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corpus_search_refuses_an_overlong_query_with_400()
    {
        using var client = await factory.CreateStaffClientAsync();

        using var response = await client.GetAsync(new Uri("/Console/Search?q=" + new string('区', 501), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Document_view_shows_the_cleaned_text_with_every_passage_anchored()
    {
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(new Uri($"/Console/Document?source={InterviewSource}", UriKind.Relative));

        Assert.Contains("中原区委书记乔耸", html, StringComparison.Ordinal);
        Assert.True(PassageAnchor().Count(html) > 3);
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("../appsettings.json")]
    [InlineData("")]
    public async Task Document_view_answers_404_for_a_file_outside_the_corpus(string source)
    {
        using var client = await factory.CreateStaffClientAsync();

        using var response = await client.GetAsync(new Uri("/Console/Document?source=" + Uri.EscapeDataString(source), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // The console answers a question with a redirect to its conversation; this follows it like a browser does.
    private static Task<(HttpStatusCode Status, string Html, string? ConversationId)> AskAsync(HttpClient client, string question) =>
        ConsolePages.AskAsync(client, question, conversationId: null);

    private async Task<List<StaffCorrection>> CorrectionsAsync(System.Linq.Expressions.Expression<Func<StaffCorrection, bool>> filter)
    {
        var databases = factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>();
        await using var db = await databases.CreateDbContextAsync();
        return await db.StaffCorrections.Where(filter).ToListAsync();
    }

    [GeneratedRegex("<section class=\"passage[^\"]*\" id=\"passage-[^\"]+\"")]
    private static partial Regex PassageAnchor();
}
