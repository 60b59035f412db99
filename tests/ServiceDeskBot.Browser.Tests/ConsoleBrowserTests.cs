using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

public sealed class ConsoleBrowserTests(ConsoleSiteFixture site) : IClassFixture<ConsoleSiteFixture>
{
    [Fact]
    public async Task Staff_signs_in_through_the_form_asks_and_sees_the_cited_passage()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Console");
        await page.GetByLabel("用户名").FillAsync(ConsoleSiteFixture.StaffUser);
        await page.GetByLabel("密码").FillAsync(site.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Console");

        await page.GetByLabel("以群众身份提问").FillAsync("中原区委书记乔耸在采访中谈了什么");
        await page.GetByRole(AriaRole.Button, new() { Name = "提问", Exact = true }).ClickAsync();

        var firstPassage = page.Locator("#passages li.passage").First;
        await Assertions.Expect(firstPassage).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mode")).Not.ToBeEmptyAsync();
        await Assertions.Expect(firstPassage.Locator("mark").First).ToBeVisibleAsync();
        var link = await firstPassage.Locator("a").First.GetAttributeAsync("href");
        Assert.StartsWith("/Console/Document?source=000_e189b73e6251109c.txt", link, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, "console-ask.png"), FullPage = true });
    }
}
