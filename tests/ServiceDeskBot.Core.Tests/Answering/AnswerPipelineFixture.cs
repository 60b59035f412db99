namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>One started pipeline without an LLM for a whole test class: intent training takes seconds.</summary>
public sealed class AnswerPipelineFixture : IAsyncLifetime
{
    private AnswerPipelineHost? _host;

    internal AnswerPipelineHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _host = await AnswerPipelineHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
