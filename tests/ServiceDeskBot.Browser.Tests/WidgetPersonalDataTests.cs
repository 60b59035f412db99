using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The goal's scripted session in a real browser: a citizen types an ID-card number and a mobile number into the
/// widget's send box and into a thumbs-down comment; then every file of the data directory is read as bytes (the
/// SQLite database and its WAL, as a copied disk would show them) for the numbers as typed. The same session over
/// HTTP, with /api/ask, the logs and the staff pages, is <c>PersonalDataSessionTests</c> in the web tests.
/// </summary>
public sealed class WidgetPersonalDataTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private const string IdCard = "110101199003074514";
    private const string Mobile = "13912345678";

    // The corpus does not answer it (any reply will do: it is what was stored that counts).
    private static readonly string Question = $"手机{Mobile}，身份证{IdCard}，在南极科考站怎么申请养宠物许可证？";

    // One the corpus answers: answers carry the thumbs the comment goes through.
    private const string AnsweredQuestion = "中原区去年新增了几家省级工程研究中心？";

    [Fact]
    public async Task Numbers_typed_into_the_widget_and_a_feedback_comment_are_stored_only_masked()
    {
        // Arrange
        await site.WaitUntilHealthyAsync();
        await using var widget = await WidgetPage.OpenWithDirectLineAsync(site);
        await widget.OpenChatAsync();

        // Act
        await widget.WaitForWelcomeAsync();
        var shown = await widget.BotActivities.CountAsync();
        await widget.SendBox.FillAsync(Question);
        await widget.SendBox.PressAsync("Enter");
        await Assertions.Expect(widget.BotActivities).ToHaveCountAsync(shown + 1, new() { Timeout = 40_000 });
        var answer = await widget.AskAsync(AnsweredQuestion, "工程研究中心");
        await answer.GetByRole(AriaRole.Button, new() { Name = "不喜欢", Exact = true }).ClickAsync();
        var form = widget.ChatFrame.GetByRole(AriaRole.Dialog, new() { Name = "这条回答哪里不满意？" });
        await form.GetByRole(AriaRole.Radio, new() { Name = "其他" }).CheckAsync();
        await form.GetByLabel("补充说明（选填）").FillAsync($"请回电{Mobile}，证件号{IdCard}");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(widget.ChatFrame.GetByRole(AriaRole.Status).Filter(new() { HasText = "感谢您的反馈" })).ToBeVisibleAsync();
        await WaitForCommentAsync();
        var (files, stored) = await DataDirectoryTextAsync();

        // Assert: the WAL was read with the database, the session reached the files (so the search searched
        // something), and no number is raw
        Assert.Contains(files, f => f.EndsWith(".db-wal", StringComparison.Ordinal));
        Assert.Contains("139****5678", stored, StringComparison.Ordinal);
        Assert.Contains("1101**********4514", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Mobile, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(IdCard, stored, StringComparison.Ordinal);
    }

    // The ask log is written off the request path: wait until the comment is kept.
    private async Task WaitForCommentAsync()
    {
        var askLog = site.Services.GetRequiredService<AskLog>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var recent = await askLog.GetRecentAsync(50, needsReview: false, CancellationToken.None);
            if (recent.Any(e => e.FeedbackComment?.Contains("139****5678", StringComparison.Ordinal) == true))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The feedback comment was not kept.");
    }

    private async Task<(List<string> Files, string Text)> DataDirectoryTextAsync()
    {
        var text = new StringBuilder();
        var directory = site.Services.GetRequiredService<DataPaths>().DataDirectory;
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList();
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            text.Append(Encoding.UTF8.GetString(copy.ToArray()));
        }

        return (files, text.ToString());
    }
}
