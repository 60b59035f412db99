using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// Answers through Semantic Kernel's chat connectors: the OpenAI connector for OpenAI-compatible services and Azure
/// OpenAI's v1 endpoint, the Azure OpenAI connector for an Azure resource endpoint (see <see cref="LlmChatConnector"/>).
/// Prompts, verification, time budget and fallbacks are the same on every path.
/// </summary>
internal sealed partial class OpenAiCompatibleLlmAnswerer(
    LlmChatConnector connector,
    IOptions<LlmOptions> options,
    LlmPromptComposer composer,
    LlmMetrics metrics,
    ILoggerFactory loggerFactory) : ILlmAnswerer
{
    private const int MaxRewriteLength = 200;
    private const string AnswerOperation = "answer";
    private const string StreamOperation = "stream";
    private const string RewriteOperation = "rewrite";

    private readonly LlmOptions _options = options.Value;
    private readonly ILogger _logger = loggerFactory.CreateLogger<OpenAiCompatibleLlmAnswerer>();

    public bool IsAvailable => true;

    private TimeSpan Timeout => TimeSpan.FromSeconds(_options.TimeoutSeconds);

    public Task<LlmAnswer> AnswerAsync(string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        AnswerWithAsync(PromptNames.GroundedAnswer, question, passages, cancellationToken);

    public Task<LlmAnswer> AnswerIfStatedAsync(string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        AnswerWithAsync(PromptNames.UnsureAnswer, question, passages, cancellationToken);

    private async Task<LlmAnswer> AnswerWithAsync(string prompt, string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            return Finish(new LlmAnswer(LlmOutcome.NotAnswered, "", [], "no passages to answer from"));
        }

        var chat = await composer.ComposeAnswerAsync(question, passages, cancellationToken, prompt).ConfigureAwait(false);
        var (text, failure) = await CompleteAsync(AnswerOperation, chat, cancellationToken).ConfigureAwait(false);
        return Finish(failure ?? LlmAnswer.FromVerdict(text, GroundingVerifier.Verify(text, passages)));
    }

    public async IAsyncEnumerable<LlmStreamUpdate> StreamAnswerAsync(
        string question, IReadOnlyList<Passage> passages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            yield return new LlmStreamUpdate("", Finish(new LlmAnswer(LlmOutcome.NotAnswered, "", [], "no passages to answer from")));
            yield break;
        }

        var chat = await composer.ComposeAnswerAsync(question, passages, cancellationToken).ConfigureAwait(false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        var started = Stopwatch.GetTimestamp();
        var text = new StringBuilder();
        LlmAnswer? failure = null;
        var updates = CreateChatService()
            .GetStreamingChatMessageContentsAsync(chat, CreateSettings(), kernel: null, deadline.Token)
            .GetAsyncEnumerator(deadline.Token);
        try
        {
            while (true)
            {
                string? delta;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    delta = updates.Current.Content;
                    metrics.RecordUsage(StreamOperation, updates.Current.Metadata);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsServiceFailure(ex))
                {
                    failure = Fail(StreamOperation, ex);
                    break;
                }

                if (!string.IsNullOrEmpty(delta))
                {
                    text.Append(delta);
                    yield return new LlmStreamUpdate(delta, null);
                }
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
            metrics.RecordDuration(StreamOperation, Stopwatch.GetElapsedTime(started));
        }

        var reply = text.ToString();
        yield return new LlmStreamUpdate("", Finish(failure ?? LlmAnswer.FromVerdict(reply, GroundingVerifier.Verify(reply, passages))));
    }

    public async Task<string?> RewriteFollowUpAsync(
        IReadOnlyList<(string Question, string Answer)> history, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (string.IsNullOrWhiteSpace(question) || history.Count == 0)
        {
            return null;
        }

        var chat = await composer.ComposeRewriteAsync(history, question, cancellationToken).ConfigureAwait(false);
        var (text, failure) = await CompleteAsync(RewriteOperation, chat, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return null;
        }

        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        line = line.Trim('"', '“', '”', '「', '」', '\'', ' ');
        return line.Length is 0 or > MaxRewriteLength ? null : line;
    }

    private async Task<(string Text, LlmAnswer? Failure)> CompleteAsync(string operation, ChatHistory chat, CancellationToken cancellationToken)
    {
        // The resilience handler bounds each HTTP exchange; this deadline also bounds reading the body, so the caller
        // hears back within the configured time whatever the server does.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await CreateChatService()
                .GetChatMessageContentAsync(chat, CreateSettings(), kernel: null, deadline.Token)
                .ConfigureAwait(false);
            metrics.RecordUsage(operation, reply.Metadata);
            return (reply.Content ?? "", null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsServiceFailure(ex))
        {
            return ("", Fail(operation, ex));
        }
        finally
        {
            metrics.RecordDuration(operation, Stopwatch.GetElapsedTime(started));
        }
    }

    private IChatCompletionService CreateChatService() => connector.ChatService();

    private OpenAIPromptExecutionSettings CreateSettings() =>
        new() { Temperature = _options.Temperature, MaxTokens = _options.MaxTokens };

    // Everything the HTTP stack, Polly or the SDK's response parsing can throw; programming errors still surface.
    private static bool IsServiceFailure(Exception ex) =>
        ex is OperationCanceledException or TimeoutRejectedException or BrokenCircuitException or HttpOperationException
            or HttpRequestException or JsonException or KernelException or InvalidOperationException or FormatException
            or ArgumentOutOfRangeException or System.ClientModel.ClientResultException;

    private LlmAnswer Fail(string operation, Exception ex)
    {
        var (code, message) = ex switch
        {
            OperationCanceledException or TimeoutRejectedException => ("timeout", $"no reply within {_options.TimeoutSeconds} s"),
            BrokenCircuitException => ("circuit_open", "circuit open after repeated failures; not calling the LLM for now"),
            HttpOperationException { StatusCode: { } status } => ($"http_{(int)status}", $"LLM endpoint returned HTTP {(int)status}"),
            HttpOperationException or HttpRequestException => ("http_error", $"LLM endpoint unreachable: {ex.Message}"),
            _ => ("unreadable_response", $"LLM response could not be read ({ex.GetType().Name})"),
        };
        metrics.RecordFailure(operation, code);
        LogFailure(_logger, operation, code, ex);
        return LlmAnswer.Failure(message);
    }

    private LlmAnswer Finish(LlmAnswer answer)
    {
        if (!answer.Succeeded)
        {
            metrics.RecordFallback(answer.Outcome);
        }

        LogOutcome(_logger, answer.Outcome, answer.Reason);
        return answer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM {Operation} failed ({Code})")]
    private static partial void LogFailure(ILogger logger, string operation, string code, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM answer outcome {Outcome}: {Reason}")]
    private static partial void LogOutcome(ILogger logger, LlmOutcome outcome, string reason);
}
