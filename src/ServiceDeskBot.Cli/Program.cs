using ServiceDeskBot.Core.Ingestion;

if (args.Length > 0 && args[0] == "ingest")
{
    var corpus = CorpusLoader.Load(args.Length > 1 ? args[1] : "seeds");
    foreach (var p in corpus.Passages)
    {
        Console.WriteLine($"--- {p.Source} #{p.Ordinal} [{p.Start},{p.End}) len={p.Text.Length} id={p.Id}\n  T: {p.Title}\n  S: {p.Section}\n{p.Text}");
    }

    return 0;
}

Console.WriteLine("usage: servicedeskbot <eval|train|search|ask>");
return 1;
