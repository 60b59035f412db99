using ServiceDeskBot.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Evaluation;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

var verb = args.Length > 0 ? args[0] : "help";
var options = CliOptions.Parse(args.Skip(1).ToArray());

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = options.ConfigurationArgs,
    ContentRootPath = Directory.GetCurrentDirectory(),
});
builder.AddRetrieval(loadInBackground: false);
using var host = builder.Build();
var retriever = host.Services.GetRequiredService<PassageRetriever>();

switch (verb)
{
    case "ingest":
        var corpus = CorpusLoader.Load(host.Services.GetRequiredService<ServiceDeskBot.Core.Storage.DataPaths>().SeedsDirectory);
        foreach (var p in corpus.Passages)
        {
            Console.WriteLine($"--- {p.Source} #{p.Ordinal} [{p.Start},{p.End}) {p.Id}\n  title: {p.Title}\n  section: {p.Section}\n{p.Text}");
        }

        return 0;

    case "search":
        retriever.Use(host.Services.GetRequiredService<PassageIndexLoader>().Load());
        foreach (var hit in retriever.Search(retriever.Normalizer.Analyze(options.Text), options.Top))
        {
            Console.WriteLine($"{hit.Score,7:F3}  {hit.Passage.Source} #{hit.Passage.Ordinal}  {hit.Passage.Text}");
        }

        return 0;

    case "eval":
        retriever.Use(host.Services.GetRequiredService<PassageIndexLoader>().Load());
        var items = EvalSet.Load(options.Set);
        var report = await RetrievalEvaluator.EvaluateAsync(retriever, items, CancellationToken.None);
        Console.WriteLine(report.Format());
        return 0;

    case "evidence":
        retriever.Use(host.Services.GetRequiredService<PassageIndexLoader>().Load());
        var finder = new ServiceDeskBot.Core.Answering.EvidenceFinder(
            retriever, host.Services.GetRequiredService<SynonymSet>(), host.Services.GetRequiredService<PlaceGazetteer>());
        foreach (var item in EvalSet.Load(options.Set).Where(i => i.Kind is EvalItem.Answerable or EvalItem.Unanswerable)
                     .Where(i => options.Text.Length == 0 || options.Text.Split(',').Contains(i.Id)))
        {
            var e = finder.Find(item.Question);
            var gold = e.Best is { } b && item.Answers.Count > 0 && EvalSet.ContainsAnswer(b.Text, item.Answers) ? "GOLD" : "    ";
            if (options.Text.Length > 0)
            {
                Console.WriteLine(string.Join(' ', retriever.WeightedTerms(e.Query.Normalized).Select(t => $"{t.Term}:{t.Weight:F1}")));
                foreach (var q in e.Quotes)
                {
                    Console.WriteLine($"   r{q.Rank} {q.Coverage:F2} {q.Passage.Source[..3]} {q.Text}");
                }
            }

            Console.WriteLine($"{item.Id} {item.Kind[..3]} cov={e.Coverage:F2} place={(e.PlacesAgree ? 1 : 0)} num={(e.NumbersAgree ? 1 : 0)} kind={e.Kind}:{(e.KindPresent ? 1 : 0)} {gold} {item.Question} => {e.Best?.Text}");
        }

        return 0;

    default:
        Console.WriteLine("""
            usage: dotnet run --project src/ServiceDeskBot.Cli -- <verb> [options]
              ingest                      print the cleaned passages of the corpus
              search --text Q [--top N]   search the corpus
              eval --set FILE             score retrieval (recall@1, recall@5, MRR@10) and answers on an eval set
            options: --data DIR (data directory), --seeds DIR (corpus directory)
            """);
        return verb == "help" ? 0 : 1;
}
