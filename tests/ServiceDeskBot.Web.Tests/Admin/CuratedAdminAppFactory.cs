using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>The real app with the header-driven test sign-in as its default authentication scheme.</summary>
public sealed class CuratedAdminAppFactory : ServiceDeskAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddAuthentication(TestAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { }));
    }

    /// <summary>A client signed in as <paramref name="user"/> with <paramref name="roles"/>, keeping cookies for antiforgery.</summary>
    public async Task<AdminClient> CreateUserAsync(string user, string roles)
    {
        var client = await CreateReadyClientAsync();
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user);
        client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, roles);
        return new AdminClient(client);
    }
}
