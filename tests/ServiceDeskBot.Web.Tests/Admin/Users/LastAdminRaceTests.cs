using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Tests.Auth;
using ServiceDeskBot.Web.Tests.Platform.Audit;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin.Users;

/// <summary>
/// The last two enabled admins act against each other at the same moment, over real HTTP, round after round (each
/// round adds a fresh second admin beside the one left): the check that refuses removing the last admin and the change
/// must be one atomic step, or both requests pass the check and no admin is left.
/// </summary>
public sealed class LastAdminRaceTests
{
    private const int Rounds = 8;

    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_admins_disabling_each_other_at_once_leave_one_enabled_admin(DatabaseProvider provider)
    {
        // Arrange, Act: the rounds
        var left = await RaceAsync(provider, "Disable", []);

        // Assert
        Assert.All(left, count => Assert.Equal(1, count));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_admins_demoting_each_other_at_once_leave_one_admin(DatabaseProvider provider)
    {
        // Arrange, Act: the rounds
        var left = await RaceAsync(provider, "Role", [new("newRole", "Staff")]);

        // Assert
        Assert.All(left, count => Assert.Equal(1, count));
    }

    // Returns the number of enabled admins after each round.
    private static async Task<IReadOnlyList<int>> RaceAsync(
        DatabaseProvider provider, string handler, KeyValuePair<string, string>[] fields)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var password = TestPasswords.New();
        using var app = LoopbackApp.Start(new Dictionary<string, string?>(database.Settings)
        {
            ["Llm:Provider"] = "none",
            ["Auth:BootstrapAdmin:UserName"] = "race-admin-0",
            ["Auth:BootstrapAdmin:Password"] = password,
        });
        await app.WaitUntilHealthyAsync();
        var (holder, holderClient) = ("race-admin-0", await SignedInAsync(app, "race-admin-0", password));
        var left = new List<int>();
        for (var round = 1; round <= Rounds; round++)
        {
            var rival = $"race-admin-{round}";
            var rivalPassword = TestPasswords.New();
            var exit = await app.Services.GetRequiredService<StaffUserCommand>().RunAsync(
                ["users", "add", rival, "--role", "Admin", "--password-stdin"], new StringReader(rivalPassword), TextWriter.Null, CancellationToken.None);
            Assert.Equal(0, exit);
            var rivalClient = await SignedInAsync(app, rival, rivalPassword);
            var (holderId, rivalId) = (await IdOfAsync(app, holder), await IdOfAsync(app, rival));

            // Both forms' tokens first, so the two posts leave together.
            var holderPost = await FormAsync(holderClient, $"/Admin/Users?handler={handler}&id={rivalId}", fields);
            var rivalPost = await FormAsync(rivalClient, $"/Admin/Users?handler={handler}&id={holderId}", fields);
            var statuses = await Task.WhenAll(SendAsync(holderClient, holderPost), SendAsync(rivalClient, rivalPost));
            // Done (200), refused (400, the page saying why) or, for one no longer an admin, sent away (302); never a
            // server error.
            Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"round {round}: {s}"));

            var admins = await EnabledAdminsAsync(app);
            left.Add(admins.Count);
            if (admins.Count != 1)
            {
                break;
            }

            // The one left holds the next round against a fresh rival; the other's session may have ended.
            (holder, holderClient) = admins[0] == holder ? (holder, holderClient) : (rival, rivalClient);
        }

        return left;
    }

    private static async Task<HttpClient> SignedInAsync(LoopbackApp app, string name, string password)
    {
        var client = app.CreateClient(cookies: true);
        using var response = await SignInForm.PostAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpRequestMessage> FormAsync(HttpClient client, string action, KeyValuePair<string, string>[] fields)
    {
        var token = await AuditedSite.TokenAsync(client, "/Admin/Users");
        return new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token))),
        };
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
    }

    private static async Task<string> IdOfAsync(LoopbackApp app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name))!.Id;
    }

    private static async Task<List<string>> EnabledAdminsAsync(LoopbackApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().GetUsersInRoleAsync("Admin");
        return [.. admins.Where(u => u.LockoutEnd != StaffAccessCache.DisabledUntil).Select(u => u.UserName!)];
    }
}
