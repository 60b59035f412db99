using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
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

    /// <summary>
    /// Asks through the public API in a conversation of its own and returns the ask-log row id (what the review pages
    /// post), the public ask id and conversation (what feedback names), and the answer's outcome.
    /// </summary>
    public async Task<(long AskId, string PublicId, string ConversationId, bool Answered, string Intent)> AskAsync(HttpClient client, string question)
    {
        ArgumentNullException.ThrowIfNull(client);
        var conversationId = "review-" + Guid.NewGuid().ToString("N");
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, conversationId });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        var publicId = root.GetProperty("askId").GetString()!;
        var row = await Services.GetRequiredService<AskLog>().FindAsync(publicId, CancellationToken.None);
        return (row!.Id, publicId, conversationId, root.GetProperty("answered").GetBoolean(), root.GetProperty("intent").GetString()!);
    }
}
