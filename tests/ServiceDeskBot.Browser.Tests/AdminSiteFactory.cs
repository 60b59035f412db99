using Microsoft.AspNetCore.Hosting;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app on Kestrel at a free loopback port, with its first administrator created from
/// <c>Auth:BootstrapAdmin</c> exactly as an operator would configure it.
/// </summary>
public sealed class AdminSiteFactory : KestrelSiteFactory
{
    private readonly string _dataDirectory;
    private readonly string _adminUserName;
    private readonly string _adminPassword;

    public AdminSiteFactory(string dataDirectory, string adminUserName, string adminPassword)
    {
        _dataDirectory = dataDirectory;
        _adminUserName = adminUserName;
        _adminPassword = adminPassword;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Storage:DataDirectory", _dataDirectory)
            .UseSetting("Auth:BootstrapAdmin:UserName", _adminUserName)
            .UseSetting("Auth:BootstrapAdmin:Password", _adminPassword);
}
