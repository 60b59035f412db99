using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The answer pipeline: follow-up resolution, intent, curated answers, retrieval with an answerability decision,
/// then the LLM (when configured and healthy) or template quotes, and the ask log. Every reply says which path
/// answered and why.
/// </summary>
public sealed partial class AnswerService(
    IIntentClassifier intents,
    CuratedAnswerMatcher curated,
    EvidenceFinder evidence,
    SuggestionFinder suggestions,
    FollowUpResolver followUps,
    ConversationMemory memory,
    ILlmAnswerer llm,
    TemplateRenderer templates,
    SensitiveWordFilter sensitiveWords,
    AskLog askLog,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerService> logger) : IAnswerService
{
    public async Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        AskResult? result = null;
        await foreach (var update in AnswerTurnAsync(request, streamLlm: false, cancellationToken).ConfigureAwait(false))
        {
            result = update.Result ?? result;
        }

        return result!;
    }

    /// <summary>
    /// Answers one turn as a stream: text deltas (from the LLM while it writes, else the whole reply at once), then a
    /// final update with the complete result. When the LLM's reply fails verification, the final result carries the
    /// template answer and <see cref="AskStreamUpdate.ReplacesText"/> tells clients to discard what was streamed.
    /// </summary>
    public IAsyncEnumerable<AskStreamUpdate> StreamAsync(AskRequest request, CancellationToken cancellationToken) =>
        AnswerTurnAsync(request, streamLlm: true, cancellationToken);

    private async IAsyncEnumerable<AskStreamUpdate> AnswerTurnAsync(
        AskRequest request, bool streamLlm, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var question = request.Question.Trim();
        var history = memory.Recall(request.ConversationId);
        var standalone = await StandaloneAsync(history, question, cancellationToken).ConfigureAwait(false);

        var prediction = intents.Classify(question);
        var found = evidence.Find(standalone);
        var (answerable, judgement) = AnswerabilityJudge.Judge(found, options.Value.MinCoverage);
        var intent = ResolveIntent(prediction, question, answerable);

        Turn turn;
        var streamed = false;
        var replaces = false;
        if (sensitiveWords.Contains(question))
        {
            // Neither retrieval nor the LLM sees such a turn; the log keeps the reason, not the word.
            turn = new Turn(SensitiveWordFilter.Refusal, false, AnswerMode.Fallback, [], "declined: sensitive word");
        }
        else if (intent != IntentLabels.Question)
        {
            turn = await ActAsync(intent, cancellationToken).ConfigureAwait(false);
        }
        else if (await curated.MatchAsync(question, cancellationToken).ConfigureAwait(false) is { IsMatch: true } match)
        {
            turn = new Turn(match.Answer.Answer, true, AnswerMode.Curated, [], $"curated #{match.Answer.Id} score {match.Score:F2}");
        }
        else if (!answerable)
        {
            turn = await DeclineAsync(question, judgement, cancellationToken).ConfigureAwait(false);
        }
        else if (llm.IsAvailable)
        {
            var passages = found.Hits.Take(options.Value.PassagesForLlm).Select(h => h.Passage).ToList();
            LlmAnswer? final = streamLlm ? null : await llm.AnswerAsync(standalone, passages, cancellationToken).ConfigureAwait(false);
            var updates = streamLlm ? llm.StreamAnswerAsync(standalone, passages, cancellationToken) : AsyncEnumerable.Empty<LlmStreamUpdate>();
            await foreach (var update in updates.ConfigureAwait(false))
            {
                if (update.Final is not null)
                {
                    final = update.Final;
                }
                else if (update.Delta.Length > 0)
                {
                    streamed = true;
                    yield return new AskStreamUpdate(update.Delta, null, false);
                }
            }

            if (final is { Succeeded: true })
            {
                turn = LlmTurn(final, found, judgement);
            }
            else
            {
                LogLlmFallback(logger, final?.Outcome.ToString() ?? "none", final?.Reason ?? "");
                turn = await QuoteAsync(question, found, $"{judgement}; llm {final?.Outcome}: {final?.Reason}", cancellationToken).ConfigureAwait(false);
                replaces = streamed;
            }
        }
        else
        {
            turn = await QuoteAsync(question, found, judgement + "; no llm configured", cancellationToken).ConfigureAwait(false);
        }

        var related = intent == IntentLabels.Question
            ? suggestions.Related(found, turn.Answered ? found.Best?.Passage.Section : null)
            : suggestions.Quick();
        var result = new AskResult(turn.Text, turn.Answered, intent, Math.Round(prediction.Confidence, 4), turn.Mode, turn.Citations,
            related.Where(s => s != question).ToList())
        {
            Reason = standalone == question ? turn.Reason : $"{turn.Reason}; follow-up read as: {standalone}",
        };

        var askId = await LogAsync(
            new AskLogEntry
            {
                Question = question,
                ConversationId = request.ConversationId,
                Channel = request.Channel,
                Intent = intent,
                Confidence = result.Confidence,
                Mode = turn.Mode,
                Answered = turn.Answered,
                TopPassageIds = found.Hits.Take(5).Select(h => h.Passage.Id).ToList(),
                LatencyMs = clock.ElapsedMilliseconds,
                Reason = result.Reason,
            },
            cancellationToken).ConfigureAwait(false);
        memory.Remember(request.ConversationId, new ConversationTurn(standalone, turn.Text, found.Query.Places, turn.Answered));
        LogAnswered(logger, askId, intent, turn.Mode, turn.Answered, result.Reason);

        if (!streamed || replaces)
        {
            yield return new AskStreamUpdate(turn.Text, null, replaces);
        }

        yield return new AskStreamUpdate("", result with { AskId = askId }, replaces);
    }

    // The reply matters more than its log line: a failing database must not turn an answer into an error.
    private async Task<string?> LogAsync(AskLogEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            return await askLog.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            LogAskLogFailed(logger, ex);
            return null;
        }
    }

    private async Task<string> StandaloneAsync(IReadOnlyList<ConversationTurn> history, string question, CancellationToken cancellationToken)
    {
        if (history.Count == 0)
        {
            return question;
        }

        if (llm.IsAvailable)
        {
            var rewritten = await llm.RewriteFollowUpAsync(
                history.Select(t => (t.Question, t.Answer)).ToList(), question, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(rewritten))
            {
                return rewritten;
            }
        }

        return followUps.Resolve(history, question) ?? question;
    }

    // The classifier reads the wording; retrieval knows whether the corpus answers. A turn it labels complaint or
    // out-of-scope that the corpus answers with every check passed is a question ("芝麻街双创园获评了什么称号？"),
    // unless it uses complaint wording. Greetings, thanks and requests for a person keep their label: a passage
    // that happens to mention "机器人" does not make "你好啊，机器人" a question.
    private static string ResolveIntent(IntentPrediction prediction, string question, bool answerable) =>
        prediction.Label switch
        {
            IntentLabels.Complaint when answerable && !ComplaintWording().IsMatch(question) => IntentLabels.Question,
            IntentLabels.OutOfScope when answerable => IntentLabels.Question,
            _ => prediction.Label,
        };

    private async Task<Turn> ActAsync(string intent, CancellationToken cancellationToken)
    {
        var text = await templates.RenderAsync(intent, new TemplateModel(), cancellationToken).ConfigureAwait(false);
        return new Turn(text, false, AnswerMode.Fallback, [], $"intent {intent}");
    }

    private async Task<Turn> DeclineAsync(string question, string reason, CancellationToken cancellationToken)
    {
        var text = await templates.RenderAsync(TemplateKeys.NoAnswer, new TemplateModel { Question = question }, cancellationToken)
            .ConfigureAwait(false);
        return new Turn(text, false, AnswerMode.Fallback, [], "declined: " + reason);
    }

    private async Task<Turn> QuoteAsync(string question, Evidence found, string reason, CancellationToken cancellationToken)
    {
        var best = found.Best!;
        var quotes = found.Quotes
            .Where(q => q == best || (q.Passage.Id != best.Passage.Id
                                      && q.Coverage >= Math.Max(options.Value.MinCoverage, best.Coverage * 0.85)
                                      && AnswerKinds.IsPresent(found.Kind, q.Text)))
            .DistinctBy(q => q.Passage.Id)
            .Take(options.Value.MaxQuotes)
            .ToList();
        var model = new TemplateModel
        {
            Question = question,
            Quotes = quotes.Select((q, i) => new TemplateQuote(i + 1, q.Passage.Title, q.Text, q.Passage.Source)).ToList(),
        };
        var text = await templates.RenderAsync(TemplateKeys.Answer, model, cancellationToken).ConfigureAwait(false);
        var citations = quotes.Select(q => new Citation(q.Passage.Id, q.Passage.Source, q.Passage.Title, q.Text)).ToList();
        return new Turn(text, true, AnswerMode.Template, citations, reason);
    }

    private static Turn LlmTurn(LlmAnswer answer, Evidence found, string judgement)
    {
        var citations = answer.CitedPassages
            .Where(n => n >= 1 && n <= found.Hits.Count)
            .Select(n => found.Hits[n - 1].Passage)
            .Select(p => new Citation(p.Id, p.Source, p.Title, Snippet(p, found)))
            .ToList();
        return new Turn(answer.Text, true, AnswerMode.Llm, citations, $"{judgement}; llm: {answer.Reason}");
    }

    private static string Snippet(Ingestion.Passage passage, Evidence found) =>
        found.Quotes.FirstOrDefault(q => q.Passage.Id == passage.Id)?.Text
        ?? (passage.Text.Length <= EvidenceFinder.MaxQuoteChars ? passage.Text : passage.Text[..EvidenceFinder.MaxQuoteChars] + "…");

    [GeneratedRegex("投诉|态度|太差|太慢|太低|效率|不满|举报|差评|怎么回事|搞什么|推诿|刁难|没人管|来回跑|白跑|耽误|敷衍")]
    private static partial Regex ComplaintWording();

    [LoggerMessage(Level = LogLevel.Error, Message = "The ask could not be written to the ask log")]
    private static partial void LogAskLogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ask {AskId}: intent {Intent}, mode {Mode}, answered {Answered} ({Reason})")]
    private static partial void LogAnswered(ILogger logger, string? askId, string intent, AnswerMode mode, bool answered, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer not used ({Outcome}): {Reason}; falling back to the template answer")]
    private static partial void LogLlmFallback(ILogger logger, string outcome, string reason);

    private sealed record Turn(string Text, bool Answered, AnswerMode Mode, IReadOnlyList<Citation> Citations, string Reason);
}
