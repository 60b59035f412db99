using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app with a throw-away data directory, a bootstrap administrator, one staff account created through the
/// <c>users</c> verb, and one headless Chromium shared by the admin end-to-end tests.
/// </summary>
public sealed class AdminSiteFixture() : BrowserSite<AdminSiteFactory>("servicedeskbot-admin-e2e-")
{
    public const string AdminUser = "admin-e2e";
    public const string StaffUser = "clerk-e2e";

    /// <summary>Generated per run, so no usable password is committed.</summary>
    public string AdminPassword { get; } = $"pw{Guid.NewGuid():N}8";

    /// <summary>Generated per run, so no usable password is committed.</summary>
    public string StaffPassword { get; } = $"pw{Guid.NewGuid():N}7";

    /// <summary>A fresh browser context (own cookies) pointed at the site.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "zh-CN" });

    /// <summary>A fresh browser context (own cookies) pointed at the site, on a screen of the given size.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    /// <summary>Signs in through the login form, the way a person does, and waits to land on <paramref name="returnPath"/>.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password, string returnPath)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(returnPath);
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**" + returnPath);
    }

    /// <summary>Asks through the public JSON API, as a chat client would.</summary>
    public async Task<AskReply> AskAsync(string question)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<AskReply>() ?? throw new InvalidOperationException("Empty reply from /api/ask.");
    }

    public string ScreenshotPath(string name) => Path.Combine(ScreenshotDirectory, name);

    protected override AdminSiteFactory CreateFactory(string dataDirectory) => new(dataDirectory, AdminUser, AdminPassword);

    // Pages that read the index (console, curated-answer validation) need it loaded.
    protected override async Task PrepareAsync()
    {
        await WaitUntilHealthyAsync();
        var command = Services.GetRequiredService<StaffUserCommand>();
        var exit = await command.RunAsync(
            ["users", "add", StaffUser, "--role", "Staff", "--password-stdin"], new StringReader(StaffPassword), TextWriter.Null, CancellationToken.None);
        if (exit != 0)
        {
            throw new InvalidOperationException("Could not create the staff account.");
        }
    }
}
