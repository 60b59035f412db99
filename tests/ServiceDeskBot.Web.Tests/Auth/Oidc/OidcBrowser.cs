using System.Net;

namespace ServiceDeskBot.Web.Tests.Auth.Oidc;

/// <summary>
/// Walks the sign-in the way a browser does, over real HTTP: cookies kept per host, redirects followed between the
/// service and the provider, forms posted with their antiforgery tokens.
/// </summary>
internal sealed class OidcBrowser : IDisposable
{
    private readonly HttpClient _client;

    public OidcBrowser(Uri site)
    {
        _client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, MaxAutomaticRedirections = 20 })
        {
            BaseAddress = site,
        };
    }

    /// <summary>Clicks the single sign-on button, then signs in at the provider's form; returns where the browser ends up.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName)
    {
        var token = await SignInForm.TokenAsync(_client, SignInForm.LoginPage);
        using var start = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = "/Console",
            ["__RequestVerificationToken"] = token,
        });
        using var providerForm = await _client.PostAsync(new Uri("/Account/ExternalLogin", UriKind.Relative), start);
        providerForm.EnsureSuccessStatusCode();

        using var credentials = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = userName });
        return await _client.PostAsync(providerForm.RequestMessage!.RequestUri, credentials);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Presses "退出登录" on the console page.</summary>
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var token = await SignInForm.TokenAsync(_client, new Uri("/Console", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await _client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);
    }

    public void Dispose() => _client.Dispose();
}
