using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Core.Auth;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app with a throw-away data directory, a bootstrap administrator, one staff account created through the
/// <c>users</c> verb, and one headless Chromium shared by the admin end-to-end tests.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class AdminSiteFixture : IAsyncLifetime
{
    public const string AdminUser = "admin-e2e";
    public const string StaffUser = "clerk-e2e";

    // Debian's Chromium: Playwright's own browser download needs internet access the test machines do not have.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-admin-e2e-");
    private AdminSiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Generated per run, so no usable password is committed.</summary>
    public string AdminPassword { get; } = $"pw{Guid.NewGuid():N}8";

    /// <summary>Generated per run, so no usable password is committed.</summary>
    public string StaffPassword { get; } = $"pw{Guid.NewGuid():N}7";

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _factory = new AdminSiteFactory(_dataDirectory.FullName, AdminUser, AdminPassword);
        BaseAddress = _factory.StartAndGetAddress();
        await WaitUntilHealthyAsync();
        var command = _factory.Services.GetRequiredService<StaffUserCommand>();
        var exit = await command.RunAsync(
            ["users", "add", StaffUser, "--role", "Staff", "--password-stdin"], new StringReader(StaffPassword), TextWriter.Null, CancellationToken.None);
        if (exit != 0)
        {
            throw new InvalidOperationException("Could not create the staff account.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

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

    // Pages that read the index (console, curated-answer validation) need it loaded; /healthz says when.
    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The application did not become healthy.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _dataDirectory.Delete(recursive: true);
    }
}
