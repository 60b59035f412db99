namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// The pipeline over the repository's seeds (intents, templates, retrieval lists) with one invented news report as the
/// whole corpus: a meeting dated once, in the report's lede, and what was said at it in later sentences.
/// </summary>
public sealed class LedeArticleFixture : IAsyncLifetime
{
    internal const string Source = "900_invented_heating_meeting.txt";

    // Invented for the test (an invented district, people and meeting); nothing taken from the seeds or the dev set.
    private const string Report = """
        青禾区召开冬季供暖保障工作推进会

        本报讯 11月20日，青禾区召开冬季供暖保障工作推进会，总结前期供暖准备工作，部署今冬供暖保障任务。

        会上，区住建局局长周明远通报了全区老旧供暖管网改造进度，区热力公司汇报了锅炉检修情况。区城管局、各街道负责同志分别作了表态发言。

        副区长韩立新主持会议并讲话。他要求，各部门要抓紧补齐供暖设施短板，确保群众温暖过冬。
        """;

    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "sdb-answer-tests", "lede-seeds-" + Guid.NewGuid().ToString("N"));
    private AnswerPipelineHost? _host;

    internal AnswerPipelineHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var repositorySeeds = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "seeds"));
        foreach (var folder in new[] { "intents", "retrieval", "templates" })
        {
            CopyFolder(Path.Combine(repositorySeeds, folder), Path.Combine(_seeds, folder));
        }

        await File.WriteAllTextAsync(Path.Combine(_seeds, Source), Report);
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
