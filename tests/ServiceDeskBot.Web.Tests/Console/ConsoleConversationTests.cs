using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Tests.Console;

/// <summary>The console's test conversation: context across turns, a page that survives a correction, whole-word marks.</summary>
public sealed partial class ConsoleConversationTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private const string Question = "中原区委书记乔耸接受了采访吗";

    [Fact]
    public async Task A_second_question_is_asked_in_the_same_conversation_and_the_first_turn_stays_on_the_page()
    {
        using var client = await factory.CreateStaffClientAsync();
        var (_, _, conversation) = await ConsolePages.AskAsync(client, Question, conversationId: null);

        var (status, html, sameConversation) = await ConsolePages.AskAsync(client, "他还说了什么", conversation);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversation, sameConversation);
        Assert.Contains("id=\"turn-count\">2<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"asked\">他还说了什么<", html, StringComparison.Ordinal);
        Assert.Matches("id=\"conversation\"[\\s\\S]*" + Question, html);
    }

    [Fact]
    public async Task A_citizen_conversation_id_posted_to_the_console_is_replaced_by_a_console_conversation()
    {
        using var client = await factory.CreateStaffClientAsync();

        var (_, _, conversation) = await ConsolePages.AskAsync(client, Question, "citizen-conversation-1");

        Assert.Matches("^console-[A-Za-z0-9_-]{22}$", conversation);
    }

    [Fact]
    public async Task After_a_correction_the_question_the_reply_and_the_passages_are_still_shown()
    {
        using var client = await factory.CreateStaffClientAsync();
        var (_, asked, conversation) = await ConsolePages.AskAsync(client, Question, conversationId: null);
        var askId = AskIdField().Match(asked).Groups[1].Value;
        var currentAnswer = System.Net.WebUtility.HtmlDecode(CurrentAnswerField().Match(asked).Groups[1].Value);
        var page = new Uri("/Console?conversation=" + conversation, UriKind.Relative);

        var (status, html, _) = await ConsolePages.PostFormAsync(client, page, new Uri("/Console?handler=Correction", UriKind.Relative), new()
        {
            ["conversation"] = conversation!,
            ["Correction.Question"] = Question,
            ["Correction.AskId"] = askId,
            ["Correction.CurrentAnswer"] = currentAnswer,
            ["Correction.SuggestedAnswer"] = "乔耸接受了记者采访。",
            ["Correction.Note"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("纠错建议已提交", html, StringComparison.Ordinal);
        Assert.Contains("id=\"asked\">" + Question + "<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"reply\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"passages\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_corrections_lists_the_clerks_own_correction_as_pending_and_not_a_colleagues()
    {
        using var client = await factory.CreateStaffClientAsync();
        using var colleague = await factory.CreateClientAsAsync("clerk-77", "Staff");
        var suggestion = "建议答案-" + Guid.NewGuid().ToString("N");
        await ConsolePages.PostFormAsync(client, ConsolePages.Console, new Uri("/Console?handler=Correction", UriKind.Relative), new()
        {
            ["Correction.Question"] = Question,
            ["Correction.SuggestedAnswer"] = suggestion,
        });

        var mine = await client.GetStringAsync(new Uri("/Console/Corrections", UriKind.Relative));
        var theirs = await colleague.GetStringAsync(new Uri("/Console/Corrections", UriKind.Relative));

        Assert.Matches("待处理[\\s\\S]*" + suggestion, mine);
        Assert.DoesNotContain(suggestion, theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlighting_marks_whole_words_of_the_question_never_fragments_of_them()
    {
        using var client = await factory.CreateStaffClientAsync();
        var words = factory.Services.GetRequiredService<WordSegmenter>().ContentWords(Question).Where(w => w.Length >= 2).ToList();

        var (_, html, _) = await ConsolePages.AskAsync(client, Question, conversationId: null);

        var marks = Mark().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.True(IsMadeOf(mark, words), $"“{mark}” is not made of the words {string.Join('/', words)}"));
    }

    [Fact]
    public async Task A_search_whose_hits_do_not_hold_the_phrase_says_so_above_the_related_passages()
    {
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(new Uri("/Console/Search?q=" + Uri.EscapeDataString("乔耸滑雪比赛"), UriKind.Relative));

        Assert.Contains("未找到包含“乔耸滑雪比赛”的原文，以下为相关段落", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_whose_hits_hold_the_phrase_shows_no_notice()
    {
        using var client = await factory.CreateStaffClientAsync();

        var html = await client.GetStringAsync(new Uri("/Console/Search?q=" + Uri.EscapeDataString("乔耸"), UriKind.Relative));

        Assert.Contains("<mark>乔耸</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未找到包含", html, StringComparison.Ordinal);
    }

    // Adjacent words merge into one mark, so a mark is one or more of the question's words end to end.
    private static bool IsMadeOf(string mark, IReadOnlyList<string> words) =>
        mark.Length == 0 || words.Any(w => mark.StartsWith(w, StringComparison.OrdinalIgnoreCase) && IsMadeOf(mark[w.Length..], words));

    [GeneratedRegex("<mark>([^<]*)</mark>")]
    private static partial Regex Mark();

    [GeneratedRegex("name=\"Correction.CurrentAnswer\" value=\"([^\"]*)\"")]
    private static partial Regex CurrentAnswerField();

    [GeneratedRegex("name=\"Correction.AskId\" value=\"([^\"]*)\"")]
    private static partial Regex AskIdField();
}
