namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// The pipeline over the repository's seeds (intents, templates, retrieval lists) with one invented news report (or a
/// few invented documents) as the whole corpus, so a test of how a text is read needs no seed text (the seeds' dated
/// reports are dev-set evidence).
/// </summary>
public abstract class InventedReportFixture(IReadOnlyDictionary<string, string> files) : IAsyncLifetime
{
    protected InventedReportFixture(string source, string report)
        : this(new Dictionary<string, string> { [source] = report })
    {
    }

    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "sdb-answer-tests", "report-seeds-" + Guid.NewGuid().ToString("N"));
    private AnswerPipelineHost? _host;

    internal AnswerPipelineHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var repositorySeeds = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "seeds"));
        foreach (var folder in new[] { "intents", "retrieval", "templates" })
        {
            CopyFolder(Path.Combine(repositorySeeds, folder), Path.Combine(_seeds, folder));
        }

        foreach (var (source, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(_seeds, source), text);
        }

        _host = await AnswerPipelineHost.StartAsync(new Dictionary<string, string?> { ["Storage:SeedsDirectory"] = _seeds });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_seeds, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
