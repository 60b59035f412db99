using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.ApiKeys;

public sealed partial class ApiKeysTests(SqliteNodeFixture fixture) : IClassFixture<SqliteNodeFixture>
{
    private static readonly Uri Documents = new("/api/admin/documents", UriKind.Relative);

    [Fact]
    public async Task The_apikeys_add_verb_prints_a_working_key_alone_on_the_last_line_of_standard_output()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-apikeys-verb", Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, stdout) = await RunWebAsync(dataDirectory, "apikeys", "add", "ci-pipeline", "--role", "Admin");

            var lines = stdout.TrimEnd('\n').Split('\n');
            Assert.Equal(0, exit);
            Assert.Matches(KeyPattern(), lines[^1]);
            var (listExit, listed) = await RunWebAsync(dataDirectory, "apikeys", "list");
            Assert.Equal(0, listExit);
            Assert.Contains("ci-pipeline\tAdmin", listed, StringComparison.Ordinal);
            Assert.DoesNotContain(lines[^1], listed, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_key_from_the_verb_authenticates_and_is_stored_only_as_its_hash()
    {
        var command = fixture.Node.Services.GetRequiredService<Features.ApiKeys.ApiKeyCommand>();
        using var output = new StringWriter();

        var exit = await command.RunAsync(["apikeys", "add", "verb-key", "--role", "Admin"], output, CancellationToken.None);

        var key = output.ToString().TrimEnd().Split('\n')[^1].Trim();
        using var client = fixture.Node.CreateClient(key);
        using var response = await client.GetAsync(Documents);
        await using var db = await fixture.Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var stored = await db.ApiKeys.SingleAsync(k => k.Name == "verb-key");
        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(key, stored.KeyHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.KeyHash.Length);
        Assert.StartsWith("cli:", stored.CreatedBy, StringComparison.Ordinal);
        Assert.NotNull(stored.LastUsedAt);
    }

    [Fact]
    public async Task The_verb_refuses_an_unknown_role()
    {
        var command = fixture.Node.Services.GetRequiredService<Features.ApiKeys.ApiKeyCommand>();
        using var output = new StringWriter();

        var exit = await command.RunAsync(["apikeys", "add", "root-key", "--role", "Root"], output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_works_for_the_other_admin_json_endpoints()
    {
        using var client = fixture.Node.CreateClient(await fixture.Node.CreateApiKeyAsync("Admin", "dashboard-reader"));

        using var response = await client.GetAsync(new Uri("/api/admin/dashboard?days=7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_opens_no_admin_page()
    {
        var key = await fixture.Node.CreateApiKeyAsync("Admin", "page-visitor");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Node.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        using var response = await client.GetAsync(new Uri("/Admin/Corpus", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    // The published host as an operator runs it: logs go to standard error, so scripts can read the key from standard output.
    private static async Task<(int Exit, string Stdout)> RunWebAsync(string dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServiceDeskBot.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["Storage__SeedsDirectory"] = SeedsDirectory();
        start.Environment["Database__Provider"] = nameof(DatabaseProvider.Sqlite);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await stderr;
        return (process.ExitCode, await stdout);
    }

    private static string SeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("No seeds directory above the test binaries.");
    }

    [GeneratedRegex("^sdbk_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyPattern();
}
