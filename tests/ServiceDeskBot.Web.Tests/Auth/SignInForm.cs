using System.Text.RegularExpressions;

namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>Drives the login form over HTTP the way a browser does: read the antiforgery token, post the fields.</summary>
internal static partial class SignInForm
{
    public static readonly Uri LoginPage = new("/Account/Login", UriKind.Relative);

    /// <summary>The antiforgery token of the first form on the page at <paramref name="page"/> (the cookie stays in the client).</summary>
    public static async Task<string> TokenAsync(HttpClient client, Uri page)
    {
        var html = await client.GetStringAsync(page);
        return TokenIn(html);
    }

    public static string TokenIn(string html)
    {
        var match = TokenField().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the page.");
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password)
    {
        var token = await TokenAsync(client, LoginPage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(LoginPage, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
