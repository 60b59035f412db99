namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// One started pipeline without an LLM for a whole test class: intent training takes seconds. The answer cache is off,
/// so that a test's reply and decision record do not depend on whether another test of the class asked the same
/// question first; <see cref="CachedAnswerPipelineFixture"/> turns it on for the cache's own tests.
/// </summary>
public class AnswerPipelineFixture : IAsyncLifetime
{
    private readonly bool _answerCache;
    private AnswerPipelineHost? _host;

    public AnswerPipelineFixture()
    {
    }

    protected AnswerPipelineFixture(bool answerCache) => _answerCache = answerCache;

    internal AnswerPipelineHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() =>
        _host = await AnswerPipelineHost.StartAsync(new Dictionary<string, string?> { ["Answering:CacheEnabled"] = _answerCache ? "true" : "false" });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
