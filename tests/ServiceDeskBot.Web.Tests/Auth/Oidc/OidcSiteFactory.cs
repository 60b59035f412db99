using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Auth.Oidc;

/// <summary>
/// The real application on Kestrel on loopback with single sign-on against <see cref="OidcProviderServer"/>, registered
/// there as a confidential client once the app's address is known.
/// </summary>
internal sealed class OidcSiteFactory : ServiceDeskAppFactory
{
    public const string ClientId = "servicedeskbot";
    public const string ClientSecret = "test-client-secret-for-oidc";

    private readonly Dictionary<string, string> _settings;

    private OidcSiteFactory(OidcProviderServer provider, IReadOnlyDictionary<string, string> extra)
    {
        _settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Auth:Oidc:Authority"] = provider.Authority,
            ["Auth:Oidc:ClientId"] = ClientId,
            ["Auth:Oidc:ClientSecret"] = ClientSecret,
            ["Auth:Oidc:RoleClaim"] = OidcProviderServer.RoleClaim,
            ["Auth:Oidc:AdminValues:0"] = OidcProviderServer.AdminGroup,
            ["Auth:Oidc:StaffValues:0"] = OidcProviderServer.StaffGroup,
            ["Auth:Oidc:DisplayName"] = "统一身份认证平台",
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
        };
        foreach (var (key, value) in extra)
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<OidcSiteFactory> StartAsync(OidcProviderServer provider, IReadOnlyDictionary<string, string>? extra = null)
    {
        var factory = new OidcSiteFactory(provider, extra ?? new Dictionary<string, string>());
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        factory.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        await provider.RegisterClientAsync(ClientId, ClientSecret, new Uri(factory.BaseAddress, "/signin-oidc"));
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
