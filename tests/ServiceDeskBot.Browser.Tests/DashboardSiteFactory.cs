using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>The real app on Kestrel (loopback, free port) with <see cref="HeaderSignInHandler"/> as its authentication.</summary>
public sealed class DashboardSiteFactory : KestrelSiteFactory
{
    private readonly string _dataDirectory;

    public DashboardSiteFactory(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Storage:DataDirectory", _dataDirectory)
            .ConfigureTestServices(services => services
                .AddAuthentication(o =>
                {
                    o.DefaultScheme = HeaderSignInHandler.SchemeName;
                    o.DefaultAuthenticateScheme = HeaderSignInHandler.SchemeName;
                    o.DefaultChallengeScheme = HeaderSignInHandler.SchemeName;
                    o.DefaultForbidScheme = HeaderSignInHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, HeaderSignInHandler>(HeaderSignInHandler.SchemeName, _ => { }));
}
