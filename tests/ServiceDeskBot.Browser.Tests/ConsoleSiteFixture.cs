using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app on Kestrel with a throw-away data directory, one staff and one admin account created through the
/// <c>users</c> verb, and one headless Chromium.
/// </summary>
public sealed class ConsoleSiteFixture() : BrowserSite<WidgetSiteFactory>("servicedeskbot-console-")
{
    public const string StaffUser = "clerk-browser";

    public const string AdminUser = "admin-browser";

    /// <summary>Generated per run, so no usable password is committed.</summary>
    public string StaffPassword { get; } = $"pw{Guid.NewGuid():N}7";

    public string AdminPassword { get; } = $"pw{Guid.NewGuid():N}8";

    protected override WidgetSiteFactory CreateFactory(string dataDirectory) => new(dataDirectory);

    // The console shows passages only once the index is loaded.
    protected override async Task PrepareAsync()
    {
        var command = Services.GetRequiredService<StaffUserCommand>();
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
    }
}
