using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>The real app with the header sign-in of <see cref="TestAuthHandler"/> as its only authentication.</summary>
public sealed class ReviewAppFactory : ServiceDeskAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddAuthentication(o =>
            {
                // Every default, so a cookie scheme the app registers cannot take over challenges in these tests.
                o.DefaultScheme = TestAuthHandler.SchemeName;
                o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                o.DefaultForbidScheme = TestAuthHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { }));
    }

    /// <summary>A ready client signed in as <paramref name="user"/> with <paramref name="roles"/>, or anonymous.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string? user, string roles = "")
    {
        var client = await CreateReadyClientAsync();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user);
            client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, roles);
        }

        return client;
    }

    /// <summary>Asks through the public API and returns (askId, answered, intent).</summary>
    public static async Task<(long AskId, bool Answered, string Intent)> AskAsync(HttpClient client, string question)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        return (root.GetProperty("askId").GetInt64(), root.GetProperty("answered").GetBoolean(), root.GetProperty("intent").GetString()!);
    }
}
