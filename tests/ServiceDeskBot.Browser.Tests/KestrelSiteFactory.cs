using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The real app on Kestrel at a free loopback port, so a real browser can reach it; subclasses set it up.</summary>
public abstract class KestrelSiteFactory : WebApplicationFactory<Program>
{
    protected KestrelSiteFactory() => UseKestrel(0);

    /// <summary>Starts the server if needed and returns the address Kestrel bound to.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }
}
