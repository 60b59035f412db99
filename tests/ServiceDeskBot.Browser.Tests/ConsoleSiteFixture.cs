using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Core.Auth;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app on Kestrel with a throw-away data directory, one staff account created through the <c>users</c> verb,
/// and one headless Chromium.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class ConsoleSiteFixture : IAsyncLifetime
{
    public const string StaffUser = "clerk-browser";

    public const string AdminUser = "admin-browser";

    // Debian's Chromium: Playwright's own browser download needs internet access the test machines do not have.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-console-");
    private WidgetSiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Generated per run, so no usable password is committed.</summary>
    public string StaffPassword { get; } = $"pw{Guid.NewGuid():N}7";

    public string AdminPassword { get; } = $"pw{Guid.NewGuid():N}8";

    /// <summary>The running app's services, for seeding tickets and ask-log turns.</summary>
    public IServiceProvider Services => _factory!.Services;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _factory = new WidgetSiteFactory(_dataDirectory.FullName);
        BaseAddress = _factory.StartAndGetAddress();
        var command = _factory.Services.GetRequiredService<StaffUserCommand>();
        var exit = await command.RunAsync(
            ["users", "add", StaffUser, "--role", "Staff", "--password-stdin"], new StringReader(StaffPassword), TextWriter.Null, CancellationToken.None);
        if (exit != 0)
        {
            throw new InvalidOperationException("Could not create the staff account.");
        }

        exit = await command.RunAsync(
            ["users", "add", AdminUser, "--role", "Admin", "--password-stdin"], new StringReader(AdminPassword), TextWriter.Null, CancellationToken.None);
        if (exit != 0)
        {
            throw new InvalidOperationException("Could not create the admin account.");
        }

        await WaitUntilHealthyAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    // The console shows passages only once the index is loaded; /healthz says when.
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
