using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// Resolving the <see cref="PromptLibrary"/> loads and checks every prompt, so taking it as a dependency here makes a
/// missing or inconsistent prompt stop the host at start-up rather than on the first question.
/// </summary>
internal sealed class PromptLibraryStartupCheck(PromptLibrary prompts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
