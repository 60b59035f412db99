using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin.Corpus;

/// <summary>The real app with the header-driven test sign-in as its default scheme.</summary>
public sealed class CorpusAdminAppFactory : ServiceDeskAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddAuthentication(TestAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { }));
    }

    /// <summary>A client signed in with the given roles (none: anonymous), not following redirects, once the index is loaded.</summary>
    public async Task<HttpClient> CreateClientAsync(string? roles)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, "corpus-admin");
            client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, roles);
        }

        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The application did not become healthy.");
    }
}
