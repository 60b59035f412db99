using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The real app on Kestrel at a free loopback port, with its first administrator created from
/// <c>Auth:BootstrapAdmin</c> exactly as an operator would configure it.
/// </summary>
public sealed class AdminSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly string _adminUserName;
    private readonly string _adminPassword;

    public AdminSiteFactory(string dataDirectory, string adminUserName, string adminPassword)
    {
        _dataDirectory = dataDirectory;
        _adminUserName = adminUserName;
        _adminPassword = adminPassword;
        UseKestrel(0);
    }

    /// <summary>Starts the server if needed and returns the address Kestrel bound to.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Storage:DataDirectory", _dataDirectory)
            .UseSetting("Auth:BootstrapAdmin:UserName", _adminUserName)
            .UseSetting("Auth:BootstrapAdmin:Password", _adminPassword);
}
