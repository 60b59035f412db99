namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// No staff or admin page scrolls sideways on a phone (390×844): each is opened by a signed-in admin, with a few
/// logged asks so the queue, the dashboard and the log have rows.
/// </summary>
public sealed class PhoneWidthTests(AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    [Theory]
    [InlineData("/Console")]
    [InlineData("/Console/Corrections")]
    [InlineData("/Console/Search?q=%E5%85%AC%E7%A7%AF%E9%87%91")]
    [InlineData("/Console/Tickets")]
    [InlineData("/Admin")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Curated")]
    [InlineData("/Admin/Curated/Edit")]
    [InlineData("/Admin/Templates")]
    [InlineData("/Admin/Templates/Edit/no_answer")]
    [InlineData("/Admin/Review")]
    [InlineData("/Admin/Corpus")]
    [InlineData("/Admin/Corpus/Document/1")]
    [InlineData("/Admin/Dashboard")]
    [InlineData("/Admin/Conversations")]
    [InlineData("/Admin/Handoffs")]
    [InlineData("/Admin/ApiKeys")]
    [InlineData("/Admin/Audit")]
    [InlineData("/Admin/Export")]
    public async Task A_staff_or_admin_page_fits_a_phone_screen_without_sideways_scrolling(string path)
    {
        await site.AskAsync("市民卡挂失以后2031年要多少天补办，需要带哪些材料去哪个窗口办理");
        await site.AskAsync("公积金怎么提取");
        await using var context = await site.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();

        await AdminSiteFixture.SignInAsync(page, AdminSiteFixture.AdminUser, site.AdminPassword, path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        await page.ScreenshotAsync(new() { Path = site.ScreenshotPath($"phone{path.Split('?')[0].Replace('/', '-')}.png"), FullPage = true });
        Assert.True(scrollWidth <= innerWidth, $"{page.Url} is {scrollWidth} px wide on a {innerWidth} px screen.");
    }
}
