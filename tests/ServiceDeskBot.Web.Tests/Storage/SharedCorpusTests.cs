using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>The corpus lives in the database: what one node uploaded, every node (and every restart) serves.</summary>
public sealed class SharedCorpusTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_a_restart_without_its_index_a_node_serves_the_uploaded_document_and_the_same_corpus_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-storage-tests", Guid.NewGuid().ToString("N"));
        string versionBefore;
        using (var first = new StorageNode(database, dataDirectory))
        {
            await first.WaitHealthyAsync();
            using var client = first.CreateClient(await first.CreateApiKeyAsync("Admin"));
            using var upload = await UploadAsync(client, "香樟驿站指南.md", StationGuides.Guide("香樟驿站"));
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            versionBefore = CorpusVersion(await first.WaitHealthyAsync());
            AssertNoDocumentFiles(dataDirectory);
        }

        Directory.Delete(Path.Combine(dataDirectory, "index"), recursive: true);
        using var restarted = new StorageNode(database, dataDirectory);
        var health = await restarted.WaitHealthyAsync();
        using var anonymous = restarted.CreateClient();
        var answer = await AskAsync(anonymous, StationGuides.Question("香樟驿站"));

        Assert.Equal(versionBefore, CorpusVersion(health));
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source").GetString() == "香樟驿站指南.md");
        restarted.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_second_node_with_an_empty_data_directory_serves_what_the_first_one_uploaded()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        using var first = new StorageNode(database);
        await first.WaitHealthyAsync();
        using var admin = first.CreateClient(await first.CreateApiKeyAsync("Admin"));
        using var upload = await UploadAsync(admin, "梧桐驿站指南.md", StationGuides.Guide("梧桐驿站"));

        using var second = new StorageNode(database);
        var health = await second.WaitHealthyAsync();
        using var citizen = second.CreateClient();
        var answer = await AskAsync(citizen, StationGuides.Question("梧桐驿站"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(second.DataDirectory, "documents")));
        Assert.Equal(CorpusVersion(await first.WaitHealthyAsync()), CorpusVersion(health));
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source").GetString() == "梧桐驿站指南.md");
    }

    [Fact]
    public async Task Two_nodes_starting_at_once_on_an_empty_database_migrate_and_import_the_seeds_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);

        var nodes = await Task.WhenAll(Task.Run(() => new StorageNode(database)), Task.Run(() => new StorageNode(database)));

        try
        {
            await Task.WhenAll(nodes.Select(n => n.WaitHealthyAsync()));
            await using var db = await nodes[0].Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
            Assert.Equal(5, await db.CorpusDocuments.CountAsync());
            Assert.Equal(5, await db.CorpusDocumentRevisions.CountAsync());
            Assert.Equal(await db.AnswerTemplates.Select(t => t.Key).Distinct().CountAsync(), await db.AnswerTemplates.CountAsync());
            Assert.Equal(CorpusVersion(await nodes[0].WaitHealthyAsync()), CorpusVersion(await nodes[1].WaitHealthyAsync()));
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    // Nothing about the upload may be kept outside the database: the data directory holds only rebuildable files.
    private static void AssertNoDocumentFiles(string dataDirectory) =>
        Assert.DoesNotContain(Directory.EnumerateFiles(dataDirectory, "*.md", SearchOption.AllDirectories), f => f.Contains("香樟驿站", StringComparison.Ordinal));

    private static string CorpusVersion(string health)
    {
        using var document = JsonDocument.Parse(health);
        return document.RootElement.GetProperty("index").GetProperty("corpusVersion").GetString()!;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri("/api/admin/documents", UriKind.Relative), form);
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
