using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Cli;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Evaluation;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;

var verb = args.Length > 0 ? args[0] : "help";
// `ingest DIR` and `eval-docs DIR` take a folder before the options.
var folder = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
var options = CliOptions.Parse(args.Skip(folder is null ? 1 : 2).ToArray());

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = options.ConfigurationArgs,
    ContentRootPath = Directory.GetCurrentDirectory(),
});
builder.AddPiiMaskedLogging();
// Standard output carries only what a verb prints (tables, JSON reports), so scripts can read it; log lines go to stderr.
builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
    o => o.LogToStandardErrorThreshold = Microsoft.Extensions.Logging.LogLevel.Trace);
// A verb is not a server start: the start-up timeline's phase lines would only crowd a verb's stderr.
builder.Logging.AddFilter(typeof(ServiceDeskBot.Core.Telemetry.StartupTimeline).FullName, LogLevel.Warning);
builder.AddRetrieval();
builder.AddServiceDeskData();
builder.AddCorpusLibrary();
builder.AddIntents();
builder.AddLlm();
builder.AddAnswering();
using var host = builder.Build();
var services = host.Services;

switch (verb)
{
    case "ingest" when folder is not null:
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(CancellationToken.None);
        await services.GetRequiredService<PassageIndexLoader>().RefreshAsync();
        var lines = await services.GetRequiredService<CorpusBulkImport>().ImportAsync(
            folder, "cli:" + Environment.UserName, new ConsoleProgress(), CancellationToken.None);
        Console.Error.WriteLine();
        foreach (var line in lines)
        {
            var label = line.Outcome switch { BulkImportOutcome.Imported => "imported ", BulkImportOutcome.Duplicate => "duplicate", _ => "FAILED   " };
            Console.WriteLine($"{label}  {line.Path}  {line.Detail}");
        }

        Console.WriteLine($"summary: {lines.Count(l => l.Outcome == BulkImportOutcome.Imported)} imported, " +
                          $"{lines.Count(l => l.Outcome == BulkImportOutcome.Duplicate)} skipped as duplicates, " +
                          $"{lines.Count(l => l.Outcome == BulkImportOutcome.Failed)} failed");
        return lines.Any(l => l.Outcome == BulkImportOutcome.Failed) ? 3 : 0;

    case "ingest":
        foreach (var p in CorpusLoader.Load(services.GetRequiredService<DataPaths>().SeedsDirectory).Passages)
        {
            Console.WriteLine($"--- {p.Source} #{p.Ordinal} [{p.Start},{p.End}) {p.Id}\n  title: {p.Title}\n  section: {p.Section}\n{p.Text}");
        }

        return 0;

    case "search":
        var retriever = await LoadIndexAsync(services);
        foreach (var hit in retriever.Search(retriever.Normalizer.Analyze(options.Text), options.Top))
        {
            Console.WriteLine($"{hit.Score,7:F3}  {hit.Passage.Source} #{hit.Passage.Ordinal}  {hit.Passage.Text}");
        }

        return 0;

    case "ask":
        await host.StartAsync();
        var result = await services.GetRequiredService<IAnswerService>().AskAsync(new AskRequest(options.Text, null, "cli"), CancellationToken.None);
        Console.WriteLine($"intent {result.Intent} ({result.Confidence:F2}), mode {result.Mode}, answered {result.Answered}\n{result.Answer}\n" +
                          string.Join('\n', result.Citations.Select(c => $"  [{c.Source}] {c.Snippet}")) + $"\nwhy: {result.Reason}\nsuggestions: {string.Join(" | ", result.Suggestions)}");
        await host.StopAsync();
        return 0;

    case "evidence" or "calibrate" when options.IncludesDevSet:
        await Console.Error.WriteLineAsync($"{verb} feeds tuning and refuses the development set; name a calibration set with --set (tests/data/calibration/…).");
        return 2;

    case "evidence":
        var finder = services.GetRequiredService<EvidenceFinder>();
        var judge = services.GetRequiredService<AnswerJudge>();
        await LoadIndexAsync(services);
        foreach (var item in EvalSet.Load(options.Set).Where(i => i.Kind is EvalItem.Answerable or EvalItem.Unanswerable))
        {
            var e = finder.Find(item.Question);
            var gold = e.Best is { } b && item.Answers.Count > 0 && EvalSet.ContainsAnswer(b.Text, item.Answers) ? "GOLD" : "    ";
            var verdict = judge.Judge(e);
            var slot = e.Question.Slot;
            Console.WriteLine($"{item.Id} {item.Kind[..3]} cov={e.Coverage:F2} place={(e.PlacesAgree ? 1 : 0)} num={(e.NumbersAgree ? 1 : 0)} kind={e.Kind}:{(e.KindPresent ? 1 : 0)} " +
                              $"slot={slot.Slot}{(slot.Heads.Count > 0 ? "[" + string.Join('/', slot.Heads) + "]" : "")}:{(e.SlotFilled ? 1 : 0)} {verdict.Decision} {verdict.Score:F2} {gold} " +
                              $"[{string.Join(' ', verdict.Signals?.ToArray().Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)) ?? [verdict.Note.Code + ":" + verdict.Note.Detail])}] {item.Question} => {e.Best?.Text}");
        }

        return 0;

    case "train":
        services.GetRequiredService<IntentModelStore>().Retrain();
        Console.WriteLine($"intent model trained and saved to {services.GetRequiredService<IntentModelStore>().ModelPath}");
        Console.WriteLine(IntentEvaluator.CrossCheck(services.GetRequiredService<IntentModelStore>().LoadTrainingSet()).Format());
        return 0;

    case "eval":
        await host.StartAsync();
        var search = services.GetRequiredService<IPassageSearch>();
        while (!search.IsReady)
        {
            await Task.Delay(50);
        }

        if (EvalSet.IsChatSet(options.Set))
        {
            Console.WriteLine((await ChatEvaluator.EvaluateAsync(services.GetRequiredService<IAnswerService>(), EvalSet.LoadChats(options.Set), CancellationToken.None)).Format());
            await host.StopAsync();
            return 0;
        }

        var items = EvalSet.Load(options.Set);
        Console.WriteLine((await RetrievalEvaluator.EvaluateAsync(search, items, CancellationToken.None)).Format());
        var quoting = services.GetRequiredService<EvidenceFinder>();
        Console.WriteLine(FormattableString.Invariant(
            $"  evidence@1 {RetrievalEvaluator.ChosenAt1(items, q => quoting.Find(q).Best?.Passage):F3}   (the passage the evidence finder quotes first; recall@1 is retrieval order)\n"));
        Console.WriteLine((await AnswerEvaluator.EvaluateAsync(services.GetRequiredService<IAnswerService>(), items, CancellationToken.None)).Format());
        Console.WriteLine("intent classifier, own held-out split of seeds/intents:");
        Console.WriteLine(IntentEvaluator.CrossCheck(services.GetRequiredService<IntentModelStore>().LoadTrainingSet()).Format());
        await host.StopAsync();
        return 0;

    case "calibrate":
        await LoadIndexAsync(services);
        var calibrationItems = options.Set.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).SelectMany(EvalSet.Load).ToList();
        var judgeForFit = services.GetRequiredService<AnswerJudge>();
        // --structured-only refits the structured documents' path and keeps the prose weights of the file as they are.
        var (weights, calibration) = options.StructuredOnly
            ? JudgeCalibration.FitStructured(services.GetRequiredService<EvidenceFinder>(), judgeForFit, calibrationItems, judgeForFit.Weights with { Structured = null })
            : JudgeCalibration.Fit(services.GetRequiredService<EvidenceFinder>(), judgeForFit, calibrationItems);
        Console.WriteLine(calibration);
        var weightsPath = services.GetRequiredService<DataPaths>().InSeeds(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnsweringOptions>>().Value.JudgeWeightsFile);
        Console.WriteLine(JudgeWeightsFile.Publish(weights, weightsPath, options.Write));
        return 0;

    case "overlap":
        var report = TuningData.CheckAgainstDev(services, options.Set, options.Calibration);
        Console.WriteLine(report.Format());
        return report.Clean ? 0 : 2;

    default:
        Console.WriteLine("""
            usage: dotnet run --project src/ServiceDeskBot.Cli -- <verb> [options]
              ingest                      print the cleaned passages of the corpus
              ingest DIR                  import every file under DIR (recursive, every supported format) into the
                                          corpus with a progress bar; prints imported / duplicate / failed per file and a
                                          summary; exit 3 when any file failed
              search --text Q [--top N]   search the corpus
              ask --text Q                answer one question through the whole pipeline
              evidence --set FILE         print the answerability evidence for each (un)answerable item
              train                       retrain the intent classifier; print held-out accuracy and confusion matrix
              eval --set FILE             retrieval (recall@1, recall@5, MRR@10), answers per kind, intent accuracy;
                                          for a file of two-turn chats: second-turn accuracy with and without context
              calibrate --set FILE[,FILE] learn the judge's weights on calibration sets (ML.NET, 5-fold out-of-fold report)
                                          and print them; --write replaces the seeds' weights file with them
              overlap --set DEV           fail (exit 2) when calibration, chats, synonyms or intent utterances overlap
                                          the dev set [--calibration DIR, default tests/data/calibration]
            options: --data DIR (data directory, default ./data), --seeds DIR (corpus directory)
            """);
        return verb == "help" ? 0 : 1;
}

// The verbs that search without starting the host still need the database (the corpus lives there).
static async Task<PassageRetriever> LoadIndexAsync(IServiceProvider services)
{
    await services.GetRequiredService<DatabaseStartup>().PrepareAsync(CancellationToken.None);
    await services.GetRequiredService<PassageIndexLoader>().RefreshAsync();
    return services.GetRequiredService<PassageRetriever>();
}
