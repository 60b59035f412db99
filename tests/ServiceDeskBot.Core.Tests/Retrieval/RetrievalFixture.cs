using ServiceDeskBot.Core.Tests.Intents;

namespace ServiceDeskBot.Core.Tests.Retrieval;

/// <summary>One retriever over the repository's seeds, indexed into a temp data directory, per test class.</summary>
public sealed class RetrievalFixture : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly RetrievalHost _host;

    public RetrievalFixture() => _host = RetrievalHost.Create(_data.Path);

    public ServiceDeskBot.Core.Retrieval.PassageRetriever Retriever => _host.Retriever;

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }
}
