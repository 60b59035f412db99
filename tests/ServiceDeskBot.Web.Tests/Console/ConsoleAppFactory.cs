using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Console;

/// <summary>The real application, with staff signed in from test headers (sign-in itself is covered by the Auth tests).</summary>
public sealed class ConsoleAppFactory : ServiceDeskAppFactory
{
    public const string StaffUser = "clerk-12";

    /// <summary>A client signed in as a Staff user, for an app whose index has finished loading.</summary>
    public Task<HttpClient> CreateStaffClientAsync() => CreateClientAsAsync(StaffUser, "Staff");

    /// <summary>A client signed in as <paramref name="user"/> with <paramref name="roles"/>, for an app whose index has finished loading.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string user, string roles)
    {
        using (await CreateReadyClientAsync())
        {
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user);
        client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, roles);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddAuthentication(TestAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { }));
    }
}
