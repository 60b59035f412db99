using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Tests.Auth.Oidc;

public sealed class LocalAccountsSwitchTests
{
    [Fact]
    public async Task With_local_accounts_off_the_login_page_offers_only_single_sign_on()
    {
        await using var provider = await OidcProviderServer.StartAsync();
        await using var site = await OidcSiteFactory.StartAsync(provider, new Dictionary<string, string> { ["Auth:LocalAccounts:Enabled"] = "false" });
        using var browser = new OidcBrowser(site.BaseAddress);

        var html = await (await browser.GetAsync("/Account/Login")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("name=\"Password\"", html, StringComparison.Ordinal);
        Assert.Contains("使用统一身份认证平台登录", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_local_accounts_off_a_password_sign_in_is_not_accepted()
    {
        await using var provider = await OidcProviderServer.StartAsync();
        await using var site = await OidcSiteFactory.StartAsync(provider, new Dictionary<string, string> { ["Auth:LocalAccounts:Enabled"] = "false" });
        var password = TestPasswords.New();
        using var output = new StringWriter();
        await site.Services.GetRequiredService<StaffUserCommand>().RunAsync(
            ["users", "add", "local-admin", "--role", "Admin", "--password-stdin"], new StringReader(password), output, CancellationToken.None);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = site.BaseAddress };

        using var response = await SignInForm.PostAsync(client, "local-admin", password);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Local_accounts_cannot_be_switched_off_without_single_sign_on()
    {
        using var factory = new AuthAppFactory().WithSetting("Auth:LocalAccounts:Enabled", "false");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Auth:LocalAccounts:Enabled is false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_sign_on_without_any_role_value_stops_the_service_at_start()
    {
        using var factory = new AuthAppFactory()
            .WithSetting("Auth:Oidc:Authority", "https://id.example.gov.cn/")
            .WithSetting("Auth:Oidc:ClientId", "servicedeskbot");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Auth:Oidc:AdminValues or Auth:Oidc:StaffValues", error.Message, StringComparison.Ordinal);
    }
}
