using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// The whole answer pipeline wired with the production <c>Add*</c> extensions over a fresh temp data directory and the
/// repository's seeds. Started: migrations, intent training and the index load have run when <see cref="StartAsync"/>
/// returns.
/// </summary>
internal sealed class AnswerPipelineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private AnswerPipelineHost(IHost host, string directory)
    {
        _host = host;
        DataDirectory = directory;
    }

    public string DataDirectory { get; }

    public AnswerService Answers => Get<AnswerService>();

    public static async Task<AnswerPipelineHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sdb-answer-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddRetrieval();
        builder.AddServiceDeskData();
        builder.AddIntents();
        builder.AddLlm();
        builder.AddAnswering();
        var host = builder.Build();
        var pipeline = new AnswerPipelineHost(host, directory);
        await host.StartAsync();

        // The index loads in the background; tests must not race it.
        var retriever = pipeline.Get<PassageRetriever>();
        for (var i = 0; i < 600 && !retriever.IsReady; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(retriever.IsReady, "the passage index did not load");
        _ = pipeline.Get<IntentClassifier>().Model;
        return pipeline;
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public bool LlmConfigured => Get<ILlmAnswerer>().IsAvailable;

    public async Task<int> AddCuratedAnswerAsync(string question, IEnumerable<string> alternates, string answer)
    {
        var db = await Get<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        await using (db)
        {
            var entry = new CuratedAnswer { Question = question, AlternateQuestions = alternates.ToList(), Answer = answer };
            db.CuratedAnswers.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; failing the test over it would hide the real result.
        }
    }
}
