using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// The answering services on the seeds, in a started host whose index is loaded (the benchmarks' setup). The answer
/// cache is off unless asked for: a benchmark cycling a few questions would otherwise measure the cache, not the turn.
/// </summary>
internal static class AnsweringHost
{
    public static IHost Start(string dataDirectory, bool answerCache = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = dataDirectory });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:SeedsDirectory"] = RepositoryFiles.SeedsDirectory,
            ["Answering:CacheEnabled"] = answerCache ? "true" : "false",
        });
        builder.AddRetrieval();
        builder.AddServiceDeskData();
        builder.AddIntents();
        builder.AddLlm();
        builder.AddAnswering();
        var host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        var retriever = host.Services.GetRequiredService<PassageRetriever>();
        for (var i = 0; i < 1200 && !retriever.IsReady; i++)
        {
            Thread.Sleep(50);
        }

        return host;
    }
}
